"""Everything that makes training data and trains: the lexicon, Hangul morphology, the sentence
generator, the Tatoeba loader and the training script (`python -m attnviz.corpus.train`)."""

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"  # the repository's data/: lexicon, phrases, Tatoeba
