"""What training reports: BLEU by source length (several references allowed) and the frames checks."""

from attnviz.corpus.evaluate import (
    BEGINNER_WORDS,
    PARTS_OF_SPEECH,
    beginner_frames,
    bleu,
    bleu_by_length,
    english_named,
    evaluate,
    first_frame,
    length_groups,
    load_beginner_words,
    names,
)
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


def test_a_word_goes_into_its_first_frame_word_for_word():
    assert first_frame("noun", "사과") == "사과가 있어요"
    assert first_frame("noun", "책") == "책이 있어요"
    assert first_frame("verb", "먹다") == "나는 먹고 싶어요"
    assert first_frame("verb", "듣다") == "나는 듣고 싶어요"  # -고 never changes a stem
    assert first_frame("verb", "만들다") == "나는 만들고 싶어요"
    assert first_frame("adjective", "높다") == "그것은 높다"
    assert first_frame("adjective", "배고프다", feeling=True) == "나는 배고프다"


def test_a_beginners_word_is_named_in_any_of_its_forms():
    assert english_named("noun", ["child", "kid"]) == ["child", "kid", "children", "kids"]
    assert {"go", "goes", "went", "going"} <= set(english_named("verb", ["go"]))
    assert english_named("adjective", ["high", "tall"]) == ["high", "tall"]


def test_the_beginners_list_is_read_whole():
    rows = load_beginner_words(BEGINNER_WORDS)
    assert len(rows) == 447
    assert {row["pos"] for row in rows} == set(PARTS_OF_SPEECH)
    assert all(row["korean"].endswith("다") for row in rows if row["pos"] != "noun")


def test_beginner_frames_reports_each_part_of_speech(tiny_model, tmp_path):
    words = tmp_path / "words.tsv"
    words.write_text(
        "pos\tkorean\tenglish\nnoun\t고양이\tcat\nnoun\t두더지\tmole\n"
        "verb\t자다\tsleep\nadjective\t얼룩덜룩하다\tspotted\n",
        encoding="utf-8",
    )
    measured = beginner_frames(tiny_model, words)
    assert measured["beginner_nouns_words"] == 2 and measured["beginner_verbs_words"] == 1
    assert measured["beginner_nouns_in_lexicon"] == 0.5  # the lexicon has 고양이, not 두더지
    assert measured["beginner_adjectives_in_lexicon"] == 0.0
    assert all(0 <= measured[f"beginner_{kind}"] <= 1 for kind in PARTS_OF_SPEECH.values())
