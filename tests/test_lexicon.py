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
    known = lexicon.KNOWN
    for verb in VERBS:
        assert verb.subjects <= known and verb.objects <= known, verb
        assert set(verb.forms) == {"base", "s", "past", "ing"} and all(verb.forms.values()), verb
    for adjective in ADJECTIVES:
        assert adjective.subjects <= known, adjective


def test_a_bad_row_names_its_file_and_line():
    with pytest.raises(LexiconError, match="verbs.tsv:7: not a 다 form"):
        lexicon.stem("verbs.tsv:7", "먹")
    with pytest.raises(LexiconError, match="unknown type, group or word 'robot'"):
        lexicon.types("verbs.tsv:7", "robot", {}, {"animal"})
