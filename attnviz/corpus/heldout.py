"""Score a model on the blind held-out sentences: `python -m attnviz.corpus.heldout [--json FILE]`.

The file (tests/data/heldout.tsv) has a header `group	korean	references`; references are separated by
` | `. A translation matches when it equals one of its references once both are normalised the way the
model sees text (`tokens.tokenize`: lower-cased, punctuation split off), a final `.`, `?` or `!` is
dropped and contractions are spelled out: "What is your name" and "what is your name?" are the same
answer, and so are "it's okay" and "it is okay" (the references give both forms only where the writer
thought of it).

`--apart-from FILE` scores only the sentences that no Korean sentence of FILE (a TSV with a `korean`
column, e.g. data/sentences.tsv) comes within one word of: what a model trained on FILE could have
learned nearly by heart says nothing about what it does with a sentence it has not seen.

Reported: exact match per group and overall, and how well the warning (attnviz/confidence.py) tells
the wrong translations apart: recall (of the wrong ones, how many it flags) and precision (of the
flagged ones, how many are wrong). The sentences are never trained on.

There are three sets. The first (heldout.tsv) was written before the lexicon; version 5 of the generator
then chose its new constructions from where models failed on it, so it flatters them a little. The
fresh set (heldout_fresh.tsv, scores prefixed `fresh_`) was written afterwards by someone who had read
neither the lexicon nor the training data. The third (heldout_third.tsv, prefixed `third_`) was written
the same way before anyone looked at why models fail on the fresh set, so the fresh set may guide the
next generator and the third one still judges it.
"""

import argparse
import csv
import json
from pathlib import Path

from ..decoding import load_model, model_directory, trace
from ..tokens import comparable, tokenize
from . import HELD_OUT

HELDOUT, FRESH, THIRD = HELD_OUT
# the prefix of each set's scores in metrics.json
SETS = (("", HELDOUT), ("fresh_", FRESH), ("third_", THIRD))
GROUPS = ("short", "conversation", "two_clause")
# Only contractions with one reading: "he's" may be "he has", "'d" "would" or "had"; "let's" stays.
CONTRACTIONS = {
    "i'm": "i am", "you're": "you are", "we're": "we are", "they're": "they are",
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not",
    "don't": "do not", "doesn't": "does not", "didn't": "did not",
    "can't": "cannot", "couldn't": "could not", "won't": "will not",
    "i'll": "i will", "you'll": "you will", "we'll": "we will", "they'll": "they will",
}  # fmt: skip


def normalised(text: str) -> tuple:
    """`tokens.comparable`'s words, contractions spelled out: "It's okay." -> (it, is, okay)."""
    return tuple(w for word in comparable(text) for w in CONTRACTIONS.get(word, word).split())


def matches(hypothesis: str, references) -> bool:
    """Whether `hypothesis` equals any reference, normalised (case, punctuation, the final mark,
    contractions)."""
    return normalised(hypothesis) in {normalised(r) for r in references}


def load(path=None) -> list[dict]:
    """[{group, korean, references}] from the held-out TSV."""
    with open(path or HELDOUT, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        {
            "group": row["group"],
            "korean": row["korean"],
            "references": [r.strip() for r in row["references"].split(" | ") if r.strip()],
        }
        for row in rows
    ]


def word_distance(a: list[str], b: list[str]) -> int:
    """How many words must be inserted, deleted or replaced to turn `a` into `b` (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (x != y))
    return row[-1]


def apart_from(rows: list[dict], korean: list[str], words: int = 1) -> list[dict]:
    """The rows whose Korean is more than `words` words away from every sentence in `korean`."""
    others = [tokenize(k) for k in korean]
    kept = []
    for row in rows:
        mine = tokenize(row["korean"])  # once per row, not once per comparison
        if all(word_distance(mine, other) > words for other in others):
            kept.append(row)
    return kept


def read_korean(path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as f:
        return [row["korean"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def warning_scores(flagged: list[bool], wrong: list[bool]) -> dict:
    """Recall and precision of the warning as a detector of wrong translations."""
    hits = sum(f and w for f, w in zip(flagged, wrong))
    return {
        "warning_recall": round(hits / sum(wrong), 4) if any(wrong) else None,
        "warning_precision": round(hits / sum(flagged), 4) if any(flagged) else None,
    }


def score(model, rows: list[dict], prefix: str = "") -> tuple[dict, list[dict]]:
    """(metrics for models/metrics.json, their names starting with `prefix`; one result per sentence)."""
    results = []
    for row in rows:
        t = trace(model, row["korean"])
        exact = matches(t.translation, row["references"])
        results.append(
            dict(
                row,
                translation=t.translation,
                exact=exact,
                warning=t.warning,
                warning_code=t.warning_code,
            )
        )
    metrics = {}
    for group in GROUPS:
        in_group = [r["exact"] for r in results if r["group"] == group]
        if in_group:
            metrics[f"heldout_exact_{group}"] = round(sum(in_group) / len(in_group), 4)
            metrics[f"heldout_sentences_{group}"] = len(in_group)
    metrics["heldout_exact"] = round(sum(r["exact"] for r in results) / len(results), 4)
    metrics["heldout_sentences"] = len(results)
    metrics |= warning_scores(
        [r["warning"] is not None for r in results], [not r["exact"] for r in results]
    )
    return {prefix + name: value for name, value in metrics.items()}, results


def score_sets(model, sets=None, apart: list[str] = ()) -> tuple[dict, list[dict]]:
    """The metrics of each (prefix, file) in `sets` together (default: every set, where its file
    exists), and every sentence's result with its file's name; only sentences `apart_from` `apart`."""
    metrics, results = {}, []
    for prefix, path in [(p, f) for p, f in SETS if f.exists()] if sets is None else sets:
        rows = apart_from(load(path), apart)
        if not rows:  # every sentence nearly repeated: nothing left to score
            continue
        measured, sentences = score(model, rows, prefix)
        metrics |= measured
        results += [dict(r, set=path.name) for r in sentences]
    return metrics, results


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=model_directory(), help="model folder (default: models/bahdanau/)")
    p.add_argument(
        "--file",
        help="a held-out TSV (default: all three sets, tests/data/heldout*.tsv)",
    )
    p.add_argument("--json", metavar="FILE", help="write the metrics and every sentence's result here")
    p.add_argument(
        "--update",
        action="store_true",
        help="write the scores into the model folder's metrics.json (after the scoring or file changed)",
    )
    p.add_argument(
        "--apart-from",
        metavar="TSV",
        help="score only sentences more than one word away from every Korean sentence of this file",
    )
    args = p.parse_args(argv)
    if args.update and args.apart_from:
        p.error("--update writes whole sets' scores; --apart-from scores part of them")
    sets = None
    if args.file:  # a known set keeps its own prefix, so --update cannot mix them up
        chosen = Path(args.file).resolve()
        sets = [(next((p for p, f in SETS if f == chosen), ""), chosen)]
    apart = read_korean(args.apart_from) if args.apart_from else []
    metrics, results = score_sets(load_model(args.model), sets, apart)
    if args.update:
        path = Path(args.model) / "metrics.json"
        path.write_text(json.dumps(json.loads(path.read_text()) | metrics, indent=2), encoding="utf-8")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"metrics": metrics, "sentences": results}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    print(json.dumps(metrics, indent=2))
    return metrics


if __name__ == "__main__":
    main()
