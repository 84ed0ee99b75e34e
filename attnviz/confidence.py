"""When a translation may be wrong: `assess` gives a short reason, or None on familiar ground.

Reasons, the most telling first (only the first that applies is given):
- `unknown_words`: a Korean word is not in the vocabulary (it became <unk>);
- `rare_words`: a Korean word was seen only a few times in training. The source vocabulary is sorted by
  training frequency (`Vocabulary.build`), so a word's id is its frequency rank: ids from `rare_rank` on
  are the rare ones;
- `unfinished`: decoding hit the length limit without choosing <end>;
- `low_confidence`: the least likely word the model chose is under `min_probability`, or the mean
  log-probability of its chosen words is under `mean_log_probability`.

Forced words (teacher forcing, a prefix) are given, not chosen: their probabilities say how surprised
the model is by them, not how sure it is of its own translation, so they never count towards low
confidence; a fully forced trace can only be doubted for unknown or rare words.

Thresholds belong to one model: `python -m attnviz.corpus.calibrate` fits them on held-out data and
writes them to `confidence.json` beside the weights. Without that file only unknown words and the length
limit raise a warning.
"""

import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .model_files import ModelFileError, read_json, shown_path
from .tokens import SPECIALS

FILE = "confidence.json"


@dataclass(frozen=True)
class Thresholds:
    min_probability: float | None = None  # None: not used
    mean_log_probability: float | None = None
    rare_rank: int | None = None

    @classmethod
    def load(cls, directory) -> "Thresholds":
        """The thresholds saved beside a model; without the file, none (a broken file is ModelFileError)."""
        path = Path(directory) / FILE
        if not path.exists():
            return cls()
        saved = read_json(path, dict).get("thresholds")
        try:
            return cls(**saved)
        except TypeError:
            names = ", ".join(f.name for f in fields(cls))
            raise ModelFileError(f"{shown_path(path)}: expected thresholds {names}") from None

    def save(self, directory, **report) -> None:
        """Write the thresholds, with whatever the calibration wants to say about them."""
        text = json.dumps({"thresholds": asdict(self), **report}, indent=2)
        (Path(directory) / FILE).write_text(text + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Doubt:
    """Why a translation may be wrong: a code the page translates, the words it is about, an English line."""

    code: str  # unknown_words | rare_words | unfinished | low_confidence
    words: tuple  # the Korean words (unknown, rare) or the English word chosen least confidently
    message: str
    probability: float | None = None  # low_confidence: the model's probability for that English word


@dataclass(frozen=True)
class Evidence:
    """What `assess` looks at, kept apart so calibration can try many thresholds on one decoding."""

    unknown: tuple  # Korean words that became <unk>
    ranks: tuple  # (word, vocabulary id) of the known Korean words
    finished: bool  # chose <end> before the length limit
    weakest: tuple | None  # (word, probability) of the least likely chosen word; None when forced
    mean_log_probability: float | None  # over the chosen words, <end> included; None when forced


def evidence(trace) -> Evidence:
    own = [s for s in trace.steps if not s.forced]
    chosen = [(s.token, float(s.probabilities[s.chosen_id])) for s in own]
    words = trace.tokens[1:-1]  # without <start> and <end>
    return Evidence(
        unknown=tuple(trace.unknown),
        ranks=tuple((w, i) for w, i in zip(words, trace.ids[1:]) if i >= len(SPECIALS)),  # <unk> is id 3
        finished=trace.finished,
        weakest=min(chosen, key=lambda c: c[1]) if chosen else None,
        mean_log_probability=(
            sum(math.log(max(p, 1e-12)) for _, p in chosen) / len(chosen) if chosen else None
        ),
    )


def judge(e: Evidence, limits: Thresholds) -> Doubt | None:
    """The first reason that applies, in the order of this module's docstring, or None."""
    if e.unknown:
        return Doubt("unknown_words", e.unknown, "words it does not know: " + ", ".join(e.unknown))
    rare = tuple(w for w, i in e.ranks if limits.rare_rank is not None and i >= limits.rare_rank)
    if rare:
        return Doubt("rare_words", rare, "words it saw only rarely in training: " + ", ".join(rare))
    if not e.finished:
        return Doubt("unfinished", (), "it stopped at the length limit without finishing the sentence")
    if e.weakest is None:
        return None
    word, probability = e.weakest
    below_min = limits.min_probability is not None and probability < limits.min_probability
    below_mean = (
        limits.mean_log_probability is not None and e.mean_log_probability < limits.mean_log_probability
    )
    if below_min or below_mean:
        return Doubt(
            "low_confidence",
            (word,),
            f"it is unsure of its words (it chose '{word}' with probability {probability:.2f})",
            probability,
        )
    return None


def assess(trace, limits: Thresholds) -> Doubt | None:
    """The first reason to doubt `trace`'s translation, or None."""
    return judge(evidence(trace), limits)
