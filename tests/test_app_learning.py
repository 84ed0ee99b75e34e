"""The learning page through AppTest (its own page, as AppTest runs one at a time): the epoch slider
changes the alignment shown, the link carries sentence and epoch, and a missing or broken recording is
said calmly. tests/data/training_attention.json holds four epochs a real training run recorded."""

import base64
import html
import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from attnviz.app.labels import TEXT
from tests.test_app import charts, no_trouble, shown

KO, EN = TEXT["ko"], TEXT["en"]
RECORDED = Path(__file__).resolve().parent / "data" / "training_attention.json"
EPOCHS = json.loads(RECORDED.read_text())["epochs"]


def learning_app(path: str) -> None:
    """The learning page alone, reading `path`, as main() runs it from the navigation."""
    from pathlib import Path

    import streamlit as st

    from attnviz.app.learning_page import learning_page

    st.set_page_config(layout="wide")
    learning_page(Path(path))


def open_learning(path: Path = RECORDED, **query) -> AppTest:
    app = AppTest.from_function(learning_app, args=(str(path),), default_timeout=60)
    for name, value in query.items():
        app.query_params[name] = value
    return app.run()


def alignment(app) -> dict:
    """The heatmap drawn: its weights, rows and columns as the reader sees them."""
    heatmap = charts(app)[0]["data"][0]
    z = heatmap["z"]  # Plotly sends arrays as base64 bytes
    matrix = np.frombuffer(base64.b64decode(z["bdata"]), dtype=z["dtype"]).reshape(
        [int(n) for n in z["shape"].split(",")]
    )
    return {
        "z": matrix.tolist(),
        "y": [html.unescape(row) for row in heatmap["y"]],
        "x": [html.unescape(column) for column in heatmap["x"]],
    }


def test_the_slider_shows_that_epochs_recorded_matrix_on_a_fixed_scale():
    app = open_learning()
    no_trouble(app)
    first = EPOCHS[0]["sentences"][0]
    assert alignment(app) == {
        "z": first["weights"],
        "y": ["1: the", "2: cat", "3: sleeps", "4: <end>"],
        "x": first["source_tokens"],
    }
    app.slider(key="epoch").set_value(4).run()
    last = EPOCHS[3]["sentences"][0]
    assert alignment(app)["z"] == last["weights"] != first["weights"]
    figure = charts(app)[0]
    assert (figure["data"][0]["zmin"], figure["data"][0]["zmax"]) == (0, 1)
    assert figure["data"][0]["colorbar"]["title"]["text"] == KO["weights_scale"]
    assert figure["layout"]["title"]["text"] == KO["epoch_alignment_title"].format(epoch=4)
    assert KO["epoch_translation"].format(translation=last["translation"]) in [
        shown(m.value).strip("*") for m in app.markdown
    ]
    assert app.query_params["epoch"] == "4"


def test_sentence_and_epoch_come_from_the_link_and_go_back_into_it():
    sentence = EPOCHS[0]["sentences"][2]
    app = open_learning(watched=sentence["sentence"], epoch="3", lang="en")
    no_trouble(app)
    assert alignment(app)["z"] == EPOCHS[2]["sentences"][2]["weights"]
    assert app.slider(key="epoch").value == 3
    losses = EN["epoch_losses"].format(
        epoch=3, total=4, loss=EPOCHS[2]["loss"], held_out=EPOCHS[2]["held_out_loss"]
    )
    assert losses in [m.value for m in app.markdown]
    app.button_group(key="watched").set_value(EPOCHS[0]["sentences"][0]["sentence"]).run()
    assert alignment(app)["z"] == EPOCHS[2]["sentences"][0]["weights"]


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ({"epoch": "99"}, KO["note_epoch"].format(value=99, total=4, epoch=4)),
        ({"epoch": "two"}, KO["note_epoch_not_number"].format(value="two")),
        ({"watched": "*없는* 문장"}, KO["note_watched"].format(value="*없는* 문장")),
    ],
)
def test_a_link_value_the_record_does_not_have_is_said_in_a_note(query, note):
    app = open_learning(**query)
    no_trouble(app)
    assert [shown(n.value) for n in app.info] == [note]


def short_of_a_row() -> str:
    """The recording with one matrix missing its last row, as a half-changed format would have it."""
    broken = json.loads(RECORDED.read_text())
    broken["epochs"][1]["sentences"][0]["weights"].pop()
    return json.dumps(broken)


@pytest.mark.parametrize(
    "content", [None, "{not json", '{"epochs": []}', '{"epochs": [{"epoch": 1}]}', short_of_a_row()]
)
def test_a_missing_or_unreadable_record_is_said_calmly(tmp_path, content):
    path = tmp_path / "training_attention.json"
    if content is not None:
        path.write_text(content)
    app = open_learning(path)
    no_trouble(app)
    assert [n.value for n in app.info] == [KO["learning_missing"]]
    assert not charts(app)


def test_presenting_the_page_draws_it_large_without_the_explanation():
    app = open_learning(present="true", epoch="2")
    no_trouble(app)
    assert charts(app)[0]["layout"]["font"]["size"] == 20
    assert KO["learning_about"] not in [c.value for c in app.caption]
