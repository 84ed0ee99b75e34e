"""Every number in a trace is the number the model computed: recomputed here with NumPy from its weights."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from attnviz import trace, translate

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = dict(rtol=1e-5, atol=1e-5)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def lstm_step(cell, x, h, c):
    """Keras' LSTM cell: gates in the order input, forget, cell, output."""
    kernel, recurrent, bias = (w.numpy().astype(np.float64) for w in cell.weights)
    i, f, g, o = np.split(x @ kernel + h @ recurrent + bias, 4)
    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
    return sigmoid(o) * np.tanh(c), c


def dense(layer, x):
    kernel, bias = (w.numpy().astype(np.float64) for w in layer.weights)
    return x @ kernel + bias


def recompute_and_compare(model, result):
    """Run the lesson's computation in NumPy, step by step, and compare with the trace."""
    assert_close = lambda actual, expected: np.testing.assert_allclose(actual, expected, **TOLERANCE)
    mask = np.array(result.mask)
    ids = np.array(result.ids)
    assert result.tokens[0] == "<start>" and result.tokens[-1] == "<end>"
    assert list(result.padded_tokens[: len(result.tokens)]) == result.tokens

    # EMBEDDING and ENCODER: h_t, c_t at every position; padding carries the last real state
    embeddings = model.source_embedding.embeddings.numpy().astype(np.float64)[ids]
    assert_close(result.embeddings, embeddings)
    h = c = np.zeros(model.units)
    for t in range(len(ids)):
        if mask[t]:
            h, c = lstm_step(model.encoder.cell, embeddings[t], h, c)
        assert_close(result.encoder_h[t], h)
        assert_close(result.encoder_c[t], c)
    keys = result.encoder_h.astype(np.float64)
    w2_keys = dense(model.attention.W2, keys)
    assert_close(result.w2_keys, w2_keys)

    # decoder starts from the state at <end>, the last real token
    h, c = keys[len(result.tokens) - 1], result.encoder_c[len(result.tokens) - 1].astype(np.float64)
    target_embeddings = model.target_embedding.embeddings.numpy().astype(np.float64)
    previous = "<start>"
    for step in result.steps:
        assert step.input_token == previous  # step t's input is step t-1's token
        assert_close(step.query, h)
        assert_close(step.embedding, target_embeddings[step.input_id])
        # ATTENTION: score = V·tanh(W1·query + W2·key), softmax over real tokens only
        w1_query = dense(model.attention.W1, h)
        assert_close(step.w1_query, w1_query)
        scores = dense(model.attention.V, np.tanh(w1_query + w2_keys))[:, 0]
        assert_close(step.scores[mask], scores[mask])
        exp_scores = np.where(mask, np.exp(scores), 0.0)
        assert_close(step.exp_scores, exp_scores)
        assert_close(step.exp_sum, exp_scores.sum())
        weights = exp_scores / exp_scores.sum()
        if step.pinned:  # all attention on one token, by request
            weights = np.eye(len(mask))[result.pin[step.index]]
        assert_close(step.weights, weights)
        assert abs(step.weights.sum() - 1) < 1e-6
        assert np.all(step.weights[~mask] == 0.0)
        context = weights @ keys
        assert_close(step.context, context)
        # DECODER: [embedding 256 ; context 512] -> LSTM -> Dense -> softmax -> argmax
        lstm_input = np.concatenate([step.embedding, context])
        assert_close(step.lstm_input, lstm_input)
        h, c = lstm_step(model.decoder, lstm_input, h, c)
        assert_close(step.h, h)
        assert_close(step.c, c)
        logits = dense(model.output_layer, h)
        assert_close(step.logits, logits)
        probabilities = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
        assert_close(step.probabilities, probabilities)
        if not step.forced:
            assert step.chosen_id == int(np.argmax(step.probabilities))
        assert step.token == model.target_vocab.word(step.chosen_id)
        assert [w for w, _ in step.top_k][0] == model.target_vocab.word(
            int(np.argmax(step.probabilities))
        )
        previous = step.token


@pytest.mark.parametrize("sentence", ["고양이가 잔다", "개가 공원에서 잔다", "강아지가 🐶 잔다"])
def test_tiny_model_trace_recomputes_in_numpy(tiny_model, sentence):
    recompute_and_compare(tiny_model, trace(tiny_model, sentence))


