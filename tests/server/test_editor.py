"""The web editor in a real headless browser (Debian's chromium, driven by playwright)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator

import pytest

from .conftest import TEST_MISSPELLING, LiveServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
    # CI installs chromium (.ci/run); elsewhere say why these tests did not run.
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = (
    pytest.importorskip("playwright.sync_api")
    if not os.environ.get("CI")
    else __import__("playwright.sync_api", fromlist=["sync_playwright"])
)


@pytest.fixture(scope="module")
def browser_context() -> Iterator[object]:
    profile = tempfile.mkdtemp(prefix="banan-chromium-")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1200, "height": 800},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context, threaded_server: LiveServer):  # type: ignore[no-untyped-def]
    page = browser_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(threaded_server.url + "/")
    yield page
    page.close()
    assert errors == []


def marks(page) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.text_content(), m.get_attribute("data-rule")) for m in page.query_selector_all("#backdrop mark")]


def wait_for_marks(page, n: int) -> None:  # type: ignore[no-untyped-def]
    """Until the editor shows n underlines. (Not wait_for_function: the page's content
    security policy forbids evaluating a string as JavaScript, as it should.)"""
    sync_api.expect(page.locator("#backdrop mark")).to_have_count(n)


def type_text(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.click("#text")
    page.keyboard.insert_text(text)


def click_mark(page, rule: str) -> None:  # type: ignore[no-untyped-def]
    box = page.locator(f'#backdrop mark[data-rule="{rule}"]').first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


TEXT = "সে বাড়ি যায় । আমি ৩৫ টি বই পড়েছি।"


def test_text_is_checked_and_underlined_at_the_right_words(page) -> None:  # type: ignore[no-untyped-def]
    type_text(page, TEXT)
    page.wait_for_selector('#backdrop mark[data-rule="BN_NUM003"]')
    assert marks(page) == [(" ।", "BN_SPACE001"), ("৩৫ টি", "BN_NUM003")]
    # The backdrop mirrors the text, so each mark sits where its words are.
    assert page.eval_on_selector("#backdrop", "b => b.textContent") == TEXT + "\n"
    offsets = page.eval_on_selector_all(
        "#backdrop mark",
        """marks => marks.map(m => {
            const r = document.createRange(); r.setStart(m.parentNode, 0); r.setEndBefore(m);
            return r.toString().length; })""",
    )
    assert offsets == [TEXT.index(" ।"), TEXT.index("৩৫ টি")]
    area = page.locator("#text").bounding_box()
    for m in page.query_selector_all("#backdrop mark"):
        box = m.bounding_box()
        assert box["width"] > 0 and area["x"] <= box["x"] and box["x"] + box["width"] <= area["x"] + area["width"]
        assert area["y"] <= box["y"] <= area["y"] + area["height"]
    # Different kinds are underlined differently, and the side list has them all.
    assert page.get_attribute('#backdrop mark[data-rule="BN_SPACE001"]', "class").startswith("kind-whitespace")
    assert page.get_attribute('#backdrop mark[data-rule="BN_NUM003"]', "class").startswith("kind-numbers")
    assert page.locator("#problems li").count() == 2


def test_clicking_a_replacement_changes_the_text(page) -> None:  # type: ignore[no-untyped-def]
    type_text(page, TEXT)
    page.wait_for_selector('#backdrop mark[data-rule="BN_NUM003"]')
    click_mark(page, "BN_NUM003")
    popover = page.locator("#popover")
    popover.wait_for(state="visible")
    assert "BN_NUM003" in popover.text_content()
    popover.locator("button.replacement").first.click()
    assert page.input_value("#text") == "সে বাড়ি যায় । আমি ৩৫টি বই পড়েছি।"
    # The other underline stays on its words, and the next check agrees.
    wait_for_marks(page, 1)
    assert marks(page) == [(" ।", "BN_SPACE001")]


def test_hover_shows_the_message(page) -> None:  # type: ignore[no-untyped-def]
    type_text(page, TEXT)
    page.wait_for_selector('#backdrop mark[data-rule="BN_SPACE001"]')
    box = page.locator('#backdrop mark[data-rule="BN_SPACE001"]').bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.locator("#popover").wait_for(state="visible")
    assert "BN_SPACE001" in page.locator("#popover").text_content()


def test_fix_all_safe(page) -> None:  # type: ignore[no-untyped-def]
    # Two safe fixes (a space before ।, টি joined to a numeral) and an unsafe one
    # (গুলো joined to a noun, which may be a choice).
    type_text(page, "সে বাড়ি যায় । আমি ৩৫ টি বই পড়েছি। দেশ গুলো সুন্দর।")
    wait_for_marks(page, 3)
    assert page.eval_on_selector_all("#problems li button.safe", "bs => bs.length") == 2
    page.click("#fix-safe")
    # The button checks and applies again until no safe fix is left: wait for the end.
    sync_api.expect(page.locator("#text")).to_have_value("সে বাড়ি যায়। আমি ৩৫টি বই পড়েছি। দেশ গুলো সুন্দর।")
    wait_for_marks(page, 1)
    assert marks(page) == [("দেশ গুলো", "BN_NUM003")]
    assert page.is_disabled("#fix-safe")


def test_fix_all_safe_reaches_the_fixed_point_of_banan_fix(page) -> None:  # type: ignore[no-untyped-def]
    # The space before । and the one missing after it overlap: one check offers only the
    # first; the button checks again until no safe fix is left, as `banan fix` does.
    import banan

    text = "কাজ শুরু হয়েছে ।এবার শেষ হবে ।তারপর ছুটি।"
    type_text(page, text)
    page.wait_for_selector('#backdrop mark[data-rule="BN_SPACE001"]')
    page.click("#fix-safe")
    sync_api.expect(page.locator("#text")).to_have_value(banan.fix(text))
    assert page.input_value("#text") == "কাজ শুরু হয়েছে। এবার শেষ হবে। তারপর ছুটি।"
    wait_for_marks(page, 0)
    assert page.is_disabled("#fix-safe")


def test_a_personal_word_added_with_one_click(page) -> None:  # type: ignore[no-untyped-def]
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    type_text(page, f"আমি {TEST_MISSPELLING} লিখি।")
    page.wait_for_selector("#backdrop mark.kind-misspelling")
    click_mark(page, page.get_attribute("#backdrop mark.kind-misspelling", "data-rule"))
    page.locator("#popover button.add-word").click()
    wait_for_marks(page, 0)
    assert page.locator("#words li").first.text_content().startswith(TEST_MISSPELLING)
    assert page.input_value("#text") == f"আমি {TEST_MISSPELLING} লিখি।"
    # The editor's key travels in request bodies, never in a URL (which logs keep).
    assert any("/v2/words" in u for u in urls) and not [u for u in urls if "apiKey" in u or "username" in u]


PARAGRAPH = "বাংলা ভাষায় লেখা একটি অনুচ্ছেদ: কৃষ্ণচূড়া গাছে লাল ফুল ফুটেছে, আর শিশুরা মাঠে খেলছে।"
SHIPPED_FACE = "Noto Sans Bengali Web"


def test_bengali_renders_with_the_shipped_font(page, browser_context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The editor serves its own Bengali face, so text renders on a machine with no
    # Bengali font (like a bare CI machine) and with no network access.
    type_text(page, PARAGRAPH)
    page.evaluate("document.fonts.ready")
    # Polled from here: wait_for_function evaluates a string, which the page's CSP forbids.
    loaded = "face => [...document.fonts].some(f => f.family.replace(/\"/g, '') === face && f.status === 'loaded')"
    deadline = time.monotonic() + 10
    while not page.evaluate(loaded, SHIPPED_FACE):
        assert time.monotonic() < deadline, "the shipped face did not load"
        time.sleep(0.05)
    # The font the renderer actually used for the paragraph's glyphs (Chromium's own answer).
    cdp = browser_context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "#backdrop"})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    used = max(fonts, key=lambda f: f["glyphCount"])
    assert used["isCustomFont"] and "Noto Sans Bengali" in used["familyName"], fonts
    # Its glyphs have width, and a different width from the browser's fallback.
    widths = page.evaluate(
        """([text, face]) => ["'" + face + "'", "banan-no-such-font, sans-serif"].map(family => {
            const s = document.createElement("span");
            s.style.font = "20px " + family; s.textContent = text;
            document.body.append(s); const w = s.getBoundingClientRect().width; s.remove(); return w; })""",
        [PARAGRAPH, SHIPPED_FACE],
    )
    assert widths[0] > 20 * len(PARAGRAPH) / 4 and widths[0] != widths[1], widths
    shot = tmp_path / "bengali.png"
    page.locator("#text").screenshot(path=str(shot))
    assert shot.stat().st_size > 5000
    if os.environ.get("BANAN_SCREENSHOTS"):  # keep a copy to look at
        shutil.copy(shot, os.environ["BANAN_SCREENSHOTS"])
