"""Every number in a trace is the number the model computed: recomputed here with NumPy from its weights."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from attnviz import trace, translate
from attnviz.trace import ATTENTION_FIELDS
from tests.check_trace_json import check
from tests.conftest import ROOT, run_cli, tiny_model_with

# Each number is recomputed in float64 from the numbers the trace says it was computed from, and must
# match within the worst-case round-off of the float32 operations that made it; bounds scale with the
# magnitudes involved, so they hold on any CPU and kernel order (oneDNN's included) yet are far below
# what a wrong formula, weight or mask changes.
U = 2.0**-24  # float32's unit round-off
ULPS = 16 * U  # TensorFlow's float32 exp, tanh and sigmoid are accurate to a few units in the last place
TINY = 1e-44  # float32's subnormal spacing: exp of a very negative number may underflow to 0


def gamma(n: int) -> float:
    """Worst-case relative round-off of an n-term float32 sum of products, in any order (Higham 3.1)."""
    return n * U / (1 - n * U)


def assert_within(actual, expected, bound, what: str) -> None:
    error = np.abs(np.asarray(actual, np.float64) - expected)
    excess = np.broadcast_to(error - bound, error.shape)
    assert np.all(excess <= 0), (
        f"{what}: off by {error.max():.3g}, float32 round-off allows {np.min(bound):.3g} there"
    )


def weights_of(layer):
    return [w.numpy().astype(np.float64) for w in layer.weights]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def dense(layer, x):
    """x·kernel (+ bias, if the layer has one), and the bound on its float32 round-off."""
    kernel, *bias = weights_of(layer)
    bias = bias[0] if bias else np.zeros(kernel.shape[-1])
    return x @ kernel + bias, gamma(x.shape[-1] + 1) * (np.abs(x) @ np.abs(kernel) + np.abs(bias))


def lstm_step(cell, x, h, c):
    """Keras' LSTM cell (gates in the order input, forget, cell, output) and bounds on new h and c.

    Sigmoid's slope is at most 1/4 and tanh's at most 1, so an error in a pre-activation grows no more.
    """
    kernel, recurrent, bias = weights_of(cell)
    z = x @ kernel + h @ recurrent + bias
    dz = gamma(len(x) + len(h) + 2) * (
        np.abs(x) @ np.abs(kernel) + np.abs(h) @ np.abs(recurrent) + np.abs(bias)
    )
    (i, f, g, o), (di, df, dg, do) = np.split(z, 4), np.split(dz, 4)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    di, df, do = di / 4 + ULPS * i, df / 4 + ULPS * f, do / 4 + ULPS * o
    dg = dg + ULPS * np.abs(g)
    new_c = f * c + i * g
    dc = np.abs(c) * df + np.abs(g) * di + i * dg + di * dg + 3 * U * (np.abs(f * c) + np.abs(i * g))
    tanh_c = np.tanh(new_c)
    dtanh_c = dc + ULPS * np.abs(tanh_c)
    new_h = o * tanh_c
    dh = np.abs(tanh_c) * do + o * dtanh_c + do * dtanh_c + U * np.abs(new_h)
    return new_h, new_c, dh, dc


def f64(a):
    return np.asarray(a, np.float64)


def recompute_and_compare(model, result):
    """Run the lesson's computation in NumPy, one link at a time, and compare with the trace."""
    mask = np.array(result.mask)
    ids = np.array(result.ids)
    real = int(mask.sum())
    assert result.tokens[0] == "<start>" and result.tokens[-1] == "<end>"
    assert list(result.padded_tokens[:real]) == result.tokens

    # EMBEDDING (a lookup: exact) and ENCODER: h_t, c_t from h_{t-1}, c_{t-1}; padding carries them
    np.testing.assert_array_equal(result.embeddings, model.source_embedding.embeddings.numpy()[ids])
    h = c = np.zeros(model.units)
    for t in range(len(ids)):
        if mask[t]:
            expected_h, expected_c, dh, dc = lstm_step(
                model.encoder.cell, f64(result.embeddings[t]), h, c
            )
            assert_within(result.encoder_h[t], expected_h, dh, f"encoder h at {t}")
            assert_within(result.encoder_c[t], expected_c, dc, f"encoder c at {t}")
        else:
            np.testing.assert_array_equal(result.encoder_h[t], h)
            np.testing.assert_array_equal(result.encoder_c[t], c)
        h, c = f64(result.encoder_h[t]), f64(result.encoder_c[t])
    keys = f64(result.encoder_h)
    projection = {"bahdanau": "W2", "luong": "W"}.get(result.attention)
    if projection:
        layer = getattr(model.attention, projection)
        assert_within(result.projected_keys, *dense(layer, keys), f"{projection}·keys")
    else:
        assert result.projected_keys.shape == (len(ids), 0)

    # the decoder starts from the state at <end>, the last real token
    h, c = keys[real - 1], f64(result.encoder_c[real - 1])
    target_embeddings = model.target_embedding.embeddings.numpy()
    previous = "<start>"
    for step in result.steps:
        at = f"step {step.index}"
        assert step.input_token == previous  # step t's input is step t-1's token
        np.testing.assert_array_equal(step.query, h)
        np.testing.assert_array_equal(step.embedding, target_embeddings[step.input_id])
        if result.attention == "none":
            assert all(getattr(step, name) is None for name in ATTENTION_FIELDS)
            np.testing.assert_array_equal(step.lstm_input, step.embedding)
        else:
            compare_attention(model, result, step, keys)
            np.testing.assert_array_equal(
                step.lstm_input, np.concatenate([step.embedding, step.context])
            )
        # DECODER: [embedding 256 ; context 512] (or the embedding alone) -> LSTM -> Dense -> softmax
        new_h, new_c, dh, dc = lstm_step(model.decoder, f64(step.lstm_input), h, c)
        assert_within(step.h, new_h, dh, f"{at}: decoder h")
        assert_within(step.c, new_c, dc, f"{at}: decoder c")
        h, c = f64(step.h), f64(step.c)
        assert_within(step.logits, *dense(model.output_layer, h), f"{at}: logits")
        logits = f64(step.logits)
        shifted = logits - logits.max()
        probabilities = np.exp(shifted) / np.exp(shifted).sum()
        relative = ULPS + U * np.abs(shifted) + gamma(len(logits)) + 2 * U
        assert_within(
            step.probabilities, probabilities, relative * probabilities + TINY, f"{at}: softmax"
        )
        if not step.forced:
            assert step.chosen_id == int(np.argmax(step.probabilities))
        assert step.token == model.target_vocab.word(step.chosen_id)
        ranked = np.argsort(-f64(step.probabilities), kind="stable")[: len(step.top_ids)]
        assert step.top_ids == ranked.tolist()  # the lesson's predict_id first
        assert [w for w, _ in step.top_k] == [model.target_vocab.word(i) for i in step.top_ids]
        previous = step.token


