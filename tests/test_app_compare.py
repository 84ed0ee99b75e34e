"""The two-sentence page through AppTest, and the one-word changes it offers."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from attnviz import trace
from attnviz.app import state
from attnviz.app.labels import TEXT
from attnviz.app.variants import changed_positions, same_kind, swap_order, swap_particle
from tests.test_app import no_trouble
from tests.test_browser import LONG

KO, EN = TEXT["ko"], TEXT["en"]


def compare_page():
    from attnviz.app.compare import compare_page

    compare_page()


@pytest.fixture
def page() -> AppTest:
    return AppTest.from_function(compare_page, default_timeout=60).run()


def alignments(page) -> list[dict]:
    return [json.loads(chart.proto.spec)["data"][0] for chart in page.get("plotly_chart")]


def test_the_first_change_is_offered_and_both_matrices_share_the_0_to_1_scale(page):
    no_trouble(page)
    assert page.text_input(key="compare_second").value == "고양이는 잔다"
    first, second = alignments(page)
    assert (first["zmin"], first["zmax"]) == (second["zmin"], second["zmax"]) == (0, 1)
    shown = [m.value for m in page.markdown]
    assert (
        "#### :orange-background[고양이는] 잔다" in shown
        and "#### :orange-background[고양이가] 잔다" in shown
    )
    translations = [m for m in shown if m.startswith("→ ")]
    assert len(translations) == 2 and all("sleeps" in m for m in translations)


def test_a_change_button_writes_the_second_sentence(page, shipped_model):
    assert page.button(key="change_order").disabled  # two words: nothing to reorder
    page.button(key="change_same_kind").click().run()
    no_trouble(page)
    assert page.text_input(key="compare_second").value == "개가 잔다"
    assert trace(shipped_model, "개가 잔다").translation == "the dog sleeps"
    assert any(":orange-background[dog]" in m.value for m in page.markdown)  # the changed word, marked
    second = alignments(page)[1]
    assert (
        json.loads(page.get("plotly_chart")[1].proto.spec)["layout"]["xaxis"]["ticktext"][1]
        == "<b>개가 *</b>"
    )
    assert second["zmax"] == 1


def test_a_long_sentence_loses_its_punctuation_as_on_the_lesson_page(page):
    page.text_input(key="compare_second").set_value(LONG).run()
    no_trouble(page)
    assert KO["punctuation_dropped"].format(limit=16) in [c.value for c in page.caption]
    assert len(alignments(page)) == 2


def test_the_language_comes_from_the_link_and_goes_back_into_it():
    app = AppTest.from_function(compare_page, default_timeout=60)
    app.query_params["lang"] = "en"
    app.run()
    no_trouble(app)
    assert f"### {EN['compare_title']}" in [m.value for m in app.markdown]
    app.segmented_control(key=state.LANGUAGE).set_value("ko").run()
    assert f"### {KO['compare_title']}" in [m.value for m in app.markdown]
    assert "lang" not in app.query_params  # Korean, the default, is left out of the link
    app.segmented_control(key=state.LANGUAGE).set_value("en").run()
    assert app.query_params["lang"] == "en"


def test_the_changes(shipped_model):
    vocabulary = shipped_model.source_vocab
    assert swap_particle("나는 학생이다", vocabulary) == "내가 학생이다"
    assert swap_particle("학생이 도서관에서 책을 읽는다", vocabulary) == "학생은 도서관에서 책을 읽는다"
    assert swap_order("엄마가 사과를 먹었다", vocabulary) == "사과를 엄마가 먹었다"
    assert same_kind("날씨가 추워요", vocabulary) is None
    assert changed_positions(["a", "b", "c"], ["a", "x", "c", "d"]) == ({1}, {1, 3})
