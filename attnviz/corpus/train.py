"""Train the translator: `python -m attnviz.corpus.train [--attention KIND] [--epochs N] [--minutes M]`.

Teacher forcing over generated pairs plus the Tatoeba pairs, batches bucketed by length so short
sentences do not pay for long ones, then greedy-decoding evaluation on both held-out parts (evaluate.py),
the warning calibrated on them (confidence.json) and the blind held-out sentences scored (metrics.json).
The three kinds of attention train on the same data with the same budget, so they can be compared.
"""

import argparse
import collections
import json
import math
import random
import time
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from ..decoding import load_model, model_directory
from ..model import ATTENTION_KINDS, build_model
from ..tokens import END, START, Vocabulary, comparable, tokenize
from . import attention_history, generator, heldout, mix, tatoeba
from .calibrate import calibrate, calibration_sentences
from .evaluate import evaluate


def to_ids(pairs, source_vocab, target_vocab):
    """[(source ids, decoder input ids, decoder target ids)]: <start> y  ->  y <end>."""
    examples = []
    for korean, english in pairs:
        source = [START] + tokenize(korean) + [END]
        target = [target_vocab.id(w) for w in tokenize(english)]
        examples.append(
            (
                [source_vocab.id(w) for w in source],
                [target_vocab.id(START)] + target,
                target + [target_vocab.id(END)],
            )
        )
    return examples


def batches(examples, batch_size, rng):
    """Shuffled batches of similar length, each padded to a multiple of 4 (few shapes to compile)."""

    def bucket(e):
        return math.ceil(len(e[0]) / 4) * 4, math.ceil(len(e[1]) / 4) * 4

    by_shape: dict = {}
    for e in examples:
        by_shape.setdefault(bucket(e), []).append(e)
    out = []
    for (s_len, t_len), group in by_shape.items():
        rng.shuffle(group)
        for i in range(0, len(group), batch_size):
            chunk = group[i : i + batch_size]
            pad = lambda seqs, n: np.array([s + [0] * (n - len(s)) for s in seqs], np.int32)
            out.append(
                (
                    pad([e[0] for e in chunk], s_len),
                    pad([e[1] for e in chunk], t_len),
                    pad([e[2] for e in chunk], t_len),
                )
            )
    rng.shuffle(out)
    return out


def masked_loss(targets, logits, smoothing: float = 0.0):
    """Cross-entropy over the real target words (padding masked). With `smoothing` (label smoothing),
    the target word keeps 1 − smoothing of the probability and the rest is spread over the vocabulary:
    the model is not pushed to put everything on one word, which over-fits Tatoeba's few real pairs."""
    if smoothing:
        one_hot = tf.one_hot(targets, tf.shape(logits)[-1])
        losses = keras.losses.categorical_crossentropy(
            one_hot, logits, from_logits=True, label_smoothing=smoothing
        )
    else:  # the same loss without building a vocabulary-wide one-hot
        losses = keras.losses.sparse_categorical_crossentropy(targets, logits, from_logits=True)
    mask = tf.cast(targets != 0, losses.dtype)
    return tf.reduce_sum(losses * mask) / tf.reduce_sum(mask)


