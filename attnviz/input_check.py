"""What is wrong with what was typed, told before the model runs so the page can say it in its language.

`trace` itself refuses empty and too long input (InputError, in English); these checks use the same
tokenizer and limits, and add what only a page needs: text with no Hangul at all, and known words
that look like the unknown ones.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass

from .tokens import tokenize

# Hangul syllables and jamo (compatibility and conjoining)
_HANGUL = re.compile("[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")


@dataclass(frozen=True)
class Problem:
    """Why a sentence is not translated: "empty", "too_long" or "not_korean"; label fields for the message."""

    kind: str
    words: int = 0
    limit: int = 0


def is_punctuation(token: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in token)


def words(text: str) -> list[str]:
    """The tokens of `text` that are words: punctuation does not count toward the word limit."""
    return [t for t in tokenize(text) if not is_punctuation(t)]


def too_many_words(text: str, limit: int, *, punctuation: bool = False) -> Problem | None:
    """`punctuation=True` counts punctuation too, as the decoder writes it (a reference translation)."""
    count = len(tokenize(text) if punctuation else words(text))
    return Problem("too_long", count, limit) if count > limit else None


def sentence_problem(text: str, max_words: int) -> Problem | None:
    """The first reason not to translate `text`, or None when it can be translated."""
    if not tokenize(text):
        return Problem("empty")
    if not _HANGUL.search(text):
        return Problem("not_korean")
    return too_many_words(text, max_words)


def unknown_words(text: str, vocabulary) -> list[str]:
    """The words of `text` that `vocabulary` does not have, in order, each once."""
    return list(dict.fromkeys(w for w in tokenize(text) if w not in vocabulary))


def suggestions(word: str, known_words: list[str], count: int = 3) -> list[str]:
    """Known words spelled most like `word` (e.g. 고양이는 → 고양이가), best first; may be empty."""
    return difflib.get_close_matches(word, known_words, n=count, cutoff=0.5)
