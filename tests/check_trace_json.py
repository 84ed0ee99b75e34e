"""Check a trace JSON file using nothing but its documented schema (docs/trace-schema.md).

    python tests/check_trace_json.py trace.json

No attnviz, no TensorFlow, no NumPy: only the numbers in the file, re-added and re-multiplied.
"""

import json
import math
import re
import sys

# The file holds float32 results (unit round-off u = 6e-8). The attention sums have at most 18 terms,
# so round-off in any order stays within ~20u = 1.2e-6, on any CPU; the softmax over the vocabulary
# is summed by TensorFlow in blocks (error ~ u·log2(3115) relative, and 1e-5 absolute covers the
# rest). 1e-5 leaves room for that and for exp's last bits, and is far below what a wrong formula changes.
TOLERANCE = 1e-5
ATTENTION_FIELDS = (
    "w1_query",
    "scores",
    "shifted_scores",
    "exp_scores",
    "exp_sum",
    "weights",
    "context",
)


def close(a, b, what):
    if not math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
        raise AssertionError(f"{what}: {a} != {b}")


def check(trace: dict) -> None:
    assert trace["schema"] == "attnviz.trace/5", f"unknown schema {trace['schema']}"
    attention = trace["attention"]
    assert attention in ("bahdanau", "luong", "none"), f"unknown attention {attention}"
    tokens, mask, h = trace["tokens"], trace["mask"], trace["encoder"]["h"]
    extra = {"bahdanau": {"w2_keys"}, "luong": {"w_keys"}, "none": set()}[attention]
    assert set(trace["encoder"]) == {"h", "c"} | extra, f"{attention}: encoder keys"
    n = len(tokens)
    assert len(trace["ids"]) == len(mask) == len(h) == len(trace["encoder"]["c"]) == n, (
        "one entry per position"
    )
    assert tokens[0] == "<start>" and "<end>" in tokens, "the lesson's <start> ... <end>"
    # padding is id 0; a word typed as "<pad>" is an unknown word (id 3), real like any other
    for index, real in zip(trace["ids"], mask):
        assert real == (index != 0), "the mask is False exactly at padding (id 0)"
    start = trace["decoder_initial"]
    assert tokens[start["position"]] == "<end>", "the decoder starts from the last real token"
    for a, b in zip(start["h"], h[start["position"]]):
        close(a, b, "decoder_initial.h")

    pin = {p["step"]: p["position"] for p in trace["pin"]}
    if attention == "none":
        assert not pin, "nothing to pin without attention"
    assert {s["index"] for s in trace["steps"] if s["pinned"]} == set(pin), "pinned steps are `pin`'s"
    forced = [s["forced"] for s in trace["steps"]]
    assert forced == sorted(forced, reverse=True), "forced steps come first, greedy ones after"
    if trace["target"] is not None:
        assert all(forced), "teacher forcing forces every step"
    if trace["prefix"] is None and trace["target"] is None:
        assert not any(forced), "nothing forced without a target or a prefix"

    temperature = trace["temperature"]
    if trace["sample"]:
        assert temperature is not None and trace["seed"] is not None, "a sample records T and its seed"
    if temperature is None:
        assert trace["seed"] is None, "no seed without sampling"
    else:
        assert temperature > 0, "T > 0"

    previous_token, previous_h = "<start>", start["h"]
    for step in trace["steps"]:
        i = step["index"]
        assert step["input_token"] == previous_token, f"step {i}: input is the previous step's token"
        for a, b in zip(step["query"], previous_h):
            close(a, b, f"step {i}: query is the decoder h before the step")
        if attention == "none":
            assert all(step[f] is None for f in ATTENTION_FIELDS), f"step {i}: no attention numbers"
            assert step["lstm_input"] == step["input_embedding"], f"step {i}: the embedding alone"
        else:
            check_attention(step, trace, pin)
        check_output(step, trace)
        previous_token, previous_h = step["token"], step["h"]
    words = [s["token"] for s in trace["steps"] if s["token"] != "<end>"]
    assert trace["translation"] == re.sub(r" ([.,!?;:…])", r"\1", " ".join(words)), "translation"
    check_warning(trace)


