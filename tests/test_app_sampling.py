"""DECODER's temperature tab through AppTest: the bars are the trace's numbers, the sample's seed is in
the link and draws the same words again."""

import base64
import json

import numpy as np
import pytest

from attnviz import trace
from attnviz.app.labels import TEXT
from tests.test_app import no_trouble, open_page, shown

KO = TEXT["ko"]
SENTENCE = "나는 학교에 간다"


def with_tab(**query):
    page = open_page(sentence=SENTENCE, **query)
    page.session_state["decoder_tab"] = KO["decoder_tab_temperature"]
    return page.run()


def tempered_chart(page) -> dict:
    specs = [json.loads(chart.proto.spec) for chart in page.get("plotly_chart")]
    return next(s for s in specs if s["layout"]["title"]["text"] == KO["temperature_title"])


def values(array) -> np.ndarray:
    """Plotly's JSON writes NumPy arrays as typed base64 ({dtype, bdata})."""
    return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"])


def test_the_bars_are_the_models_and_the_tempered_softmax(shipped_model):
    page = with_tab()
    no_trouble(page)
    page.select_slider(key="temperature_slider").set_value(2.0).run()
    no_trouble(page)
    own, tempered = tempered_chart(page)["data"]
    step = trace(shipped_model, SENTENCE, temperature=2.0).steps[0]
    ids = [shipped_model.target_vocab.id(w) for w, _ in step.top_k]
    np.testing.assert_allclose(values(own["x"]), step.probabilities[ids], rtol=1e-6)
    np.testing.assert_allclose(values(tempered["x"]), step.tempered[ids], rtol=1e-6)
    assert tempered["name"] == "T = 2" and page.query_params["temp"] == "2"


def test_a_sample_is_in_the_link_and_draws_the_same_words_again(shipped_model):
    page = with_tab(temp="3")
    page.button(key="sample").click().run()
    no_trouble(page)
    seed = int(page.query_params["seed"])
    expected = trace(shipped_model, SENTENCE, temperature=3.0, sample=True, seed=seed)
    line = KO["sampled"].format(t="3", seed=seed, words=f"**{expected.steps[0].token}**")
    assert line in [shown(m.value) for m in page.markdown]

    again = with_tab(temp="3", seed=str(seed), step="2")
    no_trouble(again)
    words = " ".join([expected.steps[0].token, f"**{expected.steps[1].token}**"])
    assert KO["sampled"].format(t="3", seed=seed, words=words) in [
        shown(m.value) for m in again.markdown
    ]
    again.button(key="sample_clear").click().run()
    assert "seed" not in again.query_params and again.query_params["temp"] == "3"


@pytest.mark.parametrize(
    "query, note",
    [
        (
            dict(temp="0"),
            KO["note_temperature"].format(value="0", options="0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5"),
        ),
        (dict(seed="-4"), KO["note_seed"].format(value="-4")),
    ],
)
def test_a_link_temperature_or_seed_the_page_cannot_use_is_said(query, note):
    page = with_tab(**query)
    no_trouble(page)
    assert note in [shown(n.value) for n in page.info]
    assert set(query) - set(page.query_params) == set(query)
