"""The lesson's model: Embedding 256 -> encoder LSTM 512 -> attention -> decoder LSTM 512 -> Dense(vocab).

Attention is the lesson's Bahdanau (additive) by default; Luong's multiplicative "general" score and no
attention at all (the classic seq2seq bottleneck) are the same model with another `attention`, so a class
can see what attention buys. Every number the page shows comes out of `Seq2Seq.encode` and
`Seq2Seq.decode_step`; training, translation and the trace all run these same two methods.
"""

import dataclasses
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import keras
import tensorflow as tf
from keras import layers

from .model_files import (
    ModelFileError,
    check_weight_shapes,
    read_json,
    read_vocabulary,
    shown_path,
    write_as_float16,
)
from .tokens import MAX_WORDS, Vocabulary

CONFIG, WEIGHTS = "config.json", "model.weights.h5"
SOURCE_VOCAB, TARGET_VOCAB = "source_vocab.json", "target_vocab.json"
ATTENTION_KINDS = ("bahdanau", "luong", "none")  # the lesson's additive, the multiplicative, none


@dataclass(frozen=True)
class ModelConfig:
    """The model's sizes, as config.json records them beside the weights."""

    source_vocab_size: int  # Korean words, <pad> <start> <end> <unk> included
    target_vocab_size: int  # English words, likewise
    embedding_dim: int = 256  # numbers per token in both embeddings (the lesson: 256)
    units: int = 512  # h and c of the encoder and decoder LSTMs (the lesson: 512)
    attention_units: int = 512  # W1·query and W2·key have this many numbers; V makes one score of them
    # Tokens the encoder reads: preprocessing's word limit + <start> + <end>. Fixed by preprocessing, not
    # by the weights (which fit any length), so a config.json cannot change what a user may type.
    max_source_len: int = MAX_WORDS + 2
    max_target_len: int = 20  # most decoder steps: English words + <end>
    attention: str = "bahdanau"  # one of ATTENTION_KINDS: how (and whether) the decoder attends

    def __post_init__(self):
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.type is int and (type(value) is not int or value < 1):
                raise ValueError(f"{field.name} must be a positive whole number, not {value!r}")
            if field.type is str and type(value) is not str:
                raise ValueError(f"{field.name} must be a string, not {value!r}")
        if self.max_source_len != MAX_WORDS + 2:
            raise ValueError(
                f"max_source_len is {self.max_source_len}, but preprocessing takes {MAX_WORDS} words "
                f"+ <start> + <end> = {MAX_WORDS + 2} tokens"
            )
        if self.attention not in ATTENTION_KINDS:
            raise ValueError(
                f"attention {self.attention!r} is not one this code has ({', '.join(ATTENTION_KINDS)})"
            )

    @classmethod
    def from_dict(cls, values: dict) -> "ModelConfig":
        names = {field.name for field in dataclasses.fields(cls)}
        required = {f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING}
        if missing := sorted(required - set(values)):
            raise ValueError(f"missing key {', '.join(missing)}")
        if unknown := sorted(set(values) - names):
            raise ValueError(f"unknown key {', '.join(unknown)}")
        return cls(**values)


def attend(scores, keys, mask, pinned_weights=None) -> dict:
    """softmax over the real tokens, then context = Σ weight·h.

    The softmax is the stable one, exp(score − max): the same weights, and no overflow when a
    multiplicative score is large. `pinned_weights` (batch, source), if given, replace the softmax's
    weights ("what if it had looked there?"); the scores are still kept, so the step shows what it
    overrode.
    """
    # LSTMs repeat their last state over padding, so padding gets its own mask: exp(-inf) = 0.
    top = tf.reduce_max(tf.where(mask, scores, float("-inf")), axis=-1, keepdims=True)
    shifted_scores = scores - top  # kept: the page shows this subtraction, not one of its own
    exp_scores = tf.exp(tf.where(mask, shifted_scores, float("-inf")))
    exp_sum = tf.reduce_sum(exp_scores, axis=-1, keepdims=True)
    weights = exp_scores / exp_sum if pinned_weights is None else pinned_weights
    context = tf.reduce_sum(weights[:, :, None] * keys, axis=1)  # (batch, 512)
    return dict(
        scores=scores,
        shifted_scores=shifted_scores,
        exp_scores=exp_scores,
        exp_sum=exp_sum[:, 0],
        weights=weights,
        context=context,
    )


