"""The floor for a step change (bench/browser_bench.py): the least a Streamlit page can do when a step
changes, a fragment with the next button and the step's caption, one small Plotly heatmap (that step's
attention weights) and one table (its scores and weights), the numbers of one trace of the same model."""

import gc
import sys
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from attnviz import load_model, trace  # noqa: E402
from attnviz.app.labels import TEXT  # noqa: E402
from attnviz.examples import EXAMPLES  # noqa: E402

SENTENCE = EXAMPLES[6][0]  # the sentence whose steps the bench walks on the page (WALKED there)
KO = TEXT["ko"]


@st.cache_resource
def traced():
    result = trace(load_model(), SENTENCE)
    gc.collect()
    gc.freeze()  # as the page does (attnviz/app/data.py): no full collection walks TensorFlow's objects
    return result


@st.fragment
def steps(t):
    step = st.session_state.setdefault("step", 1)
    st.button(f"{KO['next']} ▶", on_click=lambda: st.session_state.update(step=step + 1))
    st.caption(f"단계 {step}/{len(t.steps)}")
    current, n = t.steps[step - 1], len(t.tokens)
    weights = current.weights[:n]
    fig = go.Figure(go.Heatmap(z=[weights], x=t.tokens, colorscale="Blues", zmin=0, zmax=1))
    st.plotly_chart(fig, width="stretch")
    st.table(pd.DataFrame({"score": current.scores[:n], "weight": weights}, index=t.tokens))


st.markdown(f"## {SENTENCE}")
steps(traced())
