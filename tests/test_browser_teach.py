"""The teaching tools in real Chromium at 1024×768: a predict-then-reveal round driven by keys alone,
as a presenter's keyboard or clicker would, and the two-sentence comparison page."""

import re

import pytest
from playwright.sync_api import expect

from attnviz import trace
from attnviz.app.labels import TEXT
from tests.conftest import BROWSER_TESTS, screenshot
from tests.streamlit_server import rerun, settle

pytestmark = BROWSER_TESTS

KO = TEXT["ko"]


@pytest.fixture(scope="module")
def page(browser_page):
    yield browser_page
    expect(browser_page.locator('[data-testid="stException"]')).to_have_count(0)


def open_at(page, url, query: str) -> None:
    page.goto(f"{url}/?{query}")
    expect(page.locator("h2, h4").first).to_be_visible(
        timeout=120_000
    )  # the first load starts TensorFlow
    settle(page, after=0)


def option_key(page, kind: str, word: str) -> str:
    """The number key of the option button showing `word`."""
    label = page.locator(f".st-key-predict_{kind} button").filter(has_text=word).first.inner_text()
    return re.match(r"(\d) · ", label).group(1)


def test_a_predict_then_reveal_round_by_keys_on_a_projector(page, url, shipped_model):
    top_k = trace(shipped_model, "고양이가 잔다").steps[1].top_k  # step 2, after "the"
    best, wrong = (re.escape(word) for word, _ in top_k[:2])  # the runner-up: a wrong guess
    open_at(page, url, "sentence=고양이가 잔다&present=true&predict=true&stage=attention&step=2")
    ask = KO["predict_ask_attention"].format(step=2, input="the")
    expect(page.get_by_text(ask)).to_be_visible()
    expect(page.get_by_text("score = V·tanh")).to_have_count(0)  # the stage waits for the guesses
    with rerun(page):
        page.keyboard.press(option_key(page, "attention", "고양이가"))
    expect(page.get_by_text("✓ 추측: “고양이가”")).to_be_visible()
    expect(page.get_by_text(KO["predict_ask_word"].format(step=2))).to_be_visible()
    expect(page.locator(".stPlotlyChart")).to_have_count(1)  # the weights, the guess marked
    expect(page.get_by_text(re.compile(rf"\b{best}\b"))).to_have_count(1)  # only as an option, not told
    screenshot(page, "predict-projector")
    with rerun(page):
        page.keyboard.press(option_key(page, "word", top_k[1][0]))
    expect(page.get_by_text(re.compile(f"✗ 추측: “{wrong}”"))).to_be_visible()
    expect(page.get_by_text(re.compile(f"모델: “{best}”"))).to_be_visible()
    expect(page.locator(".stPlotlyChart").first).to_be_visible()  # the attention stage itself now
    screenshot(page, "predict-projector-revealed")
    with rerun(page):  # the clicker: PageDown reveals step 2's next slide, already guessed: moves on
        page.keyboard.press("PageDown")
    expect(page.get_by_text(KO["predict_ask_attention"].format(step=2, input="the"))).to_have_count(0)


def test_two_sentences_side_by_side(page, url):
    page.goto(f"{url}/compare")
    expect(page.get_by_role("heading", name=KO["compare_title"])).to_be_visible(timeout=120_000)
    settle(page)
    expect(page.locator(".stPlotlyChart")).to_have_count(2)
    with rerun(page):
        page.get_by_role("button", name=KO["change_same_kind"]).click()
    expect(page.get_by_label(KO["compare_second"])).to_have_value("개가 잔다")
    expect(page.get_by_text("dog", exact=True)).to_be_visible()  # the changed English word, marked
    charts = page.locator(".stPlotlyChart")
    expect(charts).to_have_count(2)
    expect(charts.nth(1).locator(".xtick text").filter(has_text="개가 *")).to_have_count(1)
    left, right = (charts.nth(i).bounding_box() for i in range(2))
    assert left["x"] + left["width"] <= right["x"] and abs(left["y"] - right["y"]) < 5  # side by side
    screenshot(page, "compare-projector")
