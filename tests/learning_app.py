"""The app as streamlit_app.py runs it, with the learning page reading the recording in tests/data/
(models/ may have none yet): the browser test's server."""

from pathlib import Path

from attnviz.app import data
from attnviz.app.main import main

data.TRAINING_ATTENTION = Path(__file__).resolve().parent / "data" / "training_attention.json"
main()
