"""Decoding strategies over the model's one step: greedy, teacher forcing, a forced prefix, pinned
attention and temperature (argmax or a seeded sample) here; beam search in beam.py. `translate` and
`trace` run this one code path.

The encoder and the decoder step are compiled once per model; the loop over decoder steps stays in
Python so every step's numbers can be kept as they come out. The step is compiled for a batch of one
(greedy decoding: a fixed shape is the fastest), for any batch (beam search runs all its hypotheses in
one call) and with the attention weights given (pinned attention): three signatures of the one
`Seq2Seq.decode_step`, the two others traced on first use.
"""

from dataclasses import dataclass, field
from numbers import Integral, Real
from pathlib import Path

import numpy as np
import tensorflow as tf

from .confidence import Thresholds, assess
from .input_check import unknown_words
from .model import ATTENTION_KINDS, Seq2Seq, load_from
from .tokens import END, START, Encoded, InputError, detokenize, encode, tokenize
from .trace import ATTENTION_FIELDS, Step, Trace

MODELS = Path(__file__).resolve().parent.parent / "models"
TOP_K = 5


def model_directory(attention: str = "bahdanau") -> Path:
    """Where the shipped model with this attention lives: models/<attention>/."""
    if attention not in ATTENTION_KINDS:
        raise ValueError(f"attention must be one of {', '.join(ATTENTION_KINDS)}, not {attention!r}")
    return MODELS / attention


def load_model(directory=None, *, attention: str = "bahdanau") -> Seq2Seq:
    """Load a trained model and compile its graphs: the shipped one with this `attention`
    (models/<attention>/) unless a `directory` is given.

    A missing or broken model file raises ModelFileError, one line naming the file.
    """
    directory = Path(directory) if directory else model_directory(attention)
    model = compile_graphs(load_from(directory))
    model.confidence = Thresholds.load(directory)
    return model


def compile_graphs(model: Seq2Seq) -> Seq2Seq:
    units, source = model.units, model.max_source_len
    model.encode_graph = tf.function(
        model.encode, input_signature=[tf.TensorSpec([1, source], tf.int32)]
    )

    def step_inputs(batch):
        return [
            tf.TensorSpec([batch], tf.int32),  # input ids, one per hypothesis
            tf.TensorSpec([batch, units]),  # h
            tf.TensorSpec([batch, units]),  # c
            tf.TensorSpec([batch, source, units]),  # keys
            tf.TensorSpec([batch, source, model.attention.key_width]),  # W2·keys, W·keys or nothing
            tf.TensorSpec([batch, source], tf.bool),  # mask
        ]

    model.step_graph = tf.function(model.decode_step, input_signature=step_inputs(1))
    model.batch_step_graph = tf.function(model.decode_step, input_signature=step_inputs(None))
    model.pinned_step_graph = tf.function(
        model.decode_step, input_signature=[*step_inputs(1), tf.TensorSpec([1, source])]
    )
    return model


@dataclass
class Source:
    """A sentence run through the encoder once: what every decoder step reads."""

    encoded: Encoded
    encoder: dict  # the encoder graph's outputs, batch of one
    _batched: dict = field(default_factory=dict)  # batch size -> (keys, projected keys, mask)

    @property
    def last(self) -> int:
        """The last real token, <end>: the decoder starts from its state, not from padding's."""
        return len(self.encoded.tokens) - 1

    def start_state(self):
        return self.encoder["h"][:, self.last], self.encoder["c"][:, self.last]

    def attention_inputs(self, batch: int):
        """keys, projected keys and mask repeated for `batch` hypotheses (made once per batch size)."""
        if batch not in self._batched:
            self._batched[batch] = tuple(
                tf.tile(self.encoder[name], [batch] + [1] * (self.encoder[name].shape.rank - 1))
                if batch > 1
                else self.encoder[name]
                for name in ("h", "projected_keys", "mask")
            )
        return self._batched[batch]


def encode_source(model: Seq2Seq, sentence: str) -> Source:
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a string, not {type(sentence).__name__}")
    if not hasattr(model, "step_graph"):
        compile_graphs(model)
    encoded = encode(sentence, model.source_vocab, model.max_source_len)
    return Source(encoded, model.encode_graph(tf.constant([encoded.ids], tf.int32)))


