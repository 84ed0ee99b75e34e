"""The Streamlit app: `main` picks the page; each page is a short module over the shared views.

Only `main`, `lesson`, `stages`, `stepping`, `state` and `data` import Streamlit; `figures`, `labels`
and `navigation` are plain Python (tests use them without it).
"""
