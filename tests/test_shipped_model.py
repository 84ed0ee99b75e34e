"""The default model, models/bahdanau/, does what the README promises."""

import json

import pytest

from attnviz import load_model, trace, translate
from attnviz.corpus.evaluate import PARTS_OF_SPEECH, frames, literal_frames
from attnviz.corpus.generator import VERSION, generate_pairs
from attnviz.decoding import model_directory
from attnviz.examples import EXAMPLES
from attnviz.model import ATTENTION_KINDS
from tests.check_trace_json import check

METRICS = json.loads((model_directory() / "metrics.json").read_text())
RECIPE_BLEU = 8.8  # the TensorFlow tutorial's recipe on Tatoeba alone, same split (issue 2)
# The model shipped before the lexicon grew to 1,002 words, on the blind held-out sentences: a retrain
# must not fall back below it. (Issue 9's goal, 90/70/60%, is not reached yet: the README says where.)
BEFORE = {"short": 0.2135, "conversation": 0.0488, "two_clause": 0.0}


def test_held_out_metrics_meet_the_bar():
    assert METRICS["generator_version"] == VERSION  # trained on the generator the repository has
    for group, before in BEFORE.items():
        assert METRICS[f"heldout_exact_{group}"] >= before, group
    assert METRICS["warning_recall"] >= 0.8 and METRICS["warning_precision"] >= 0.8
    # and on the fresh blind set
    assert METRICS["fresh_heldout_sentences"] == 150
    assert METRICS["fresh_warning_recall"] >= 0.8 and METRICS["fresh_warning_precision"] >= 0.8
    # and on the third, written before anyone read why models fail on the fresh one
    assert METRICS["third_heldout_sentences"] == 150
    assert METRICS["third_warning_recall"] >= 0.8 and METRICS["third_warning_precision"] >= 0.8
    # 1,002 words in every construction are harder than the first 200-word generator (99.7% then), and
    # version 4's two-clause sentences harder again (88.8% on version 3, 84.7% on version 4)
    assert METRICS["generated_exact_match"] >= 0.8
    assert METRICS["tatoeba_bleu"] > RECIPE_BLEU


@pytest.mark.parametrize("korean, english", EXAMPLES)
def test_the_pages_examples_translate_right(shipped_model, korean, english):
    assert translate(shipped_model, korean) == english


def test_new_generated_sentences_mostly_translate_right(shipped_model):
    """Sentences from another seed: mostly unseen combinations of lexicon words (86.7% when shipped)."""
    pairs = generate_pairs(300, seed=2026)
    right = sum(translate(shipped_model, korean) == english for korean, english in pairs)
    assert right / len(pairs) >= 0.85


@pytest.mark.parametrize("attention", ATTENTION_KINDS)
def test_each_shipped_kind_of_attention_has_its_model_and_metrics(attention):
    """models/<attention>/: trained alike (same sizes, same held-out pairs), measured by length."""
    model = load_model(attention=attention)
    config = model.config
    assert (config.attention, config.embedding_dim, config.units) == (attention, 256, 512)
    metrics = json.loads((model_directory(attention) / "metrics.json").read_text())
    assert metrics["attention"] == attention
    assert metrics["tatoeba_test_pairs"] == METRICS["tatoeba_test_pairs"]
    assert set(metrics["bleu_by_length"]) == {"1-2", "3-4", "5-6", "7+"}
    assert metrics["training_minutes"] < 60
    result = trace(model, "학생이 도서관에서 책을 읽는다")
    check(json.loads(result.to_json()))  # the schema-only checker, Luong's scores from the file alone
    assert result.attends == (attention != "none")


def test_every_lexicon_word_is_named_in_a_learners_first_frames(shipped_model):
    """N이 있어요, (adjective) N이 있어요, 나는 V-고 싶어요, 그것은 A on every word, in fresh forms (issue 9)."""
    for kind, share in frames(shipped_model).items():
        assert share >= 0.95, kind


def test_the_first_frames_typed_word_for_word_name_the_word(shipped_model):
    """나는 열고 싶어요, 그것은 높다: version 5 named 83.6% of the verbs and 78.6% of the adjectives typed
    this way, version 6 (trained on them) 94.4% and 96.8% (README)."""
    measured = literal_frames(shipped_model)
    assert measured == {name: METRICS[name] for name in measured}  # what the README reports
    assert all(share >= 0.9 for share in measured.values()), measured
    # and the blind beginners' list, reported beside them
    assert all(f"beginner_{kind}" in METRICS for kind in PARTS_OF_SPEECH.values())
