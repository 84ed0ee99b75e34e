"""Training data: the Tatoeba Korean–English pairs (read from a path, never copied) and generated pairs."""

import random
from pathlib import Path

from .app.examples import EXAMPLES
from .generator import generate_pairs

TATOEBA = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tatoeba-kor-eng" / "kor.txt"
)
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


def generated_split(n: int, n_test: int, seed: int = 0) -> tuple[list, list]:
    """Generated pairs; the held-out ones are Korean sentences never seen in training.

    The page's examples are always trained on and never held out. Half the training pairs end with
    a full stop on both sides, so the model learns to carry it over.
    """
    examples = {korean for korean, _ in EXAMPLES}
    pairs = [p for p in generate_pairs(n + n_test, seed=seed) if p[0] not in examples]
    train, test = (
        pairs[: n - len(EXAMPLES)] + EXAMPLES,
        pairs[n - len(EXAMPLES) : n + n_test - len(EXAMPLES)],
    )
    rng = random.Random(seed)
    train = [(k + " .", e + " .") if rng.random() < 0.5 else (k, e) for k, e in train]
    return train, test
