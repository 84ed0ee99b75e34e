"""What-ifs over the one decoder step: a forced prefix ("had it chosen this word") and pinned attention
("had it looked there"). Every number stays the model's: the NumPy recomputation and the schema-only
checker pass on both."""

import json

import numpy as np
import pytest

from attnviz import InputError, trace
from tests.check_trace_json import check
from tests.test_trace import recompute_and_compare

SENTENCES = ["고양이가 잔다", "개가 공원에서 잔다"]
ARRAYS = ["embedding", "query", "scores", "exp_scores", "weights", "context", "h", "c", "probabilities"]


def assert_same_steps(steps, expected):
    assert [s.token for s in steps] == [s.token for s in expected]
    for step, other in zip(steps, expected):
        for name in ARRAYS:
            np.testing.assert_array_equal(getattr(step, name), getattr(other, name), err_msg=name)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_prefix_of_the_models_own_first_word_changes_nothing(tiny_model, sentence):
    own = trace(tiny_model, sentence)
    forced = trace(tiny_model, sentence, prefix=own.steps[0].token)
    assert forced.translation == own.translation
    assert_same_steps(forced.steps, own.steps)
    assert [s.forced for s in forced.steps] == [True] + [False] * (len(own.steps) - 1)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_prefix_of_the_second_choice_starts_with_it_and_feeds_it_back(tiny_model, sentence):
    own = trace(tiny_model, sentence)
    second = own.steps[0].top_k[1][0]
    forced = trace(tiny_model, sentence, prefix=second)
    assert forced.prefix == second and forced.target is None
    first, after = forced.steps[0], forced.steps[1]
    assert first.token == second and first.forced
    assert after.input_token == second and after.input_id == tiny_model.target_vocab.id(second)
    assert not any(s.forced for s in forced.steps[1:])
    np.testing.assert_array_equal(first.probabilities, own.steps[0].probabilities)
    recompute_and_compare(tiny_model, forced)  # the greedy steps after it are the model's argmax


def test_the_shipped_model_continues_from_a_prefix(shipped_model):
    assert trace(shipped_model, "고양이가 잔다", prefix="a").translation == "a cat sleeps"
    result = trace(shipped_model, "고양이가 잔다", prefix="the dog")
    assert result.output_tokens[:2] == ["the", "dog"] and result.translation.startswith("the dog")
    assert [s.forced for s in result.steps[:3]] == [True, True, False]


def test_unknown_prefix_words_are_forced_as_unk_and_listed(tiny_model):
    result = trace(tiny_model, "고양이가 잔다", prefix="the zebra")
    assert result.output_tokens[:2] == ["the", "<unk>"]
    assert result.unknown_english == ["zebra"]
    assert result.to_dict()["unknown_english_words"] == ["zebra"]


@pytest.mark.parametrize(
    "options, message",
    [
        (dict(prefix=" "), "prefix is empty"),
        (dict(prefix="the " * 8), "at most 7"),
        (dict(prefix="the", target="the cat sleeps"), "not both"),
    ],
)
def test_bad_prefixes_are_input_errors(tiny_model, options, message):
    with pytest.raises(InputError, match=message):
        trace(tiny_model, "고양이가 잔다", **options)


@pytest.mark.parametrize(
    "sentence, step, position", [("고양이가 잔다", 1, 2), ("개가 공원에서 잔다", 0, 3)]
)
def test_a_pinned_step_attends_to_one_token_only(tiny_model, sentence, step, position):
    own = trace(tiny_model, sentence)
    pinned = trace(tiny_model, sentence, pin={step: position})
    assert pinned.pin == {step: position}
    assert_same_steps(pinned.steps[:step], own.steps[:step])
    at = pinned.steps[step]
    assert at.pinned and not any(s.pinned for s in pinned.steps if s is not at)
    np.testing.assert_array_equal(at.weights, np.eye(len(at.weights))[position])
    np.testing.assert_array_equal(at.context, pinned.encoder_h[position])
    # the scores are still the model's: the same query gives the same scores as without the pin
    np.testing.assert_array_equal(at.scores, own.steps[step].scores)
    recompute_and_compare(tiny_model, pinned)  # and greedy decoding goes on from the new state


def test_pinning_changes_what_the_shipped_model_says(shipped_model):
    own = trace(shipped_model, "엄마가 사과를 먹었다")  # mom ate an apple
    moved = trace(
        shipped_model, "엄마가 사과를 먹었다", pin={1: 2}
    )  # the second word, looking at 사과를
    assert moved.output_tokens[:1] == own.output_tokens[:1] == ["mom"]
    assert moved.translation != own.translation  # "mom shared an apple" today
    recompute_and_compare(shipped_model, moved)


@pytest.mark.parametrize(
    "pin, message",
    [
        ({0: 4}, "not a token"),  # padding
        ({0: -1}, "not a token"),
        ({8: 1}, "out of range"),
        ({0: 1.5}, "whole number"),
        ({"0": 1}, "whole number"),
        ([(0, 1)], "dict"),
        ({6: 1}, "before pinned step 6"),  # a real step, but the translation ends before it
    ],
)
def test_bad_pins_are_input_errors(tiny_model, pin, message):
    with pytest.raises(InputError, match=message):
        trace(tiny_model, "고양이가 잔다", pin=pin)


@pytest.mark.parametrize(
    "options", [dict(prefix="the dog"), dict(pin={1: 1}), dict(prefix="a", pin={0: 2, 2: 1})]
)
def test_the_schema_only_checker_passes_on_forced_and_pinned_traces(shipped_model, options):
    data = json.loads(trace(shipped_model, "고양이가 잔다", **options).to_json())
    assert data["prefix"] == options.get("prefix")
    assert data["pin"] == [{"step": s, "position": p} for s, p in sorted(options.get("pin", {}).items())]
    check(data)


def test_the_checker_catches_a_pinned_step_that_is_not_one_hot(shipped_model):
    data = json.loads(trace(shipped_model, "고양이가 잔다", pin={1: 1}).to_json())
    data["steps"][1]["pinned"] = False
    with pytest.raises(AssertionError, match="pinned steps"):
        check(data)
    data["pin"] = []
    with pytest.raises(AssertionError, match="exp / sum"):
        check(data)
