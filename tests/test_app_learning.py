"""The learning page through AppTest (its own page, as AppTest runs one at a time): the epoch slider
changes the alignment shown, the link carries sentence and epoch, and a missing or broken recording is
said calmly, and a model without attention shows its losses alone. tests/data/training/bahdanau/ holds
four epochs a real training run recorded."""

import base64
import html
import json
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from attnviz.app import palettes
from attnviz.app.labels import TEXT
from attnviz.corpus import attention_history
from tests.conftest import TINY_PAIRS, tiny_model_with
from tests.test_app import charts, no_trouble, shown

KO, EN = TEXT["ko"], TEXT["en"]
# laid out like models/: a directory per kind of attention, each with its model's record
TRAINING = Path(__file__).resolve().parent / "data" / "training"
RECORDED = TRAINING / "bahdanau" / attention_history.FILE
EPOCHS = json.loads(RECORDED.read_text())["epochs"]


def learning_app(directory: str) -> None:
    """The learning page alone, drawing the record in `directory`, as main() runs it from the navigation."""
    from pathlib import Path

    import streamlit as st

    from attnviz.app.learning_page import learning_page

    st.set_page_config(layout="wide")
    learning_page(Path(directory))


def open_learning(directory: Path = RECORDED.parent, **query) -> AppTest:
    app = AppTest.from_function(learning_app, args=(str(directory),), default_timeout=60)
    for name, value in query.items():
        app.query_params[name] = value
    return app.run()


def decoded(array) -> list:
    """A chart's numbers: Plotly sends arrays as base64 bytes."""
    if not isinstance(array, dict):
        return array
    numbers = np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"])
    return numbers.reshape([int(n) for n in array.get("shape", str(numbers.size)).split(",")]).tolist()


def alignment(app) -> dict:
    """The heatmap drawn: its weights, rows and columns as the reader sees them."""
    heatmap = charts(app)[0]["data"][0]
    return {
        "z": decoded(heatmap["z"]),
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


def test_the_colour_setting_applies_here_too():
    app = AppTest.from_function(learning_app, args=(str(RECORDED.parent),), default_timeout=60)
    app.session_state[palettes.PALETTE] = "colourblind"
    app.run()
    no_trouble(app)
    cividis = go.Heatmap(colorscale=palettes.PALETTES["colourblind"].weights).colorscale
    assert [tuple(stop) for stop in charts(app)[0]["data"][0]["colorscale"]] == list(cividis)


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
    path = tmp_path / attention_history.FILE
    if content is not None:
        path.write_text(content)
    app = open_learning(tmp_path)
    no_trouble(app)
    assert [shown(n.value) for n in app.info] == [KO["learning_missing"].format(path=path)]
    assert not charts(app)


def shipped_learning_app() -> None:
    """The learning page as main() runs it: no directory given."""
    from attnviz.app.learning_page import learning_page

    learning_page()


def test_by_default_the_shipped_bahdanau_models_record_is_drawn(tmp_path, monkeypatch):
    monkeypatch.setattr("attnviz.decoding.MODELS", tmp_path)
    app = AppTest.from_function(shipped_learning_app, default_timeout=60).run()
    path = tmp_path / "bahdanau" / attention_history.FILE
    assert [shown(n.value) for n in app.info] == [KO["learning_missing"].format(path=path)]
    path.parent.mkdir()
    path.write_text(RECORDED.read_text())
    app.run()
    no_trouble(app)
    assert decoded(charts(app)[0]["data"][0]["z"]) == EPOCHS[0]["sentences"][0]["weights"]


@pytest.fixture(scope="module")
def without_attention(tmp_path_factory) -> Path:
    """Three epochs of a tiny model without attention, recorded as training records them (the watched
    sentences are the tiny model's: the lesson's are longer than its decoder may write)."""
    model = tiny_model_with("none")
    directory = tmp_path_factory.mktemp("none")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attention_history, "WATCHED", TINY_PAIRS[:2])
        epochs = [attention_history.snapshot(model, e, 3.0 / e, 4.0 / e) for e in (1, 2, 3)]
    attention_history.save(directory, epochs)
    return directory


def test_a_model_without_attention_records_no_matrices(without_attention):
    epochs = json.loads((without_attention / attention_history.FILE).read_text())["epochs"]
    assert [sorted(s) for s in epochs[0]["sentences"]] == [["reference", "sentence", "translation"]] * 2


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_model_without_attention_shows_its_losses_and_says_why(without_attention, language):
    app = open_learning(without_attention, lang=language, epoch="2")
    no_trouble(app)
    assert [shown(n.value) for n in app.info] == [TEXT[language]["learning_no_attention"]]
    (losses,) = charts(app)
    assert losses["layout"]["title"]["text"] == TEXT[language]["loss_title"]
    assert [decoded(line["y"]) for line in losses["data"]] == [[3.0, 1.5, 1.0], [4.0, 2.0, 4.0 / 3]]
    assert not app.get("slider")


@pytest.mark.parametrize("averaged", [None, 1, 3])
def test_the_page_says_when_the_model_is_the_mean_of_the_last_epochs(tmp_path, averaged):
    """The shipped models are the mean of their last epochs' weights (train's --average-last): the
    page says that no recorded epoch is quite them."""
    (tmp_path / attention_history.FILE).write_text(RECORDED.read_text())
    if averaged is not None:
        (tmp_path / "metrics.json").write_text(json.dumps({"averaged_epochs": averaged}))
    app = open_learning(tmp_path, lang="en")
    no_trouble(app)
    said = EN["learning_averaged"].format(epochs=averaged)
    assert (said in [c.value for c in app.caption]) == (averaged == 3)


def test_presenting_the_page_draws_it_large_without_the_explanation():
    app = open_learning(present="true", epoch="2")
    no_trouble(app)
    assert charts(app)[0]["layout"]["font"]["size"] == 20
    assert KO["learning_about"] not in [c.value for c in app.caption]
