"""LibreOffice Writer's built-in LanguageTool client against banan.

LibreOffice (7.4 and others) posts `text=<raw UTF-8>&language=bn-BD` without form
encoding. The first tests send those exact bytes; the last runs the real LibreOffice
(Debian's libreoffice-writer-nogui and python3-uno), with a fresh profile pointed at a
`banan serve` on loopback, and reads Writer's proofreading results back over UNO.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import banan_serve, free_port

HERE = Path(__file__).parent

# রহিম & করিম বাড়ি যায় । (Rahim & Karim go home .): a space before the danda (।),
# after an & that a form parser would take for the end of the text.
AMPERSAND = "রহিম & করিম বাড়ি যায় ।"
# ১+১ = ২, পতিবেদক বলেন । (1+1 = 2, the "reporter" says): পতিবেদক is প্রতিবেদক
# (reporter) with its ra-phala left out; a form parser turns + into a space.
PLUS = "১+১ = ২, পতিবেদক বলেন ।"


def _post_raw(client, text: str) -> dict:  # type: ignore[no-untyped-def]
    body = f"text={text}&language=bn-BD".encode()
    r = client.post("/v2/check", content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200, r.text
    return r.json()


def test_an_unencoded_body_keeps_the_text_after_an_ampersand(client) -> None:  # type: ignore[no-untyped-def]
    payload = _post_raw(client, AMPERSAND)
    danda = AMPERSAND.index(" ।")
    assert [(m["offset"], m["length"], m["rule"]["id"]) for m in payload["matches"]] == [(danda, 2, "BN_SPACE001")]
    assert payload["language"]["code"] == "bn-BD"


def test_an_unencoded_body_keeps_plus_and_percent_as_typed(client) -> None:  # type: ignore[no-untyped-def]
    payload = _post_raw(client, PLUS)
    found = {m["context"]["text"][m["context"]["offset"] : m["context"]["offset"] + m["context"]["length"]]
             for m in payload["matches"]}  # fmt: skip
    assert "পতিবেদক" in found
    spelling = next(m for m in payload["matches"] if m["rule"]["id"].startswith("BN_SPELL"))
    assert spelling["offset"] == PLUS.index("পতিবেদক")
    assert spelling["replacements"][0]["value"] == "প্রতিবেদক"
    # A literal %E0 is text, not a byte: the offsets after it stay right.
    text = "৫০%E0 ছাড় ।"  # 50%E0 off .
    payload = _post_raw(client, text)
    assert [(m["offset"], m["length"]) for m in payload["matches"]] == [(text.index(" ।"), 2)]


def test_the_fields_after_the_text_are_read_too(client) -> None:  # type: ignore[no-untyped-def]
    body = f"text={AMPERSAND}&language=bn-BD&disabledRules=BN_SPACE001".encode()
    r = client.post("/v2/check", content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200 and r.json()["matches"] == []


def test_a_form_encoded_body_is_read_as_a_form(client) -> None:  # type: ignore[no-untyped-def]
    # Encoded, + is a space and %26 an &: the text is "সে & যায় ।" (he & goes .).
    r = client.post(
        "/v2/check",
        content=b"text=%E0%A6%B8%E0%A7%87+%26+%E0%A6%AF%E0%A6%BE%E0%A6%AF%E0%A6%BC+%E0%A5%A4&language=bn",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 200
    assert [(m["offset"], m["length"]) for m in r.json()["matches"]] == [("সে & যায় ।".index(" ।"), 2)]


def test_an_unencoded_body_that_is_not_utf8_is_a_400(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        "/v2/check", content=b"text=\xe0\xa6 x&language=bn", headers={"content-type": "x-www-form-urlencoded"}
    )
    assert r.status_code == 400 and "UTF-8" in r.text


# -- the real LibreOffice ---------------------------------------------------------------


def _uno_python() -> str | None:
    """A Python that can import uno: Debian's, beside LibreOffice."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and subprocess.run([candidate, "-c", "import uno"], capture_output=True).returncode == 0:
            return candidate
    return None


SOFFICE = shutil.which("soffice")
UNO_PYTHON = _uno_python() if SOFFICE else None

needs_libreoffice = pytest.mark.skipif(
    (SOFFICE is None or UNO_PYTHON is None) and not os.environ.get("CI"),
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui python3-uno)",
)

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool">
  <prop oor:name="IsEnabled" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool">
  <prop oor:name="BaseURL" oor:op="fuse"><value>{url}/v2</value></prop></item>
</oor:items>
"""


@pytest.fixture
def banan_server(tmp_path: Path) -> Iterator[str]:
    with banan_serve(tmp_path, "--warm-words", "0") as server:
        yield server.url


@needs_libreoffice
def test_libreoffice_writer_shows_banans_findings_at_the_right_places(tmp_path: Path, banan_server: str) -> None:
    assert SOFFICE and UNO_PYTHON, "CI installs LibreOffice (.ci/run)"
    profile = tmp_path / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE.format(url=banan_server), encoding="utf-8")
    uno_port = free_port()
    office = subprocess.Popen(
        [SOFFICE, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={profile.as_uri()}", f"--accept=socket,host=127.0.0.1,port={uno_port};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        done = subprocess.run(
            [UNO_PYTHON, str(HERE / "libreoffice_client.py"), str(uno_port), AMPERSAND, PLUS],
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        paragraphs = json.loads(done.stdout)
    finally:
        office.terminate()
        try:
            office.wait(20)
        except subprocess.TimeoutExpired:
            office.kill()
    assert [p["locale"] for p in paragraphs] == ["bn-BD", "bn-BD"]
    first, second = paragraphs
    assert first["text"] == AMPERSAND
    # The space before the danda, after the &: found, at its place (UTF-16 = code points here).
    assert [(e["start"], e["length"], e["suggestions"]) for e in first["errors"]] == [(AMPERSAND.index(" ।"), 2, ["।"])]
    assert first["errors"][0]["short"] and first["errors"][0]["full"]
    spelling = [e for e in second["errors"] if e["start"] == PLUS.index("পতিবেদক")]
    assert spelling and spelling[0]["length"] == len("পতিবেদক")
    assert spelling[0]["suggestions"][0] == "প্রতিবেদক"
    assert (PLUS.index(" ।"), 2) in [(e["start"], e["length"]) for e in second["errors"]]
