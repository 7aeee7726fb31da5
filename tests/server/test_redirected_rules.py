"""The server takes a redirected rule id (BN_ORTHO005) for the rules it became."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

TEXT = "বহিঃবিশ্বে কদাচিত আকর্ষনীয় খবর আসে।"  # ORTHO015, ORTHO010, ORTHO008


def _ids(client: TestClient, **params: str) -> list[str]:
    r = client.post("/v2/check", data={"language": "bn-BD", "text": TEXT, **params})
    assert r.status_code == 200, r.text
    return [m["rule"]["id"] for m in r.json()["matches"] if m["rule"]["id"].startswith("BN_ORTHO")]


def test_the_split_rules_have_their_own_ids(client: TestClient) -> None:
    assert _ids(client) == ["BN_ORTHO015", "BN_ORTHO010", "BN_ORTHO008"]


@pytest.mark.parametrize("old", ["BN_ORTHO005", "ORTHO005", "standard-spelling-pattern"])
def test_disabled_rules_take_the_old_id_for_the_group(client: TestClient, old: str) -> None:
    assert _ids(client, disabledRules=old) == []
    assert _ids(client, disabledRules="BN_ORTHO010") == ["BN_ORTHO015", "BN_ORTHO008"]


def test_enabled_only_takes_the_old_id_for_the_group(client: TestClient) -> None:
    assert _ids(client, enabledRules="BN_ORTHO005", enabledOnly="true") == ["BN_ORTHO015", "BN_ORTHO010", "BN_ORTHO008"]
