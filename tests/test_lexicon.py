"""Every row of data/lexicon/ loads into a valid word, and a bad row is reported by file and line."""

import re

import pytest

from attnviz.corpus import lexicon
from attnviz.corpus.lexicon import ADJECTIVES, NOUNS, PLACES, PRONOUNS, VERBS, LexiconError


@pytest.mark.parametrize(
    "name, loaded",
    [
        ("nouns", NOUNS),
        ("places", PLACES),
        ("verbs", VERBS),
        ("adjectives", ADJECTIVES),
        ("pronouns", PRONOUNS),
    ],
)
def test_every_row_loads(name, loaded):
    assert len(lexicon.rows(name)) == len(loaded) > 0


def test_words_are_complete_and_consistent():
    for noun in NOUNS:
        assert noun.ko and re.fullmatch(r"[a-z][a-z' -]*", noun.en), noun
        assert bool(noun.plural) == (noun.count == "countable"), noun
    known = lexicon.KNOWN | {"-" + word[1:] for word in lexicon.WORDS}  # -종이: a word left out
    for verb in VERBS:
        assert verb.subjects <= known and verb.objects <= known, verb
        assert set(verb.forms) == {"base", "s", "past", "ing", "pp"} and all(verb.forms.values()), verb
    for adjective in ADJECTIVES:
        assert adjective.subjects <= known, adjective


def test_a_word_left_out_of_a_type_is_left_out():
    """그리다 takes things less 종이 and 휴지 (one draws on paper, not paper)."""
    draw = next(v for v in VERBS if v.ko == "그리")
    drawn = {n.ko for n in lexicon.nouns_for(draw.objects)}
    assert "종이" not in drawn and "연필" in drawn


def test_a_bad_row_names_its_file_and_line():
    with pytest.raises(LexiconError, match="verbs.tsv:7: not a 다 form"):
        lexicon.stem("verbs.tsv:7", "먹")
    with pytest.raises(LexiconError, match="unknown type, group or word 'robot'"):
        lexicon.types("verbs.tsv:7", "robot", {}, {"animal"})
