"""The lesson as one offline HTML file: every step in it, plotly.js embedded, no host named outside the
embedded library, and in a real browser from file:// with every request blocked, the charts draw and
the slider steps through."""

import html
import json
import os
import re
from pathlib import Path

import pytest
from plotly.offline import get_plotlyjs

from attnviz import InputError, trace
from attnviz.app.labels import TEXT
from tests.conftest import tiny_model_with
from tests.streamlit_server import CHROMIUM, CHROMIUM_ARGS, PROJECTOR

SENTENCE = "학생이 도서관에서 책을 읽는다"
# an address outside the library: http(s)://, or a protocol-relative //host in an attribute or string
ADDRESS = re.compile(r"""https?://[^\s"'<>]+|["'(=]\s*//[A-Za-z0-9.-]+""")
XMLNS = "http://www.w3.org/"  # SVG's namespace names, never fetched


@pytest.fixture(scope="module")
def lesson(shipped_model):
    result = trace(shipped_model, SENTENCE)
    return result, result.to_html("ko")


def without_library(document: str) -> str:
    library = get_plotlyjs()
    assert document.count(library) == 1, "plotly.js is embedded once, as the plotly package ships it"
    return document.replace(library, "")


def test_every_step_is_in_the_file_with_plotly_embedded(lesson):
    result, document = lesson
    assert document.startswith("<!DOCTYPE html>") and '<html lang="ko">' in document
    sections = re.findall(r'<section class="step" data-step="(\d+)">', document)
    assert sections == [str(i + 1) for i in range(len(result.steps))]
    page = without_library(document)
    text = html.unescape(page)
    for step in result.steps:
        title = TEXT["ko"]["weights_title"].format(step=step.index + 1, word=step.token)
        # Plotly's JSON writes non-ASCII as \uXXXX once Streamlit has set its encoder (as in a full run)
        assert title in text or json.dumps(title)[1:-1] in text
    assert page.count('class="plotly-graph-div"') == 2 + 3 * len(result.steps)


def test_no_host_is_named_outside_the_embedded_library(lesson):
    _, document = lesson
    page = without_library(document)
    assert [a for a in ADDRESS.findall(page) if not a.startswith(XMLNS)] == []
    for tag in ("<link", "<img", "<iframe", "src=", "@import", "url("):
        assert tag not in page, tag


def test_it_speaks_the_chosen_language_and_escapes_the_sentence(shipped_model):
    result = trace(shipped_model, "<b>고양이가</b> 잔다")
    document = without_library(result.to_html("en"))
    assert '<html lang="en">' in document and TEXT["en"]["stage_attention"] in document
    assert "<b>고양이가" not in document and "&lt;b&gt;고양이가" in document
    with pytest.raises(InputError, match="language"):
        result.to_html("de")


def test_a_model_without_attention_says_so_at_every_step_instead_of_its_weights():
    result = trace(tiny_model_with("none"), "고양이가 잔다")
    document = without_library(result.to_html("en"))
    sections = re.findall(r'<section class="step" data-step="\d+">', document)
    assert len(sections) == len(result.steps)
    # the embedding and the encoder, then only the decoder's top-k at each step
    assert document.count('class="plotly-graph-div"') == 2 + len(result.steps)
    said = "<b>This model has no attention.</b>"
    assert document.count(said) == len(result.steps)
    assert "&lt;start&gt;" in document  # the first step's input, escaped like every field
    assert document.count(TEXT["en"]["no_alignment"].split(":")[0]) == len(result.steps)


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason=f"no {CHROMIUM}")
def test_it_opens_from_a_file_with_the_network_blocked_and_steps_through(lesson, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    result, document = lesson
    file = tmp_path / "lesson.html"
    file.write_text(document, encoding="utf-8")
    requests = []

    def block(route):  # anything but the file itself is refused, and remembered
        if route.request.url != file.as_uri():
            requests.append(route.request.url)
            return route.abort()
        return route.continue_()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=PROJECTOR)
            page.route("**/*", block)
            page.goto(file.as_uri())
            drawn = "n => document.querySelectorAll('.plotly-graph-div .main-svg').length >= n"
            page.wait_for_function(drawn, arg=2 + 3 * len(result.steps))
            shown = page.locator("section.step:not([hidden])")
            expect(shown).to_have_count(1)
            expect(shown).to_have_attribute("data-step", "1")
            page.locator("#next").click()
            expect(shown).to_have_attribute("data-step", "2")
            page.keyboard.press("PageDown")
            expect(shown).to_have_attribute("data-step", "3")
            page.locator("#step").fill(str(len(result.steps)))
            expect(shown).to_have_attribute("data-step", str(len(result.steps)))
            expect(page.locator("#step-label")).to_have_text(
                f"{len(result.steps)} / {len(result.steps)}"
            )
            # the shown step's charts have their width, not the default of a chart drawn while hidden
            width = shown.locator(".plotly-graph-div").first.evaluate(
                "d => d.getBoundingClientRect().width"
            )
            assert width > 700
            page.screenshot(path=str(tmp_path / "offline.png"), full_page=False)
        finally:
            browser.close()
    assert requests == []
