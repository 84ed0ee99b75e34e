"""The training mixture: every lexicon word in its simple frames, phrases, and no held-out sentence."""

import pytest

from attnviz.corpus import HELD_OUT, NEVER_TRAINED, mix
from attnviz.corpus.generator import HAVEABLE, Generator
from attnviz.corpus.lexicon import ADJECTIVES, VERBS, nouns_for

COVERAGE = mix.coverage_pairs(seed=0, repeats=1)


def test_every_word_appears_in_its_simple_frames():
    koreans = [k for k, _ in COVERAGE]
    for noun in nouns_for(HAVEABLE):  # N이 있어요 and 큰 N이 있어요
        assert sum(noun.ko in k for k in koreans) >= 2, noun.ko
    englishes = " | ".join(e for _, e in COVERAGE)
    for verb in VERBS:  # said in English in one of its forms
        if not verb.weather:
            assert any(form in englishes for form in verb.forms.values()), verb.ko
    for adjective in ADJECTIVES:
        assert adjective.en in englishes, adjective.ko
    assert any(k.startswith("그것은 ") for k in koreans) and any("싶" in k for k in koreans)


def test_coverage_is_fresh_each_epoch_and_a_function_of_its_seed():
    assert COVERAGE == mix.coverage_pairs(seed=0, repeats=1)
    assert COVERAGE != mix.coverage_pairs(seed=1, repeats=1)


def test_phrases_are_read_when_present(tmp_path):
    assert mix.load_phrases(tmp_path / "phrases.tsv") == []
    (tmp_path / "phrases.tsv").write_text("korean\tenglish\n안녕하세요\thello\n", encoding="utf-8")
    assert mix.load_phrases(tmp_path / "phrases.tsv") == [("안녕하세요", "hello")]


def test_held_out_sentences_are_never_trained_on(tmp_path):
    held = tmp_path / "heldout.tsv"
    held.write_text("korean\tgroup\n고양이가 잔다.\tshort\n", encoding="utf-8")
    # a copy that differs only by its final mark or spacing is the same sentence
    pairs = [
        ("고양이가 잔다 .", "the cat sleeps ."),
        ("고양이가 잔다?", "does the cat sleep?"),
        ("고양이가  잔다", "the cat sleeps"),
        ("개가 잔다", "the dog sleeps"),
    ]
    assert mix.without(pairs, mix.held_out_korean((held,))) == [("개가 잔다", "the dog sleeps")]
    assert mix.held_out_korean((tmp_path / "absent.tsv",)) == set()


def test_every_held_out_file_is_kept_out(tmp_path):
    first, fresh = tmp_path / "heldout.tsv", tmp_path / "heldout_fresh.tsv"
    first.write_text("korean\tgroup\n고양이가 잔다\tshort\n", encoding="utf-8")
    fresh.write_text("korean\tgroup\n개가 잔다\tshort\n", encoding="utf-8")
    assert mix.held_out_korean((first, fresh)) == {("고양이가", "잔다"), ("개가", "잔다")}
    names = {"heldout.tsv", "heldout_fresh.tsv", "heldout_third.tsv"}
    assert {path.name for path in HELD_OUT} == names
    assert {path.name for path in NEVER_TRAINED} == names | {"calibration.tsv"}


def test_a_held_out_file_without_a_korean_column_is_an_error(tmp_path):
    held = tmp_path / "heldout.tsv"
    held.write_text("sentence\tgroup\n고양이가 잔다\tshort\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no `korean` column"):
        mix.held_out_korean((held,))


def test_clause_pairs_are_fresh_two_clause_sentences_the_same_for_a_seed():
    pairs = mix.clause_pairs(3, 40)
    assert len(pairs) == 40 and pairs == mix.clause_pairs(3, 40) and pairs != mix.clause_pairs(4, 40)
    # every one joins two clauses: a Korean connective ending and an English joining word
    joined = ("고", "지만", "서", "면", "니까", "때")
    assert all(any(w.endswith(joined) for w in k.split()[:-1]) for k, _ in pairs)
    assert all({"and", "but", "so", "if", "when", "because"} & set(e.split()) for _, e in pairs)


def test_every_verb_and_adjective_is_in_its_first_frame_word_for_word():
    frames = mix.first_frames(Generator(0))
    wants = {korean.split()[1] for korean, _ in frames if "싶" in korean}
    for verb in VERBS:
        if "person" in verb.subjects and not (verb.weather or verb.negated):
            assert f"{verb.ko}고" in wants, verb.ko
    said = {english for _, english in frames}
    for adjective in ADJECTIVES:
        if adjective.feeling:  # said of oneself: 나는 배고파요
            assert f"i am {adjective.en}" in said, adjective.ko
        else:  # 그것은 높다, 이것은 높아요
            assert {f"{it} is {adjective.en}" for it in ("it", "this", "that")} & said, adjective.ko
    # 저 is polite: never with plain 싶다; 나 never formal
    assert not any(k.startswith("저는 ") and k.endswith("싶다") for k, _ in frames)
    assert not any(k.startswith("나는 ") and k.endswith("습니다") for k, _ in frames)
    # no object, so no dangling particle: 듣고 싶어요 -> i want to listen (듣다 is "listen to")
    assert [english for korean, english in frames if "듣고" in korean] == ["i want to listen"]
