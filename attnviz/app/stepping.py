"""Stepping through the decoder: the step-dependent part of the page, rerun alone on every step change.

Normal mode: a sticky bar (previous / slider / next / play) above ATTENTION, DECODER and the alignment
matrix. Presentation mode: one stage per screen, previous / next walking the lesson's slides.
Keys: ← / → and a presenter's clicker (PageUp / PageDown), Space for next, P for play.
"""

from dataclasses import replace

import streamlit as st

from . import predict, state, what_if
from .labels import literal
from .navigation import STAGES, STEP_STAGES
from .stages import STAGE_VIEWS, View, chart

# more keys for the same moves, on buttons the page hides (a button takes one shortcut)
CLICKER_KEYS = (
    ("next_page", "PageDown", 1),
    ("next_space", "Space", 1),
    ("previous_page", "PageUp", -1),
)


def stage_title(stage: str, text: dict) -> str:
    return f"{STAGES.index(stage) + 1}. {text[f'stage_{stage}']}"


def stepper(view: View, presenting: bool) -> None:
    """A fragment, so a step change redraws only this part; while playing, a timer reruns it."""
    interval = state.play_seconds() if st.session_state.get(state.PLAYING) else None
    st.fragment(_slides if presenting else _steps, run_every=interval)(view)


def _play_along(total_steps: int, presenting: bool) -> None:
    if not state.advance_if_due(total_steps, presenting):
        st.rerun()  # the end: a full run drops the fragment's timer


def _buttons(view: View, presenting: bool) -> None:
    """Previous / next (← / →) and play / pause (P); only their symbols when presenting, to fit 1024 px."""
    text, total = view.text, len(view.trace.steps)
    playing = st.session_state.get(state.PLAYING, False)
    play = text["pause"] if playing else text["play"]
    st.button(
        "◀" if presenting else f"◀ {text['previous']}",
        key="previous",
        shortcut="Left",
        help=text["previous"] if presenting else None,
        on_click=state.go_by_hand,
        args=(-1, total, presenting),
    )
    st.button(
        "▶" if presenting else f"{text['next']} ▶",
        key="next",
        shortcut="Right",
        help=text["next"] if presenting else None,
        on_click=predict.reveal_or_go,
        args=(1, total, presenting, view),
    )
    if st.button(
        "" if presenting else play,
        key="play",
        shortcut="P",
        help=play if presenting else None,
        icon=":material/pause:" if playing else ":material/play_circle:",
        on_click=state.toggle_play,
        args=(total, presenting),
    ):
        st.rerun()  # a full run starts (or stops) the fragment's timer
    with st.container(key="clicker_keys"):
        for key, shortcut, delta in CLICKER_KEYS:
            st.button(
                key,
                key=key,
                shortcut=shortcut,
                on_click=predict.reveal_or_go,
                args=(delta, total, presenting, view),
            )


def _step_slider(view: View, label_visibility: str = "visible") -> int:
    """The decoder-step slider (in the URL); a one-step translation has nothing to slide."""
    total = len(view.trace.steps)
    if total > 1:
        st.slider(
            view.text["step"],
            min_value=1,
            max_value=total,
            key=state.STEP,
            persist_state="session",  # kept on the slides that do not show it
            on_change=state.stop_playing,
            label_visibility=label_visibility,
        )
    return state.step()


def _steps(view: View) -> None:
    what_if.follow(view)
    total = len(view.trace.steps)
    _play_along(total, presenting=False)
    # the bar and a what-if's comparison stay in view together while the stages scroll under them
    with st.container(key="step_area"):
        with st.container(key="step_bar", horizontal=True, vertical_alignment="center"):
            _buttons(view, presenting=False)
            with st.container():
                step = _step_slider(view)
                current = view.trace.steps[step - 1]
                st.caption(
                    view.text["step_caption"].format(
                        step=step,
                        total=total,
                        input=literal(current.input_token),
                        # in predict mode, not before the class has guessed
                        output=literal(current.token)
                        if predict.revealed(replace(view, step=step))
                        else "?",
                    )
                )
        what_if.comparison(view)
    view = replace(view, step=step)
    if predict.panel(view, chart):  # in predict mode, once the class has guessed
        for stage in ("attention", "decoder", "alignment"):
            st.header(stage_title(stage, view.text), divider="gray")
            STAGE_VIEWS[stage](view)
    state.write_link()


def _slides(view: View) -> None:
    """One stage per screen: the navigator, the stage's title beside the step slider, the stage."""
    what_if.follow(view)
    text, total = view.text, len(view.trace.steps)
    _play_along(total, presenting=True)
    with st.container(key="slide_bar", horizontal=True, vertical_alignment="center"):
        _buttons(view, presenting=True)
        st.segmented_control(
            text["stage_nav"],
            STAGES,
            key=state.STAGE,
            persist_state="session",
            required=True,
            label_visibility="collapsed",
            format_func=lambda stage: text[f"short_{stage}"],
            on_change=state.stop_playing,
        )
    stage = state.current_stage()
    title = stage_title(stage, text)
    if stage in (*STEP_STAGES, "alignment"):
        heading, slider = st.columns([3, 2], vertical_alignment="center")
        with slider:
            view = replace(view, step=_step_slider(view, label_visibility="collapsed"))
        heading.subheader(text["stage_step"].format(stage=title, step=view.step, total=total))
    else:
        st.subheader(title)
    if stage not in (*STEP_STAGES, "alignment") or predict.panel(view, chart):
        STAGE_VIEWS[stage](view)
    state.write_link()
