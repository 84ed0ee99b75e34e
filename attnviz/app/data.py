"""What the page loads or computes: each model once per server, and only when a page first asks for it
(TensorFlow and one model take most of the server's memory), traces in a bounded cache, the metrics."""

import gc
import json
from pathlib import Path

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner import script_runner

from ..beam import BeamSearch, beam_search
from ..corpus import attention_history
from ..decoding import load_model, model_directory, trace
from ..trace import Trace

TRACE_CACHE_SIZE = 64  # a lecture's worth of sentences; each trace is a few hundred kB


def keep_tensorflow_warm() -> None:
    """Streamlit clears Keras's session after every script run, for apps that build a model on each run;
    that also empties TensorFlow's kernel cache, so the next sentence's trace takes about nine times as
    long (130 ms instead of 15). The models here are loaded once per server and never rebuilt: there is
    nothing for it to free, so this server skips it (and the matplotlib figures it would also close,
    which the page never makes). Streamlit looks the hook up by name on every run."""
    script_runner._clean_problem_modules = _nothing_to_clean


def _nothing_to_clean() -> None:
    pass


# The first visitor after a start waits a few seconds; the language is not known yet, so both are said.
@st.cache_resource(show_spinner="모델을 불러오는 중입니다… · Loading the model…")
def shared_model(attention: str = "bahdanau"):
    model = load_model(attention=attention)
    # TensorFlow and the model leave millions of long-lived objects that every full garbage collection
    # walks again: a pause of 0.3–0.6 s, often in the middle of a step change. Frozen (after a last
    # collection, so no garbage is frozen with them), they are skipped; what each run makes is still
    # collected.
    gc.collect()
    gc.freeze()
    return model


# cache_resource, not cache_data: traces are never changed after they are made, so every rerun and
# session can share one object instead of unpickling a copy on each step change. Keyed by everything
# that changes a trace, the model's attention included.
@st.cache_resource(max_entries=TRACE_CACHE_SIZE, show_spinner=False)
def cached_trace(
    sentence: str,
    reference: str | None = None,
    prefix: str | None = None,
    pin: tuple = (),
    attention: str = "bahdanau",
) -> Trace:
    """`pin` as ((step, position), ...): a dict cannot be a cache key."""
    model = shared_model(attention)
    return trace(model, sentence, target=reference, prefix=prefix, pin=dict(pin))


@st.cache_resource(max_entries=TRACE_CACHE_SIZE, show_spinner=False)
def cached_beam(sentence: str, width: int, length_penalty: float) -> BeamSearch:
    return beam_search(shared_model(), sentence, width=width, length_penalty=length_penalty)


def metrics(attention: str = "bahdanau", directory: Path | None = None) -> dict | None:
    """The held-out evaluation of one model (or of the model in `directory`), once training has
    written it."""
    path = (directory or model_directory(attention)) / "metrics.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):  # absent until training ends; half-written while it saves
        return None


def training_attention(directory: Path) -> list[dict] | None:
    """The epochs training recorded next to the model in `directory` (see attnviz.corpus.attention_history),
    or None when the file is absent (a model trained before it was written), half-written or not in that
    format."""
    try:
        epochs = json.loads((Path(directory) / attention_history.FILE).read_text())["epochs"]
        numbered = [epoch["epoch"] for epoch in epochs] == list(range(1, len(epochs) + 1))
        if epochs and numbered and all(_well_formed(epoch, epochs[0]) for epoch in epochs):
            return epochs
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        pass
    return None


def records_attention(epochs: list[dict]) -> bool:
    """Whether the record has alignment matrices: a model without attention records only its losses and
    translations."""
    return "weights" in epochs[0]["sentences"][0]


def _well_formed(epoch: dict, first: dict) -> bool:
    """Losses are numbers, every epoch has the first one's sentences (the page compares them) with a
    translation, and either every sentence has a matrix with a row per English token and a column per
    Korean one, or none has."""
    sentences = epoch["sentences"]
    attends = records_attention([first])
    return (
        all(isinstance(epoch[name], (int, float)) for name in ("loss", "held_out_loss"))
        and bool(sentences)
        and [s["sentence"] for s in sentences] == [s["sentence"] for s in first["sentences"]]
        and all(isinstance(s["translation"], str) and ("weights" in s) == attends for s in sentences)
        and all(
            np.shape(s["weights"]) == (len(s["target_tokens"]), len(s["source_tokens"]))
            for s in sentences
            if attends
        )
    )
