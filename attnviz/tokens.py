"""Preprocessing as in the lesson: words -> ids, <start>/<end>, padding, mask.

'고양이가 잔다'  ->  <start> 고양이가 잔다 <end>  ->  [1, 3, 4, 2, 0, ...]
"""

import json
import re
import unicodedata
from dataclasses import dataclass

PAD, START, END, UNK = "<pad>", "<start>", "<end>", "<unk>"
SPECIALS = [PAD, START, END, UNK]  # ids 0, 1, 2, 3
MAX_WORDS = 16  # the longest sentence the model takes; with <start> and <end>, 18 tokens

# Punctuation becomes its own token; everything else (Hangul, Latin, digits, emoji) stays in its word.
_PUNCT = re.compile(r'([.,!?;:"“”‘’()\[\]{}…~·])')


class InputError(ValueError):
    """A sentence the model cannot take: empty, or longer than it was built for."""


def clean(text: str) -> str:
    """NFC-normalize, turn control characters into spaces and drop invisible ones (zero-width, BOM)."""
    text = unicodedata.normalize("NFC", text)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc" or ch.isspace():
            kept.append(" ")
        elif category == "Cf":
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def tokenize(text: str) -> list[str]:
    """Lower-cased words with punctuation split off; used for Korean and English alike."""
    return _PUNCT.sub(r" \1 ", clean(text).lower()).split()


FINAL_MARKS = {".", "?", "!"}


def comparable(text: str) -> tuple:
    """The words as the tokenizer sees them, without a final `.`, `?` or `!`: "What is your name" and
    "what is your name?" compare equal (held-out scoring, and keeping held-out sentences out of training)."""
    words = tokenize(text)
    while words and words[-1] in FINAL_MARKS:
        words.pop()
    return tuple(words)


def detokenize(tokens: list[str]) -> str:
    """'the cat sleeps .' -> 'the cat sleeps.'"""
    text = " ".join(tokens)
    return re.sub(r" ([.,!?;:…])", r"\1", text)


class Vocabulary:
    """word <-> id, with <pad>=0, <start>=1, <end>=2, <unk>=3."""

    def __init__(self, words: list[str]):
        self.words = SPECIALS + [w for w in words if w not in SPECIALS]
        self.ids = {w: i for i, w in enumerate(self.words)}

    @classmethod
    def build(cls, sentences: list[list[str]]) -> "Vocabulary":
        counts: dict[str, int] = {}
        for tokens in sentences:
            for token in tokens:
                counts[token] = counts.get(token, 0) + 1
        return cls(sorted(counts, key=lambda w: (-counts[w], w)))

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: str) -> bool:
        """Whether a word someone writes is known: "<pad>" typed is a word the model never saw."""
        return word in self.ids and word not in SPECIALS

    def id(self, word: str) -> int:
        return self.ids.get(word, self.ids[UNK])

    def word_ids(self, words: list[str]) -> list[int]:
        """Ids of words someone wrote; unknown ones, the special tokens' names included, become <unk>:
        the only special ids are the ones preprocessing adds."""
        return [self.ids[word] if word in self else self.ids[UNK] for word in words]

    def word(self, index: int) -> str:
        return self.words[index]

    def save(self, path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.words, f, ensure_ascii=False, indent=0)

    @classmethod
    def load(cls, path) -> "Vocabulary":
        with open(path, encoding="utf-8") as f:
            return cls(json.load(f))


@dataclass
class Encoded:
    tokens: list[str]  # <start> ... <end>, without padding
    ids: list[int]  # padded to the model's length
    mask: list[bool]  # True at real tokens, False at padding
    unknown: list[str]  # words that became <unk>


def encode(text: str, vocab: Vocabulary, length: int) -> Encoded:
    """Tokenize, wrap in <start>/<end>, map to ids and pad to `length`."""
    words = tokenize(text)
    if not words:
        raise InputError("The sentence is empty: type a Korean sentence such as '고양이가 잔다'.")
    if len(words) + 2 > length:
        raise InputError(
            f"The sentence has {len(words)} words; the model takes at most {length - 2} "
            f"({length} tokens with <start> and <end>)."
        )
    tokens = [START] + words + [END]
    ids = [vocab.id(START)] + vocab.word_ids(words) + [vocab.id(END)]
    unknown = [w for w in words if w not in vocab]
    padding = length - len(ids)
    return Encoded(tokens, ids + [0] * padding, [True] * len(ids) + [False] * padding, unknown)
