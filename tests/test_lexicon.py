"""Every row of data/lexicon/ loads into a valid word, and a bad row is reported by file and line."""

import pytest

from attnviz.corpus import lexicon
from attnviz.corpus.lexicon import ADJECTIVES, KINDS, NOUNS, PLACES, PRONOUNS, VERBS, LexiconError


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
        assert noun.ko and noun.en == noun.en.lower() and noun.en.replace(" ", "").isalpha(), noun
        assert bool(noun.plural) == (noun.count == "countable"), noun
    known = set(KINDS) | {"pronoun", "place"}
    for verb in VERBS:
        assert verb.subjects <= known and verb.objects <= set(KINDS), verb
        assert set(verb.forms) == {"base", "s", "past", "ing"} and all(verb.forms.values()), verb
    for adjective in ADJECTIVES:
        assert adjective.subjects <= known, adjective


def test_a_bad_row_names_its_file_and_line():
    with pytest.raises(LexiconError, match="verbs.tsv:7: not a 다 form"):
        lexicon.stem("verbs.tsv:7", "먹")
    with pytest.raises(LexiconError, match="unknown type or group 'robot'"):
        lexicon.types("verbs.tsv:7", "robot", {}, {"animal"})