def run_step(model: Seq2Seq, source: Source, input_ids, h, c, pinned_weights=None) -> dict:
    """One call of the compiled decoder step for len(input_ids) hypotheses; NumPy out, batch first.

    `pinned_weights` (batch of one) replace the attention's weights at this step.
    """
    inputs = (tf.constant(input_ids, tf.int32), h, c, *source.attention_inputs(len(input_ids)))
    if pinned_weights is not None:
        out = model.pinned_step_graph(*inputs, tf.constant(pinned_weights, tf.float32))
    elif len(input_ids) == 1:
        out = model.step_graph(*inputs)
    else:
        out = model.batch_step_graph(*inputs)
    return {k: v.numpy() for k, v in out.items()}


def best_ids(values: np.ndarray, count: int) -> np.ndarray:
    """Indices of the `count` largest values, best first; ties go to the lower index, as np.argmax.

    A partition, not a full sort of the vocabulary: this runs at every step of every hypothesis.
    """
    count = min(count, len(values))
    threshold = values[np.argpartition(-values, count - 1)[count - 1]]
    contenders = np.flatnonzero(values >= threshold)  # every tie at the threshold, lower ids first
    return contenders[np.argsort(-values[contenders], kind="stable")][:count]


def english_ids(model: Seq2Seq, text: str, what: str) -> tuple[list[int], list[str]]:
    """Ids of English words to force, and those the model does not know (forced as <unk>)."""
    words = tokenize(text)
    if not words:
        raise InputError(f"The {what} is empty.")
    if len(words) + 1 > model.max_target_len:
        raise InputError(
            f"The {what} has {len(words)} words; the model writes at most "
            f"{model.max_target_len - 1} before <end>."
        )
    return model.target_vocab.word_ids(words), unknown_words(text, model.target_vocab)


def _check_pin(pin: dict, encoded: Encoded, max_steps: int, attends: bool) -> dict[int, int]:
    """{decoder step: source position}, each a real step and a real (unmasked) token."""
    if not isinstance(pin, dict):
        raise InputError("pin must be a dict {decoder step: source position}, e.g. {1: 2}.")
    if pin and not attends:
        raise InputError("This model has no attention: there are no weights to pin.")
    tokens = encoded.tokens
    checked = {}
    for step, position in pin.items():
        for name, value in (("step", step), ("position", position)):
            if not isinstance(value, Integral) or isinstance(value, bool):
                raise InputError(f"A pinned {name} must be a whole number, not {value!r}.")
        if not 0 <= step < max_steps:
            raise InputError(f"Pinned step {step} is out of range: steps are 0 to {max_steps - 1}.")
        if not 0 <= position < len(tokens):
            raise InputError(
                f"Pinned position {position} is not a token of the sentence: positions are 0 to "
                f"{len(tokens) - 1} ({' '.join(tokens)}); padding cannot be attended to."
            )
        checked[int(step)] = int(position)
    return checked


