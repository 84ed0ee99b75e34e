"""The model as the lesson describes it: shapes, masking, the decoder's start, training, save/load."""

import h5py
import numpy as np
import pytest
import tensorflow as tf

from attnviz import trace, translate
from attnviz.decoding import compile_graphs, model_directory
from attnviz.model import ATTENTION_KINDS, ModelConfig, build_model, load_from
from attnviz.tokens import InputError

from .conftest import TINY_CONFIG, TINY_PAIRS, tiny_model_with, train_tiny


def test_attention_is_a_layer_with_w1_w2_v(tiny_model):
    attention = tiny_model.attention
    assert [attention.W1.name, attention.W2.name, attention.V.name] == ["W1", "W2", "V"]
    assert attention.V.units == 1


def test_shipped_model_has_the_lessons_dimensions(shipped_model):
    config = shipped_model.config
    assert (config.embedding_dim, config.units, config.attention) == (256, 512, "bahdanau")
    assert shipped_model.decoder.kernel.shape[0] == 256 + 512  # [embedding ; context] = 768


def test_tiny_model_learns_a_handful_of_pairs(tiny_model):
    for korean, english in TINY_PAIRS:
        assert translate(tiny_model, korean) == english


@pytest.mark.parametrize("attention", ATTENTION_KINDS)
def test_a_tiny_model_of_each_kind_trains_in_seconds_and_saves(attention, tmp_path):
    model = tiny_model_with(attention)
    for korean, english in TINY_PAIRS:
        assert translate(model, korean) == english
    model.save_to(tmp_path)
    loaded = load_from(tmp_path)
    assert loaded.config.attention == attention
    assert translate(loaded, TINY_PAIRS[0][0]) == TINY_PAIRS[0][1]


def test_luong_scores_with_one_matrix_and_none_reads_the_embedding_alone():
    luong, none = tiny_model_with("luong"), tiny_model_with("none")
    assert [w.name for w in luong.attention.weights] == ["kernel"]  # W only: no bias, no V
    assert luong.decoder.kernel.shape[0] == 16 + 32  # [embedding ; context], tiny sizes
    assert none.attention.weights == []
    assert none.decoder.kernel.shape[0] == 16  # the embedding alone


def test_no_attention_has_nothing_to_pin():
    with pytest.raises(InputError, match="no attention"):
        trace(tiny_model_with("none"), "고양이가 잔다", pin={0: 1})


def test_an_unknown_kind_of_attention_is_refused():
    with pytest.raises(ValueError, match="bahdanau, luong, none"):
        ModelConfig(10, 10, attention="dot")
    with pytest.raises(ValueError, match="must be one of"):
        model_directory("dot")


def test_padding_gets_weight_exactly_zero(tiny_model):
    result = trace(tiny_model, "고양이가 잔다")
    real = len(result.tokens)
    for step in result.steps:
        assert np.all(step.weights[real:] == 0.0)
        assert abs(step.weights[:real].sum() - 1) < 1e-6


def test_decoder_starts_from_the_state_at_the_last_real_token(tiny_model):
    result = trace(tiny_model, "고양이가 잔다")  # <start> 고양이가 잔다 <end> <pad>...: position 3
    assert result.initial_position == 3 == result.tokens.index("<end>")
    np.testing.assert_array_equal(result.steps[0].query, result.encoder_h[3])


def test_stepping_the_cell_matches_the_fused_lstm_layer(tiny_model):
    ids = tf.constant([[1, 4, 5, 2, 0, 0, 0, 0]])
    stepped = tiny_model.encode(ids)
    embeddings = tiny_model.source_embedding(ids)
    keys, h, c = tiny_model.encoder(embeddings, mask=tf.not_equal(ids, 0))
    np.testing.assert_allclose(stepped["h"][:, :4], keys[:, :4], atol=1e-6)
    np.testing.assert_allclose(stepped["h"][:, -1], h, atol=1e-6)  # carried over padding
    np.testing.assert_allclose(stepped["c"][:, -1], c, atol=1e-6)


def test_saved_as_float16_it_translates_the_same(tiny_model, tmp_path):
    """Weights are stored as float16 (half the file) and computed with in float32 once loaded: the
    translations stay the same, and the trace's weights and probabilities within 0.01."""
    tiny_model.save_to(tmp_path)
    loaded = load_from(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "config.json",
        "model.weights.h5",
        "source_vocab.json",
        "target_vocab.json",
    ]
    with h5py.File(tmp_path / "model.weights.h5") as file:
        stored = []
        file.visititems(
            lambda _, item: stored.append(item.dtype) if isinstance(item, h5py.Dataset) else None
        )
    assert set(stored) == {np.dtype(np.float16)}
    assert {weight.dtype for weight in loaded.weights} == {"float32"}
    for korean, _ in TINY_PAIRS:
        a, b = trace(tiny_model, korean), trace(loaded, korean)
        assert a.translation == b.translation
        for before, after in zip(a.steps, b.steps):
            np.testing.assert_allclose(after.weights, before.weights, atol=0.01)
            np.testing.assert_allclose(after.probabilities, before.probabilities, atol=0.01)


def test_training_is_reproducible_for_a_seed():
    a = train_tiny(TINY_PAIRS[:2], steps=3, seed=1)
    b = train_tiny(TINY_PAIRS[:2], steps=3, seed=1)
    np.testing.assert_array_equal(a.output_layer.kernel.numpy(), b.output_layer.kernel.numpy())


def test_dropout_changes_training_but_not_a_translations_numbers():
    with_dropout = train_tiny(TINY_PAIRS, steps=3, seed=1, dropout=0.5)
    without = train_tiny(TINY_PAIRS, steps=3, seed=1)
    kernel = with_dropout.output_layer.kernel.numpy()
    assert not np.array_equal(kernel, without.output_layer.kernel.numpy())
    # The same weights in a model built without dropout (as load_from builds it) trace the same.
    plain = build_model(with_dropout.source_vocab, with_dropout.target_vocab, **TINY_CONFIG)
    plain.set_weights(with_dropout.get_weights())
    a, b = trace(with_dropout, "고양이가 잔다"), trace(compile_graphs(plain), "고양이가 잔다")
    assert a.translation == b.translation
    for step_a, step_b in zip(a.steps, b.steps, strict=True):
        np.testing.assert_array_equal(step_a.weights, step_b.weights)
        np.testing.assert_array_equal(step_a.probabilities, step_b.probabilities)


def test_huge_scores_cannot_overflow_the_softmax():
    """A dot-product score is unbounded; the model's softmax subtracts the max, so exp(89) never happens."""
    model = train_tiny(TINY_PAIRS[:2], steps=1, attention="luong")
    model.attention.W.kernel.assign(model.attention.W.kernel * 1e6)
    step = trace(model, "고양이가 잔다").steps[0]
    assert np.abs(step.scores[: len(step.weights)]).max() > 89  # float32 exp overflows past 88.7
    assert np.isfinite(step.weights).all() and abs(step.weights.sum() - 1) < 1e-6
