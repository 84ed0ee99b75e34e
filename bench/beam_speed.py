"""What does a wider search cost? Beam search of width 4 against greedy `translate`, same process.

    python bench/beam_speed.py [--repeats 30] [--width 4]

Greedy and beam search run interleaved on the shipped model, on the lesson's sentence and on a
12-word one, so machine noise hits them alike; the ratios are what to read. Goal: width 4 <= 2.5x
greedy, thanks to running the beam's hypotheses in one batched step call.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from attnviz import beam_search, load_model, translate  # noqa: E402

SENTENCES = [
    "고양이가 잔다",
    "어제 오후에 나는 친구와 함께 공원에서 맛있는 사과를 먹고 천천히 집에 돌아왔다",  # 12 words
]


def compare(model, sentence: str, width: int, repeats: int) -> None:
    runs = {
        "greedy": lambda: translate(model, sentence),
        "beam": lambda: beam_search(model, sentence, width=width),
    }
    times = {name: [] for name in runs}
    for run in runs.values():  # warm up: graphs are traced on first use
        run()
    for _ in range(repeats):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    greedy, beam = (statistics.median(t) * 1000 for t in times.values())
    best = beam_search(model, sentence, width=width)[0]
    print(f"{sentence} ({len(sentence.split())} words, {repeats} runs each)")
    print(f"  greedy  {greedy:8.2f} ms  {translate(model, sentence)}")
    print(f"  beam {width}  {beam:8.2f} ms  {best.translation}  (log-prob {best.log_prob:.3f})")
    print(f"  beam / greedy = {beam / greedy:.2f}  (goal <= 2.5)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--width", type=int, default=4)
    args = parser.parse_args()

    model = load_model()
    for sentence in SENTENCES:
        compare(model, sentence, args.width, args.repeats)


if __name__ == "__main__":
    main()
