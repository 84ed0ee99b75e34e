"""The comparison page: two Korean sentences side by side, typed or made by one small change to the
first (variants.py), with both translations and alignment matrices on the same fixed 0–1 colour
scale, and the words that differ marked in both.
"""

import streamlit as st

from ..tokens import InputError
from . import figures, state
from .data import cached_trace, shared_model
from .labels import literal, marked
from .lesson import checked_sentence, lesson_model_note, show_notes, top
from .stages import draw
from .variants import CHANGES, changed_positions

FIRST, SECOND = "compare_first", "compare_second"


def _change(name: str) -> None:
    made = CHANGES[name](st.session_state.get(FIRST, ""), shared_model().source_vocab)
    if made:
        st.session_state[SECOND] = made


def _trace(sentence: str, text: dict):
    """The sentence's trace, or None after saying why there is none."""
    sentence = checked_sentence(shared_model(), sentence, text)
    if sentence is None:
        return None
    try:
        return cached_trace(sentence, None)
    except InputError as error:
        st.error(text["error_input"].format(message=literal(str(error))))
        return None


def _inputs(text: dict) -> tuple[str, str]:
    if FIRST not in st.session_state:  # the lesson's sentence to start from
        st.session_state[FIRST] = st.session_state.get(state.SENTENCE) or state.DEFAULT_SENTENCE
    left, right = st.columns(2)
    first = left.text_input(text["compare_first"], key=FIRST)
    vocabulary = shared_model().source_vocab
    with left.container(horizontal=True):
        for name, change in CHANGES.items():
            st.button(
                text[f"change_{name}"],
                key=f"change_{name}",
                on_click=_change,
                args=(name,),
                disabled=change(first, vocabulary) is None,
            )
    if SECOND not in st.session_state:
        st.session_state[SECOND] = CHANGES["particle"](first, vocabulary) or ""
    second = right.text_input(
        text["compare_second"], key=SECOND, placeholder=text["compare_placeholder"]
    )
    return first, second


def _side(trace, changed_source: set[int], changed_output: set[int], text: dict, name: str, large: bool):
    words = trace.tokens[1:-1]  # the words between <start> and <end>
    st.markdown(f"#### {marked(words, {i - 1 for i in changed_source})}")
    output = trace.output_tokens
    st.markdown(f"→ {marked(output, changed_output)}")
    fig = figures.alignment_figure(trace, len(trace.steps), text)
    bold = [i in changed_source for i in range(len(trace.tokens))]
    labels = list(fig.data[0].x)
    fig.update_xaxes(
        tickvals=labels, ticktext=[f"<b>{w} *</b>" if b else w for w, b in zip(labels, bold)]
    )
    draw(fig, f"compare-{name}", large, key=name)


def compare_page() -> None:
    page = top()  # the model loaded, or the page stopped after saying why it could not be
    text, presenting = page.text, page.presenting
    page.title.markdown(f"### {text['compare_title']}")
    lesson_model_note(text)
    show_notes(text)
    state.write_link()
    first, second = _inputs(text)
    left, right = st.columns(2)
    with left:
        one = _trace(first, text)
    with right:
        other = _trace(second, text) if second.strip() else None
    if one is None or other is None:
        if not second.strip():
            right.info(text["compare_placeholder"])
        return
    source_a, source_b = changed_positions(one.tokens, other.tokens)
    output_a, output_b = changed_positions(one.output_tokens, other.output_tokens)
    with left:
        _side(one, source_a, output_a, text, "compare-first", presenting)
    with right:
        _side(other, source_b, output_b, text, "compare-second", presenting)
    st.caption(text["compare_caption"])
