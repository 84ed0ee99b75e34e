"""Predict, then reveal: before a decoder step is shown, the class commits two guesses, the Korean word
that gets the most attention, then the English word that comes next (the model's top-k, shuffled with
a fixed seed per step); each is revealed against the model's numbers before the step's stages appear.

Keys: the options are numbered 1–9 (their shortcuts); a presenter's clicker (→, PageDown, Space)
reveals without a guess first, then moves on as usual.
"""

import random
from dataclasses import replace

import numpy as np
import streamlit as st

from . import state
from .labels import literal
from .navigation import STEP_STAGES
from .stages import _trace_key  # what was asked for names a trace, as the figure cache does

GUESSES = "guesses"  # {(trace, step, kind): option index, or None when revealed without a guess}
KINDS = ("attention", "word")


def on() -> bool:
    return bool(st.session_state.get(state.PREDICT))


def setting(text: dict) -> None:
    st.toggle(text["predict"], key=state.PREDICT, help=text["predict_help"])


def _key(view, kind: str) -> tuple:
    return (_trace_key(view.trace), view.step, kind)


def _guesses() -> dict:
    return st.session_state.setdefault(GUESSES, {})


def kinds(view) -> tuple[str, ...]:
    """The guesses a step asks for: without attention there is no weight to guess."""
    return KINDS if view.trace.attends else ("word",)


def revealed(view) -> bool:
    """Whether the step's own numbers and word may be shown."""
    return not on() or all(_key(view, kind) in _guesses() for kind in kinds(view))


def _commit(key: tuple, choice: int | None) -> None:
    _guesses()[key] = choice


def reveal_or_go(delta: int, total_steps: int, presenting: bool, view) -> None:
    """A clicker's 'next' first reveals the step shown (no guess), then moves on."""
    view = replace(view, step=state.step())
    asking = not presenting or state.current_stage() in (*STEP_STAGES, "alignment")
    if delta > 0 and asking and not revealed(view):
        for kind in kinds(view):
            _guesses().setdefault(_key(view, kind), None)
        return
    state.go_by_hand(delta, total_steps, presenting)


def options(view, kind: str) -> tuple[list[str], np.ndarray]:
    """The choices in the order shown, and the model's number for each: attention weights over the
    Korean tokens, or the top-k English words (shuffled, the same way at every showing of this step)."""
    step = view.trace.steps[view.index]
    if kind == "attention":
        n = len(view.trace.tokens)
        return list(view.trace.source_words), step.weights[:n]
    words = [word for word, _ in step.top_k]
    random.Random(view.step).shuffle(words)
    probabilities = dict(step.top_k)
    return words, np.array([probabilities[w] for w in words])


def _ask(view, kind: str) -> None:
    text, key = view.text, _key(view, kind)
    words, _ = options(view, kind)
    step = view.trace.steps[view.index]
    st.markdown(
        f"**{text[f'predict_ask_{kind}'].format(step=view.step, input=literal(step.input_token))}**"
    )
    with st.container(horizontal=True, key=f"predict_{kind}"):
        for i, word in enumerate(words):
            st.button(
                f"{i + 1} · {literal(word)}" if i < 9 else literal(word),
                key=f"guess_{kind}_{i}",
                shortcut=str(i + 1) if i < 9 else None,
                on_click=_commit,
                args=(key, i),
            )
        st.button(text["predict_skip"], key=f"guess_{kind}_skip", on_click=_commit, args=(key, None))


def _verdict(view, kind: str, guess: int | None) -> str:
    text = view.text
    words, values = options(view, kind)
    best = int(np.argmax(values))
    model = text[f"predict_model_{kind}"].format(word=literal(words[best]), value=f"{values[best]:.3f}")
    if guess is None:
        return model
    sign = "✓" if guess == best else "✗"
    mine = text["predict_guess"].format(word=literal(words[guess]), value=f"{values[guess]:.3f}")
    return f"{sign} {mine} · {model}"


def panel(view, chart) -> bool:
    """The round for this step; True once both guesses are in (the step's stages may be drawn).
    `chart` draws a figure as the stages do (stages.chart: view, file name, figure name, arguments)."""
    if not on():
        return True
    text, guesses = view.text, _guesses()
    for kind in kinds(view):
        key = _key(view, kind)
        if key not in guesses:
            _ask(view, kind)
            return False
        guess = guesses[key]
        st.markdown(_verdict(view, kind, guess))
        if kind == "attention" and _key(view, "word") not in guesses:
            words, values = options(view, kind)  # the weights, before the word is asked for
            title = text["predict_title_attention"]
            chart(
                view, f"guess-{view.step}", "guess_figure", words, values, guess, title, text["weight"]
            )
    return True
