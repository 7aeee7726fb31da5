from banan.tokenize import TokenKind, sentences, tokenize


def kinds(text):
    return [(t.kind, t.text) for t in tokenize(text) if t.kind is not TokenKind.SPACE]


def test_token_kinds():
    assert kinds("র\u200d্যাব ১২.৫ COVID-19 https://x.org/a info@x.org।") == [
        (TokenKind.WORD, "র\u200d্যাব"),
        (TokenKind.NUMBER, "১২.৫"),
        (TokenKind.LATIN, "COVID"),
        (TokenKind.PUNCT, "-"),
        (TokenKind.NUMBER, "19"),
        (TokenKind.URL, "https://x.org/a"),
        (TokenKind.EMAIL, "info@x.org"),
        (TokenKind.PUNCT, "।"),
    ]


def test_tokens_cover_the_text_without_gaps():
    text = "ক্\u200cষ, “ঢাকা”! ২০২৪\n😀"
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_sentences():
    text = "সে এল। তুমি কি যাবে? “হ্যাঁ!” বলল সে\n\nনতুন অনুচ্ছেদ"
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == ["সে এল।", "তুমি কি যাবে?", "“হ্যাঁ!”", "বলল সে", "নতুন অনুচ্ছেদ"]
