"""REGISTER: সাধু and চলিত mixed in one text, and the house styles."""

import pytest

from banan import Applicability, Config, check
from banan.config import ConfigError, load_config
from banan.rules import get_rule

AUTO = Config(select=("REGISTER",))


def codes(text, config=AUTO):
    return [(d.code, d.found) for d in check(text, config)]


def test_the_minority_register_is_reported_with_its_counterpart():
    # "We went to the market and saw that they (সাধু) were sitting there."
    text = "আমরা বাজারে গেলাম এবং দেখলাম সেখানে তাহারা বসে আছে, কেউ কথা বলছে না।"
    found = check(text, AUTO)
    assert [(d.code, d.found) for d in found] == [("REGISTER001", "তাহারা")]
    assert [f.edits[0].replacement for f in found[0].fixes] == ["তারা"]
    assert all(f.applicability == Applicability.UNSAFE for f in found[0].fixes)
    assert "চলিত" in found[0].message


def test_a_sadhu_majority_makes_the_cholito_forms_the_fault():
    # "He came out of the house, went to the river and saw (চলিত) that the boat had gone."
    text = "সে বাড়ি হইতে বাহির হইয়া নদীর ধারে গিয়া দেখল, নৌকা চলিয়া গিয়াছে।"
    found = check(text, AUTO)
    assert [(d.found, d.fixes[0].edits[0].replacement) for d in found] == [("দেখল", "দেখিল")]
    assert "সাধু" in found[0].message


def test_a_tie_goes_to_cholito():
    # One form of each: "he said (সাধু) that the work will be done (চলিত)".
    assert codes("তিনি বলিলেন, কাজটি কাল শেষ হবে।") == [("REGISTER001", "বলিলেন")]


@pytest.mark.parametrize(
    "text",
    [
        "তাহারা আসিল।",  # one register only, however few forms
        "তারা এসেছে।",
        "সে ভাত খেয়ে স্কুলে গেছে।",
        "তিনি ঘরে বসে বই পড়ে চলে গেলেন।",  # বসে, পড়ে: present or participle, evidence for neither
        "সে বাড়ি হইতে বাহির হইয়া দেখিল, আকাশে অনেক তারা।",  # তারা: stars
        "",
    ],
)
def test_one_register_is_not_mixed(text):
    assert codes(text) == []


def test_a_quotation_is_its_own_document():
    # A চলিত report quoting a সাধু sentence: neither is at fault.
    text = "প্রধান শিক্ষক বলেন, “তাহারা সকলেই উপস্থিত ছিল।” পরে তিনি চলে যান, কেউ কিছু বলেনি।"
    assert codes(text) == []
    assert codes("তিনি বলেন, 'তাহারা আসিয়াছে।' এরপর সবাই চলে গেছে।") == []
    # A quotation mixed in itself is judged on its own majority.
    mixed_quote = "তিনি বলেন, “আমরা সেখানে গিয়াছিলাম, কিন্তু কিছুই পেলাম না, সবাই চলে গেছে।” পরে তিনি ফিরে যান।"
    assert codes(mixed_quote) == [("REGISTER001", "গিয়াছিলাম")]


def test_fix_applies_the_counterpart_only_with_unsafe():
    from banan import fix

    text = "আমরা বাজারে গেলাম এবং দেখলাম সেখানে তাহারা বসে আছে।"
    assert fix(text, AUTO) == text
    assert fix(text, AUTO, unsafe=True) == "আমরা বাজারে গেলাম এবং দেখলাম সেখানে তারা বসে আছে।"


def test_house_styles_report_every_form_of_the_other_register():
    sadhu_only = "তিনি বলিলেন, কার্য সমাপ্ত হইবে।"
    assert codes(sadhu_only) == []
    cholito = Config(select=("REGISTER",), register="cholito")
    assert codes(sadhu_only, cholito) == [("REGISTER002", "বলিলেন"), ("REGISTER002", "হইবে")]
    sadhu = Config(select=("REGISTER",), register="sadhu")
    assert codes("তিনি বললেন, কাজ শেষ হবে।", sadhu) == [("REGISTER003", "বললেন"), ("REGISTER003", "হবে")]
    # The house style replaces REGISTER001: a mixed text is not reported twice.
    mixed = "তিনি বলিলেন, কাজটি কাল শেষ হবে।"
    assert codes(mixed, sadhu) == [("REGISTER003", "হবে")]
    # Quotations keep their own register under a house style.
    assert codes("তিনি বলেন, “আমি তাহা জানি না।”", cholito) == []


