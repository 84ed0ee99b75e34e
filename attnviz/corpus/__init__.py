"""Everything that makes training data and trains: the lexicon, Hangul morphology, the sentence
generator, the Tatoeba loader and the training script (`python -m attnviz.corpus.train`)."""

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"  # the repository's data/: lexicon, phrases, Tatoeba
# The blind held-out sets, never trained on: the first, a fresh one written after version 5, and a third
# written before anything was chosen from the fresh set's results (heldout.py).
HELD_OUT = tuple(
    DATA.parent / "tests" / "data" / name
    for name in ("heldout.tsv", "heldout_fresh.tsv", "heldout_third.tsv")
)
# Everyday sentences with several references each, written blind like the held-out sets: the warning is
# calibrated on them too (calibrate.py), so they are never trained on either.
CALIBRATION = DATA / "calibration.tsv"
NEVER_TRAINED = (*HELD_OUT, CALIBRATION)
