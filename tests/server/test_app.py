"""The HTTP contract: response shape, UTF-16 offsets, `data`, parameters, bad input."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from banan.positions import utf16_length
from banan.server.protocol import Checker

from .conftest import TEST_MISSPELLING, TEST_SPELLING_ID, make_client

SPACE_ERROR = "সে বাড়ি যায় ।"  # SPACE001 on " ।"


def check(client: TestClient, **params: str) -> dict:
    r = client.post("/v2/check", data={"language": "bn-BD", **params})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def u16(s: str, offset: int, length: int) -> str:
    """s[offset:offset+length] in UTF-16 code units, as Java and JavaScript index."""
    return s.encode("utf-16-le")[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def only(matches: list[dict], rule_id: str) -> dict:
    found = [m for m in matches if m["rule"]["id"] == rule_id]
    assert len(found) == 1, matches
    return found[0]


# -- the response --------------------------------------------------------------------
def test_full_response_shape(client: TestClient) -> None:
    body = check(client, text=SPACE_ERROR)
    assert list(body)[:4] == ["software", "warnings", "language", "matches"]
    assert body["software"]["name"] == "banan" and body["software"]["apiVersion"] == 1
    assert body["warnings"] == {"incompleteResults": False}
    assert body["language"]["code"] == "bn-BD"
    assert body["language"]["detectedLanguage"]["code"] == "bn-BD"
    assert body["language"]["detectedLanguage"]["confidence"] == 1.0
    m = only(body["matches"], "BN_SPACE001")
    assert m["offset"] == SPACE_ERROR.index(" ।") and m["length"] == 2
    assert m["replacements"] == [{"value": "।"}]
    assert m["message"] and m["shortMessage"]
    assert m["context"] == {"text": SPACE_ERROR, "offset": m["offset"], "length": 2}
    assert m["sentence"] == SPACE_ERROR
    assert m["type"] == {"typeName": "Other"}
    assert m["rule"] == {
        "id": "BN_SPACE001",
        "description": "A space before । ॥ , ; : ? !",
        "issueType": "whitespace",
        "category": {"id": "TYPOGRAPHY", "name": "Typography"},
    }
    assert m["ignoreForIncompleteSentence"] is False and m["contextForSureMatch"] == 0
    assert m["banan"] == {"code": "SPACE001", "applicability": "safe", "spelling": False}


def test_clean_text_has_no_matches(client: TestClient) -> None:
    assert check(client, text="আমি ভাত খাই।")["matches"] == []


def test_offsets_are_utf16_after_an_emoji(client: TestClient) -> None:
    text = "😀👍🏽 " + SPACE_ERROR
    m = only(check(client, text=text)["matches"], "BN_SPACE001")
    python_offset = text.index(" ।")
    assert m["offset"] == utf16_length(text[:python_offset]) == python_offset + 3
    assert m["length"] == 2
    # The same offsets, read as UTF-16 the way a browser or Java would, find the span.
    assert u16(text, m["offset"], m["length"]) == " ।"
    ctx = m["context"]
    assert u16(ctx["text"], ctx["offset"], ctx["length"]) == " ।"


def test_emoji_inside_the_match_counts_two_units(client: TestClient) -> None:
    text = "আমি 😀  যাব"  # two spaces after the emoji: SPACE004
    m = only(check(client, text=text)["matches"], "BN_SPACE004")
    assert m["offset"] == utf16_length("আমি 😀")


def test_context_is_cut_around_long_text(client: TestClient) -> None:
    text = "আমি ভাত খাই। " * 10 + SPACE_ERROR + " আমি ভাত খাই।" * 10
    m = only(check(client, text=text)["matches"], "BN_SPACE001")
    ctx = m["context"]
    assert ctx["text"].startswith("...") and ctx["text"].endswith("...")
    assert ctx["text"][ctx["offset"] : ctx["offset"] + ctx["length"]] == " ।"
    assert m["sentence"] == SPACE_ERROR


def test_annotated_data_offsets_refer_to_the_original_with_markup(client: TestClient) -> None:
    annotation = [
        {"markup": "<p>"},
        {"text": "আমি "},
        {"markup": "<b>", "interpretAs": ""},
        {"text": "বাড়ি"},
        {"markup": "</b>"},
        {"text": " যাই ।"},
        {"markup": "</p>\n<p>", "interpretAs": "\n\n"},
        {"text": "😀 ফিরে আসি ।"},
        {"markup": "</p>"},
    ]
    original = "".join(a.get("text", a.get("markup")) for a in annotation)
    body = check(client, data=json.dumps({"annotation": annotation}))
    spans = []
    for m in body["matches"]:
        assert m["rule"]["id"] == "BN_SPACE001"
        spans.append(u16(original, m["offset"], m["length"]))
        ctx = m["context"]
        assert u16(ctx["text"], ctx["offset"], ctx["length"]) == " ।"
    assert spans == [" ।", " ।"]
    first, second = body["matches"]
    assert first["offset"] == original.index(" যাই ।") + 4
    assert second["offset"] == utf16_length(original[: original.index(" আসি ।") + 4])
    assert first["sentence"] == "আমি বাড়ি যাই ।"  # the checked text: no markup


def test_markup_between_words_is_not_inside_a_span(client: TestClient) -> None:
    # "যায়" then markup then " ।": the span starts after the markup.
    annotation = [{"text": "সে বাড়ি যায়"}, {"markup": "<i></i>"}, {"text": " ।"}]
    m = only(check(client, data=json.dumps({"annotation": annotation}))["matches"], "BN_SPACE001")
    assert m["offset"] == len("সে বাড়ি যায়<i></i>") and m["length"] == 2


def test_data_with_plain_text(client: TestClient) -> None:
    body = check(client, data=json.dumps({"text": SPACE_ERROR, "metaData": {}}))
    assert only(body["matches"], "BN_SPACE001")["offset"] == SPACE_ERROR.index(" ।")


# -- parameters ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tag", "code"), [("bn", "bn"), ("bn-BD", "bn-BD"), ("bn_IN", "bn-IN"), ("BN-in", "bn-IN"), ("auto", "bn-BD")]
)
def test_languages(client: TestClient, tag: str, code: str) -> None:
    assert check(client, text=SPACE_ERROR, language=tag)["language"]["code"] == code


def test_body_is_form_data_whatever_the_content_type(client: TestClient) -> None:
    # ltex-ls sends form data labelled application/json.
    form = "language=bn&text=" + "%E0%A6%B8%E0%A7%87%20%E0%A6%AF%E0%A6%BE%E0%A6%AF%E0%A6%BC%20%E0%A5%A4"
    r = client.post("/v2/check", content=form, headers={"Content-Type": "application/json"})
    assert r.status_code == 200
    assert [m["rule"]["id"] for m in r.json()["matches"]] == ["BN_SPACE001"]


def test_get_and_query_string_win(client: TestClient) -> None:
    r = client.get("/v2/check", params={"language": "bn-IN", "text": SPACE_ERROR})
    assert r.status_code == 200 and r.json()["language"]["code"] == "bn-IN"
    r = client.post("/v2/check?language=bn-IN", data={"language": "bn-BD", "text": SPACE_ERROR})
    assert r.json()["language"]["code"] == "bn-IN"


def test_multipart_form(client: TestClient) -> None:
    r = client.post("/v2/check", files={"language": (None, "bn"), "text": (None, SPACE_ERROR)})
    assert r.status_code == 200 and len(r.json()["matches"]) == 1


@pytest.mark.parametrize("rule", ["BN_SPACE001", "SPACE001", "space-before-punctuation"])
def test_disabled_rules_take_lt_ids_codes_and_names(client: TestClient, rule: str) -> None:
    assert check(client, text=SPACE_ERROR, disabledRules=f"UNKNOWN_RULE,{rule}")["matches"] == []


def test_categories(client: TestClient) -> None:
    text = SPACE_ERROR + " ৩৫ টি বই"  # SPACE001 and NUM003
    assert {m["rule"]["id"] for m in check(client, text=text)["matches"]} == {"BN_SPACE001", "BN_NUM003"}
    assert [m["rule"]["id"] for m in check(client, text=text, disabledCategories="TYPOGRAPHY")["matches"]] == [
        "BN_NUM003"
    ]
    only_num = check(client, text=text, enabledCategories="BN_NUMERALS", enabledOnly="true")
    assert [m["rule"]["id"] for m in only_num["matches"]] == ["BN_NUM003"]
    only_space = check(client, text=text, enabledRules="BN_SPACE001", enabledOnly="yes")
    assert [m["rule"]["id"] for m in only_space["matches"]] == ["BN_SPACE001"]


def test_enabled_rules_add_to_a_server_config_that_leaves_them_out(tmp_path: Path) -> None:
    (tmp_path / "banan.toml").write_text('ignore = ["SPACE"]\n', encoding="utf-8")
    with make_client(tmp_path, config=str(tmp_path / "banan.toml")) as c:
        assert check(c, text=SPACE_ERROR)["matches"] == []
        assert len(check(c, text=SPACE_ERROR, enabledRules="BN_SPACE001")["matches"]) == 1


def test_other_documented_parameters_are_accepted(client: TestClient) -> None:
    body = check(
        client,
        text=SPACE_ERROR,
        level="picky",
        motherTongue="en-US",
        mode="batch",
        useragent="java-http-client",
        textSessionId="42",
        ruleValues="X:1",
        altLanguages="en-US",
        preferredLanguages="bn,en",
        instanceId="x",
        v="1",
        inputLogging="no",
    )
    assert len(body["matches"]) == 1
    auto = check(client, text=SPACE_ERROR, language="auto", preferredVariants="bn-BD,en-US", noopLanguages="en")
    assert auto["language"]["code"] == "bn-BD"


def test_compact_mode_and_jsonp(client: TestClient) -> None:
    body = check(client, text=SPACE_ERROR, c="1")
    assert "software" not in body
    assert "context" not in body["matches"][0] and "sentence" not in body["matches"][0]
    r = client.post("/v2/check", data={"language": "bn", "text": SPACE_ERROR, "callback": "handle"})
    assert r.headers["content-type"].startswith("application/javascript")
    assert r.text.startswith("handle({") and r.text.endswith("});")


def test_spelling_rule_ids_and_issue_type(client: TestClient, spelling_rule, tmp_path: Path) -> None:
    with make_client(tmp_path) as c:
        m = only(check(c, text=f"আমি {TEST_MISSPELLING} লিখি।")["matches"], TEST_SPELLING_ID)
    assert TEST_SPELLING_ID.endswith("_SPELLING_RULE")  # ltex-ls offers "add to dictionary"
    assert m["rule"]["issueType"] == "misspelling"
    assert m["rule"]["category"]["id"] == "TYPOS"
    assert m["type"]["typeName"] == "UnknownWord"
    assert m["banan"]["spelling"] is True


# -- the other endpoints ---------------------------------------------------------------
def test_languages_info_health_maxtextlength_configinfo(client: TestClient) -> None:
    langs = client.get("/v2/languages").json()
    assert {lang["longCode"] for lang in langs} == {"bn", "bn-BD", "bn-IN"}
    assert all(set(lang) == {"name", "code", "longCode"} and lang["code"] == "bn" for lang in langs)
    assert [lang["name"] for lang in langs] == sorted(lang["name"] for lang in langs)
    assert client.get("/v2/info").json()["software"]["name"] == "banan"
    r = client.get("/v2/healthcheck")
    assert r.status_code == 200 and r.text == "OK"
    r = client.get("/v2/maxtextlength")
    assert r.headers["content-type"].startswith("text/plain") and r.text == "100000"
    info = client.post("/v2/configinfo", data={"language": "bn-BD"}).json()
    assert info["parameter"]["maxTextLength"] == 100000
    assert {"ruleId": "BN_SPACE001", "categoryId": "TYPOGRAPHY"}.items() <= info["rules"][0].items() or any(
        r["ruleId"] == "BN_SPACE001" and r["categoryId"] == "TYPOGRAPHY" for r in info["rules"]
    )


def test_cors_header_on_success_and_error(client: TestClient) -> None:
    origin = {"Origin": "https://example.org"}
    assert client.get("/v2/languages", headers=origin).headers["access-control-allow-origin"] == "*"
    r = client.post("/v2/check", data={"text": "x"}, headers=origin)
    assert r.status_code == 400 and r.headers["access-control-allow-origin"] == "*"


def test_editor_page_and_assets(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/editor.js" in page.text
    assert client.get("/static/editor.js").status_code == 200
    assert "Noto Sans Bengali" in client.get("/static/editor.css").text


# -- bad input ----------------------------------------------------------------------------
def error(r, status: int, fragment: str) -> None:  # type: ignore[no-untyped-def]
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith("text/plain")
    assert r.text.startswith("Error: ") and fragment in r.text, r.text


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"text": "ক"}, 400, "Missing 'language' parameter"),
        ({"text": "ক", "language": "hi"}, 400, "'hi' is not a language code known"),
        ({"text": "ক", "language": ""}, 400, "Missing 'language' parameter"),
        ({"language": "bn"}, 400, "Missing 'text' or 'data' parameter"),
        ({"language": "bn", "text": "ক", "data": '{"text": "ক"}'}, 400, "Set only 'text' or 'data'"),
        (
            {
                "language": "bn",
                "text": "ক",
                "enabledOnly": "true",
                "enabledRules": "BN_SPACE001",
                "disabledRules": "BN_SPACE002",
            },
            400,
            "cannot specify disabled rules",
        ),
        (
            {
                "language": "bn",
                "text": "ক",
                "enabledOnly": "true",
                "enabledRules": "BN_SPACE001",
                "disabledCategories": "TYPOS",
            },
            400,
            "cannot specify disabled rules or categories",
        ),
        ({"language": "bn", "text": "ক", "enabledOnly": "true"}, 400, "must specify enabled rules"),
        ({"language": "bn", "data": "{not json"}, 400, "Could not parse JSON from 'data'"),
        ({"language": "bn", "data": "[1, 2]"}, 400, "must be a JSON object"),
        ({"language": "bn", "data": '{"text": "ক", "annotation": []}'}, 400, "cannot be used together"),
        ({"language": "bn", "data": '{"annotation": [{"text": "ক", "markup": "<b>"}]}'}, 400, "either 'text' or"),
        ({"language": "bn", "data": '{"annotation": [{"text": "ক", "interpretAs": "x"}]}'}, 400, "only allowed"),
        ({"language": "bn", "data": '{"annotation": [5]}'}, 400, "must be an object"),
        ({"language": "bn", "data": '{"annotation": "x"}'}, 400, "must be an array"),
        ({"language": "bn", "data": '{"metaData": {}}'}, 400, "needs a key 'text' or 'annotation'"),
        ({"language": "bn", "text": "ক", "level": "extreme"}, 400, "'level'"),
        ({"language": "bn", "text": "ক", "mode": "fast"}, 400, "'mode'"),
        ({"language": "bn", "text": "ক", "enabled": "X"}, 400, "renamed to 'enabledRules'"),
        ({"language": "bn", "text": "ক", "autodetect": "1"}, 400, "renamed"),
        ({"language": "bn", "text": "ক", "preferredVariants": "bn-BD"}, 400, "language=auto"),
        ({"language": "auto", "text": "ক", "preferredVariants": "bn"}, 400, "preferredVariants"),
        ({"language": "bn", "text": "ক", "noopLanguages": "en"}, 400, "language=auto"),
        ({"language": "bn", "text": "ক", "apiKey": "k"}, 400, "needs a 'username'"),
        ({"language": "bn", "text": "ক", "motherTongue": "<script>"}, 400, "not a valid language code"),
        ({"language": "bn", "text": "ক", "callback": "alert(1)//"}, 400, "callback"),
    ],
)
def test_bad_requests(client: TestClient, params: dict[str, str], status: int, fragment: str) -> None:
    error(client.post("/v2/check", data=params), status, fragment)


def test_text_over_the_limit_is_413(tmp_path: Path) -> None:
    with make_client(tmp_path, max_text_length=50) as c:
        error(c.post("/v2/check", data={"language": "bn", "text": "ক" * 51}), 413, "exceeds the limit of 50")
        assert c.post("/v2/check", data={"language": "bn", "text": "ক" * 50}).status_code == 200
        # Counted in UTF-16 units, like the offsets: 25 emoji are 50 units.
        assert c.post("/v2/check", data={"language": "bn", "text": "😀" * 25}).status_code == 200
        error(c.post("/v2/check", data={"language": "bn", "text": "😀" * 26}), 413, "it's 52 characters")
        data = json.dumps({"annotation": [{"markup": "<b>" * 100}, {"text": "ক" * 51}]})
        error(c.post("/v2/check", data={"language": "bn", "data": data}), 413, "exceeds the limit")


def test_request_size_is_limited_before_parsing(tmp_path: Path) -> None:
    with make_client(tmp_path, max_request_bytes=1000) as c:
        big = "language=bn&text=" + "a" * 2000
        r = c.post("/v2/check", content=big, headers={"Content-Type": "application/x-www-form-urlencoded"})
        error(r, 413, "larger than this server's limit of 1000 bytes")

        def chunks():  # no Content-Length: the limit is enforced while reading
            yield b"language=bn&text="
            for _ in range(10):
                yield b"a" * 500

        error(c.post("/v2/check", content=chunks()), 413, "larger than this server's limit")
        multipart = c.post("/v2/check", files={"language": (None, "bn"), "text": (None, "ক" * 1000)})
        error(multipart, 413, "larger than")


def test_bad_encoding_and_content_length(client: TestClient) -> None:
    r = client.post("/v2/check", content=b"language=bn&text=%FF%FE", headers={"Content-Type": "text/plain"})
    error(r, 400, "not valid UTF-8")
    r = client.post("/v2/check", content=b"language=bn&text=\xff", headers={"Content-Type": "text/plain"})
    error(r, 400, "not valid UTF-8")
    error(client.post("/v2/check", content=b"text=" + b"&x=1" * 1500), 400, "Could not parse the parameters")


def test_unknown_endpoint_and_method(client: TestClient) -> None:
    error(client.get("/v2/nonsense"), 404, "Unsupported action: 'nonsense'")
    assert client.delete("/v2/check").status_code == 405


def test_check_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Checker.diagnostics

    def slow(self, req, words=()):  # type: ignore[no-untyped-def]
        time.sleep(1.0)
        return real(self, req, words)

    monkeypatch.setattr(Checker, "diagnostics", slow)
    # inline_text=0: every text goes to a worker thread under the limit (short ones are
    # otherwise checked on the event loop, where a check is a few milliseconds).
    with make_client(tmp_path, check_timeout=0.2, inline_text=0) as c:
        started = time.monotonic()
        r = c.post("/v2/check", data={"language": "bn", "text": SPACE_ERROR})
        assert time.monotonic() - started < 0.9  # answered at the limit, not when the check ends
        error(r, 413, "took longer than this server's limit of 0.2 s")
        body = c.post("/v2/check", data={"language": "bn", "text": SPACE_ERROR, "allowIncompleteResults": "true"})
        assert body.status_code == 200
        assert body.json()["warnings"]["incompleteResults"] is True and body.json()["matches"] == []


_params = st.dictionaries(
    st.sampled_from(
        [
            "language",
            "text",
            "data",
            "enabledRules",
            "disabledRules",
            "enabledOnly",
            "level",
            "enabledCategories",
            "disabledCategories",
            "c",
            "callback",
            "username",
            "apiKey",
            "mode",
        ]
    ),
    st.one_of(st.text(max_size=40), st.sampled_from(["bn", "auto", "true", "{}", '{"annotation": [{}]}'])),
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=_params)
def test_no_request_gets_a_5xx(client: TestClient, params: dict[str, str]) -> None:
    r = client.post("/v2/check", data=params)
    assert r.status_code < 500, r.text
    if r.status_code != 200:
        assert r.text.startswith("Error: ")


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.text(min_size=1, max_size=5), st.text(max_size=20), max_size=4),
    st.lists(st.sampled_from(["%", "%z", "%4", "%e0", "\\", "\\x41", "+", "&&", "=", "_", "\n", "\r"]), max_size=3),
)
def test_form_decoding_agrees_with_urllib(fields: dict[str, str], junk: list[str]) -> None:
    from urllib.parse import parse_qsl, urlencode

    from banan.server.app import _parse_form

    body = urlencode(fields) + "".join(junk)  # stray %, backslashes and separators too
    try:
        expected = dict(parse_qsl(body, keep_blank_values=True, errors="strict"))
    except UnicodeDecodeError:
        return
    assert _parse_form(body.encode("ascii")) == expected


def test_malformed_multipart_is_400(client: TestClient) -> None:
    r = client.post(
        "/v2/check",
        content=b'--xyz\r\nContent-Disposition: form-data; name="text"\r\n\r\nabc',  # never closed
        headers={"Content-Type": "multipart/form-data; boundary=xyz"},
    )
    error(r, 400, "")
    r = client.post("/v2/check", content=b"abc", headers={"Content-Type": "multipart/form-data"})  # no boundary
    error(r, 400, "")


def test_inline_and_threaded_checks_answer_alike(tmp_path: Path) -> None:
    # Short texts are checked on the event loop, longer ones in a thread: same answer.
    text = "আমি  ভাত খাই ।" + " দেশের মানুষ।" * 3
    with make_client(tmp_path) as inline, make_client(tmp_path / "t", inline_text=0) as threaded:
        a = inline.post("/v2/check", data={"language": "bn", "text": text}).json()
        b = threaded.post("/v2/check", data={"language": "bn", "text": text}).json()
    assert a["matches"] and a["matches"] == b["matches"]


def test_serve_refuses_bad_numbers(tmp_path: Path) -> None:
    import subprocess
    import sys

    for args in (["--warm-words", "-1"], ["--workers", "0"], ["--timeout", "0"]):
        r = subprocess.run(
            [sys.executable, "-m", "banan", "serve", "--isolated", *args, "--dictionary", str(tmp_path / "w.sqlite3")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert r.returncode == 2 and "must be positive" in r.stderr, (args, r.stderr)
