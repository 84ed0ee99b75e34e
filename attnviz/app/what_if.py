"""The lesson page's what-ifs: another word in DECODER ("what if it had chosen this?"), attention on one
word in ATTENTION ("what if it had looked only there?"), and the model's own translation beside the
changed one, differences marked, with a way back.

Each what-if is a `trace` with a `prefix` or a `pin` (state.PREFIX, state.PIN): the model computes it,
the page only shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ..tokens import END, tokenize
from . import state
from .labels import literal, marked
from .variants import changed_positions

if TYPE_CHECKING:
    from .stages import View

OWN_MARK = "blue-background"  # the model's own words that the what-if changed (Streamlit's Markdown)
OWN_ATTENTION = -1  # the pin menu's first option: no pin, the weights the model computed


def description(view: View) -> str:
    """What was changed, in words: the forced first words and the pinned steps."""
    trace, text = view.trace, view.text
    parts = []
    if trace.prefix:
        words = tokenize(trace.prefix)
        parts.append(text["what_if_prefix"].format(count=len(words), words=literal(" ".join(words))))
    for step, position in sorted(trace.pin.items()):
        token = trace.tokens[position]
        parts.append(text["what_if_pin"].format(step=step + 1, token=literal(token)))
    return " · ".join(parts)


def comparison(view: View, compact: bool = False) -> None:
    """The model's own translation beside the what-if's, the differing words marked, and the undo.
    `compact`: one line, for a slide's title row; what was changed goes into the line's tooltip."""
    if view.own is None:
        return
    text = view.text
    own = [t for t in view.own.output_tokens if t != END]
    changed = [t for t in view.trace.output_tokens if t != END]
    own_at, changed_at = changed_positions(own, changed)
    own_line, changed_line = marked(own, own_at, OWN_MARK), marked(changed, changed_at)
    change = text["what_if"].format(change=description(view))
    with st.container(key="what_if", horizontal=True, vertical_alignment="center"):
        if compact:
            st.markdown(f"{own_line} → **{changed_line}**", help=change, width="content")
        else:
            st.markdown(f"{text['own_translation']}  \n**{own_line}**", width="content")
            st.markdown(f"{change}  \n**{changed_line}**", width="content")
        if st.button(
            "" if compact else text["undo"],
            key="undo_what_if",
            icon=":material/undo:",
            help=text["undo"] if compact else None,
            on_click=state.undo_what_if,
        ):
            st.rerun()  # a new trace: the whole page, not only the stepping fragment


def word_choices(view: View) -> None:
    """Below the top-k bars (which are clickable too, see `choose_from_chart`): a button for each other
    word; the translation goes on from it. Presenting, the bars alone: a slide has no room for more."""
    words = choosable(view)
    if not words or view.large:
        return
    so_far = view.trace.output_tokens
    with st.container(key="word_choices", horizontal=True, vertical_alignment="center"):
        st.markdown(view.text["choose_word"])
        for rank, word in enumerate(words):
            if st.button(
                word,  # a button label is plain text: no Markdown in it to escape
                key=f"choose_word_{rank}",
                on_click=state.choose_word,
                args=(so_far, view.index, word),
            ):
                st.rerun()  # a new trace: the whole page, not only the stepping fragment


def choosable(view: View) -> list[str]:
    """The top-k words a what-if can force here: none under teacher forcing (the reference chooses)."""
    if view.trace.target is not None:
        return []
    step = view.trace.steps[view.index]
    return [w for w, _ in step.top_k if w != step.token and state.can_choose(w)]


def follow(view: View) -> None:
    """A click inside the stepping fragment (a bar of the top-k) changed the what-if after the page's
    trace was made: run the whole page for the new one."""
    if view.trace.target is None and state.what_if() != (
        view.trace.prefix,
        tuple(sorted(view.trace.pin.items())),
    ):
        st.rerun()


def choose_from_chart(key: str, view: View, words: list[str]) -> None:
    """A click on a bar of the top-k chart (its bars are `words`, top to bottom)."""
    clicked = [words[p["point_index"]] for p in st.session_state[key]["selection"]["points"]]
    if clicked and clicked[0] in choosable(view):
        state.choose_word(view.trace.output_tokens, view.index, clicked[0])


def pin_choice(view: View) -> None:
    """'attend only to ▾ word' for the current step; the first option is the model's own attention."""
    trace, text, index = view.trace, view.text, view.index
    if trace.target is not None:
        return
    current = trace.pin.get(index, OWN_ATTENTION)
    options = [OWN_ATTENTION, *range(len(trace.tokens))]
    chosen = st.selectbox(
        text["pin_label"],
        options,
        index=options.index(current),
        format_func=lambda p: (
            text["pin_none"]
            if p == OWN_ATTENTION
            else text["pin_option"].format(token=trace.source_words[p])  # repeated words numbered
        ),
        key=f"pin_{index}_{current}",  # a new widget when the pin changes, so it shows the new one
        label_visibility="collapsed",  # the options say it: a slide has no room for a label
    )
    if chosen != current:
        state.pin_attention(index, None if chosen == OWN_ATTENTION else chosen)
        st.rerun()
