"""The learning page in a real browser (Debian's Chromium at a projector's 1024×768): open it, move the
epoch slider with the keyboard, and see that epoch's matrix and translation, and both in the link. It
reads the shipped model's record; its screenshot, ko-learning.png, is the README's docs/learning.png."""

import json

from playwright.sync_api import expect

from attnviz.app.labels import TEXT
from attnviz.decoding import model_directory
from tests.conftest import BROWSER_TESTS, screenshot
from tests.streamlit_server import rerun, settle
from tests.test_browser import query

pytestmark = BROWSER_TESTS

KO = TEXT["ko"]
RECORDED = model_directory("bahdanau") / "training_attention.json"
EPOCHS = json.loads(RECORDED.read_text())["epochs"]


def test_the_epoch_slider_shows_each_epochs_alignment_losses_and_translation(browser_page, url):
    page = browser_page
    page.goto(f"{url}/learning")
    expect(page.get_by_role("heading", name=KO["page_learning"])).to_be_visible(timeout=120_000)
    settle(page)
    title = page.locator(".stPlotlyChart .gtitle").first
    expect(title).to_have_text(KO["epoch_alignment_title"].format(epoch=1))

    last = len(EPOCHS)
    with rerun(page):
        page.get_by_role("slider").focus()
        page.keyboard.press("End")
    expect(title).to_have_text(KO["epoch_alignment_title"].format(epoch=last))
    translation = EPOCHS[-1]["sentences"][0]["translation"]
    expect(page.get_by_text(KO["epoch_translation"].format(translation=translation))).to_be_visible()
    assert query(page) == {"epoch": str(last), "watched": EPOCHS[0]["sentences"][0]["sentence"]}
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    screenshot(page, "ko-learning")
