"""A LanguageTool client chooses the register's target by rule selection."""

from __future__ import annotations

from starlette.testclient import TestClient

SADHU_ONLY = "তিনি বলিলেন, কার্য সমাপ্ত হইবে।"  # "he said the work will be finished", all সাধু
MIXED = "আমরা বাজারে গেলাম এবং দেখলাম সেখানে তাহারা বসে আছে।"  # তাহারা (সাধু) in a চলিত sentence


def _matches(client: TestClient, text: str, **params: str) -> list[tuple[str, str, str, str]]:
    r = client.post("/v2/check", data={"language": "bn-BD", "text": text, **params})
    assert r.status_code == 200, r.text
    return [
        (m["rule"]["id"], m["rule"]["category"]["id"], m["rule"]["issueType"], m["replacements"][0]["value"])
        for m in r.json()["matches"]
        if m["rule"]["id"].startswith("BN_REGISTER")
    ]


def test_mixed_register_is_a_style_hint(client: TestClient) -> None:
    assert _matches(client, MIXED) == [("BN_REGISTER001", "STYLE", "style", "তারা")]
    assert _matches(client, SADHU_ONLY) == []
    r = client.post("/v2/check", data={"language": "bn", "text": MIXED})
    match = next(m for m in r.json()["matches"] if m["rule"]["id"] == "BN_REGISTER001")
    assert match["type"]["typeName"] == "Hint"


def test_enabled_rules_choose_a_house_style(client: TestClient) -> None:
    found = _matches(client, SADHU_ONLY, enabledRules="BN_REGISTER002")
    assert [(rule, fix) for rule, _, _, fix in found] == [("BN_REGISTER002", "বললেন"), ("BN_REGISTER002", "হবে")]
    found = _matches(client, "তিনি বললেন, কাজ শেষ হবে।", enabledRules="BN_REGISTER003", disabledRules="BN_REGISTER001")
    assert [fix for *_, fix in found] == ["বলিলেন", "হইবে"]
    assert _matches(client, MIXED, disabledCategories="STYLE") == []