def make_steps(model, optimizer, smoothing: float = 0.0):
    """The training step (label smoothing as given) and the held-out loss (plain cross-entropy)."""

    @tf.function(reduce_retracing=False)
    def train_step(source, decoder_in, decoder_out):
        with tf.GradientTape() as tape:
            loss = masked_loss(decoder_out, model((source, decoder_in), training=True), smoothing)
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    @tf.function(reduce_retracing=False)
    def eval_step(source, decoder_in, decoder_out):
        return masked_loss(decoder_out, model((source, decoder_in)))

    return train_step, eval_step


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--attention", choices=ATTENTION_KINDS, default="bahdanau")
    p.add_argument("--out", default=None, help="where the model goes (default: models/<attention>/)")
    p.add_argument("--tatoeba", default=None, help="path to kor.txt (default: data/tatoeba-kor-eng/)")
    p.add_argument("--generated", type=int, default=150000, help="generated training pairs")
    p.add_argument("--generated-per-epoch", type=int, default=25000, help="sampled from them each epoch")
    p.add_argument("--tatoeba-repeats", type=int, default=2, help="passes over Tatoeba per epoch")
    p.add_argument(
        "--coverage-repeats",
        type=int,
        default=2,
        help="each lexicon word in its simple frames, per epoch",
    )
    p.add_argument(
        "--clause-pairs",
        type=int,
        default=0,
        help="fresh two-clause pairs added to each epoch, beyond the generator's share",
    )
    p.add_argument(
        "--conversation-pairs",
        type=int,
        default=0,
        help="fresh pairs of the conversation kinds (-ㄹ게요, -ㄹ래요?, -아/어 보다 ...) added to each epoch",
    )
    p.add_argument(
        "--phrase-repeats", type=int, default=4, help="passes over data/phrases.tsv per epoch"
    )
    p.add_argument(
        "--sentence-repeats",
        type=int,
        default=0,
        help="passes over data/sentences.tsv (everyday sentences written by hand) per epoch",
    )
    p.add_argument("--generated-test", type=int, default=1000)
    p.add_argument("--epochs", type=int, default=14)
    p.add_argument("--minutes", type=float, default=45, help="no new epoch starts after this")
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--learning-rate", type=float, default=2e-3)
    p.add_argument(
        "--label-smoothing",
        type=float,
        default=0.0,
        help="of the training loss (0.1 raised Tatoeba BLEU but sent attention to <start>: README)",
    )
    p.add_argument(
        "--final-learning-rate",
        type=float,
        default=None,
        help="the learning rate falls linearly to this by the last epoch (default: it stays the same)",
    )
    p.add_argument(
        "--dropout",
        type=float,
        default=0.0,
        help="of the embeddings and of h before the output layer, while training",
    )
    p.add_argument(
        "--average-last",
        type=int,
        default=3,
        help="the saved weights are the mean of the last N epochs' (1: the last epoch's own)",
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--init-seed",
        type=int,
        default=None,
        help="for the weights' first values and nothing else (default: --seed); the data and its split stay",
    )
    args = p.parse_args(argv)

    keras.utils.set_random_seed(args.seed if args.init_seed is None else args.init_seed)
    rng = random.Random(args.seed)
    start = time.time()
    never = mix.held_out_korean()  # tests/data/heldout*.tsv: never trained on
    tatoeba_train, tatoeba_test = tatoeba.tatoeba_split(args.tatoeba, seed=args.seed)
    generated_train, generated_test = mix.generated_split(args.generated, args.generated_test, args.seed)
    tatoeba_train, generated_train = (
        mix.without(tatoeba_train, never),
        mix.without(generated_train, never),
    )
    phrases = mix.without(mix.load_phrases(), never)
    # left out of the vocabulary too when not trained on, so the default recipe stays as shipped
    sentences = mix.without(mix.read_column_pairs(mix.SENTENCES), never) if args.sentence_repeats else []
    # every lexicon word in its simple frames, in fresh forms each epoch (made now, for the vocabulary)
    coverage = [
        mix.without(mix.coverage_pairs(args.seed * 1000 + epoch, args.coverage_repeats), never)
        for epoch in range(args.epochs)
    ]
    # more sentences of two clauses and of conversation, fresh each epoch (made now, for the
    # vocabulary), none held out
    kept_out = never | {comparable(korean) for korean, _ in generated_test}
    clauses = [
        mix.without(mix.clause_pairs(args.seed * 1000 + 500 + epoch, args.clause_pairs), kept_out)
        for epoch in range(args.epochs)
    ]
    talk = [
        mix.without(
            mix.conversation_pairs(args.seed * 1000 + 700 + epoch, args.conversation_pairs),
            kept_out,  # nor the generator's own held-out sentences (none of seed 0's are among them)
        )
        for epoch in range(args.epochs)
    ]
    train_pairs = generated_train + tatoeba_train + phrases + sentences
    train_pairs += [p for c in coverage + clauses + talk for p in c]
    source_vocab = Vocabulary.build([tokenize(k) for k, _ in train_pairs])
    target_vocab = Vocabulary.build([tokenize(e) for _, e in train_pairs])
    model = build_model(source_vocab, target_vocab, args.dropout, attention=args.attention)

    def fitting(pairs):
        return [
            e
            for e in to_ids(pairs, source_vocab, target_vocab)
            if len(e[0]) <= model.max_source_len and len(e[1]) <= model.max_target_len
        ]

    generated, real = fitting(generated_train), fitting(tatoeba_train)
    fixed, written = fitting(phrases), fitting(sentences)
    # The Tatoeba held-out loss, printed each epoch, shows over-fitting on real sentences early.
    watch = fitting(tatoeba_test)
    print(
        f"training pairs: {len(generated)} generated, {len(coverage[0])} covering the lexicon and "
        f"{len(clauses[0])} more of two clauses and {len(talk[0])} of conversation per epoch, "
        f"{len(fixed)} phrases, {len(written)} hand-written sentences, {len(real)} Tatoeba; "
        f"{len(never)} held-out sentences excluded; "
        f"held out: {len(generated_test)} generated, {len(tatoeba_test)} Tatoeba; "
        f"vocabulary: {len(source_vocab)} Korean, {len(target_vocab)} English; "
        f"{model.count_params():,} parameters",
        flush=True,
    )

    optimizer = keras.optimizers.Adam(args.learning_rate, clipnorm=5.0)
    train_step, eval_step = make_steps(model, optimizer, args.label_smoothing)
    history, snapshots = [], []
    last_weights = collections.deque(maxlen=max(args.average_last, 1))
    out = Path(args.out) if args.out else model_directory(args.attention)
    for epoch in range(1, args.epochs + 1):
        if args.final_learning_rate is not None:  # big steps first, then small ones to settle
            fraction = (epoch - 1) / max(args.epochs - 1, 1)
            optimizer.learning_rate = args.learning_rate + fraction * (
                args.final_learning_rate - args.learning_rate
            )
        # Real sentences are few and varied, generated ones many and regular: each epoch sees every
        # Tatoeba pair twice, every phrase and lexicon word several times, and a fresh sample of the
        # generated pairs.
        sample = rng.sample(generated, min(args.generated_per_epoch, len(generated)))
        sample += (
            fitting(coverage[epoch - 1] + clauses[epoch - 1] + talk[epoch - 1])
            + fixed * args.phrase_repeats
            + written * args.sentence_repeats
            + real * args.tatoeba_repeats
        )
        epoch_batches = batches(sample, args.batch_size, rng)
        bar = keras.utils.Progbar(len(epoch_batches), stateful_metrics=["loss"])
        total = 0.0
        for i, batch in enumerate(epoch_batches, 1):
            total += float(train_step(*batch))
            bar.update(i, [("loss", total / i)])
        held_out = float(np.mean([float(eval_step(*b)) for b in batches(watch, 256, rng)]))
        history.append(
            {
                "epoch": epoch,
                "loss": round(total / len(epoch_batches), 4),
                "tatoeba_held_out_loss": round(held_out, 4),
                "minutes": round((time.time() - start) / 60, 1),
            }
        )
        print(f"epoch {epoch}: {history[-1]}", flush=True)
        snapshots.append(
            attention_history.snapshot(
                model, epoch, history[-1]["loss"], history[-1]["tatoeba_held_out_loss"]
            )
        )
        model.save_to(out)  # checkpoint: weights only, no optimizer state
        attention_history.save(out, snapshots)
        last_weights.append(model.get_weights())
        elapsed = (time.time() - start) / 60
        if elapsed + elapsed / epoch > args.minutes:  # the next epoch would end past the limit
            print("time limit reached", flush=True)
            break

    if len(last_weights) > 1:  # a mean of nearby points of the same run sits lower in the valley
        model.set_weights([np.mean(ws, axis=0) for ws in zip(*last_weights)])
        model.save_to(out)
    model = load_model(out)  # evaluate the model as saved, with its float16 weights
    blind = heldout.load()
    metrics = {"attention": args.attention} | evaluate(model, tatoeba_test, generated_test, blind)
    # The warning's thresholds are fitted on the same held-out pairs and the calibration set, then judged
    # on the blind sets.
    calibrate(model, generated_test + tatoeba_test + calibration_sentences(), out)
    metrics.update(heldout.score_sets(model)[0])
    metrics.update(
        history=history,
        training_minutes=round((time.time() - start) / 60, 1),
        generated_train=len(generated),
        tatoeba_train=len(real),
        seed=args.seed,
        init_seed=args.init_seed,
        generator_version=generator.VERSION,
        epochs=len(history),
        averaged_epochs=len(last_weights),
        generated_per_epoch=args.generated_per_epoch,
        tatoeba_repeats=args.tatoeba_repeats,
        coverage_per_epoch=len(coverage[0]),
        clause_pairs_per_epoch=len(clauses[0]),
        conversation_pairs_per_epoch=len(talk[0]),
        phrases=len(fixed),
        phrase_repeats=args.phrase_repeats,
        sentences=len(written),
        sentence_repeats=args.sentence_repeats,
        held_out_excluded=len(never),
        batch_size=args.batch_size,
        label_smoothing=args.label_smoothing,
        dropout=args.dropout,
        learning_rate=args.learning_rate,
        final_learning_rate=args.final_learning_rate,
        source_vocabulary=len(source_vocab),
        target_vocabulary=len(target_vocab),
    )
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    print(json.dumps({k: v for k, v in metrics.items() if k != "history"}, indent=2))


if __name__ == "__main__":
    main()
