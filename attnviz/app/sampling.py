"""DECODER's temperature tab: the model's own softmax beside softmax(logits / T), and a seeded sample.

The numbers come from `trace(..., temperature=T, sample=, seed=)`, the one decoding code path; T and
the seed live in the link (`temp=`, `seed=`), checked here, so a copied URL draws the same words.
"""

import numpy as np
import streamlit as st

from ..decoding import trace
from ..trace import Trace
from . import state
from .data import TRACE_CACHE_SIZE, shared_model
from .labels import literal

TEMPERATURES = (0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0)
SLIDER = "temperature_slider"
CHECKED = "sampling_link_checked"


@st.cache_resource(max_entries=TRACE_CACHE_SIZE, show_spinner=False)
def tempered_trace(
    sentence: str,
    target: str | None,
    prefix: str | None,
    pin: tuple,
    temperature: float,
    seed: int | None,
    attention: str,
) -> Trace:
    """The shown trace's strategy with a temperature (and a seeded sample when `seed` is given)."""
    return trace(
        shared_model(attention),
        sentence,
        target=target,
        prefix=prefix,
        pin=dict(pin),
        temperature=temperature,
        sample=seed is not None,
        seed=seed,
    )


def _check_link(text: dict) -> None:
    """Once a session: the link's temp and seed, or a note saying why they are not used."""
    if st.session_state.get(CHECKED):
        return
    st.session_state[CHECKED] = True
    extra = st.session_state.setdefault(state.EXTRA_LINK, {})
    if state.TEMPERATURE in extra:
        try:
            value = float(extra[state.TEMPERATURE])
        except ValueError:
            value = None
        if value not in TEMPERATURES:
            options = ", ".join(f"{t:g}" for t in TEMPERATURES)
            st.info(
                text["note_temperature"].format(value=literal(extra[state.TEMPERATURE]), options=options)
            )
            del extra[state.TEMPERATURE]
    if state.SEED in extra and not (extra[state.SEED].isascii() and extra[state.SEED].isdigit()):
        st.info(text["note_seed"].format(value=literal(extra[state.SEED])))
        del extra[state.SEED]


def _remember(temperature: float, seed: int | None) -> None:
    """T and the seed into the link (left out at their defaults)."""
    extra = st.session_state.setdefault(state.EXTRA_LINK, {})
    extra.pop(state.TEMPERATURE, None)
    extra.pop(state.SEED, None)
    if temperature != 1.0:
        extra[state.TEMPERATURE] = f"{temperature:g}"
    if seed is not None:
        extra[state.SEED] = str(seed)


def _draw_seed() -> None:
    seed = int(np.random.SeedSequence().entropy % 10**6)  # short enough to read out to a class
    st.session_state[state.EXTRA_LINK][state.SEED] = str(seed)


def _clear_seed() -> None:
    st.session_state[state.EXTRA_LINK].pop(state.SEED, None)


def temperature_view(view, chart) -> None:
    """The slider, the two distributions at this step and the sample buttons; `chart` draws a figure
    (stages.chart: view, file name, figure name, its arguments)."""
    text = view.text
    _check_link(text)
    extra = st.session_state.setdefault(state.EXTRA_LINK, {})
    if SLIDER not in st.session_state:  # a widget's value is dropped while its tab is closed
        st.session_state[SLIDER] = float(extra.get(state.TEMPERATURE, 1.0))
    temperature = st.select_slider(
        text["temperature"], TEMPERATURES, key=SLIDER, format_func=lambda t: f"{t:g}"
    )
    given = view.trace
    can_sample = given.target is None
    seed = int(extra[state.SEED]) if state.SEED in extra and can_sample else None
    _remember(temperature, seed)
    pin = tuple(sorted(given.pin.items()))
    shown = tempered_trace(
        given.sentence, given.target, given.prefix, pin, temperature, seed, given.attention
    )
    index = min(view.index, len(shown.steps) - 1)
    chart(view, f"temperature-{view.step}", "tempered_figure", shown, index, text)
    buttons = st.container(horizontal=True, vertical_alignment="center")
    buttons.button(
        text["sample"],
        on_click=_draw_seed,
        disabled=not can_sample,
        help=text["sample_help"],
        icon=":material/casino:",
        key="sample",
    )
    if seed is not None:
        buttons.button(text["sample_clear"], on_click=_clear_seed, key="sample_clear")
        # up to this step only, unless the whole translation is asked for: no spoilers
        upto = None if st.session_state.get(state.REVEAL) else index + 1
        words = [literal(s.token) for s in shown.steps[:upto]]
        words[index] = f"**{words[index]}**"
        st.markdown(text["sampled"].format(t=f"{temperature:g}", seed=seed, words=" ".join(words)))
        if index < view.index:
            st.caption(text["sampled_ended"].format(steps=len(shown.steps)))
    elif not can_sample:
        st.caption(text["sample_forced"])
    else:
        st.caption(text["temperature_greedy"])
