"""The page in a real browser: `streamlit run` and Debian's Chromium driven by Playwright, at a projector's
1024×768. Screenshots go to tests/screenshots/ to be looked at.

Skipped only where Chromium is missing and CI is unset; under CI a missing browser fails the run.
"""

import json
import os
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect, sync_playwright

from attnviz.app.labels import TEXT
from attnviz.app.navigation import slides
from tests.streamlit_server import CHROMIUM, projector_page, rerun, settle, streamlit_server

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not os.environ.get("CI"),
        reason=f"no {CHROMIUM} (apt-get install chromium fonts-noto-cjk)",
    ),
]

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
KO, EN = TEXT["ko"], TEXT["en"]
SENTENCE, TRANSLATION, STEPS = (
    "학생이 도서관에서 책을 읽는다",
    "the student reads a book at the library",
    9,
)
LESSON = "고양이가 잔다 → the cat sleeps"


@pytest.fixture(scope="module")
def url():
    with streamlit_server() as (address, _):
        yield address


@pytest.fixture(scope="module")
def browser_page():
    with sync_playwright() as playwright, projector_page(playwright) as page:
        page.set_default_timeout(60_000)
        yield page


@pytest.fixture
def page(browser_page, url):
    """The page, opened on the lesson's sentence and drawn, with no exception shown."""
    browser_page.goto(url)
    expect(browser_page.get_by_text(LESSON)).to_be_visible(
        timeout=120_000
    )  # the first load starts TensorFlow
    settle(browser_page)
    yield browser_page
    expect(browser_page.locator('[data-testid="stException"]')).to_have_count(0)


def open_at(page, url, query: str) -> None:
    page.goto(f"{url}/?{query}")
    expect(page.locator("h2, h4").first).to_contain_text("→", timeout=60_000)
    settle(page, after=0)


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png")


def query(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def visible_charts(page) -> int:
    return page.locator(".stPlotlyChart .main-svg").filter(visible=True).count()


def step_caption(page):
    return page.locator('.st-key-step_bar [data-testid="stCaptionContainer"]')


def test_typing_a_sentence_and_stepping_through_every_decoder_step(page):
    box = page.get_by_role("textbox", name=KO["sentence"])
    box.fill(SENTENCE)
    box.press("Enter")
    expect(page.get_by_text(f"{SENTENCE} → {TRANSLATION}")).to_be_visible()
    settle(page)
    assert visible_charts(page) >= 6  # embedding, encoder, weights, top-k, alignment (and their layers)
    for step in range(1, STEPS + 1):
        expect(step_caption(page)).to_contain_text(f"{step}/{STEPS}")
        settle(page)
        assert visible_charts(page) >= 6
        if step == 2:
            page.get_by_text("4. ATTENTION").scroll_into_view_if_needed()
            screenshot(page, "ko-normal-attention")
        page.get_by_role("button", name=f"{KO['next']} ▶").click()
    assert query(page) == {"sentence": SENTENCE, "step": str(STEPS)}  # a link to this step
    alignment = page.locator(".stPlotlyChart").last
    expect(alignment).to_contain_text(f"{STEPS}: <end>")  # the matrix has filled in


def test_arrow_keys_step_and_a_link_opens_on_its_step(page, url):
    page.get_by_role("heading", name=LESSON).click()  # keys typed into the sentence box stay there
    for key, step in (("ArrowRight", 2), ("ArrowRight", 3), ("ArrowLeft", 2)):
        with rerun(page):  # a key pressed while the last one's run is still going could be lost
            page.keyboard.press(key)
        expect(step_caption(page)).to_contain_text(f"{step}/4")
    open_at(page, url, f"sentence={SENTENCE}&step=5")
    expect(step_caption(page)).to_contain_text(f"5/{STEPS}")


def test_play_walks_the_steps_by_itself(page):
    page.get_by_role("button", name=KO["play"]).click()
    expect(step_caption(page)).to_contain_text("3/4")  # one step at once, then on a timer
    page.get_by_role("button", name=KO["pause"]).click()
    expect(page.get_by_role("button", name=KO["play"])).to_be_visible()


def test_english_labels_everything(page):
    page.get_by_text("English", exact=True).click()
    expect(page.get_by_role("heading", name="1. Preprocessing · tokens (전처리·토큰화)")).to_be_visible()
    settle(page)
    expect(page.locator(".stPlotlyChart").first).to_contain_text("Embeddings: tokens × 256 dimensions")
    screenshot(page, "en-normal-top")
    page.get_by_text("4. ATTENTION").scroll_into_view_if_needed()
    screenshot(page, "en-normal-attention")
    assert query(page)["lang"] == "English"


def test_presentation_mode_fits_every_slide_on_a_projector(page, url):
    for language, query_language in ((KO, ""), (EN, "&lang=English")):
        open_at(page, url, f"present=true{query_language}")
        for number, (stage, step) in enumerate(slides(4), start=1):
            heading = page.get_by_role("heading", level=3)
            expect(heading.first).to_contain_text(language[f"stage_{stage}"])
            settle(page)
            main = page.locator('[data-testid="stMain"]')
            overflow = main.evaluate("main => main.scrollHeight - main.clientHeight")
            assert overflow <= 0, f"slide {number} ({stage}, step {step}) is cut off by {overflow} px"
            screenshot(page, f"{'ko' if language is KO else 'en'}-present-{number:02d}-{stage}")
            with rerun(page):  # the next slide may show the same stage: wait for its run
                page.keyboard.press("ArrowRight")
        expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_a_long_sentence_fits_the_attention_slide(page, url):
    open_at(page, url, f"present=true&sentence={SENTENCE}&stage=ATTENTION&step=2")
    main = page.locator('[data-testid="stMain"]')
    assert main.evaluate("main => main.scrollHeight - main.clientHeight") <= 0
    screenshot(page, "ko-present-long-attention")


def test_a_chart_downloads_as_png(page):
    chart = page.locator(".stPlotlyChart").first
    chart.hover()
    with page.expect_download() as download:
        chart.locator('.modebar-btn[data-title="Download plot as a PNG"]').click()
    assert download.value.suggested_filename == "attnviz-embedding.png"
    assert Path(download.value.path()).read_bytes().startswith(b"\x89PNG")


def test_the_trace_downloads_as_json(page):
    page.get_by_text(KO["downloads"]).click()
    with page.expect_download() as download:
        page.get_by_role("button", name=KO["download_json"]).click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["schema"] == "attnviz.trace/2" and data["translation"] == "the cat sleeps"


def test_bad_input_is_explained_not_a_traceback(page):
    box = page.get_by_role("textbox", name=KO["sentence"])
    for sentence, message in (
        ("hello world", KO["error_not_korean"].format(text="hello world")),
        (" ".join(["고양이가"] * 17), KO["error_too_long"].format(words=17, limit=16)),
    ):
        box.fill(sentence)
        box.press("Enter")
        expect(page.get_by_text(message)).to_be_visible()
    box.fill("고양잉가 잔다")
    box.press("Enter")
    expect(page.get_by_text("“고양잉가” 대신: 고양이가")).to_be_visible()
    settle(page)
    screenshot(page, "ko-normal-unknown-word")
