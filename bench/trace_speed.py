"""How much does keeping every number cost? trace vs translate vs the TensorFlow tutorial's eager loop.

    python bench/trace_speed.py [--repeats 30] [--sentence "고양이가 잔다"]

All three run in this one process on the same model and sentence, interleaved, so machine noise hits
them alike; the ratios are what to read. Goal: trace <= 1.5x translate, and >= 4x faster than (c).
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# attnviz first: it sets TensorFlow's environment before TensorFlow is imported
from attnviz import load_model, trace, translate  # noqa: E402
from attnviz.tokens import END, START, detokenize, encode  # noqa: E402

# isort: split
import tensorflow as tf  # noqa: E402


def tutorial_translate(model, sentence: str) -> str:
    """Greedy decoding as the TensorFlow NMT tutorial writes `translate()`: eager, one step at a time."""
    encoded = encode(sentence, model.source_vocab, model.max_source_len)
    inputs = tf.constant([encoded.ids])
    mask = tf.not_equal(inputs, 0)
    keys, h, c = model.encoder(model.source_embedding(inputs), mask=mask)
    projected_keys = model.attention.project_keys(keys)
    token, words = model.target_vocab.id(START), []
    for _ in range(model.max_target_len):
        out = model.decode_step(tf.constant([token]), h, c, keys, projected_keys, mask)
        token = int(tf.argmax(out["logits"][0]))
        if model.target_vocab.word(token) == END:
            break
        words.append(model.target_vocab.word(token))
        h, c = out["h"], out["c"]
    return detokenize(words)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentence", default="학생이 도서관에서 책을 읽는다")
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()

    model = load_model()
    runs = {
        "(a) trace": lambda: trace(model, args.sentence),
        "(b) translate": lambda: translate(model, args.sentence),
        "(c) tutorial eager loop": lambda: tutorial_translate(model, args.sentence),
    }
    assert tutorial_translate(model, args.sentence) == translate(model, args.sentence)
    times = {name: [] for name in runs}
    for run in runs.values():  # warm up: graphs are traced on first use
        run()
    for _ in range(args.repeats):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    print(f"sentence: {args.sentence} -> {translate(model, args.sentence)}  ({args.repeats} runs each)")
    for name, ms in medians.items():
        print(f"{name:26s} median {ms:8.2f} ms")
    a, b, c = medians.values()
    print(f"trace / translate  = {a / b:.2f}  (goal <= 1.5)")
    print(f"eager loop / trace = {c / a:.2f}  (goal >= 4)")


if __name__ == "__main__":
    main()
