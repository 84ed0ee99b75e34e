"""The Streamlit app: `main` picks the page; each page is a short module over the shared views.

Only `main`, `lesson`, `beam_page`, `stages`, `stepping`, `what_if`, `state` and `data` import Streamlit;
`figures`, `search_tree`, `numbers`, `labels` and `navigation` are plain Python (tests use them without it).
"""
