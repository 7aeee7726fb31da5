"""ORTHO005 became one code per Bangla Academy rule (ORTHO008-ORTHO018); the old code
and its old name still select the group wherever a code is accepted."""

import dataclasses

import pytest

import banan
from banan import check
from banan.cli import main
from banan.config import ConfigError, load_config
from banan.rules import Document, all_rules, get_rule
from banan.rules.redirects import REDIRECTS, expand, find
from banan.rules.verdicts import verdicts
from banan.server.rulemap import RuleCatalog

GROUP = find("ORTHO005").targets
# One word for each of three rules of the group (বহিঃবিশ্বে: visarga sandhi; কদাচিত:
# খণ্ড-ত; আকর্ষনীয়: ণত্ব), in a sentence of the project's own.
TEXT = "বহিঃবিশ্বে কদাচিত আকর্ষনীয় খবর আসে।"
CODES = ["ORTHO015", "ORTHO010", "ORTHO008"]


def _ortho(found):
    return [d.code for d in found if d.code.startswith("ORTHO")]


def test_the_table_names_existing_rules_and_no_rule_keeps_an_old_code():
    codes = {r.code for r in all_rules()}
    names = {r.name for r in all_rules()}
    for redirect in REDIRECTS:
        assert redirect.code not in codes and redirect.name not in names
        assert set(redirect.targets) <= codes
    assert GROUP == tuple(f"ORTHO{n:03d}" for n in range(8, 19))


def test_each_academy_rule_has_its_own_code_and_the_message_names_the_rule():
    found = check(TEXT, banan.Config())
    assert _ortho(found) == CODES
    assert found[0].message == "প্রমিত বানান “বহির্বিশ্বে” (বিসর্গ সন্ধি: পুনর্গঠন, বয়োজ্যেষ্ঠ, দুশ্চিন্তা)"
    assert [r.since for r in map(get_rule, GROUP)] == ["0.2.0"] * len(GROUP)


def test_one_rule_of_the_group_can_be_turned_off_alone():
    assert _ortho(check(TEXT, banan.Config(ignore=("ORTHO010",)))) == ["ORTHO015", "ORTHO008"]
    assert _ortho(check(TEXT, banan.Config(ignore=("final-khanda-ta",)))) == ["ORTHO015", "ORTHO008"]


@pytest.mark.parametrize("old", ["ORTHO005", "ortho005", "standard-spelling-pattern"])
def test_select_and_ignore_take_the_old_code_and_name_for_the_group(old):
    assert [r.code for r in banan.Config(select=(old,)).rules] == list(GROUP)
    assert not set(GROUP) & {r.code for r in banan.Config(ignore=(old,)).rules}
    assert _ortho(check(TEXT, banan.Config(ignore=(old,)))) == []


def test_the_group_is_less_specific_than_a_code_and_more_than_a_prefix():
    # A code of the group wins over the group, either way round.
    assert [r.code for r in banan.Config(select=("ORTHO005",), ignore=("ORTHO010",)).rules] == [
        c for c in GROUP if c != "ORTHO010"
    ]
    assert [r.code for r in banan.Config(select=("ORTHO010",), ignore=("ORTHO005",)).rules] == ["ORTHO010"]
    # The group wins over the family and over a prefix of the codes.
    assert {r.code for r in banan.Config(select=("ORTHO",), ignore=("ORTHO005",)).rules} & set(GROUP) == set()
    assert [r.code for r in banan.Config(select=("ORTHO005",), ignore=("ORTHO01",)).rules] == list(GROUP)


def test_banan_toml_ignores_the_group(tmp_path):
    (tmp_path / "banan.toml").write_text('ignore = ["ORTHO005"]\n', encoding="utf-8")
    config = load_config(start=tmp_path)
    assert _ortho(check(TEXT, config)) == []
    assert "ORTHO001" in {r.code for r in config.rules}


def test_cli_select_and_ignore_take_the_old_code(tmp_path, capsys):
    path = tmp_path / "khobor.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    main(["check", "--isolated", "--ignore", "ORTHO005", str(path)])
    out = capsys.readouterr().out
    assert "ORTHO0" not in out
    assert "SPELL001" in out  # কদাচিত, a word the lexicon does not know, is SPELL's again
    assert main(["check", "--isolated", "--select", "ORTHO005", "--format", "json", str(path)]) == 1
    out = capsys.readouterr().out
    assert all(code in out for code in CODES)


