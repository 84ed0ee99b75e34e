"""Temperature and sampling over the one decoder step: the model's own probabilities stay as they are,
the tempered softmax is recorded beside them, and a seed makes a sample repeatable."""

import json

import numpy as np
import pytest

from attnviz import InputError, trace
from tests.check_trace_json import check
from tests.conftest import run_cli

SENTENCES = ["고양이가 잔다", "나는 학교에 간다", "개가 공원에서 잔다"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_temperature_one_gives_the_models_own_probabilities(shipped_model, sentence):
    result = trace(shipped_model, sentence, temperature=1.0)
    assert result.temperature == 1.0 and not result.sample and result.seed is None
    for step in result.steps:
        np.testing.assert_allclose(step.tempered, step.probabilities, rtol=0, atol=1e-6)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_temperature_without_sampling_changes_only_the_recorded_distribution(shipped_model, sentence):
    greedy = trace(shipped_model, sentence)
    for temperature in (0.3, 2.5):
        tempered = trace(shipped_model, sentence, temperature=temperature)
        assert tempered.output_tokens == greedy.output_tokens
        for step, plain in zip(tempered.steps, greedy.steps):
            np.testing.assert_array_equal(step.probabilities, plain.probabilities)
            assert plain.tempered is None
    sharp, flat = (trace(shipped_model, sentence, temperature=t).steps[0] for t in (0.5, 2.0))
    assert sharp.tempered.max() > sharp.probabilities.max() > flat.tempered.max()  # lower T: sharper


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sampling_at_a_tiny_temperature_is_greedy(shipped_model, sentence):
    greedy = trace(shipped_model, sentence)
    for seed in range(3):
        sampled = trace(shipped_model, sentence, temperature=1e-4, sample=True, seed=seed)
        assert sampled.output_tokens == greedy.output_tokens
        assert sampled.translation == greedy.translation
        for step in sampled.steps:
            assert step.tempered[step.chosen_id] == pytest.approx(1.0)


def test_the_same_seed_draws_the_same_words(shipped_model):
    sentence = "나는 학교에 간다"
    draws = {
        seed: trace(shipped_model, sentence, temperature=3.0, sample=True, seed=seed).output_tokens
        for seed in range(8)
    }
    for seed, tokens in draws.items():
        assert (
            trace(shipped_model, sentence, temperature=3.0, sample=True, seed=seed).output_tokens
            == tokens
        )
    assert len({tuple(tokens) for tokens in draws.values()}) > 1  # the seed does choose


def test_a_sample_without_a_seed_records_the_one_it_drew(shipped_model):
    first = trace(shipped_model, "고양이가 잔다", sample=True)
    assert first.temperature == 1.0 and isinstance(first.seed, int)
    again = trace(shipped_model, "고양이가 잔다", sample=True, seed=first.seed)
    assert again.output_tokens == first.output_tokens


def test_forced_words_stay_forced_while_sampling(shipped_model):
    result = trace(shipped_model, "고양이가 잔다", prefix="a dog", temperature=2.0, sample=True, seed=1)
    assert [s.token for s in result.steps[:2]] == ["a", "dog"]
    assert [s.forced for s in result.steps[:3]] == [True, True, False]


@pytest.mark.parametrize(
    "options, message",
    [
        (dict(temperature=0), "greater than 0"),
        (dict(temperature=-1.0), "greater than 0"),
        (dict(temperature=float("nan")), "greater than 0"),
        (dict(temperature=float("inf")), "finite"),
        (dict(temperature="1"), "greater than 0"),
        (dict(temperature=True), "greater than 0"),
        (dict(seed=3), "only matters when sampling"),
        (dict(temperature=0.5, seed=3), "only matters when sampling"),
        (dict(sample=True, seed=-1), "whole number"),
        (dict(sample=True, seed=1.5), "whole number"),
        (dict(sample="yes"), "True or False"),
    ],
)
def test_bad_temperatures_and_seeds_are_input_errors(tiny_model, options, message):
    with pytest.raises(InputError, match=message):
        trace(tiny_model, "고양이가 잔다", **options)


@pytest.mark.parametrize(
    "options", [dict(temperature=0.5), dict(temperature=2.0, sample=True, seed=4), dict(sample=True)]
)
def test_the_schema_only_checker_recomputes_the_tempered_softmax(shipped_model, options):
    data = json.loads(trace(shipped_model, "개가 공원에서 잔다", **options).to_json())
    assert data["temperature"] == options.get("temperature", 1.0)
    assert data["sample"] == options.get("sample", False)
    check(data)
    data["temperature"] *= 1.5  # the stored distribution no longer matches the stated T
    with pytest.raises(AssertionError, match="tempered"):
        check(data)


def test_the_cli_samples_reproducibly(shipped_model):
    run = run_cli("trace", "고양이가 잔다", "--temperature", "2", "--sample", "--seed", "7")
    assert run.returncode == 0, run.stderr
    expected = trace(shipped_model, "고양이가 잔다", temperature=2.0, sample=True, seed=7).translation
    assert run.stdout.splitlines()[-2:] == [expected, "sampled at temperature 2 with seed 7"]
    bad = run_cli("trace", "고양이가 잔다", "--temperature", "0")
    assert bad.returncode == 2 and "greater than 0" in bad.stderr