def compare_attention(model, result, step, keys):
    """score (Bahdanau's or Luong's) -> stable softmax over real tokens only -> weights -> context."""
    mask = np.array(result.mask)
    real = int(mask.sum())
    at = f"step {step.index}"
    query = f64(step.query)
    if result.attention == "bahdanau":  # score = V·tanh(W1·query + W2·key)
        assert_within(step.w1_query, *dense(model.attention.W1, query), f"{at}: W1·query")
        summed = f64(step.w1_query) + f64(result.projected_keys)
        combined = np.tanh(summed)
        scores, d_scores = dense(model.attention.V, combined)
        scores, d_scores = scores[:, 0], d_scores[:, 0]
        v_kernel = np.abs(weights_of(model.attention.V)[0])[:, 0]
        d_scores += (U * np.abs(summed) + ULPS * np.abs(combined)) @ v_kernel
    else:  # Luong: score = query · (W·key)
        assert step.w1_query is None
        projected = f64(result.projected_keys)
        scores = projected @ query
        d_scores = gamma(len(query)) * (np.abs(projected) @ np.abs(query))
    assert_within(step.scores[mask], scores[mask], d_scores[mask], f"{at}: scores")
    shifted = f64(step.scores) - f64(step.scores)[mask].max()
    # one float32 subtraction, kept as the model made it (the page shows it, not its own)
    assert_within(
        step.shifted_scores[mask], shifted[mask], U * np.abs(shifted[mask]), f"{at}: score − max"
    )
    assert step.shifted_scores[mask].max() == 0
    exp_scores = np.where(mask, np.exp(np.where(mask, shifted, 0)), 0.0)
    bound = (ULPS + U * np.abs(shifted)) * exp_scores + TINY
    assert_within(step.exp_scores, exp_scores, bound, f"{at}: exp(score − max)")
    exp_total = f64(step.exp_scores).sum()
    assert_within(step.exp_sum, exp_total, gamma(real) * exp_total, f"{at}: sum of exp")
    weights = f64(step.exp_scores) / f64(step.exp_sum)
    if step.pinned:  # all attention on one token, by request
        weights = np.eye(len(mask))[result.pin[step.index]]
    assert_within(step.weights, weights, 2 * U * weights, f"{at}: weights")
    assert abs(f64(step.weights).sum() - 1) <= gamma(2 * real)
    assert np.all(step.weights[~mask] == 0.0)
    context = f64(step.weights) @ keys
    d_context = gamma(real + 1) * (np.abs(f64(step.weights)) @ np.abs(keys))
    assert_within(step.context, context, d_context, f"{at}: context")


@pytest.mark.parametrize("sentence", ["고양이가 잔다", "개가 공원에서 잔다", "강아지가 🐶 잔다"])
def test_tiny_model_trace_recomputes_in_numpy(tiny_model, sentence):
    recompute_and_compare(tiny_model, trace(tiny_model, sentence))


