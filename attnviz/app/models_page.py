"""The three models page: one sentence (the lesson's, editable) through Bahdanau's, Luong's and no
attention, their translations and alignment matrices side by side on the same fixed 0–1 scale, and
each model's held-out BLEU by source length with the sentence's length marked."""

import streamlit as st

from ..input_check import words
from ..model import ATTENTION_KINDS
from ..tokens import InputError
from . import figures, state
from .data import cached_trace, metrics, shared_model
from .labels import SCORES, literal
from .lesson import one_sentence, top
from .stages import View, chart, draw

# the headings in the colours of the BLEU chart's lines (figures.MODEL_STYLES), in Streamlit's Markdown
MARKS = {"bahdanau": "blue", "luong": "orange", "none": "gray"}


def models_page() -> None:
    page = top()
    text, presenting = page.text, page.presenting
    # the sentence's checks and messages, once (the models share their vocabularies)
    sentence, view = one_sentence(page)
    page.heading(f"{text['page_models']} · {literal(sentence)}")
    if view is not None:
        if not presenting:  # a slide has no room; the lecturer says it
            st.caption(text["models_about"])
        for column, attention in zip(st.columns(len(ATTENTION_KINDS)), ATTENTION_KINDS):
            with column:
                side(view, attention)
    bleu_chart(len(words(view.trace.sentence)) if view else None, text, presenting)
    state.write_link()


def side(view: View, attention: str) -> None:
    """One model's translation of the view's sentence and its alignment matrix (or why it has none)."""
    text = view.text
    st.markdown(f"#### :{MARKS[attention]}[{text[f'model_{attention}']}]")
    try:
        trace = cached_trace(view.trace.sentence, attention=attention)
    except (OSError, ValueError, InputError) as error:  # not trained yet, say, or a broken file
        st.info(
            text["model_unavailable"].format(
                model=text[f"model_{attention}"], message=literal(str(error))
            )
        )
        return
    st.markdown(f"→ **{literal(trace.translation)}**")
    if not trace.attends:
        st.info(text["nothing_to_align"], icon=":material/grid_off:")
        return
    st.caption(SCORES[attention])
    own = View(trace, text, shared_model(attention).target_vocab, large=view.large)
    title = text["column_alignment_title"].format(model=text[f"model_{attention}"])
    chart(own, f"alignment-{attention}", "column_alignment_figure", trace, title, text)


def bleu_chart(length: int | None, text: dict, large: bool) -> None:
    """The models' BLEU by length, as their metrics.json have it, the sentence's `length` (words)
    marked; a model without it is named, and models trained on different generated pairs are said to
    be."""
    measured = {}
    for attention in ATTENTION_KINDS:
        found = metrics(attention)
        if found and found.get("bleu_by_length"):
            measured[attention] = found
        else:
            st.caption(text["bleu_missing"].format(model=text[f"model_{attention}"], kind=attention))
    if not measured:
        return
    versions = {kind: found.get("generator_version") for kind, found in measured.items()}
    if len(set(versions.values())) > 1:
        named = ", ".join(f"{text[f'model_{kind}']} {version}" for kind, version in versions.items())
        st.warning(text["bleu_unlike"].format(versions=named), icon="⚠️")
    draw(figures.bleu_by_length_figure(measured, length, text), "bleu-by-length", large)
    if not large:
        st.caption(text["bleu_about"])
