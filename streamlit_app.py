"""attnviz's page: `streamlit run streamlit_app.py` (also the entry point on Streamlit Community Cloud)."""

import streamlit as st

# A cold start imports TensorFlow for seconds: say so instead of showing a blank page.
with st.spinner("TensorFlow를 불러오는 중입니다… · Loading TensorFlow…"):
    from attnviz.app.main import main

main()
