"""The page's state: widget keys (also the URL's query parameters, for the widgets bound to it) and the
callbacks that change it.

Widgets bound with bind="query-params" keep sentence, reference, step, stage, language and presentation
mode in the URL, so a link opens on the same step; their values are changed only through session_state.
"""

import time

import streamlit as st

from .navigation import STAGES, clamp_step, neighbour

SENTENCE, REFERENCE, EXAMPLE = "sentence", "reference", "example"
STEP, STAGE = "step", "stage"
PLAYING, PLAYED_AT = "playing", "played_at"  # play / pause, and when play last moved on
LANGUAGE, PRESENTING = "lang", "present"

DEFAULT_SENTENCE = "고양이가 잔다"  # the lesson's sentence


def step() -> int:
    """The current decoder step (1-based); the URL's value reaches session_state once the slider exists."""
    return st.session_state.get(STEP) or 1


def keep_step_within(total_steps: int) -> None:
    """A new sentence may have fewer steps than the one before; call before the step slider is drawn."""
    # Only an out-of-range step is written: writing a bound widget's key also writes the URL.
    if STEP in st.session_state and st.session_state[STEP] != clamp_step(
        st.session_state[STEP], total_steps
    ):
        st.session_state[STEP] = clamp_step(st.session_state[STEP], total_steps)


def new_reference() -> None:
    """Another translation is shown from its first step."""
    st.session_state[STEP] = 1
    st.session_state[PLAYING] = False


def new_sentence() -> None:
    """A new sentence starts at its first step, without the old sentence's reference translation."""
    new_reference()
    st.session_state[REFERENCE] = ""


def choose_example() -> None:
    """Copy the chosen example into the sentence box, then clear the choice so it can be chosen again."""
    example = st.session_state.get(EXAMPLE)
    if example:
        st.session_state[SENTENCE] = example
        new_sentence()
    st.session_state[EXAMPLE] = None


def current_stage() -> str:
    return st.session_state.get(STAGE) or STAGES[0]


def go(delta: int, total_steps: int, presenting: bool) -> bool:
    """Move `delta` decoder steps, or slides when presenting; False when already at that end."""
    before = (current_stage(), step())
    if presenting:
        st.session_state[STAGE], st.session_state[STEP] = neighbour(*before, total_steps, delta)
    else:
        st.session_state[STEP] = clamp_step(before[1] + delta, total_steps)
    return (current_stage(), step()) != before


def go_by_hand(delta: int, total_steps: int, presenting: bool) -> None:
    st.session_state[PLAYING] = False  # stepping by hand takes over from play
    go(delta, total_steps, presenting)


def toggle_play(total_steps: int, presenting: bool) -> None:
    """Play (moving on at once, then on a timer; from the start when already at the end), or pause."""
    playing = not st.session_state.get(PLAYING, False)
    if playing and not go(1, total_steps, presenting):  # at the end: from the start again
        st.session_state[STEP] = 1
        if presenting:
            st.session_state[STAGE] = STAGES[0]
    st.session_state[PLAYING] = playing
    st.session_state[PLAYED_AT] = time.monotonic()


def advance_if_due(total_steps: int, presenting: bool, seconds: float) -> bool:
    """While playing, move on once every `seconds` (other reruns, e.g. a language switch, do not count);
    False when play has just reached the end and stopped."""
    if not st.session_state.get(PLAYING):
        return True
    now = time.monotonic()
    if now - st.session_state.get(PLAYED_AT, 0.0) < 0.9 * seconds:  # timers fire a little early
        return True
    st.session_state[PLAYED_AT] = now
    if go(1, total_steps, presenting):
        return True
    st.session_state[PLAYING] = False
    return False


def stop_playing() -> None:
    st.session_state[PLAYING] = False
