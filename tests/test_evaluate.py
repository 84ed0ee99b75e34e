"""What training reports: BLEU by source length (several references allowed) and the frames check."""

from attnviz.corpus.evaluate import bleu, bleu_by_length, evaluate, length_groups, names
from tests.conftest import TINY_PAIRS


def test_sentences_are_grouped_by_their_korean_words():
    pairs = [("고양이가 잔다", 1), ("나는 오늘 학교에 간다", 2), ("a b c d e f g h i j k", 3)]
    assert {name: [p[1] for p in group] for name, group in length_groups(pairs).items()} == {
        "1-2": [1],
        "3-4": [2],
        "7+": [3],
    }


def test_bleu_takes_the_best_of_several_references():
    one = bleu(["the cat is sleeping now"], [["the cat sleeps now"]])
    two = bleu(["the cat is sleeping now"], [["the cat sleeps now", "the cat is sleeping now"]])
    assert two == 100 > one


def test_bleu_by_length_reports_each_group_it_has():
    pairs = [
        ("고양이가 잔다", "the cat sleeps in the house", ["the cat sleeps in the house"]),
        ("나는 오늘 학교에 간다", "i go to the park today", ["i go to school today"]),
    ]
    by_length = bleu_by_length(pairs)
    assert set(by_length) == {"1-2", "3-4"}
    assert by_length["1-2"] == 100 > by_length["3-4"]


def test_a_word_is_named_only_as_a_whole_word():
    assert names("There is a cat.", ["cat", "cats"])
    assert names("i want to listen to music", ["listen to"])
    assert not names("there is a category", ["cat", "cats"])


def test_evaluate_measures_greedy_and_beam_search_bleu_on_the_same_pairs(tiny_model):
    pairs = TINY_PAIRS[:4]
    measured = evaluate(tiny_model, pairs, pairs, [])
    assert measured["tatoeba_bleu"] == 100.0  # the tiny model learned its four pairs
    assert measured["tatoeba_bleu_beam"] == 100.0  # and beam search (width 4) finds them too