class BahdanauAttention(layers.Layer):
    """score = V · tanh(W1·query + W2·key) (additive): the lesson's attention."""

    def __init__(self, units: int, **kwargs):
        super().__init__(**kwargs)
        self.W1 = layers.Dense(units, name="W1")  # projects the query (decoder h)
        self.W2 = layers.Dense(units, name="W2")  # projects each key (encoder h_t)
        self.V = layers.Dense(1, name="V")  # turns each combination into one score
        self.key_width = units

    def project_keys(self, keys):
        """W2·key: it does not depend on the decoder step, so it is computed once per sentence."""
        return self.W2(keys)

    def call(self, query, keys, projected_keys, mask, pinned_weights=None):
        w1_query = self.W1(query)  # (batch, units)
        scores = tf.squeeze(self.V(tf.tanh(w1_query[:, None, :] + projected_keys)), -1)  # (b, source)
        return dict(w1_query=w1_query, **attend(scores, keys, mask, pinned_weights))


class LuongAttention(layers.Layer):
    """score = query · (W·key) (Luong's multiplicative "general" score): one matrix, no tanh, no V."""

    def __init__(self, units: int, **kwargs):
        super().__init__(**kwargs)
        self.W = layers.Dense(units, use_bias=False, name="W")  # key (512) -> the query's space (512)
        self.key_width = units

    def project_keys(self, keys):
        """W·key, once per sentence: each step's scores are then one dot product per key."""
        return self.W(keys)

    def call(self, query, keys, projected_keys, mask, pinned_weights=None):
        scores = tf.reduce_sum(query[:, None, :] * projected_keys, axis=-1)  # (batch, source)
        return attend(scores, keys, mask, pinned_weights)


class NoAttention(layers.Layer):
    """No attention: the decoder reads only its input word's embedding; all it knows of the sentence
    is the encoder's final state it starts from (the bottleneck attention was invented to remove)."""

    key_width = 0

    def project_keys(self, keys):
        return keys[..., :0]  # nothing to precompute: (batch, source, 0)

    def call(self, query, keys, projected_keys, mask, pinned_weights=None):
        return {}


def attention_layer(config: ModelConfig) -> layers.Layer:
    if config.attention == "bahdanau":
        return BahdanauAttention(config.attention_units)
    if config.attention == "luong":
        return LuongAttention(config.units)  # W maps a key into the query's space: units × units
    return NoAttention()