def tempered_softmax(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / T) in float64, computed stably: (logit − max) / T ≤ 0, so no overflow at any T > 0,
    and the largest logit keeps probability > 0 as T → 0 (the distribution becomes greedy's one-hot)."""
    shifted = (np.asarray(logits, np.float64) - np.max(logits)) / temperature
    exps = np.exp(shifted)
    return exps / exps.sum()


def _check_sampling(temperature, sample, seed) -> tuple[float | None, int | None]:
    """(temperature, seed) as the trace records them: a temperature > 0 (1 when only sampling is asked
    for, None for plain greedy) and, when sampling, a seed (a fresh one when none is given)."""
    if not isinstance(sample, bool):
        raise InputError(f"sample must be True or False, not {sample!r}.")
    if temperature is None and not sample:
        if seed is not None:
            raise InputError("A seed only matters when sampling: pass sample=True.")
        return None, None
    if temperature is None:
        temperature = 1.0
    if isinstance(temperature, bool) or not isinstance(temperature, Real) or not temperature > 0:
        raise InputError(f"The temperature must be a number greater than 0, not {temperature!r}.")
    if not np.isfinite(temperature):
        raise InputError(f"The temperature must be finite, not {temperature!r}.")
    if not sample:
        if seed is not None:
            raise InputError("A seed only matters when sampling: pass sample=True.")
        return float(temperature), None
    if seed is None:
        seed = int(np.random.SeedSequence().entropy % 2**32)  # recorded, so the sample can be redrawn
    if isinstance(seed, bool) or not isinstance(seed, Integral) or seed < 0:
        raise InputError(f"The seed must be a whole number ≥ 0, not {seed!r}.")
    return float(temperature), int(seed)


def trace(
    model: Seq2Seq,
    sentence: str,
    *,
    target: str | None = None,
    prefix: str | None = None,
    pin: dict | None = None,
    max_steps: int | None = None,
    temperature: float | None = None,
    sample: bool = False,
    seed: int | None = None,
) -> Trace:
    """Translate `sentence` and keep every number computed on the way (see docs/trace-schema.md).

    Greedy decoding, except where told otherwise:
    target: force this whole English translation (teacher forcing) so its attention can be shown.
    prefix: force these first English words, then decode greedily ("what if it had chosen this?").
    pin: {decoder step: source position}, as in `Step.index` and `Trace.tokens`: at that step all
        attention goes to that token (one-hot weights, context = its encoder h); the scores are
        still computed and kept ("what if it had looked there?").
    temperature: also record softmax(logits / T) at every step as `Step.tempered` (T > 0); the step's
        `probabilities` stay the model's own. Without sampling the choice stays the argmax (dividing
        by T keeps the order), so only the distribution's sharpness changes.
    sample, seed: choose each unforced word by drawing from the tempered distribution (T = 1 unless
        given) with NumPy's generator seeded by `seed`; the same seed draws the same words. Without a
        seed a fresh one is drawn and recorded in `Trace.seed`.
    English words the model does not know are forced as <unk> and listed in `unknown_english`.
    """
    if target is not None and prefix is not None:
        raise InputError("Give a reference translation or a prefix, not both.")
    source = encode_source(model, sentence)
    targets = model.target_vocab
    forced, unknown_english = [], []
    if target is not None:
        forced, unknown_english = english_ids(model, target, "reference translation")
        forced.append(targets.id(END))
    elif prefix is not None:
        forced, unknown_english = english_ids(model, prefix, "prefix")
    max_steps = min(max_steps or model.max_target_len, model.max_target_len)
    pin = _check_pin(pin or {}, source.encoded, max_steps, model.config.attention != "none")
    temperature, seed = _check_sampling(temperature, sample, seed)
    rng = np.random.default_rng(seed) if sample else None

    h, c = source.start_state()
    steps, token = [], targets.id(START)
    for t in range(max_steps):
        pinned_weights = None
        if t in pin:
            pinned_weights = np.zeros((1, model.max_source_len), np.float32)
            pinned_weights[0, pin[t]] = 1.0
        out = run_step(model, source, [token], h, c, pinned_weights)
        out = {k: v[0] for k, v in out.items()}
        tempered = None if temperature is None else tempered_softmax(out["logits"], temperature)
        top = [int(i) for i in best_ids(out["probabilities"], TOP_K)]
        if t < len(forced):
            chosen = forced[t]
        elif sample:
            chosen = int(rng.choice(len(tempered), p=tempered))
        else:
            chosen = top[0]
        steps.append(
            Step(
                index=t,
                input_id=token,
                input_token=targets.word(token),
                chosen_id=chosen,
                token=targets.word(chosen),
                forced=t < len(forced),
                pinned=t in pin,
                tempered=tempered,
                top_k=[(targets.word(i), float(out["probabilities"][i])) for i in top],
                top_ids=top,
                **dict.fromkeys(ATTENTION_FIELDS) | out,
            )
        )
        h, c, token = out["h"][None], out["c"][None], chosen
        if chosen == targets.id(END):
            break
    unreached = sorted(s for s in pin if s >= len(steps))
    if unreached:
        raise InputError(
            f"The translation ended after {len(steps)} steps, before pinned step {unreached[0]}."
        )

    encoded, encoder = source.encoded, source.encoder
    words = [s.token for s in steps if s.token != END]
    result = Trace(
        sentence=sentence,
        tokens=encoded.tokens,
        ids=encoded.ids,
        mask=encoded.mask,
        unknown=encoded.unknown,
        target=target,
        padded_tokens=encoded.tokens + ["<pad>"] * (len(encoded.ids) - len(encoded.tokens)),
        embeddings=encoder["embeddings"].numpy()[0],
        encoder_h=encoder["h"].numpy()[0],
        encoder_c=encoder["c"].numpy()[0],
        attention=model.config.attention,
        projected_keys=encoder["projected_keys"].numpy()[0],
        initial_position=source.last,
        steps=steps,
        translation=detokenize(words),
        prefix=prefix,
        pin=pin,
        unknown_english=unknown_english,
        temperature=temperature,
        sample=sample,
        seed=seed,
    )
    # A model built in memory (tests) has no calibrated thresholds: only unknown words and the length
    # limit count until someone sets model.confidence.
    result.doubt = assess(result, getattr(model, "confidence", Thresholds()))
    return result


def translate(model: Seq2Seq, sentence: str) -> str:
    """Greedy translation of one Korean sentence."""
    return trace(model, sentence).translation