def test_banan_rule_says_what_the_old_code_became(capsys):
    assert main(["rule", "ORTHO005"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ORTHO005 (standard-spelling-pattern): split")
    assert all(code in out for code in GROUP)
    assert main(["rule", "ORTHO099"]) == 2


@pytest.mark.parametrize(
    "directive", ["banan: ignore ORTHO005", "banan: ignore-file ORTHO005", "banan: ignore SPACE, ORTHO005"]
)
def test_inline_directives_silence_the_group(directive):
    assert _ortho(check(f"{TEXT} <!-- {directive} -->", banan.Config())) == []
    # On the next line a line directive leaves the group alone.
    next_line = _ortho(check(f"<!-- {directive} -->\n{TEXT}", banan.Config()))
    assert next_line == ([] if "file" in directive else CODES)


def test_expand_replaces_only_redirected_codes():
    assert expand(("SPACE", "ORTHO005", "ORTHO00")) == ("SPACE", *GROUP, "ORTHO00")


@pytest.mark.parametrize("old", ["BN_ORTHO005", "ORTHO005", "standard-spelling-pattern"])
def test_the_server_catalog_takes_the_old_id_for_the_group(old):
    catalog = RuleCatalog(all_rules())
    assert catalog.codes_for_rules([old, "UNKNOWN_RULE"]) == set(GROUP)


def test_a_rule_that_defers_to_the_old_code_asks_whether_any_of_the_group_runs():
    assert Document("", selected=frozenset({"ORTHO010"})).runs("ORTHO005")
    assert not Document("", selected=frozenset({"ORTHO001"})).runs("ORTHO005")
    # The word's own rule decides whether it is reported; without it, the word is SPELL001's
    # when the lexicon does not know it, and nobody's when it does.
    assert verdicts(Document("", selected=frozenset({"ORTHO010"}))).of("কদাচিত").owner == "ORTHO010"
    assert verdicts(Document("", selected=frozenset(set(GROUP) - {"ORTHO010"}))).of("কদাচিত").owner != "ORTHO010"


# -- since and status ---------------------------------------------------------------------


def test_every_rule_has_a_version_and_a_status():
    for rule in all_rules():
        assert rule.since in ("0.1.0", "0.2.0") and rule.status in ("stable", "preview")
    with pytest.raises(ValueError, match="status"):
        dataclasses.replace(get_rule("ORTHO008"), status="beta")


def test_a_preview_rule_needs_preview_or_its_own_code():
    rule = dataclasses.replace(get_rule("ORTHO008"), status="preview")
    assert not banan.Config().enabled(rule)
    assert not banan.Config(select=("ORTHO",)).enabled(rule)
    assert banan.Config(preview=True).enabled(rule)
    assert banan.Config(select=("ORTHO008",)).enabled(rule)
    assert banan.Config(select=("natva",)).enabled(rule)
    assert not banan.Config(preview=True, ignore=("ORTHO005",)).enabled(rule)
    # An opt-in house style stays opt-in with preview on.
    assert not banan.Config(preview=True).enabled(get_rule("ORTHO007"))


def test_preview_comes_from_banan_toml_and_the_command_line(tmp_path):
    (tmp_path / "banan.toml").write_text("preview = true\n", encoding="utf-8")
    assert load_config(start=tmp_path).preview
    assert banan.Config().with_overrides(preview=True).preview
    (tmp_path / "banan.toml").write_text('preview = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="preview must be true or false"):
        load_config(start=tmp_path)


def test_rules_listing_shows_version_and_status(capsys):
    assert main(["rules", "--isolated", "--format", "json"]) == 0
    import json

    listing = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert listing["ORTHO008"]["since"] == "0.2.0" and listing["ORTHO008"]["status"] == "stable"
    assert listing["SPACE001"]["since"] == "0.1.0"
    assert "Since 0.2.0, stable." in get_rule("ORTHO015").doc()


def test_a_word_left_to_one_split_rule_is_spelling_s_when_that_rule_is_off() -> None:
    # কদাচিত (rarely, with ত for the final খণ্ড-ত) is ORTHO010's; with ORTHO010 off, and
    # only it, SPELL001 reports the word rather than leaving it to a rule that does not run.
    import banan

    text = "তিনি কদাচিত আসেন।"  # he rarely comes.
    assert [d.code for d in banan.check(text)] == ["ORTHO010"]
    for ignored in ("ORTHO010", "ORTHO005"):
        found = banan.check(text, banan.Config(ignore=(ignored,)))
        assert [(d.code, d.found) for d in found] == [("SPELL001", "কদাচিত")]
        assert found[0].replacements[0] == "কদাচিৎ"
