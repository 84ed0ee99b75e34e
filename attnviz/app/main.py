"""The app's pages: today one, the lesson; more (compare, beam, training) join as their own modules."""

import streamlit as st

from .lesson import lesson


def main() -> None:
    st.set_page_config(page_title="attnviz", page_icon=":material/translate:", layout="wide")
    page = st.navigation([st.Page(lesson, title="attnviz", default=True)], position="hidden")
    page.run()