@pytest.mark.parametrize("attention", ["luong", "none"])
@pytest.mark.parametrize("sentence", ["고양이가 잔다", "개가 공원에서 잔다"])
def test_every_kind_of_attention_recomputes_in_numpy_and_from_its_json(attention, sentence):
    model = tiny_model_with(attention)
    result = trace(model, sentence)
    assert result.attention == attention
    recompute_and_compare(model, result)
    check(json.loads(result.to_json()))  # Luong's scores from the file alone


@pytest.mark.parametrize("field", ["encoder_h", "projected_keys", "context", "weights", "h", "logits"])
def test_the_recompute_catches_a_number_off_by_one_in_ten_thousand(tiny_model, field):
    """The round-off bounds are not so wide that a slightly wrong number would pass."""
    result = trace(tiny_model, "고양이가 잔다")
    owner = result if hasattr(result, field) else result.steps[0]
    wrong = getattr(owner, field).copy()
    wrong.flat[1] *= 1 + 1e-4
    setattr(owner, field, wrong)
    with pytest.raises(AssertionError):
        recompute_and_compare(tiny_model, result)


ONEDNN_ON = """
import json, sys
from attnviz import load_model, trace
from tensorflow.python.util import _pywrap_util_port
from tests.check_trace_json import check
from tests.test_trace import recompute_and_compare
if not _pywrap_util_port.IsMklEnabled():
    sys.exit("oneDNN is not on")
model = load_model()
for sentence in sys.argv[1:]:
    result = trace(model, sentence)
    recompute_and_compare(model, result)
    check(json.loads(result.to_json()))
"""


def test_results_hold_with_onednn_on_too():
    """attnviz turns oneDNN off by default; the numbers must still check out where a user turns it on."""
    run = subprocess.run(
        [sys.executable, "-c", ONEDNN_ON, "고양이가 잔다", "학생이 도서관에서 책을 읽는다"],
        cwd=ROOT,
        env={**os.environ, "TF_ENABLE_ONEDNN_OPTS": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if "oneDNN is not on" in run.stderr:
        pytest.skip("this TensorFlow build has no oneDNN")
    assert run.returncode == 0, run.stderr[-3000:]


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
    with pytest.raises(ValueError, match=r"at most 16"):
        trace(tiny_model, "고양이가 " * 17)


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


def test_typed_special_tokens_never_become_special_ids(shipped_model):
    result = trace(shipped_model, "<pad> 고양이가 <end> 잔다 <start>", target="the <end> cat <pad>")
    assert result.ids[: len(result.tokens)] == [1, 3, result.ids[2], 3, result.ids[4], 3, 2]
    assert result.unknown == ["<pad>", "<end>", "<start>"]
    assert [s.chosen_id for s in result.steps][1::2] == [3, 3] and result.steps[-1].token == "<end>"
    recompute_and_compare(shipped_model, result)
    check(json.loads(result.to_json()))  # the schema-only checker agrees: mask false only at id 0


def test_bad_reference_is_a_value_error(shipped_model):
    with pytest.raises(ValueError, match="reference"):
        trace(shipped_model, "고양이가 잔다", target="  ")


def test_exports_to_pandas_and_csv(shipped_model, tmp_path):
    result = trace(shipped_model, "고양이가 잔다")
    alignment = result.alignment_frame()
    assert list(alignment.columns) == result.tokens
    np.testing.assert_allclose(alignment.sum(axis=1), 1, atol=1e-6)
    table = result.softmax_frame(0)
    assert list(table.columns) == [
        "position",
        "token",
        "score",
        "score − max",
        "exp(score − max)",
        "sum",
        "weight",
    ]
    assert table["score − max"].max() == 0
    np.testing.assert_allclose(table["exp(score − max)"] / table["sum"], table["weight"], rtol=1e-6)
    assert len(result.softmax_tables()) == len(result.steps) * len(result.tokens)


def test_cli_trace_json_passes_the_schema_only_checker(tmp_path):
    """The lesson sentence's JSON, checked by a script that knows only docs/trace-schema.md."""
    out = tmp_path / "trace.json"
    run = run_cli("trace", "고양이가 잔다", "--json", str(out), "--csv", str(tmp_path))
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
    run = run_cli("translate", stdin="고양이가 잔다\n\n고양이가 자요\n")
    assert run.stdout.splitlines() == ["the cat sleeps", "", "the cat sleeps"]
    assert "empty" in run.stderr and "Traceback" not in run.stderr
    assert run.returncode == 1


def test_cli_bad_input_is_a_message_not_a_traceback():
    run = run_cli("translate", " ")
    assert run.returncode == 2
    assert run.stderr.startswith("error:") and "Traceback" not in run.stderr


def test_cli_prints_the_translation_and_nothing_else():
    """No TensorFlow start-up lines, with no TensorFlow variables set (as on a fresh machine)."""
    run = run_cli("translate", "고양이가", "잔다")
    assert (run.returncode, run.stdout, run.stderr) == (0, "the cat sleeps\n", "")
