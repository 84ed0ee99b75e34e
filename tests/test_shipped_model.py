"""The default model, models/bahdanau/, does what the README promises."""

import json

import pytest

from attnviz import load_model, trace, translate
from attnviz.corpus.generator import VERSION, generate_pairs
from attnviz.decoding import model_directory
from attnviz.examples import EXAMPLES
from attnviz.model import ATTENTION_KINDS
from tests.check_trace_json import check

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


@pytest.mark.parametrize("attention", ATTENTION_KINDS)
def test_each_shipped_kind_of_attention_has_its_model_and_metrics(attention):
    """models/<attention>/: trained alike (same sizes, same held-out pairs), measured by length."""
    model = load_model(attention=attention)
    config = model.config
    assert (config.attention, config.embedding_dim, config.units) == (attention, 256, 512)
    metrics = json.loads((model_directory(attention) / "metrics.json").read_text())
    assert metrics["attention"] == attention
    assert metrics["tatoeba_test_pairs"] == METRICS["tatoeba_test_pairs"]
    assert set(metrics["bleu_by_length"]) == {"1-3", "4-6", "7-9", "10+"}
    assert metrics["training_minutes"] < 60
    result = trace(model, "학생이 도서관에서 책을 읽는다")
    check(json.loads(result.to_json()))  # the schema-only checker, Luong's scores from the file alone
    assert result.attends == (attention != "none")
