import pytest

from banan.config import Config, ConfigError, load_config
from banan.rules import get_rule


def enabled(config, code):
    return config.enabled(get_rule(code))


def test_more_specific_selector_wins():
    c = Config(select=("SPACE",), ignore=("SPACE004",))
    assert enabled(c, "SPACE001") and not enabled(c, "SPACE004")
    c = Config(select=("SPACE004",), ignore=("SPACE",))
    assert enabled(c, "SPACE004") and not enabled(c, "SPACE001")
    assert not enabled(Config(select=("ALL",), ignore=("ALL",)), "NUM001")  # a tie: ignore wins


def test_rule_names_select_too():
    c = Config(select=("pipe-as-danda",))
    assert [r.code for r in c.rules] == ["NORM013"]


def test_unknown_selector_is_an_error():
    with pytest.raises(ConfigError, match="XYZ"):
        Config(select=("XYZ",))


def test_banan_toml_and_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.banan]\nignore = ["NUM"]\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    config = load_config(start=sub)
    assert config.ignore == ("NUM",) and not enabled(config, "NUM002")
    (sub / "banan.toml").write_text('select = ["SPACE"]\n', encoding="utf-8")
    assert [r.family for r in load_config(start=sub).rules] == ["SPACE"] * 5


def test_bad_config_files_are_reported(tmp_path):
    bad = tmp_path / "banan.toml"
    bad.write_text("selekt = ['NUM']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_config(bad)
    bad.write_text("select = 'NUM'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="list of strings"):
        load_config(bad)
    bad.write_text("select = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(bad)
