"""The app's pages: the lesson and the two-sentence comparison; more join as their own modules."""

from pathlib import Path

import streamlit as st

from .compare import compare_page
from .lesson import lesson

# served by the page itself: no request leaves the server (a classroom may have no internet)
FAVICON = Path(__file__).resolve().parent / "favicon.png"


def main() -> None:
    st.set_page_config(page_title="attnviz", page_icon=str(FAVICON), layout="wide")
    pages = [
        st.Page(lesson, title="attnviz", default=True),
        st.Page(compare_page, title="두 문장 비교 · Compare", url_path="compare"),
    ]
    page = st.navigation(pages, position="top")
    page.run()
