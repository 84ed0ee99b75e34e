"""The what-ifs and the beam page in a real browser (Debian's Chromium at a projector's 1024×768):
clicking a top-k word, pinning the attention, changing the beam width and clicking a node of the tree.
The words and translations expected come from the shipped model itself (`trace`, `beam_search`).
Screenshots go to tests/screenshots/ to be looked at.
"""

import pytest
from playwright.sync_api import expect

from attnviz import beam_search, trace
from attnviz.app.beam_page import TREE_COLUMN_PX
from attnviz.app.figures import FONT, LARGE_FONT
from attnviz.app.labels import TEXT
from attnviz.app.not_explanation import DEMOS
from attnviz.app.search_tree import nodes
from attnviz.beam import PRUNED
from tests.conftest import BROWSER_TESTS, screenshot
from tests.streamlit_server import PHONE, PROJECTOR, settle
from tests.test_browser import query

pytestmark = BROWSER_TESTS

KO, EN = TEXT["ko"], TEXT["en"]
LESSON = "고양이가 잔다"  # the page's sentence when the link names none


def open_at(page, url: str, path: str) -> None:
    page.goto(f"{url}{path}")
    expect(page.locator(".stPlotlyChart .main-svg").first).to_be_visible(timeout=120_000)
    settle(page)


def click_at(page, element, across: float = 0.5) -> None:
    """A click where Plotly reads it: its drag layer lies over the points, so a locator's click would
    not reach them. `across`: how far into the element, left to right."""
    box = element.bounding_box()
    page.mouse.click(box["x"] + box["width"] * across, box["y"] + box["height"] / 2)


def comparison(page):
    return page.locator(".st-key-what_if")


@pytest.fixture(scope="module")
def own(shipped_model):
    return trace(shipped_model, LESSON)


def runner_up(own, index: int) -> str:
    """The second of the top-k words at step `index`: one the model did not choose."""
    return own.steps[index].top_k[1][0]


def test_clicking_a_top_k_word_goes_on_from_it_beside_the_models_own(
    browser_page, url, shipped_model, own
):
    page = browser_page
    prefix = f"the {runner_up(own, 1)}"
    open_at(page, url, "/?step=2")
    page.get_by_role("heading", name="5. DECODER").scroll_into_view_if_needed()
    page.get_by_role("button", name=runner_up(own, 1), exact=True).click()
    expect(comparison(page)).to_contain_text(trace(shipped_model, LESSON, prefix=prefix).translation)
    expect(comparison(page)).to_contain_text(own.translation)
    settle(page)
    assert query(page) == {"prefix": prefix, "step": "2"}
    page.get_by_role("heading", name="5. DECODER").scroll_into_view_if_needed()
    screenshot(page, "ko-what-if-word")

    page.get_by_role("button", name=KO["undo"]).click()
    expect(comparison(page)).to_have_count(0)
    settle(page)
    assert query(page) == {"step": "2"}


def test_a_click_anywhere_on_a_words_row_chooses_it_on_a_slide(browser_page, url, shipped_model, own):
    page = browser_page
    second = runner_up(own, 0)
    open_at(page, url, "/?present=true&stage=decoder&step=1&lang=en")
    chart = page.locator(".stPlotlyChart").first
    row = chart.locator(".barlayer .trace").first.locator(".point").nth(1)  # under the bars: rows
    click_at(page, row, across=0.6)  # far past the second word's bar, a sliver
    expect(comparison(page)).to_contain_text(trace(shipped_model, LESSON, prefix=second).translation)
    settle(page)
    assert query(page)["prefix"] == second
    screenshot(page, "en-present-what-if-word")
    main = page.locator('[data-testid="stMain"]')
    assert main.evaluate("main => main.scrollHeight - main.clientHeight") <= 0  # the slide still fits


