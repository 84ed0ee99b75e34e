"""Beam search over the model's one step: its log-probabilities are the model's, width 1 is greedy,
and the record of the search (kept, finished, pruned) adds up."""

import subprocess
import sys

import numpy as np
import pytest

from attnviz import InputError, beam_search, trace, translate
from attnviz.beam import FINISHED, KEPT, PRUNED
from attnviz.decoding import best_ids
from tests.test_trace import ROOT

TINY_SENTENCES = ["고양이가 잔다", "개가 공원에서 잔다", "나는 학생이다"]
SHIPPED_SENTENCES = ["고양이가 잔다", "학생이 도서관에서 책을 읽는다", "톰은 어제 학교에 갔다"]


def forced_log_prob(model, sentence, hypothesis):
    """Σ log P(token) as teacher forcing on the hypothesis computes it, <end> included."""
    steps = trace(model, sentence, target=hypothesis.translation).steps
    assert [s.token for s in steps] == hypothesis.tokens
    return sum(np.log(float(s.probabilities[s.chosen_id])) for s in steps)


@pytest.mark.parametrize("sentence", SHIPPED_SENTENCES)
def test_log_probs_are_the_teacher_forced_ones(shipped_model, sentence):
    result = beam_search(shipped_model, sentence, width=4)
    assert len(result) == 4 and all(h.finished for h in result)
    for hypothesis in result:
        assert hypothesis.log_prob == pytest.approx(sum(hypothesis.token_log_probs))
        assert hypothesis.log_prob == pytest.approx(
            forced_log_prob(shipped_model, sentence, hypothesis), abs=1e-4
        )


@pytest.mark.parametrize("sentence", TINY_SENTENCES)
def test_width_one_is_greedy_on_the_tiny_model(tiny_model, sentence):
    (only,) = beam_search(tiny_model, sentence, width=1)
    assert only.tokens == trace(tiny_model, sentence).output_tokens
    assert only.translation == translate(tiny_model, sentence)


@pytest.mark.parametrize(
    "sentence", SHIPPED_SENTENCES + ["고양이가 자요", "어제 오후에 나는 공원에 갔다"]
)
def test_width_one_is_greedy_on_the_shipped_model(shipped_model, sentence):
    assert beam_search(shipped_model, sentence, width=1)[0].translation == translate(
        shipped_model, sentence
    )


@pytest.mark.parametrize("sentence", SHIPPED_SENTENCES)
def test_a_wider_beam_finds_at_least_greedys_log_prob(shipped_model, sentence):
    greedy = beam_search(shipped_model, sentence, width=1)[0]
    # The beam scores the greedy hypothesis with its batch-of-4 step, greedy with the batch-of-1 one; on
    # some CPUs (oneDNN) their float32 sums round differently: allow 1e-5 per step.
    slack = 1e-5 * len(greedy.tokens)
    assert beam_search(shipped_model, sentence, width=4)[0].log_prob >= greedy.log_prob - slack


@pytest.mark.parametrize("width", [1, 2, 3])
def test_the_search_record_adds_up(tiny_model, width):
    result = beam_search(tiny_model, "개가 공원에서 잔다", width=width)
    live, previous = [None], []  # each hypothesis' node in the previous step; the root before step 0
    for step in result.steps:
        cumulative = [n.cumulative for n in step.candidates]
        assert cumulative == sorted(cumulative, reverse=True), "candidates best first"
        # each hypothesis in the beam proposes its `width` best words
        assert sorted(n.parent for n in step.candidates if n.parent is not None) == sorted(
            p for p in live if p is not None for _ in range(width)
        )
        survivors = [n for n in step.candidates if n.status != PRUNED]
        assert len(survivors) <= width and step.candidates[: len(survivors)] == survivors
        for node in step.candidates:
            parent = 0.0 if node.parent is None else previous[node.parent].cumulative
            assert node.cumulative == pytest.approx(parent + node.log_prob)
            assert (node.status == FINISHED) == (node.word == "<end>" and node.status != PRUNED)
        live = [i for i, n in enumerate(step.candidates) if n.status == KEPT]
        previous = step.candidates
    assert not live, "every hypothesis finished"
    assert len(result) == width
    for hypothesis in result:  # walking its path through the record spells its tokens
        nodes = [step.candidates[i] for step, i in zip(result.steps, hypothesis.path)]
        assert [n.word for n in nodes] == hypothesis.tokens
        assert nodes[-1].status == FINISHED and nodes[-1].cumulative == hypothesis.log_prob


def test_the_length_penalty_changes_only_the_ranking(shipped_model):
    sentence = "톰은 어제 학교에 갔다"
    raw = beam_search(shipped_model, sentence, width=4)
    normalised = beam_search(shipped_model, sentence, width=4, length_penalty=1.0)
    assert [h.score for h in raw] == [h.log_prob for h in raw]
    assert sorted(h.log_prob for h in raw) == sorted(h.log_prob for h in normalised)
    assert [h.score for h in normalised] == sorted(
        (h.log_prob / len(h.tokens) for h in normalised), reverse=True
    )
    assert [s.candidates for s in raw.steps] == [s.candidates for s in normalised.steps]


@pytest.mark.parametrize("width", [0, -1, 1.5, True, "4"])
def test_a_bad_width_is_an_input_error(tiny_model, width):
    with pytest.raises(InputError, match="width"):
        beam_search(tiny_model, "고양이가 잔다", width=width)


def test_cli_prints_the_n_best_with_log_probs():
    run = subprocess.run(
        [sys.executable, "-m", "attnviz", "translate", "--beam", "2", "고양이가 잔다"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    best, second = (line.split(maxsplit=1) for line in run.stdout.splitlines())
    assert best[1] == "the cat sleeps" and 0 >= float(best[0]) >= float(second[0])


def test_best_ids_breaks_ties_towards_the_lower_id_like_argmax():
    values = np.array([1.0, 3.0, 3.0, 2.0, 3.0, -np.inf])
    assert best_ids(values, 1).tolist() == [int(np.argmax(values))] == [1]
    assert best_ids(values, 4).tolist() == [1, 2, 4, 3]
    assert best_ids(values, 9).tolist() == [1, 2, 4, 3, 0, 5]