def test_selecting_house_style_codes_directly_as_a_languagetool_client_does():
    # enabledRules=BN_REGISTER002 without disabling REGISTER001: REGISTER001 stays silent.
    both = Config(select=("REGISTER001", "REGISTER002"))
    assert codes("তিনি বলিলেন, কার্য সমাপ্ত হইবে।", both) == [("REGISTER002", "বলিলেন"), ("REGISTER002", "হইবে")]
    all_three = Config(select=("REGISTER001", "REGISTER002", "REGISTER003"))
    assert {c for c, _ in codes("তিনি বললেন, কাজ শেষ হইবে।", all_three)} == {"REGISTER002"}


def test_register_setting_selects_the_rule():
    assert [r.code for r in Config(select=("REGISTER",)).rules] == ["REGISTER001"]
    assert [r.code for r in Config(select=("REGISTER",), register="cholito").rules] == ["REGISTER002"]
    assert [r.code for r in Config(register="sadhu").rules if r.family == "REGISTER"] == ["REGISTER003"]
    assert not any(r.family == "REGISTER" for r in Config(ignore=("REGISTER",), register="sadhu").rules)
    assert Config().enabled(get_rule("REGISTER001")) and not Config().enabled(get_rule("REGISTER002"))
    with pytest.raises(ConfigError, match="register"):
        Config(register="formal")


def test_register_in_banan_toml(tmp_path):
    (tmp_path / "banan.toml").write_text('register = "cholito"\n', encoding="utf-8")
    config = load_config(start=tmp_path)
    assert config.register == "cholito"
    assert "REGISTER002" in {r.code for r in config.rules}
    (tmp_path / "banan.toml").write_text('register = "both"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="register must be one of"):
        load_config(start=tmp_path)


def test_register_on_the_command_line(tmp_path, capsys):
    from banan.cli import main

    path = tmp_path / "a.txt"
    path.write_text("তিনি বলিলেন, কার্য সমাপ্ত হইবে।\n", encoding="utf-8")
    assert main(["check", "--isolated", "--select", "REGISTER", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--isolated", "--select", "REGISTER", "--register", "cholito", str(path)]) == 1
    out = capsys.readouterr().out
    assert "REGISTER002" in out and "বললেন" in out
    assert main(["fix", "--isolated", "--unsafe", "--register", "cholito", "--select", "REGISTER", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == "তিনি বললেন, কার্য সমাপ্ত হবে।\n"


@pytest.mark.parametrize(
    "text",
    [
        # Pure সাধু (Vidyasagar, শকুন্তলা; Tagore, কাবুলিওয়ালা) and pure চলিত news: no rule fires.
        "তিনি, একদা, বহু সৈন্য সামন্ত সমভিব্যাহারে, মৃগয়ায় গিয়াছিলেন।",
        "তাহার মা অনেকসময় ধমক দিয়া তাহার মুখ বন্ধ করিয়া দেয়, কিন্তু আমি তাহা পারি না।",
        "চতুর্দশ বৎসর গত হইলে তিনি পুনরায় অযোধ্যায় ফিরিয়া যাইবেন।",
        "আবহাওয়া অফিস জানিয়েছে, আগামী দুই দিন বৃষ্টি চলতে পারে।",
    ],
)
def test_pure_text_raises_nothing_from_any_rule(text):
    assert check(text) == []


def test_a_sadhu_form_the_lexicon_lacks_is_known_through_its_root():
    # তুলিলাম (I lifted): no word list holds it, the paradigm of তুল does.
    assert [d.code for d in check("আমি বাক্সটি তুলিলাম এবং ঘরে রাখিলাম।")] == []


def test_quotation_marks_found_in_one_pass():
    from banan.rules.register import _segments

    text = "ক “খ” গ ‘ঘ’ \"চ\" 'ছ' it's 'জ।' “খোলা"
    starts, ends = _segments(text)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == ["“খ”", "‘ঘ’", '"চ"', "'ছ'", "'জ।'"]
    # A straight or single quotation ends at a line break; an unclosed mark quotes nothing.
    assert _segments('"ক\nখ" গ') == ([], [])


def test_unbalanced_quotation_marks_cost_linear_time():
    import time

    for text in ("“তাহারা " * 50_000, "'ক " * 50_000, "তাহারা গেছে “" * 10_000):
        t = time.process_time()
        check(text, AUTO)
        assert time.process_time() - t < 5
