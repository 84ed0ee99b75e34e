"""ATTENTION's caution, "attention is not explanation", shown with the model itself: at one step all
attention is pinned on another word (`trace(pin=)`, the same decoder step with its weights given). In
one sentence the translation stays the same, in another it changes: a weight alone does not say why
the model wrote a word.
"""

import streamlit as st

from ..decoding import trace
from ..trace import Trace
from .data import cached_trace, shared_model
from .labels import literal

# (sentence, decoder step, source position), found by running the shipped model over the examples:
# at step 3 of the first ("to", looking mostly at 학교에), pinning all its attention on 우리는 leaves the
# translation as it is; at step 4 of the second ("cold", looking at 추워요), pinning it on 날씨가 turns
# "the weather is cold" into "the weather is humid". Neither is flagged as possibly wrong, pinned or
# not, so each fits on a slide; neither says "the cat" or "sleeps", which would give away the lesson's
# translation at its first step.
DEMOS = (("우리는 학교에 간다", 2, 1), ("날씨가 추워요", 3, 1))


@st.cache_resource(show_spinner=False)
def pinned_trace(sentence: str, step: int, position: int, attention: str = "bahdanau") -> Trace:
    return trace(shared_model(attention), sentence, pin={step: position})


def demo_lines(text: dict, attention: str = "bahdanau") -> list[str]:
    """The demonstrations on the model shown (the verdicts are computed, whatever they turn out)."""
    lines = []
    for sentence, step, position in DEMOS:
        own = cached_trace(sentence, None, attention=attention)
        pinned = pinned_trace(sentence, step, position, attention)
        looked = int(own.steps[step].weights.argmax())
        verdict = "pin_same" if pinned.translation == own.translation else "pin_changed"
        lines.append(
            text["pin_demo"].format(
                sentence=literal(sentence),
                step=step + 1,
                word=literal(own.steps[step].token),
                looked=literal(own.tokens[looked]),
                weight=f"{own.steps[step].weights[looked]:.3f}",
                pinned=literal(own.tokens[position]),
                own=literal(own.translation),
                after=literal(pinned.translation),
                verdict=text[verdict],
            )
        )
    return lines


def note(text: dict, attention: str = "bahdanau") -> None:
    """Folded away: the demonstrations show whole translations of other sentences."""
    with st.expander(text["not_explanation"]):
        st.markdown(text["not_explanation_body"])
        for line in demo_lines(text, attention):
            st.markdown(f"- {line}")
        st.caption(text["not_explanation_sources"])
