"""The Streamlit app: `main` picks the page; each page is a short module over the shared views.

Only `main`, `lesson`, `stages`, `stepping`, `state` and `data` import Streamlit; `figures`, `labels`,
`navigation` and `examples` are plain Python (training and tests use them without it).
"""
