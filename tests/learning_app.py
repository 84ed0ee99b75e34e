"""The app as streamlit_app.py runs it, with models/ replaced by tests/data/training/, which holds a
record training wrote (and no model): the learning page's browser test's server."""

from pathlib import Path

from attnviz import decoding
from attnviz.app.main import main

decoding.MODELS = Path(__file__).resolve().parent / "data" / "training"
main()
