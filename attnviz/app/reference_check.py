"""Your translation vs the model's: under teacher forcing, every given English word with the probability
the model gave it and the word the model preferred at that step; where they differ, the row is marked
(a sign and a colour, so it does not rest on colour alone). Works for any English, a student's wrong
sentence included: the numbers are the trace's, the forced steps' own softmax.
"""

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from ..trace import Trace
from . import numbers, state
from .labels import literal

DISAGREE = "background-color: #fde2e1; font-weight: bold"
AGREE_SIGN, DISAGREE_SIGN = "✓", "✗"


def comparison_table(trace: Trace, upto: int, text: dict) -> Styler:
    """Rows for the first `upto` steps (1-based, as the page counts them)."""
    rows, disagree = [], []
    for step in trace.steps[:upto]:
        best = step.top_ids[0]
        agrees = best == step.chosen_id
        disagree.append(not agrees)
        rows.append(
            {
                text["step"]: str(step.index + 1),
                text["your_word"]: literal(step.token),
                text["your_probability"]: numbers.probability(float(step.probabilities[step.chosen_id])),
                text["model_word"]: literal(step.top_k[0][0]),
                text["model_probability"]: numbers.probability(float(step.probabilities[best])),
                text["agrees"]: AGREE_SIGN if agrees else DISAGREE_SIGN,
            }
        )
    table = pd.DataFrame(rows)
    return table.style.hide(axis="index").apply(
        lambda row: [DISAGREE if disagree[row.name] else ""] * len(row), axis=1
    )


def show(view) -> None:
    """Up to the shown step, as everywhere on the page, unless the whole translation is asked for."""
    trace, text = view.trace, view.text
    upto = len(trace.steps) if st.session_state.get(state.REVEAL) else view.step
    st.markdown(f"**{text['reference_check']}**")
    st.table(comparison_table(trace, upto, text))
    st.caption(text["reference_check_help"])
