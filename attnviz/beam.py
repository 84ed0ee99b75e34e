"""Beam search: a strategy over the model's one compiled decoder step, like greedy decoding.

The beam holds `width` partial translations. At every step all of them go through the step in one
batched call; each proposes its `width` most probable next words, and the `width` candidates with the
highest cumulative log-probability stay. A candidate ending in <end> leaves the search finished and
its slot closes, so the search stops when every slot has finished (or at the length limit). Width 1
is greedy decoding exactly.

log-probabilities are natural logs of the probabilities the model computed (its softmax), summed over
a hypothesis's tokens, <end> included. The search ranks by that raw sum; `length_penalty` only re-ranks
the finished list (score = log_prob / length ** length_penalty) and never changes what is searched.
"""

from dataclasses import dataclass
from numbers import Integral

import numpy as np
import tensorflow as tf

from .decoding import best_ids, encode_source, run_step
from .model import Seq2Seq
from .tokens import END, START, InputError, detokenize

KEPT, FINISHED, PRUNED = "kept", "finished", "pruned"


@dataclass
class BeamNode:
    """One candidate of one step: a partial translation extended by one word."""

    parent: int | None  # its hypothesis' node in the previous step's `candidates`; None at step 0
    word: str
    token_id: int
    log_prob: float  # log P(word | the words before), as the model computed it
    cumulative: float  # the sum of log_prob from the first word to this one
    status: str  # "kept" (stays in the beam), "finished" (ended with <end>) or "pruned" (lost)


@dataclass
class BeamStep:
    index: int  # decoder step, as Step.index
    candidates: list  # BeamNode, best first: every word the beam's hypotheses proposed at this step


@dataclass
class Hypothesis:
    tokens: list  # English tokens, <end> last when finished
    token_ids: list
    token_log_probs: list  # log-probability of each token
    log_prob: float  # their sum
    score: float  # the ranking score: log_prob / len(tokens) ** length_penalty
    finished: bool  # False only when the length limit stopped it before <end>
    path: list  # its node's index in each step's candidates, step 0 first

    @property
    def translation(self) -> str:
        return detokenize([t for t in self.tokens if t != END])


@dataclass
class BeamSearch:
    """The finished hypotheses best first, and the search that found them step by step."""

    sentence: str
    width: int
    length_penalty: float
    hypotheses: list  # Hypothesis, best score first
    steps: list  # BeamStep

    def __iter__(self):
        return iter(self.hypotheses)

    def __len__(self):
        return len(self.hypotheses)

    def __getitem__(self, rank):
        return self.hypotheses[rank]


def beam_search(
    model: Seq2Seq, sentence: str, *, width: int = 4, length_penalty: float = 0.0
) -> BeamSearch:
    """Beam search of `width` (1 is greedy); see the module's docstring for the ranking."""
    if not isinstance(width, Integral) or isinstance(width, bool) or width < 1:
        raise InputError(f"The beam width must be a whole number of at least 1, not {width!r}.")
    source = encode_source(model, sentence)
    targets = model.target_vocab
    end = targets.id(END)
    h, c = source.start_state()
    beam = [Hypothesis([], [], [], 0.0, 0.0, False, [])]  # the empty translation, fed <start>
    finished, steps = [], []
    for t in range(model.max_target_len):
        inputs = [hyp.token_ids[-1] if hyp.token_ids else targets.id(START) for hyp in beam]
        out = run_step(model, source, inputs, h, c)
        with np.errstate(divide="ignore"):  # a probability that rounded to 0 is log 0 = -inf
            log_probs = np.log(out["probabilities"].astype(np.float64))
        proposals = []  # (hypothesis, token), each hypothesis' best words; ties go to the lower id
        for i, row in enumerate(log_probs):
            proposals += [(i, int(token)) for token in best_ids(row, width)]
        cumulative = [float(beam[i].log_prob + log_probs[i, token]) for i, token in proposals]
        order = sorted(range(len(proposals)), key=lambda j: -cumulative[j])
        slots = width - len(finished)
        candidates, survivors = [], []
        for rank, j in enumerate(order):
            i, token = proposals[j]
            status = PRUNED if rank >= slots else FINISHED if token == end else KEPT
            parent = beam[i].path[-1] if beam[i].path else None
            word, log_prob = targets.word(token), float(log_probs[i, token])
            candidates.append(BeamNode(parent, word, token, log_prob, cumulative[j], status))
            if status == PRUNED:
                continue
            grown = Hypothesis(
                tokens=beam[i].tokens + [word],
                token_ids=beam[i].token_ids + [token],
                token_log_probs=beam[i].token_log_probs + [log_prob],
                log_prob=cumulative[j],
                score=0.0,
                finished=status == FINISHED,
                path=beam[i].path + [rank],
            )
            (finished if grown.finished else survivors).append((grown, i))
        steps.append(BeamStep(t, candidates))
        if not survivors:
            break
        beam = [grown for grown, _ in survivors]
        parents = [i for _, i in survivors]
        h, c = tf.constant(out["h"][parents]), tf.constant(out["c"][parents])
    else:  # the length limit: what is still in the beam is returned unfinished
        finished += [(hyp, None) for hyp in beam]

    hypotheses = [hyp for hyp, _ in finished]
    for hyp in hypotheses:
        hyp.score = hyp.log_prob / len(hyp.tokens) ** length_penalty
    hypotheses.sort(key=lambda hyp: -hyp.score)
    return BeamSearch(sentence, width, length_penalty, hypotheses, steps)
