"""The app's pages, picked with st.navigation: the lesson, beam search, two sentences side by side and
the three models and how attention is learned, each its own module over the shared views."""

from pathlib import Path

import streamlit as st

from . import data, labels, state
from .beam_page import beam_page
from .compare import compare_page
from .learning_page import learning_page
from .lesson import lesson
from .models_page import models_page

# served by the page itself: no request leaves the server (a classroom may have no internet)
FAVICON = Path(__file__).resolve().parent / "favicon.png"


def main() -> None:
    st.set_page_config(page_title="attnviz", page_icon=str(FAVICON), layout="wide")
    data.keep_tensorflow_warm()
    state.read_link()  # the link's language names the pages
    text = labels.text(st.session_state[state.LANGUAGE])
    pages = [
        st.Page(lesson, title=text["page_lesson"], icon=":material/school:", default=True),
        st.Page(beam_page, title=text["page_beam"], icon=":material/account_tree:", url_path="beam"),
        st.Page(compare_page, title=text["page_compare"], icon=":material/compare:", url_path="compare"),
        st.Page(
            models_page,
            title=text["page_models"],
            icon=":material/stacked_line_chart:",
            url_path="models",
        ),
        st.Page(
            learning_page,
            title=text["page_learning"],
            icon=":material/trending_down:",
            url_path="learning",
        ),
    ]
    st.navigation(pages, position="top").run()
