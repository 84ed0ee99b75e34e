"""The default model, models/bahdanau/, does what the README promises."""

import json

import pytest

from attnviz import translate
from attnviz.corpus.generator import VERSION, generate_pairs
from attnviz.decoding import model_directory
from attnviz.examples import EXAMPLES

METRICS = json.loads((model_directory() / "metrics.json").read_text())
RECIPE_BLEU = 8.8  # the TensorFlow tutorial's recipe on Tatoeba alone, same split (issue 2)
# A model trained before the generator's conventions changed ("my grandmother", "looking for") cannot
# follow them: checks on generated sentences wait for the retrain (python -m attnviz.corpus.train). The
# page's examples are checked whatever the generator: their English is what the shipped model must say.
needs_current_generator = pytest.mark.skipif(
    METRICS.get("generator_version", 1) != VERSION,
    reason=f"the shipped model predates generator version {VERSION}: retrain",
)


def test_held_out_metrics_meet_the_bar():
    assert METRICS["generated_exact_match"] >= 0.95
    assert METRICS["tatoeba_bleu"] > RECIPE_BLEU


@pytest.mark.parametrize("korean, english", EXAMPLES)
def test_the_pages_examples_translate_right(shipped_model, korean, english):
    assert translate(shipped_model, korean) == english


@needs_current_generator
def test_new_generated_sentences_mostly_translate_right(shipped_model):
    """Sentences from another seed: mostly unseen combinations of lexicon words."""
    pairs = generate_pairs(300, seed=2026)
    right = sum(translate(shipped_model, korean) == english for korean, english in pairs)
    assert right / len(pairs) >= 0.9
