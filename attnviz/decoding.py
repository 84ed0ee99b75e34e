"""Greedy decoding, the one code path behind both `translate` and `trace`.

The encoder and one decoder step are compiled once per model (fixed shapes, batch of one); the loop
over decoder steps stays in Python so every step's numbers can be kept as they come out.
"""

from pathlib import Path

import numpy as np
import tensorflow as tf

from .model import Seq2Seq, load_from
from .tokens import END, START, InputError, detokenize, encode, tokenize
from .trace import Step, Trace

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models"
TOP_K = 5


def load_model(directory=None) -> Seq2Seq:
    """Load a trained model (the shipped one in models/ by default) and compile its two graphs."""
    directory = Path(directory or DEFAULT_MODEL)
    if not (directory / "config.json").exists():
        raise FileNotFoundError(
            f"No trained model in {directory}: train one with `python -m attnviz.train`."
        )
    return compile_graphs(load_from(directory))


def compile_graphs(model: Seq2Seq) -> Seq2Seq:
    units, source = model.units, model.max_source_len
    model.encode_graph = tf.function(
        model.encode, input_signature=[tf.TensorSpec([1, source], tf.int32)]
    )
    model.step_graph = tf.function(
        model.decode_step,
        input_signature=[
            tf.TensorSpec([1], tf.int32),
            tf.TensorSpec([1, units]),
            tf.TensorSpec([1, units]),
            tf.TensorSpec([1, source, units]),
            tf.TensorSpec([1, source, model.attention.W2.units]),
            tf.TensorSpec([1, source], tf.bool),
        ],
    )
    return model


def _decode(model: Seq2Seq, sentence: str, target: str | None, max_steps: int | None) -> Trace:
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a string, not {type(sentence).__name__}")
    if not hasattr(model, "step_graph"):
        compile_graphs(model)
    source, targets = model.source_vocab, model.target_vocab
    encoded = encode(sentence, source, model.max_source_len)
    forced = None
    if target is not None:
        words = tokenize(target)
        if not words:
            raise InputError("The reference translation is empty.")
        if len(words) + 1 > model.max_target_len:
            raise InputError(
                f"The reference has {len(words)} words; the model writes at most "
                f"{model.max_target_len - 1} before <end>."
            )
        forced = [targets.id(w) for w in words] + [targets.id(END)]
    max_steps = len(forced) if forced else min(max_steps or model.max_target_len, model.max_target_len)

    encoder = model.encode_graph(tf.constant([encoded.ids], tf.int32))
    last = len(encoded.tokens) - 1  # the last real token, <end>: padding is not the final state
    h, c = encoder["h"][:, last], encoder["c"][:, last]
    keys, w2_keys, mask = encoder["h"], encoder["w2_keys"], encoder["mask"]

    steps, token = [], targets.id(START)
    for t in range(max_steps):
        out = model.step_graph(tf.constant([token], tf.int32), h, c, keys, w2_keys, mask)
        out = {k: v.numpy()[0] for k, v in out.items()}
        chosen = forced[t] if forced else int(np.argmax(out["probabilities"]))
        top = np.argsort(-out["probabilities"])[:TOP_K]
        steps.append(
            Step(
                index=t,
                input_id=token,
                input_token=targets.word(token),
                chosen_id=chosen,
                token=targets.word(chosen),
                forced=forced is not None,
                top_k=[(targets.word(i), float(out["probabilities"][i])) for i in top],
                **out,
            )
        )
        h, c, token = out["h"][None], out["c"][None], chosen
        if chosen == targets.id(END):
            break

    words = [s.token for s in steps if s.token != END]
    return Trace(
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
        w2_keys=w2_keys.numpy()[0],
        initial_position=last,
        steps=steps,
        translation=detokenize(words),
    )


def trace(
    model: Seq2Seq, sentence: str, *, target: str | None = None, max_steps: int | None = None
) -> Trace:
    """Translate `sentence` and keep every number computed on the way (see docs/trace-schema.md).

    `target` forces the given English (teacher forcing) so its attention can be shown.
    """
    return _decode(model, sentence, target, max_steps)


def translate(model: Seq2Seq, sentence: str) -> str:
    """Greedy translation of one Korean sentence."""
    return _decode(model, sentence, None, None).translation
