"""The floor the page is measured against (bench/browser_bench.py): a bare Streamlit page that imports
TensorFlow, loads the same model, traces the typed sentence and draws three Plotly heatmaps of it."""

import sys
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from attnviz import load_model, trace  # noqa: E402


@st.cache_resource
def model():
    return load_model()


sentence = st.text_input("sentence", "고양이가 잔다")
traced = trace(model(), sentence)
st.markdown(f"## {sentence} → {traced.translation}")
n = len(traced.tokens)
for matrix in (traced.embeddings[:n], traced.encoder_h[:n], traced.alignment_frame().to_numpy()):
    st.plotly_chart(go.Figure(go.Heatmap(z=matrix)), width="stretch")