def test_attending_only_to_one_word(browser_page, url, shipped_model):
    page = browser_page
    pinned = trace(shipped_model, LESSON, pin={2: 1}).translation  # step 3 on 고양이가
    open_at(page, url, "/?step=3")
    page.get_by_role("heading", name="4. ATTENTION").scroll_into_view_if_needed()
    page.locator(".stSelectbox").first.click()  # the menu's first option: the model's own attention
    page.get_by_role("option", name=KO["pin_option"].format(token="고양이가")).click()
    expect(comparison(page)).to_contain_text(pinned)
    settle(page)
    assert query(page) == {"pin": "3:2", "step": "3"}
    page.get_by_role("heading", name="4. ATTENTION").scroll_into_view_if_needed()
    screenshot(page, "ko-what-if-pin")

    # on a slide, from a link: the pin of the page's own demonstration that changes the translation
    # (its screenshot is the README's docs/what-if.png)
    sentence, step, position = DEMOS[1]
    pinned = trace(shipped_model, sentence, pin={step: position}).translation
    link = f"/?sentence={sentence}&present=true&stage=attention&step={step + 1}"
    open_at(page, url, f"{link}&pin={step + 1}:{position + 1}")
    expect(comparison(page)).to_contain_text(pinned)
    screenshot(page, "ko-present-what-if-pin")
    main = page.locator('[data-testid="stMain"]')
    assert main.evaluate("main => main.scrollHeight - main.clientHeight") <= 0


def test_the_beam_width_and_a_click_on_the_tree(browser_page, url, shipped_model):
    page = browser_page
    narrow = {h.translation for h in beam_search(shipped_model, LESSON, width=3).hypotheses}
    found = beam_search(shipped_model, LESSON, width=4)
    new = next(h.translation for h in found.hypotheses if h.translation not in narrow)
    open_at(page, url, "/beam")
    page.locator(".st-key-width").get_by_role("radio", name="4", exact=True).click()
    expect(page.locator('[data-testid="stTable"]').first).to_contain_text(new)
    settle(page)
    assert query(page) == {"width": "4"}
    # the best of the second step's dropped candidates ("my cat")
    rank, node = next(
        (r, node) for r, node in enumerate(found.steps[1].candidates) if node.status == PRUNED
    )
    first = [c for c in found.steps[0].candidates if c.status != PRUNED][node.parent].word
    points = (
        page.locator(".stPlotlyChart").first.locator(".scatterlayer .trace").nth(3).locator(".point")
    )
    click_at(page, points.nth(nodes(found).index((1, rank))))
    picked = page.get_by_text(f"“{first} {node.word}”")
    expect(picked).to_be_visible()
    settle(page)
    page.locator(".stPlotlyChart").first.scroll_into_view_if_needed()
    screenshot(page, "ko-beam")
    picked.scroll_into_view_if_needed()
    screenshot(page, "ko-beam-picked")


def test_a_long_search_tree_keeps_its_labels_apart_and_scrolls_on_a_phone_or_a_slide(browser_page, url):
    page = browser_page
    sentence = "학생이 교실에서 책을 읽는다"  # nine steps: ten columns of "word -1.23" labels
    tree = page.locator(".st-key-beam_tree_box")
    width = "box => [box.scrollWidth, box.clientWidth]"
    try:
        for viewport, link, column, scrolls in (
            (PROJECTOR, "", TREE_COLUMN_PX, False),
            (PROJECTOR, "&present=true", TREE_COLUMN_PX * LARGE_FONT / FONT, True),  # a slide's type
            (PHONE, "", TREE_COLUMN_PX, True),
        ):
            page.set_viewport_size(viewport)
            open_at(page, url, f"/beam?sentence={sentence}{link}")
            needed, shown = tree.evaluate(width)
            assert needed >= 10 * column - 1
            assert (needed > shown) is scrolls, (viewport, link, needed, shown)
        tree.scroll_into_view_if_needed()
        screenshot(page, "ko-beam-phone")
    finally:
        page.set_viewport_size(PROJECTOR)