def check_attention(step: dict, trace: dict, pin: dict) -> None:
    """scores (Luong's from the file alone) -> stable softmax -> weights -> context -> LSTM input."""
    i, mask, h = step["index"], trace["mask"], trace["encoder"]["h"]
    n = len(mask)
    scores, exps, weights = step["scores"], step["exp_scores"], step["weights"]
    if trace["attention"] == "luong":
        assert step["w1_query"] is None, f"step {i}: W1 is Bahdanau's"
        for k in range(n):
            if mask[k]:
                dot = sum(q * w for q, w in zip(step["query"], trace["encoder"]["w_keys"][k]))
                close(scores[k], dot, f"step {i}: score {k} = query · w_keys[{k}]")
    top = max(scores[k] for k in range(n) if mask[k])
    shifted = step["shifted_scores"]
    for k in range(n):
        if mask[k]:
            close(shifted[k], scores[k] - top, f"step {i}: score − max at {k}")
            close(exps[k], math.exp(shifted[k]), f"step {i}: exp(score − max) at {k}")
        else:
            assert scores[k] is None and shifted[k] is None, f"step {i}: scores at padding are null"
            assert weights[k] == 0, f"step {i}: padding weight must be exactly 0"
    close(step["exp_sum"], sum(exps), f"step {i}: sum of exp(score − max)")
    for k in range(n):
        if step["pinned"]:
            assert mask[pin[i]], f"step {i}: pinned on a real token"
            assert weights[k] == (1 if k == pin[i] else 0), f"step {i}: pinned weights are one-hot"
        else:
            close(weights[k], exps[k] / step["exp_sum"], f"step {i}: weight {k} = exp / sum")
    close(sum(weights), 1.0, f"step {i}: weights sum to 1")
    for d in range(len(step["context"])):
        close(
            step["context"][d],
            sum(weights[k] * h[k][d] for k in range(n)),
            f"step {i}: context[{d}]",
        )
    assert step["lstm_input"] == step["input_embedding"] + step["context"], (
        f"step {i}: [embedding ; context]"
    )


def check_output(step: dict, trace: dict) -> None:
    """logits -> softmax (and the tempered one) -> top_k -> the chosen word."""
    i, temperature = step["index"], trace["temperature"]
    logits = step["logits"]
    top = max(logits)
    total = sum(math.exp(x - top) for x in logits)
    for x, p in zip(logits, step["probabilities"]):
        close(p, math.exp(x - top) / total, f"step {i}: probabilities = softmax(logits)")
    if temperature is None:
        assert step["tempered"] is None, f"step {i}: no tempered softmax without a temperature"
    else:  # stably: (logit − max) / T ≤ 0
        tempered = [math.exp((x - top) / temperature) for x in logits]
        total = sum(tempered)
        for x, p in zip(tempered, step["tempered"]):
            close(p, x / total, f"step {i}: tempered = softmax(logits / T)")
    best = max(range(len(logits)), key=lambda j: step["probabilities"][j])
    ranked = [p for _, p in step["top_k"]]
    assert ranked == sorted(ranked, reverse=True), f"step {i}: top_k best first"
    close(ranked[0], step["probabilities"][best], f"step {i}: top_k starts at the argmax")
    assert len(step["top_ids"]) == len(step["top_k"]), f"step {i}: one id per top-k word"
    for j, ((_, p), index) in enumerate(zip(step["top_k"], step["top_ids"])):
        close(p, step["probabilities"][index], f"step {i}: top_ids[{j}] is top_k[{j}]'s id")
    close(step["probabilities"][step["top_ids"][0]], step["probabilities"][best], f"step {i}: argmax")
    if step["forced"]:
        assert step["token_id"] is not None
    elif trace["sample"]:  # a draw: which one only the seeded generator knows, but never impossible
        assert step["tempered"][step["token_id"]] > 0, f"step {i}: sampled a word of probability 0"
    else:
        assert step["token_id"] == best, f"step {i}: the chosen token is the argmax"
        assert step["token"] == step["top_k"][0][0], f"step {i}: the chosen word is the top word"


def check_warning(trace: dict) -> None:
    warning, code = trace["warning"], trace["warning_code"]
    assert warning is None or (isinstance(warning, str) and warning), "warning: null or a reason"
    assert (warning is None) == (code is None), "warning_code is null exactly when warning is"
    assert code in (None, "unknown_words", "rare_words", "unfinished", "low_confidence"), code
    if code == "unknown_words":
        assert trace["warning_words"] and set(trace["warning_words"]) <= set(trace["unknown_words"])
    if code == "unfinished":
        assert not trace["finished"], "an unfinished warning only when no <end> was chosen"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        check(json.load(f))
    print("ok: every step adds up")
