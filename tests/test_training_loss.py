"""The training loss: cross-entropy over the real target words only, and label smoothing when asked for."""

import numpy as np
import tensorflow as tf

from attnviz.corpus.train import masked_loss

TARGETS = tf.constant([[5, 2, 0]])  # a word, <end>, padding
LOGITS = tf.constant(np.random.default_rng(0).normal(size=(1, 3, 8)), tf.float32)


def test_padding_is_left_out_and_smoothing_spreads_the_target():
    log_p = tf.nn.log_softmax(LOGITS).numpy()[0]
    plain = -(log_p[0, 5] + log_p[1, 2]) / 2  # two real words; the padded position does not count
    assert np.isclose(float(masked_loss(TARGETS, LOGITS)), plain, atol=1e-5)
    # smoothed: the target keeps 1 − ε + ε/V of the probability, every word gets ε/V
    epsilon, vocabulary = 0.1, 8
    smoothed = np.mean(
        [
            -(1 - epsilon) * log_p[t, word] - epsilon / vocabulary * log_p[t].sum()
            for t, word in ((0, 5), (1, 2))
        ]
    )
    assert np.isclose(float(masked_loss(TARGETS, LOGITS, epsilon)), smoothed, atol=1e-5)
