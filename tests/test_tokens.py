import pytest

from attnviz.tokens import (
    END,
    PAD,
    START,
    UNK,
    InputError,
    Vocabulary,
    clean,
    detokenize,
    encode,
    tokenize,
)


def test_special_ids_follow_the_lesson():
    vocab = Vocabulary(["고양이가", "잔다"])
    assert [vocab.id(w) for w in (PAD, START, END, UNK)] == [0, 1, 2, 3]
    assert vocab.id("고양이가") == 4 and vocab.word(5) == "잔다"


def test_tokenize_splits_punctuation_and_keeps_hangul():
    assert tokenize("고양이가 잔다.") == ["고양이가", "잔다", "."]
    assert tokenize('  Tom이 "안녕!" 했다 ') == ["tom이", '"', "안녕", "!", '"', "했다"]
    assert detokenize(["the", "cat", "sleeps", "."]) == "the cat sleeps."


def test_clean_removes_invisible_and_control_characters():
    assert clean("고양이가\u200b 잔다\x00\t\n") == "고양이가 잔다"
    assert clean("\ufeff고양이가") == "고양이가"
    # decomposed jamo (as some keyboards send them) become the composed syllables the vocabulary has
    assert clean("\u1100\u1161") == "가"


def test_encode_pads_and_masks_like_the_lesson():
    vocab = Vocabulary(["고양이가", "잔다"])
    encoded = encode("고양이가 잔다", vocab, length=6)
    assert encoded.tokens == [START, "고양이가", "잔다", END]
    assert encoded.ids == [1, 4, 5, 2, 0, 0]
    assert encoded.mask == [True, True, True, True, False, False]
    assert encoded.unknown == []


def test_unknown_words_become_unk_and_are_listed():
    vocab = Vocabulary(["고양이가", "잔다"])
    encoded = encode("강아지가 잔다 🐶 hello", vocab, length=8)
    assert encoded.ids[:6] == [1, 3, 5, 3, 3, 2]
    assert encoded.unknown == ["강아지가", "🐶", "hello"]


@pytest.mark.parametrize("text", ["", "   ", "\u200b", "\x00\x07"])
def test_empty_input_is_a_clear_error(text):
    with pytest.raises(InputError, match="empty"):
        encode(text, Vocabulary([]), length=8)


def test_too_long_input_names_the_limit():
    with pytest.raises(InputError, match="at most 6"):
        encode("가 " * 7, Vocabulary([]), length=8)


def test_vocabulary_round_trips_through_json(tmp_path):
    vocab = Vocabulary.build([["잔다", "고양이가"], ["잔다"]])
    assert vocab.words[4] == "잔다"  # most frequent first
    vocab.save(tmp_path / "v.json")
    assert Vocabulary.load(tmp_path / "v.json").words == vocab.words


def test_typed_special_tokens_are_unknown_words():
    """Only preprocessing adds <start>, <end> and <pad>; typed, they are words the model never saw."""
    vocab = Vocabulary(["고양이가", "잔다"])
    encoded = encode("<pad> 고양이가 <start> 잔다 <end> <unk>", vocab, 10)
    assert encoded.ids == [1, 3, 4, 3, 5, 3, 3, 2, 0, 0]
    assert encoded.mask == [True] * 8 + [False] * 2
    assert encoded.unknown == ["<pad>", "<start>", "<end>", "<unk>"]
    assert "<pad>" not in vocab and "고양이가" in vocab