@pytest.mark.parametrize(
    "sentence", ["고양이가 잔다", "학생이 도서관에서 책을 읽는다", "톰은 어제 학교에 갔다"]
)
def test_shipped_model_trace_recomputes_in_numpy(shipped_model, sentence):
    recompute_and_compare(shipped_model, trace(shipped_model, sentence))


def test_teacher_forcing_follows_the_reference(shipped_model):
    result = trace(shipped_model, "고양이가 잔다", target="the dog sleeps")
    assert [s.token for s in result.steps] == ["the", "dog", "sleeps", "<end>"]
    assert all(s.forced for s in result.steps)
    recompute_and_compare(shipped_model, result)


def test_trace_and_translate_agree(shipped_model):
    for sentence in ["고양이가 잔다", "고양이가 자요", "나는 학생이다", "우리는 학교에 간다"]:
        assert trace(shipped_model, sentence).translation == translate(shipped_model, sentence)


@pytest.mark.parametrize("sentence", ["", "   ", "\u200b\u200b", "\x00\x1b"])
def test_empty_input_raises_value_error(tiny_model, sentence):
    with pytest.raises(ValueError, match="empty"):
        trace(tiny_model, sentence)


def test_too_long_input_names_the_limit(tiny_model):
    with pytest.raises(ValueError, match=r"at most 6"):
        trace(tiny_model, "고양이가 " * 50)


def test_a_very_long_paste_is_refused(shipped_model):
    with pytest.raises(ValueError, match="at most"):
        trace(shipped_model, "고양이가 잔다 " * 100_000)


@pytest.mark.parametrize(
    "sentence, unknown",
    [
        ("hello world", ["hello", "world"]),
        ("고양이가 🐱 잔다", ["🐱"]),
        ("고양이가\u200b 잔다\x07", []),
        ("쀍쀍이가 잔다", ["쀍쀍이가"]),
    ],
)
def test_strange_input_is_traced_with_unknown_words_listed(shipped_model, sentence, unknown):
    result = trace(shipped_model, sentence)
    assert result.unknown == unknown
    assert result.steps and result.translation is not None


def test_bad_reference_is_a_value_error(shipped_model):
    with pytest.raises(ValueError, match="reference"):
        trace(shipped_model, "고양이가 잔다", target="  ")


def test_exports_to_pandas_and_csv(shipped_model, tmp_path):
    result = trace(shipped_model, "고양이가 잔다")
    alignment = result.alignment_frame()
    assert list(alignment.columns) == result.tokens
    np.testing.assert_allclose(alignment.sum(axis=1), 1, atol=1e-6)
    table = result.softmax_frame(0)
    assert list(table.columns) == ["position", "token", "score", "exp(score)", "sum", "weight"]
    np.testing.assert_allclose(table["exp(score)"] / table["sum"], table["weight"], rtol=1e-6)
    assert len(result.softmax_tables()) == len(result.steps) * len(result.tokens)


def test_cli_trace_json_passes_the_schema_only_checker(tmp_path):
    """The lesson sentence's JSON, checked by a script that knows only docs/trace-schema.md."""
    out = tmp_path / "trace.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "attnviz",
            "trace",
            "고양이가 잔다",
            "--json",
            str(out),
            "--csv",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "the cat sleeps"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sentence"] == "고양이가 잔다" and data["translation"] == "the cat sleeps"
    check = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "check_trace_json.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert (tmp_path / "alignment.csv").exists() and (tmp_path / "softmax.csv").exists()


def test_cli_translate_reads_lines_from_stdin():
    run = subprocess.run(
        [sys.executable, "-m", "attnviz", "translate"],
        cwd=ROOT,
        timeout=300,
        input="고양이가 잔다\n\n고양이가 자요\n",
        capture_output=True,
        text=True,
    )
    assert run.stdout.splitlines() == ["the cat sleeps", "", "the cat sleeps"]
    assert "empty" in run.stderr and "Traceback" not in run.stderr
    assert run.returncode == 1


def test_cli_bad_input_is_a_message_not_a_traceback():
    run = subprocess.run(
        [sys.executable, "-m", "attnviz", "translate", " "],
        cwd=ROOT,
        timeout=300,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("error:") and "Traceback" not in run.stderr
