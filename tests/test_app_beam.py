"""The beam page through AppTest (its own page, as AppTest runs one at a time), and its tree and n-best
list as figures and tables, checked against `beam_search` itself."""

import html
import json

import pytest
from streamlit.testing.v1 import AppTest

from attnviz import beam_search
from attnviz.app import search_tree
from attnviz.app.labels import TEXT
from attnviz.beam import PRUNED
from tests.test_app import no_trouble, shown

KO, EN = TEXT["ko"], TEXT["en"]
LESSON = "고양이가 잔다"


@pytest.fixture(scope="module")
def found(shipped_model):
    return beam_search(shipped_model, LESSON, width=4)


def beam_app() -> None:
    """The beam page alone, as main() runs it from the navigation."""
    import streamlit as st

    from attnviz.app.beam_page import beam_page

    st.set_page_config(layout="wide")
    beam_page()


def open_beam(**query) -> AppTest:
    app = AppTest.from_function(beam_app, default_timeout=60)
    for name, value in query.items():
        app.query_params[name] = value
    return app.run()


def nbest(app) -> list[str]:
    return list(app.table[0].value[KO["hypothesis"]])


def tree(app) -> dict:
    return json.loads(app.get("plotly_chart")[0].proto.spec)


def alignment_rows(app) -> list[str]:
    return [
        html.unescape(row) for row in json.loads(app.get("plotly_chart")[-1].proto.spec)["data"][0]["y"]
    ]


def rows(hypothesis) -> list[str]:
    return [f"{i}: {token}" for i, token in enumerate(hypothesis.tokens, 1)]


def test_the_beam_page_draws_the_search_the_n_best_and_the_best_ones_attention(shipped_model):
    app = open_beam()
    no_trouble(app)
    assert app.markdown[0].value == f"## {KO['page_beam']} · {LESSON}"
    assert app.button_group(key="width").value == 3
    width_3 = beam_search(shipped_model, LESSON, width=3).hypotheses
    assert nbest(app) == [h.translation for h in width_3] and nbest(app)[0] == "the cat sleeps"
    assert tree(app)["layout"]["title"]["text"] == KO["beam_tree_title"]
    assert alignment_rows(app) == ["1: the", "2: cat", "3: sleeps", "4: <end>"]


def test_width_1_is_the_lessons_greedy_translation_and_the_width_is_in_the_link():
    app = open_beam()
    app.button_group(key="width").set_value(1).run()
    assert nbest(app) == ["the cat sleeps"] and app.query_params["width"] == "1"
    app = open_beam(width="5", lang="en")
    assert app.button_group(key="width").value == 5 and len(app.table[0].value) == 5


@pytest.mark.parametrize("value", ["9", "two", "0"])
def test_a_width_the_page_cannot_use_falls_back_with_a_note(value):
    app = open_beam(width=value)
    assert [shown(n.value) for n in app.info] == [
        KO["note_width"].format(value=value, options="1, 2, 3, 4, 5")
    ]
    assert app.button_group(key="width").value == 3


def keys(app) -> list[str]:
    return [w.key for w in app.get("button_group") if w.key]


def test_picking_a_translation_shows_its_attention(found):
    app = open_beam(width="4")
    app.button_group(key=next(k for k in keys(app) if k.startswith("nbest_"))).set_value(1).run()
    no_trouble(app)
    second = found.hypotheses[1]
    assert alignment_rows(app) == rows(second)
    assert shown(app.markdown[-2].value).startswith(f"**“{second.translation}”")


def test_a_pruned_node_shows_its_words_decoded_on_greedily(found):
    """What a click on a tree node does: a dropped two-word start ("my cat") is forced, then decoded
    greedily."""
    app = open_beam(width="4")
    rank, node = next(
        (r, node) for r, node in enumerate(found.steps[1].candidates) if node.status == PRUNED
    )
    first = [c for c in found.steps[0].candidates if c.status != PRUNED][node.parent].word
    app.session_state["beam_pick"] = (1, rank)
    app.run()
    no_trouble(app)
    assert shown(app.markdown[-2].value).startswith(
        f"**“{first} {node.word}” (단계 2, {KO['status_pruned']}, 누적 log P = {node.cumulative:.2f})"
    )
    assert alignment_rows(app)[:2] == [f"1: {first}", f"2: {node.word}"]


def test_a_length_penalty_says_it_changes_only_the_ranking():
    app = open_beam(penalty="1.0")
    assert KO["length_penalty_note"].format(penalty=1.0) in [c.value for c in app.caption]
    table = app.table[0].value
    scores = [float(s) for s in table[KO["beam_score"]]]
    assert scores == sorted(scores, reverse=True)


# --- the tree and the table, without Streamlit -----------------------------------------------------
def test_every_node_shows_its_word_and_cumulative_log_p_pruned_ones_greyed(found):
    fig = search_tree.tree_figure(found, EN)
    nodes = fig.data[search_tree.NODE_TRACE]
    candidates = [node for step in found.steps for node in step.candidates]
    assert len(nodes.x) == len(candidates) == len(search_tree.nodes(found))
    labels = [a.text for a in fig.layout.annotations]
    assert labels == [f"{html.escape(n.word)} {search_tree.log_prob(n.cumulative)}" for n in candidates]
    greys = [c == search_tree.STATUS_COLOURS[PRUNED] for c in nodes.marker.color]
    assert greys == [n.status == PRUNED for n in candidates] and any(greys)
    assert "&lt;end&gt;" in labels[-len(found.steps[-1].candidates)]  # escaped for Plotly


def test_the_best_path_and_the_paths_words(found):
    best = found[0]
    assert search_tree.path_words(found, len(best.path) - 1, best.path[-1]) == best.tokens
    assert list(search_tree.nbest_table(found, EN)[EN["log_prob"]]) == [
        search_tree.log_prob(h.log_prob) for h in found
    ]
    assert search_tree.log_prob(-0.0018) == "-1.8e-03" and search_tree.log_prob(-9.281) == "-9.28"
