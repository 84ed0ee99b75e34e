"""The model switch on the lesson page (Bahdanau · Luong · no attention, in the link) and the three models
page, through AppTest with the shipped models (models/<attention>/)."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from attnviz import trace
from attnviz.app import figures
from attnviz.app.data import metrics
from attnviz.app.labels import SCORES, TEXT
from attnviz.app.models_page import MARKS
from attnviz.model import ATTENTION_KINDS
from tests.conftest import tiny_model_with
from tests.test_app import APP, chart_titles, charts, everything, no_trouble, open_page

KO, EN = TEXT["ko"], TEXT["en"]


def about_attention(app: AppTest) -> str:
    return next(m.value for m in app.markdown if "score =" in m.value)


def no_attention_anywhere(app: AppTest, text: dict = KO) -> None:
    """Nothing of attention: no weights, softmax table, context, alignment, pins or their caution."""
    titles = " ".join(chart_titles(app))
    for key in ("weights_title", "alignment_title", "context_title", "query_keys_title"):
        assert text[key].split(":")[0].split("{")[0] not in titles, key
    assert all(spec["data"][0].get("zmax") != 1 for spec in charts(app))  # no 0–1 weights drawn
    assert not [box for box in app.selectbox if box.label == text["pin_label"]]
    assert not [e for e in app.expander if e.label == text["not_explanation"]]
    assert not [t for t in app.table if text["score_minus_max"] in t.value.to_string()]


def test_the_switch_goes_into_the_link_and_back_out():
    page = open_page(model="luong", step="2")
    no_trouble(page)
    assert page.button_group(key="model").value == "luong"
    assert page.query_params["model"] == "luong"
    assert SCORES["luong"] in about_attention(page) and SCORES["bahdanau"] not in about_attention(page)
    assert page.markdown[0].value.endswith(f" · {KO['model_luong']}")  # the heading says which model
    page.button_group(key="model").set_value("none").run()
    no_trouble(page)
    assert page.query_params["model"] == "none"
    assert page.query_params["step"] == "2"  # the step stays where the new translation has it
    page.button_group(key="model").set_value("bahdanau").run()
    no_trouble(page)
    assert "model" not in page.query_params  # the default is left out of the link
    assert SCORES["bahdanau"] in about_attention(page)


@pytest.mark.parametrize("value", ["transformer", "Luong", ""])
def test_a_link_with_an_unknown_model_gets_a_calm_note(value):
    page = open_page(model=value)
    no_trouble(page)
    options = ", ".join(ATTENTION_KINDS)
    assert KO["note_model"].format(value=value, options=options) in [i.value for i in page.info]
    assert page.button_group(key="model").value == "bahdanau"
    assert "model" not in page.query_params


def test_without_attention_one_calm_explanation_replaces_the_attention_stages():
    page = open_page(model="none", step="2", lang="en")
    no_trouble(page)
    no_attention_anywhere(page, EN)
    infos = [i.value for i in page.info]
    assert any(i.startswith("**This model has no attention.**") for i in infos)
    assert EN["no_alignment"] in infos
    decoder = next(m.value for m in page.markdown if m.value.startswith("embedding "))
    assert "; context" not in decoder  # the embedding alone goes into the LSTM
    # the trace and the offline lesson; no alignment or softmax table to export
    assert [b.label for b in page.get("download_button")] == [
        EN["download_json"],
        EN["download_html"],
    ]


def test_without_attention_a_links_pin_is_left_out_and_the_slides_and_guesses_work():
    page = open_page(model="none", pin="1:2", step="1")
    no_trouble(page)
    assert KO["pin_no_attention"] in [i.value for i in page.info]
    assert "pin" not in page.query_params
    for stage in ("attention", "alignment"):
        slide = open_page(model="none", present="true", stage=stage)
        no_trouble(slide)
        no_attention_anywhere(slide)
    guessing = open_page(model="none", predict="true")
    no_trouble(guessing)
    asked = " ".join(m.value for m in guessing.markdown)
    assert "다음 영어 단어" in asked and "어텐션을 가장 많이" not in asked  # only the word is guessed


@pytest.mark.parametrize("tab", ["decoder_tab_lstm", "decoder_tab_temperature", "numbers_tab"])
def test_every_decoder_tab_draws_without_attention(tab):
    page = AppTest.from_file(APP, default_timeout=60)
    page.query_params.update(model="none", step="2")
    page.session_state["decoder_tab"] = KO[tab]  # the tab open
    page.run()
    no_trouble(page)
    no_attention_anywhere(page)


def test_the_decoder_without_attention_has_no_context_part():
    traced = trace(tiny_model_with("none"), "고양이가 잔다")
    fig = figures.decoder_lstm_figure(traced, 1, EN)
    assert fig.layout.title.text == EN["decoder_lstm_title_none"].format(dim=16)
    token = traced.steps[1].input_token
    assert [a.text for a in fig.layout.annotations] == [EN["embedding_part"].format(token=token)]
    lines = figures.decoder_lines(traced, 1)
    assert "combined_input" not in lines and "decoder_input_embedding [1, 16]" in lines
    facts = figures.model_facts(tiny_model_with("luong"), None, EN)
    assert facts.iloc[0].tolist() == [EN["fact_attention"], "Luong"]
    assert EN["fact_attention_units"] not in facts[EN["fact"]].tolist()  # Bahdanau's W1, W2 only


def models_page():
    from attnviz.app.models_page import models_page

    models_page()


def open_models(sentence: str | None = None, lang: str = "ko") -> AppTest:
    app = AppTest.from_function(models_page, default_timeout=60)
    app.query_params["lang"] = lang
    if sentence is not None:
        app.query_params["sentence"] = sentence
    return app.run()


def test_the_models_page_puts_three_translations_and_two_alignments_side_by_side():
    page = open_models()
    no_trouble(page)
    shown = [m.value for m in page.markdown]
    headings = [f"#### :{MARKS[kind]}[{KO[f'model_{kind}']}]" for kind in ATTENTION_KINDS]
    assert headings == [m for m in shown if m.startswith("#### ")]
    assert len([m for m in shown if m.startswith("→ **")]) == 3
    alignments = [spec for spec in charts(page) if spec["data"][0]["type"] == "heatmap"]
    assert len(alignments) == 2  # Bahdanau and Luong; none has nothing to align
    assert all((a["data"][0]["zmin"], a["data"][0]["zmax"]) == (0, 1) for a in alignments)
    assert KO["nothing_to_align"] in [i.value for i in page.info]
    captions = [c.value for c in page.caption]
    assert SCORES["bahdanau"] in captions and SCORES["luong"] in captions


def test_the_bleu_chart_has_each_measured_model_and_marks_the_sentence_length():
    page = open_models("고양이가 밥을 먹는다 빨리 아주")  # five words: the 5–6 group
    no_trouble(page)
    measured = [kind for kind in ATTENTION_KINDS if (metrics(kind) or {}).get("bleu_by_length")]
    captions = [c.value for c in page.caption]
    for kind in ATTENTION_KINDS:
        missing = KO["bleu_missing"].format(model=KO[f"model_{kind}"], kind=kind)
        assert (missing in captions) == (kind not in measured)
    versions = {metrics(kind).get("generator_version") for kind in measured}
    unlike = [w.value for w in page.warning if w.value.startswith(KO["bleu_unlike"][:20])]
    assert len(unlike) == (len(versions) > 1)  # models trained on different pairs are said to be
    bleu = [spec for spec in charts(page) if spec["data"][0]["type"] == "scatter"]
    if not measured:
        assert not bleu
        return
    (chart,) = bleu
    assert [line["name"] for line in chart["data"]] == [KO[f"model_{kind}"] for kind in measured]
    (band,) = chart["layout"]["shapes"]
    assert (band["x0"], band["x1"]) == (1.5, 2.5)  # 1–2, 3–4, [5–6], 7+
    assert KO["your_sentence"].format(words=5) in json.dumps(chart["layout"], ensure_ascii=False)


def test_the_models_page_escapes_the_sentence_and_speaks_english():
    page = open_models("*고양이*가 [잔다](http://x.y) <b>", lang="en")
    no_trouble(page)
    assert page.markdown[0].value.startswith(f"## {EN['page_models']} · \\*고양이\\*가 \\[잔다\\]")
    alignments = [spec["data"][0] for spec in charts(page) if spec["data"][0]["type"] == "heatmap"]
    for matrix in alignments:  # the sentence's tokens, as text for Plotly's HTML
        assert "&lt;b&gt;" in matrix["x"] and "<b>" not in matrix["x"]
    assert EN["models_about"] in everything(page)


def test_bleu_by_length_figure_marks_the_group_of_any_length():
    fake = {
        "luong": {"bleu_by_length": {"1-3": 30.0, "4-6": 20.0, "10+": 5.0}},
        "none": {"bleu_by_length": {"1-3": 28.0, "7-9": 4.0}, "bleu_by_length_pairs": {"1-3": 9}},
    }
    for words, group in ((1, 0), (3, 0), (8, 2), (16, 3)):
        fig = figures.bleu_by_length_figure(fake, words, EN)
        assert list(fig.data[0].x) == ["1–3", "4–6", "7–9", "10+"]
        assert list(fig.data[0].y) == [30.0, 20.0, None, 5.0]  # a group it was not measured on: a gap
        (band,) = fig.layout.shapes
        assert (band.x0, band.x1) == (group - 0.5, group + 0.5)
    assert not figures.bleu_by_length_figure(fake, None, EN).layout.shapes
    assert list(figures.bleu_by_length_figure(fake, 2, EN).data[1].customdata) == [9, "?", "?", "?"]