class Seq2Seq(keras.Model):
    def __init__(self, config: ModelConfig, dropout: float = 0.0, **kwargs):
        super().__init__(**kwargs)
        self.config = config
        self.units = config.units
        self.max_source_len, self.max_target_len = config.max_source_len, config.max_target_len
        self.source_embedding = layers.Embedding(
            config.source_vocab_size, config.embedding_dim, mask_zero=True
        )
        self.encoder = layers.LSTM(config.units, return_sequences=True, return_state=True)
        self.attention = attention_layer(config)
        self.target_embedding = layers.Embedding(config.target_vocab_size, config.embedding_dim)
        # input: [embedding 256 ; context 512] = 768 (the embedding alone, 256, without attention)
        self.decoder = layers.LSTMCell(config.units)
        self.output_layer = layers.Dense(config.target_vocab_size)
        # Training only (Keras passes training=True there): when translating, Dropout returns its input
        # unchanged, so the trace's numbers are the model's. Without it the model learns the generated
        # pairs by heart (training loss 0.08) while the Tatoeba held-out loss rises.
        self.dropout = layers.Dropout(dropout)
        self.source_vocab: Vocabulary | None = None
        self.target_vocab: Vocabulary | None = None

    # --- ENCODER -------------------------------------------------------------------------------
    def encode(self, source_ids):
        """Step the encoder LSTM's cell one token at a time, to record every h_t and c_t.

        Over padding the state is carried unchanged, exactly as the LSTM layer does with a mask,
        so the final state is the one at the last real token (<end>).
        """
        embeddings = self.source_embedding(source_ids)  # (batch, source, 256)
        mask = tf.not_equal(source_ids, 0)
        batch = tf.shape(source_ids)[0]
        h = c = tf.zeros((batch, self.units))
        hs, cs = [], []
        for t in range(source_ids.shape[1]):
            _, (h_new, c_new) = self.encoder.cell(embeddings[:, t], [h, c])
            real = mask[:, t, None]
            h, c = tf.where(real, h_new, h), tf.where(real, c_new, c)
            hs.append(h)
            cs.append(c)
        keys = tf.stack(hs, axis=1)
        return dict(
            embeddings=embeddings,
            mask=mask,
            h=keys,
            c=tf.stack(cs, axis=1),
            projected_keys=self.attention.project_keys(keys),
        )

    # --- ATTENTION + DECODER, one step -----------------------------------------------------------
    def decode_step(self, input_ids, h, c, keys, projected_keys, mask, pinned_weights=None):
        """One decoder step: query = h; context by attention; [emb ; context] -> LSTM -> Dense.

        `pinned_weights` overrides the attention weights (see `attend`). Without attention there is
        no context: the LSTM reads the embedding alone.
        """
        embedding = self.dropout(self.target_embedding(input_ids))  # (batch, 256)
        attention = self.attention(h, keys, projected_keys, mask, pinned_weights)
        parts = [embedding, attention["context"]] if attention else [embedding]
        lstm_input = tf.concat(parts, axis=-1)  # (batch, 768), or (batch, 256) without attention
        _, (new_h, new_c) = self.decoder(lstm_input, [h, c])
        logits = self.output_layer(self.dropout(new_h))
        return dict(
            embedding=embedding,
            query=h,
            **attention,
            lstm_input=lstm_input,
            h=new_h,
            c=new_c,
            logits=logits,
            probabilities=tf.nn.softmax(logits),
        )

    # --- training: teacher forcing ---------------------------------------------------------------
    def call(self, inputs):
        """(source ids, decoder input ids) -> logits for every target position."""
        source_ids, decoder_inputs = inputs
        embeddings = self.dropout(self.source_embedding(source_ids))
        mask = tf.not_equal(source_ids, 0)
        # The fused layer gives the same h_t as `encode` (a test checks it) and trains faster.
        keys, h, c = self.encoder(embeddings, mask=mask)
        projected_keys = self.attention.project_keys(keys)
        logits = []
        for t in range(decoder_inputs.shape[1]):
            step = self.decode_step(decoder_inputs[:, t], h, c, keys, projected_keys, mask)
            h, c = step["h"], step["c"]
            logits.append(step["logits"])
        return tf.stack(logits, axis=1)

    # --- saving: weights without optimizer state, config and vocabularies beside them ------------
    def save_to(self, directory) -> None:
        """Write the model; weights as float16, half the size (it computes in float32 once loaded)."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as scratch:
            float32 = Path(scratch) / WEIGHTS
            self.save_weights(float32)
            write_as_float16(float32, directory / WEIGHTS)
        (directory / CONFIG).write_text(json.dumps(dataclasses.asdict(self.config), indent=2))
        self.source_vocab.save(directory / SOURCE_VOCAB)
        self.target_vocab.save(directory / TARGET_VOCAB)


def build_model(
    source_vocab: Vocabulary, target_vocab: Vocabulary, dropout: float = 0.0, **sizes
) -> Seq2Seq:
    """A new model for these vocabularies; `sizes` are ModelConfig's other fields. `dropout` is for
    training only, so config.json does not keep it."""
    config = ModelConfig(len(source_vocab), len(target_vocab), **sizes)
    return _built(config, source_vocab, target_vocab, dropout)


def _built(
    config: ModelConfig, source_vocab: Vocabulary, target_vocab: Vocabulary, dropout: float = 0.0
) -> Seq2Seq:
    model = Seq2Seq(config, dropout)
    model.source_vocab, model.target_vocab = source_vocab, target_vocab
    model((tf.ones((1, 2), tf.int32), tf.ones((1, 1), tf.int32)))  # create the weights
    return model


def load_from(directory) -> Seq2Seq:
    """Load and check a saved model; a file that is missing or wrong raises ModelFileError (one line)."""
    directory = Path(directory)
    config_path = directory / CONFIG
    try:
        config = ModelConfig.from_dict(read_json(config_path, dict))
    except ValueError as error:
        raise ModelFileError(f"{shown_path(config_path)}: {error}") from None
    source_vocab = read_vocabulary(directory / SOURCE_VOCAB, config.source_vocab_size, "source")
    target_vocab = read_vocabulary(directory / TARGET_VOCAB, config.target_vocab_size, "target")
    model = _built(config, source_vocab, target_vocab)
    weights = directory / WEIGHTS
    check_weight_shapes(weights, [tuple(weight.shape) for weight in model.weights])
    try:
        model.load_weights(weights)  # float16 or float32 in the file; the model computes in float32
    except (OSError, ValueError, KeyError) as error:
        first_line = (str(error).strip() or type(error).__name__).splitlines()[0]
        raise ModelFileError(f"{shown_path(weights)}: cannot be loaded ({first_line})") from None
    return model
