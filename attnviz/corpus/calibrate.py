"""Fit the warning's thresholds for one model: `python -m attnviz.corpus.calibrate [--model models]`.

Calibrated on the pairs training keeps aside (generated sentences never trained on and the Tatoeba test
split, the same split as training) and on data/calibration.tsv, everyday sentences written blind with
several references each (what people type, which the other two are not), never on the blind held-out
sets in tests/data. A translation is wrong when it matches none of its references (`heldout.matches`).
Of all thresholds tried, the one kept gives the best smaller-of-recall-and-precision on these pairs (the
issue asks for both at least 0.8), then the best F1. The result goes to `confidence.json` beside the
weights, with the figures it reached. Training calls `calibrate` at its end; this command redoes it for
a model already trained (its arguments must be the ones training used, so the held-out pairs are the
same).
"""

import argparse
from pathlib import Path

import numpy as np

from ..confidence import Thresholds, evidence, judge
from ..decoding import load_model, model_directory, trace
from . import CALIBRATION
from .heldout import load, matches, warning_scores
from .mix import generated_split
from .tatoeba import tatoeba_split

QUANTILES = np.linspace(0.0, 1.0, 41)


def calibration_sentences(path=CALIBRATION) -> list[tuple[str, list[str]]]:
    """data/calibration.tsv's (korean, references); none if it is absent."""
    return [(row["korean"], row["references"]) for row in load(path)] if path.exists() else []


def collect(model, pairs) -> tuple[list, list[bool]]:
    """What the warning would look at for each pair (korean, its English or a list of references), and
    whether the model's translation is wrong."""
    seen, wrong = [], []
    for korean, references in pairs:
        t = trace(model, korean)
        seen.append(evidence(t))
        wrong.append(
            not matches(t.translation, [references] if isinstance(references, str) else references)
        )
    return seen, wrong


def _cuts(values) -> list:
    """None (the rule not used) and the values' quantiles: the thresholds worth trying."""
    return [None] + sorted(
        {round(float(c), 4) for c in np.quantile(np.asarray(values, float), QUANTILES)}
    )


def _quality(flagged, wrong) -> tuple:
    """(smaller of recall and precision, F1): what the search maximises, in that order."""
    hits = (flagged & wrong).sum(-1)
    recall = hits / max(wrong.sum(), 1)
    precision = np.divide(hits, flagged.sum(-1), out=np.zeros(hits.shape), where=flagged.sum(-1) > 0)
    f1 = np.divide(2 * recall * precision, recall + precision, out=np.zeros(hits.shape), where=hits > 0)
    return np.minimum(recall, precision), f1


def fit(seen: list, wrong: list[bool]) -> tuple[Thresholds, dict]:
    """The thresholds that best tell the wrong translations apart on these pairs.

    The search flags with NumPy over all pairs at once (the same rule as `confidence.judge`, which is
    then run on the thresholds found to give the figures reported).
    """
    wrong_ = np.array(wrong, bool)
    always = np.array([bool(e.unknown) or not e.finished for e in seen])
    top_rank = np.array([max((i for _, i in e.ranks), default=-1) for e in seen])
    weakest = np.array([e.weakest[1] if e.weakest else np.inf for e in seen])
    mean = np.array([e.mean_log_probability if e.weakest else np.inf for e in seen])
    mean_cuts = _cuts(mean[np.isfinite(mean)])
    by_mean = np.array([mean < c if c is not None else np.zeros_like(always) for c in mean_cuts])

    best, best_limits = (-1.0, -1.0), Thresholds()
    for rank in _cuts(top_rank[top_rank >= 0]):
        rare = always | (top_rank >= rank) if rank is not None else always
        for low in _cuts(weakest[np.isfinite(weakest)]):
            flagged = (rare | (weakest < low) if low is not None else rare) | by_mean
            worst, f1 = _quality(flagged, wrong_)
            i = max(range(len(mean_cuts)), key=lambda j: (worst[j], f1[j]))
            if (worst[i], f1[i]) > best:
                best = (worst[i], f1[i])
                best_limits = Thresholds(
                    min_probability=low,
                    mean_log_probability=mean_cuts[i],
                    rare_rank=None if rank is None else int(np.ceil(rank)),
                )
    flagged = [judge(e, best_limits) is not None for e in seen]
    return best_limits, dict(warning_scores(flagged, wrong), pairs=len(seen), wrong=int(wrong_.sum()))


def calibrate(model, pairs, directory) -> Thresholds:
    """Fit the thresholds on `pairs`, write them to `directory`/confidence.json and use them from now on."""
    limits, report = fit(*collect(model, pairs))
    limits.save(directory, calibration=report)
    model.confidence = limits
    return limits


def main(argv=None) -> Thresholds:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=model_directory(), help="model folder (default: models/bahdanau/)")
    p.add_argument("--tatoeba", default=None, help="path to kor.txt (default: as training)")
    p.add_argument("--generated", type=int, default=150000, help="as training's --generated")
    p.add_argument("--generated-test", type=int, default=1000, help="as training's --generated-test")
    p.add_argument("--seed", type=int, default=0, help="as training's --seed")
    args = p.parse_args(argv)
    _, tatoeba_test = tatoeba_split(args.tatoeba, seed=args.seed)
    _, generated_test = generated_split(args.generated, args.generated_test, args.seed)
    pairs = generated_test + tatoeba_test + calibration_sentences()
    limits = calibrate(load_model(args.model), pairs, args.model)
    print((Path(args.model) / "confidence.json").read_text(encoding="utf-8"))
    return limits


if __name__ == "__main__":
    main()
