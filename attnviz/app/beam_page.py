"""The beam page: beam search of width 1–5 drawn as a tree (every word with its log-probability, dropped
branches in grey with the score that lost, every node clickable), the finished translations best first,
and the attention of the one picked, drawn by the lesson's alignment view."""

import zlib
from dataclasses import replace
from functools import partial

import streamlit as st

from ..beam import BeamSearch
from ..tokens import END
from . import figures, search_tree, state
from .data import cached_beam, cached_trace
from .labels import literal
from .lesson import lesson_model_note, one_sentence, top
from .stages import View, alignment, draw

TREE_COLUMN_PX = 85


def beam_page() -> None:
    page = top()
    text = page.text
    # beam search starts from the sentence the greedy translation checked
    sentence, view = one_sentence(page)
    lesson_model_note(text)
    page.heading(f"{text['page_beam']} · {literal(sentence)}")
    if view is not None:
        search(view)
    state.write_link()


def search(view: View) -> None:
    text = view.text
    with st.container(horizontal=True, vertical_alignment="bottom"):
        width = st.segmented_control(
            text["beam_width"],
            state.BEAM_WIDTHS,
            key=state.WIDTH,
            required=True,
            help=text["beam_width_help"],
            on_change=forget_pick,
            persist_state="session",
        )
        penalty = st.segmented_control(
            text["length_penalty"],
            state.LENGTH_PENALTIES,
            key=state.PENALTY,
            required=True,
            help=text["length_penalty_help"],
            persist_state="session",
        )
    found = cached_beam(view.trace.sentence, width, penalty)
    if not view.large:  # a projector's slide has no room; the speaker says it
        st.caption(text["beam_about"].format(width=width))
    if penalty:
        st.caption(text["length_penalty_note"].format(penalty=penalty))
    picked = current_pick(found)
    tree_key = f"beam_tree_{width}_{zlib.crc32(view.trace.sentence.encode())}"  # new search, new chart
    tree = search_tree.tree_figure(found, text, picked)
    # about 85 px a column (more in a slide's larger type) so that "word -1.23" labels do not run into
    # each other; a narrower screen (a phone, a long sentence) scrolls the tree sideways instead
    columns = len(found.steps) + 1  # <start>, then one per decoder step
    type_scale = figures.LARGE_FONT / figures.FONT if view.large else 1  # `draw` enlarges it
    column_px = TREE_COLUMN_PX * type_scale
    st.html(f"<style>.st-key-beam_tree_box > * {{ min-width: {column_px * columns:.0f}px; }}</style>")
    with st.container(key="beam_tree_box"):
        draw(
            tree,
            f"beam-{width}",
            view.large,
            key=tree_key,
            on_select=partial(pick_from_tree, tree_key, found),
            selection_mode="points",
        )
    best_list(found, picked, text)
    picked_attention(view, found, picked)


def forget_pick() -> None:
    st.session_state.pop(state.BEAM_PICK, None)


def current_pick(found: BeamSearch) -> tuple[int, int]:
    """The node picked (step index, rank), or the best translation's last one."""
    picked = st.session_state.get(state.BEAM_PICK)
    if picked is not None:
        step, rank = picked
        if step < len(found.steps) and rank < len(found.steps[step].candidates):
            return picked
    return final_node(found, 0)


def final_node(found: BeamSearch, rank: int) -> tuple[int, int]:
    path = found[rank].path
    return len(path) - 1, path[-1]


def pick_from_tree(key: str, found: BeamSearch) -> None:
    points = st.session_state[key]["selection"]["points"]
    clicked = [p["point_index"] for p in points if p["curve_number"] == search_tree.NODE_TRACE]
    if clicked:
        st.session_state[state.BEAM_PICK] = search_tree.nodes(found)[clicked[0]]


def pick_hypothesis(key: str, found: BeamSearch) -> None:
    rank = st.session_state[key]
    if rank is not None:
        st.session_state[state.BEAM_PICK] = final_node(found, rank)


def best_list(found: BeamSearch, picked: tuple[int, int], text: dict) -> None:
    """The n-best table, and a button per rank that shows its attention."""
    st.markdown(f"**{text['nbest']}**")
    st.table(search_tree.nbest_table(found, text), hide_index=True)
    ranks = [rank for rank in range(len(found)) if final_node(found, rank) == picked]
    key = f"nbest_{len(found)}_{picked}"  # a new control when the tree picks, so it shows that pick
    st.pills(
        text["pick"],
        range(len(found)),
        default=ranks[0] if ranks else None,
        format_func=lambda rank: str(rank + 1),
        key=key,
        on_change=partial(pick_hypothesis, key, found),
    )


def picked_attention(view: View, found: BeamSearch, picked: tuple[int, int]) -> None:
    """A finished translation's attention under teacher forcing; a partial one forced as a prefix, then
    decoded greedily. Either way the model computes it again; the numbers are the search's own."""
    step, rank = picked
    node = found.steps[step].candidates[rank]
    words = search_tree.path_words(found, step, rank)
    text, sentence = view.text, view.trace.sentence
    if words[-1] == END:
        if len(words) == 1:  # <end> first: nothing to attend for
            return
        trace = cached_trace(sentence, reference=" ".join(words[:-1]))
        caption = text["picked_finished"].format(
            words=literal(trace.translation), log_prob=search_tree.log_prob(node.cumulative)
        )
    else:
        trace = cached_trace(sentence, prefix=" ".join(words))
        caption = text["picked_partial"].format(
            words=literal(" ".join(words)),
            step=step + 1,
            status=text[f"status_{node.status}"],
            cumulative=search_tree.log_prob(node.cumulative),
            translation=literal(trace.translation),
        )
    st.markdown(f"**{caption}**")
    alignment(replace(view, trace=trace, step=len(trace.steps)))
