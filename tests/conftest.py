"""Shared fixtures: a tiny model trained in seconds on pairs written here, and the shipped model."""

import functools
import os
import random
import subprocess
import sys
from pathlib import Path

import keras
import pytest
from playwright.sync_api import sync_playwright

from attnviz import load_model
from attnviz.corpus.train import batches, make_steps, to_ids
from attnviz.decoding import compile_graphs
from attnviz.model import build_model
from attnviz.tokens import Vocabulary, tokenize
from tests.streamlit_server import CHROMIUM, projector_page, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"  # to be looked at, not committed

# A browser test module's `pytestmark`: skipped only where Chromium is missing and CI is unset; under CI a
# missing browser fails the run.
BROWSER_TESTS = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not os.environ.get("CI"),
        reason=f"no {CHROMIUM} (apt-get install chromium fonts-noto-cjk)",
    ),
]

TINY_PAIRS = [
    ("고양이가 잔다", "the cat sleeps"),
    ("개가 짖는다", "the dog barks"),
    ("나는 학생이다", "i am a student"),
    ("새가 난다", "the bird flies"),
    ("고양이가 밥을 먹는다", "the cat eats rice"),
    ("개가 공원에서 잔다", "the dog sleeps in the park"),
]
TINY_CONFIG = dict(embedding_dim=16, units=32, attention_units=24, max_target_len=8)


def train_tiny(pairs, steps=150, seed=0, attention="bahdanau", dropout=0.0):
    keras.utils.set_random_seed(seed)
    source_vocab = Vocabulary.build([tokenize(k) for k, _ in pairs])
    target_vocab = Vocabulary.build([tokenize(e) for _, e in pairs])
    model = build_model(source_vocab, target_vocab, dropout, attention=attention, **TINY_CONFIG)
    train_step, _ = make_steps(model, keras.optimizers.Adam(0.02))
    examples = to_ids(pairs, source_vocab, target_vocab)
    rng = random.Random(seed)
    for _ in range(steps):
        for batch in batches(examples, len(examples), rng):
            train_step(*batch)
    return compile_graphs(model)


@functools.cache
def tiny_model_with(attention: str):
    """A tiny model of each kind of attention, trained once per test session."""
    return train_tiny(TINY_PAIRS, attention=attention)


@pytest.fixture(scope="session")
def tiny_model():
    return tiny_model_with("bahdanau")


@pytest.fixture(scope="session")
def shipped_model():
    return load_model()


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`python -m attnviz ARGS` from the repository root, as on a fresh machine: without TensorFlow's own
    variables (a user who turns oneDNN on gets TensorFlow's notice on stderr, before attnviz can act)."""
    return subprocess.run(
        [sys.executable, "-m", "attnviz", *args],
        cwd=ROOT,
        env={name: value for name, value in os.environ.items() if not name.startswith("TF_")},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


# --- the page in a real browser: one server and one projector-sized page per test module ---------------
@pytest.fixture(scope="module")
def url():
    with streamlit_server() as (address, _):
        yield address


@pytest.fixture(scope="module")
def browser_page():
    with sync_playwright() as playwright, projector_page(playwright) as page:
        page.set_default_timeout(60_000)
        yield page


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png")
