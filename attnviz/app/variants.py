"""One small change to a Korean sentence, for comparing two translations: the topic and subject
particles swapped (은/는 ↔ 이/가), the first two words swapped (Korean keeps its meaning when the
subject and the object trade places), or a noun replaced by another of the same kind from the
lexicon's data (data/lexicon: another animal, another food). Each returns None when the sentence has nothing
to change or the changed word is not in the model's vocabulary. And which words differ between two
token lists. Plain Python.
"""

import csv
from difflib import SequenceMatcher

from ..corpus import DATA
from ..corpus.hangul import particle
from ..tokens import tokenize


def _table(name: str) -> list[dict]:
    """data/lexicon/<name>.tsv, read here rather than through corpus.lexicon, which needs the English
    inflection packages only training installs."""
    with (DATA / "lexicon" / f"{name}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# the particles that mark a noun's role, as (after a consonant, after a vowel)
PARTICLES = (("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"))
SWAP = {"이": ("은", "는"), "가": ("은", "는"), "은": ("이", "가"), "는": ("이", "가")}
# pronouns whose subject form is irregular: 나는 ↔ 내가
PRONOUNS = _table("pronouns")
PRONOUN_SWAP = {p["topic"]: p["subject"] for p in PRONOUNS} | {
    p["subject"]: p["topic"] for p in PRONOUNS
}


def _kinds() -> tuple[dict, dict]:
    """{noun: its kind} (a noun listed twice keeps its first) and {kind: its nouns}, in the file's order."""
    nouns, kinds = {}, {}
    for row in _table("nouns"):
        nouns.setdefault(row["korean"], row["type"])
    for noun, kind in nouns.items():
        kinds.setdefault(kind, []).append(noun)
    return nouns, kinds


NOUNS, KINDS = _kinds()


def _split(word: str) -> tuple[str, str] | None:
    """(noun, particle) for a lexicon noun followed by one of PARTICLES."""
    for end in {p for pair in PARTICLES for p in pair}:
        stem = word[: -len(end)]
        if word.endswith(end) and stem in NOUNS and particle(stem, *_pair(end)) == word:
            return stem, end
    return None


def _pair(end: str) -> tuple[str, str]:
    return next(pair for pair in PARTICLES if end in pair)


def _replace(words: list[str], index: int, word: str, vocabulary) -> str | None:
    if word not in vocabulary:
        return None
    return " ".join(words[:index] + [word] + words[index + 1 :])


def swap_particle(sentence: str, vocabulary) -> str | None:
    """The first topic or subject particle turned into the other: 고양이가 → 고양이는, 나는 → 내가."""
    words = tokenize(sentence)
    for i, word in enumerate(words):
        if word in PRONOUN_SWAP:
            return _replace(words, i, PRONOUN_SWAP[word], vocabulary)
        split = _split(word)
        if split and split[1] in SWAP:
            return _replace(words, i, particle(split[0], *SWAP[split[1]]), vocabulary)
    return None


def swap_order(sentence: str, vocabulary) -> str | None:
    """The first two words swapped, the verb staying last: 엄마가 사과를 먹었다 → 사과를 엄마가 먹었다."""
    words = tokenize(sentence)
    if len(words) < 3:
        return None
    return " ".join([words[1], words[0], *words[2:]])


def same_kind(sentence: str, vocabulary) -> str | None:
    """The first lexicon noun replaced by the next one of its kind the model knows: 고양이가 → 개가."""
    words = tokenize(sentence)
    for i, word in enumerate(words):
        split = _split(word)
        if split is None:
            continue
        stem, end = split
        for other in KINDS[NOUNS[stem]]:
            replaced = particle(other, *_pair(end))
            if other != stem and replaced in vocabulary:
                return _replace(words, i, replaced, vocabulary)
    return None


CHANGES = {"particle": swap_particle, "order": swap_order, "same_kind": same_kind}


def changed_positions(first: list[str], second: list[str]) -> tuple[set[int], set[int]]:
    """The positions in each list that the other does not match (a diff's replaced, inserted and
    deleted runs)."""
    ours, theirs = set(), set()
    for tag, a0, a1, b0, b1 in SequenceMatcher(a=first, b=second, autojunk=False).get_opcodes():
        if tag != "equal":
            ours.update(range(a0, a1))
            theirs.update(range(b0, b1))
    return ours, theirs
