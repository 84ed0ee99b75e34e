"""The app's pages: today one, the lesson; more (compare, beam, training) join as their own modules."""

from pathlib import Path

import streamlit as st

from .lesson import lesson

# served by the page itself: no request leaves the server (a classroom may have no internet)
FAVICON = Path(__file__).resolve().parent / "favicon.png"


def main() -> None:
    st.set_page_config(page_title="attnviz", page_icon=str(FAVICON), layout="wide")
    page = st.navigation([st.Page(lesson, title="attnviz", default=True)], position="hidden")
    page.run()
