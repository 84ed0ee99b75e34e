"""The three models page in real Chromium, presenting on a projector's 1024×768 and on a phone's 390 px:
the three translations, the alignments side by side and the BLEU-by-length chart. Saves
tests/screenshots/models-projector.png (the whole slide, 1024 px wide: the README's docs/models.png) and
models-phone.png."""

import pytest
from playwright.sync_api import expect

from attnviz.app.data import metrics
from attnviz.app.labels import TEXT
from attnviz.model import ATTENTION_KINDS
from tests.conftest import BROWSER_TESTS, screenshot
from tests.streamlit_server import PHONE, PROJECTOR, settle

pytestmark = BROWSER_TESTS

KO = TEXT["ko"]
SENTENCE = "엄마가 사과를 먹었다"


@pytest.fixture(scope="module")
def page(browser_page, url):
    page = browser_page
    page.goto(f"{url}/models?sentence={SENTENCE}&present=true")
    expect(page.get_by_role("heading", name=KO["model_bahdanau"])).to_be_visible(timeout=180_000)
    settle(page)
    yield page, url
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_three_translations_side_by_side_and_the_bleu_chart(page):
    page, _ = page
    headings = [
        page.get_by_role("heading", name=KO[f"model_{kind}"], exact=True) for kind in ATTENTION_KINDS
    ]
    boxes = [h.bounding_box() for h in headings]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]  # side by side, in the switch's order
    assert max(b["y"] for b in boxes) - min(b["y"] for b in boxes) < 5
    expect(page.get_by_text("→ ")).to_have_count(3)  # the three translations
    expect(page.get_by_text(KO["nothing_to_align"])).to_be_visible()
    measured = [kind for kind in ATTENTION_KINDS if (metrics(kind) or {}).get("bleu_by_length")]
    charts = page.locator(".stPlotlyChart")
    expect(charts).to_have_count(2 + bool(measured))  # Bahdanau's and Luong's alignments, BLEU
    if measured:
        bleu = charts.nth(2)
        expect(bleu.locator(".legendtext")).to_have_count(len(measured))
        expect(bleu.get_by_text(KO["your_sentence"].format(words=3))).to_be_visible()
    # the whole slide in one picture: as tall as the page's content, 1024 px wide
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": PROJECTOR["width"], "height": height})
    settle(page)
    screenshot(page, "models-projector")
    page.set_viewport_size(PROJECTOR)


def test_on_a_phone_the_models_stack(page):
    page, url = page
    page.set_viewport_size(PHONE)
    page.goto(f"{url}/models?sentence={SENTENCE}")
    expect(page.get_by_role("heading", name=KO["model_none"])).to_be_attached(timeout=60_000)
    settle(page)
    boxes = [
        page.get_by_role("heading", name=KO[f"model_{kind}"], exact=True).bounding_box()
        for kind in ATTENTION_KINDS
    ]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]  # one above the other
    assert all(b["x"] + b["width"] <= PHONE["width"] for b in boxes)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing sideways
    page.get_by_role("heading", name=KO["model_none"], exact=True).scroll_into_view_if_needed()
    screenshot(page, "models-phone")
