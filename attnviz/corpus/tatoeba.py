"""The Tatoeba Korean–English pairs (data/tatoeba-kor-eng/) and the recipe's split."""

import random
from pathlib import Path

from . import DATA

TATOEBA = DATA / "tatoeba-kor-eng" / "kor.txt"
MAX_WORDS = 12  # the recipe's filter: pairs with more words on either side are dropped


def load_tatoeba(path=None) -> list[tuple[str, str]]:
    """(korean, english) pairs from Tatoeba's tab-separated file: English, Korean, attribution."""
    path = Path(path or TATOEBA)
    if not path.exists():
        raise FileNotFoundError(f"No Tatoeba file at {path}; pass --tatoeba PATH.")
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].strip() and fields[1].strip():
            pairs.append((fields[1].strip(), fields[0].strip()))
    return pairs


def split(pairs: list, held_out: float, seed: int) -> tuple[list, list]:
    """Shuffle with a fixed seed; the last `held_out` fraction is kept for evaluation."""
    pairs = list(pairs)
    random.Random(seed).shuffle(pairs)
    n_test = round(len(pairs) * held_out)
    return pairs[: len(pairs) - n_test], pairs[len(pairs) - n_test :]


def tatoeba_split(path=None, seed: int = 0) -> tuple[list, list]:
    """The recipe's split: drop pairs over 12 words on either side, then 90/10."""
    short = [(k, e) for k, e in load_tatoeba(path) if max(len(k.split()), len(e.split())) <= MAX_WORDS]
    return split(short, 0.1, seed)
