"""The record of one translation: every number the model computed, and its exports (JSON, pandas, CSV).

The JSON schema is documented in docs/trace-schema.md.
"""

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .confidence import Doubt
from .tokens import END

# What a step's attention computed; all None for a model without attention, w1_query only for Bahdanau.
ATTENTION_FIELDS = (
    "w1_query",
    "scores",
    "shifted_scores",
    "exp_scores",
    "exp_sum",
    "weights",
    "context",
)


def source_labels(tokens: list[str]) -> list[str]:
    """Column labels for source tokens; repeated words get a position suffix."""
    return [t if tokens.count(t) == 1 else f"{t} ({i + 1})" for i, t in enumerate(tokens)]


def output_labels(tokens: list[str]) -> list[str]:
    """Row labels for output tokens, numbered from 1 ("2: cat") so a repeated word keeps its own row."""
    return [f"{i + 1}: {token}" for i, token in enumerate(tokens)]


@dataclass
class Step:
    """One decoder step, as in the lesson's STEP 4 (attention) and STEP 5 (decoder)."""

    index: int
    input_id: int
    input_token: str  # <start> first, then the previous step's token
    embedding: np.ndarray  # (256,) embedding of the input token
    query: np.ndarray  # (512,) decoder h before this step
    w1_query: np.ndarray | None  # (attention units,) W1·query (Bahdanau only)
    # (source,) V·tanh(W1·query + W2·key), or query·(W·key) (Luong); padding positions are not used
    scores: np.ndarray | None
    shifted_scores: np.ndarray | None  # (source,) score − max over the real tokens (stable softmax)
    exp_scores: np.ndarray | None  # (source,) exp(score − max), 0 at padding
    exp_sum: float | None  # Σ exp_scores over real tokens
    weights: np.ndarray | None  # (source,) exp / sum, exactly 0 at padding; one-hot when pinned
    context: np.ndarray | None  # (512,) Σ weight·h
    lstm_input: np.ndarray  # (768,) [embedding ; context]; (256,) the embedding without attention
    h: np.ndarray  # (512,) new decoder h
    c: np.ndarray  # (512,) new decoder c
    logits: np.ndarray  # (target vocabulary,)
    probabilities: np.ndarray  # softmax(logits)
    top_k: list  # [(word, probability)], best first
    top_ids: (
        list  # the top-k's ids, in the same order: top_ids[0] is the argmax (the lesson's predict_id)
    )
    chosen_id: int
    token: str  # argmax, the forced word (teacher forcing or prefix), or the sampled word
    forced: bool  # the token was given (reference or prefix), not chosen by the model
    pinned: bool = False  # the weights were pinned on one position (`Trace.pin`), not the softmax's
    tempered: np.ndarray | None = None  # softmax(logits / Trace.temperature), float64; None without one


@dataclass
class Trace:
    sentence: str  # as typed
    tokens: list  # <start> words <end>, without padding
    padded_tokens: list  # tokens followed by <pad> up to the model's length
    ids: list  # padded ids
    mask: list  # True at real tokens
    unknown: list  # words that became <unk>
    target: str | None  # the forced reference, if any
    embeddings: np.ndarray  # (source, 256)
    encoder_h: np.ndarray  # (source, 512) h_t at every position (carried over padding)
    encoder_c: np.ndarray  # (source, 512)
    attention: str  # "bahdanau", "luong" or "none" (model.ATTENTION_KINDS)
    # (source, width) W2·key (Bahdanau) or W·key (Luong), the same at every step; width 0 without attention
    projected_keys: np.ndarray
    initial_position: int  # the decoder starts from encoder h, c at this position (<end>)
    steps: list
    translation: str
    prefix: str | None = None  # the English words forced before greedy decoding took over, if any
    pin: dict = field(default_factory=dict)  # {step index: source position} where attention was pinned
    unknown_english: list = field(default_factory=list)  # forced English words that became <unk>
    doubt: Doubt | None = None  # why the translation may be wrong (attnviz/confidence.py), or None
    temperature: float | None = None  # T of Step.tempered; None for plain greedy decoding
    sample: bool = False  # unforced words were drawn from Step.tempered, not the argmax
    seed: int | None = None  # the sampler's seed: the same seed draws the same words

    @property
    def warning(self) -> str | None:
        """A short English reason to doubt the translation; None on familiar ground."""
        return self.doubt.message if self.doubt else None

    @property
    def warning_code(self) -> str | None:
        """The reason as a code the page translates: unknown_words, rare_words, unfinished, low_confidence."""
        return self.doubt.code if self.doubt else None

    @property
    def attends(self) -> bool:
        """Whether the model has attention (weights, context) to show."""
        return self.attention != "none"

    @property
    def preprocessed(self) -> str:
        return " ".join(self.tokens)

    @property
    def decoder_h0(self) -> np.ndarray:
        return self.encoder_h[self.initial_position]

    @property
    def decoder_c0(self) -> np.ndarray:
        return self.encoder_c[self.initial_position]

    @property
    def output_tokens(self) -> list:
        return [s.token for s in self.steps]

    @property
    def finished(self) -> bool:
        """The decoder wrote <end> (else it stopped at the length limit)."""
        return bool(self.steps) and self.steps[-1].token == END

    @property
    def source_words(self) -> list:
        """Column labels for the real source tokens."""
        return source_labels(self.tokens)

    # --- pandas and CSV ----------------------------------------------------------------------
    def alignment_frame(self, upto: int | None = None) -> pd.DataFrame:
        """Attention weights: one row per English output token, one column per real Korean token."""
        self._needs_attention()
        steps = self.steps if upto is None else self.steps[: upto + 1]
        n = len(self.tokens)
        rows = [s.weights[:n] for s in steps]
        index = pd.Index(output_labels([s.token for s in steps]), name="output")
        return pd.DataFrame(
            np.array(rows).reshape(len(steps), n),
            index=index,
            columns=pd.Index(self.source_words, name="source"),
        )

    def softmax_frame(self, step: int) -> pd.DataFrame:
        """The lesson's table for one step: score -> score − max -> exp -> / sum -> weight, per source token."""
        self._needs_attention()
        s = self.steps[step]
        n = len(self.tokens)
        return pd.DataFrame(
            {
                "position": np.arange(1, n + 1),
                "token": self.tokens,
                "score": s.scores[:n],
                "score − max": s.shifted_scores[:n],
                "exp(score − max)": s.exp_scores[:n],
                "sum": np.full(n, s.exp_sum),
                "weight": s.weights[:n],
            }
        )

    def _needs_attention(self):
        if not self.attends:
            raise ValueError("this model has no attention: its steps have no weights")

    def softmax_tables(self) -> pd.DataFrame:
        """Every step's softmax table in one long frame (for CSV)."""
        frames = [
            self.softmax_frame(i).assign(step=i + 1, input_token=s.input_token, output_token=s.token)
            for i, s in enumerate(self.steps)
        ]
        return pd.concat(frames, ignore_index=True)[
            [
                "step",
                "input_token",
                "output_token",
                "position",
                "token",
                "score",
                "score − max",
                "exp(score − max)",
                "sum",
                "weight",
            ]
        ]

    # --- JSON ----------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        def floats(a):
            return None if a is None else np.asarray(a, dtype=float).round(8).tolist()

        def real_only(a):  # null at padding, where a value would mean nothing
            if a is None:
                return None
            return [float(round(v, 8)) if m else None for v, m in zip(np.asarray(a, float), self.mask)]

        projected = {"bahdanau": "w2_keys", "luong": "w_keys"}.get(self.attention)
        return {
            "schema": "attnviz.trace/5",
            "attention": self.attention,
            "sentence": self.sentence,
            "preprocessed": self.preprocessed,
            "tokens": self.padded_tokens,
            "ids": list(self.ids),
            "mask": [bool(m) for m in self.mask],
            "unknown_words": list(self.unknown),
            "target": self.target,
            "prefix": self.prefix,
            "pin": [{"step": step, "position": self.pin[step]} for step in sorted(self.pin)],
            "unknown_english_words": list(self.unknown_english),
            "temperature": self.temperature,
            "sample": self.sample,
            "seed": self.seed,
            "embeddings": floats(self.embeddings),
            "encoder": {
                "h": floats(self.encoder_h),
                "c": floats(self.encoder_c),
                **({projected: floats(self.projected_keys)} if projected else {}),
            },
            "decoder_initial": {
                "position": self.initial_position,
                "h": floats(self.decoder_h0),
                "c": floats(self.decoder_c0),
            },
            "steps": [
                {
                    "index": s.index,
                    "input_token": s.input_token,
                    "input_id": s.input_id,
                    "input_embedding": floats(s.embedding),
                    "query": floats(s.query),
                    "w1_query": floats(s.w1_query),
                    "scores": real_only(s.scores),
                    "shifted_scores": real_only(s.shifted_scores),
                    "exp_scores": floats(s.exp_scores),
                    "exp_sum": None if s.exp_sum is None else float(s.exp_sum),
                    "weights": floats(s.weights),
                    "context": floats(s.context),
                    "lstm_input": floats(s.lstm_input),
                    "h": floats(s.h),
                    "c": floats(s.c),
                    "logits": floats(s.logits),
                    "probabilities": floats(s.probabilities),
                    "tempered": None if s.tempered is None else floats(s.tempered),
                    "top_k": [[w, float(p)] for w, p in s.top_k],
                    "top_ids": list(s.top_ids),
                    "token": s.token,
                    "token_id": s.chosen_id,
                    "forced": s.forced,
                    "pinned": s.pinned,
                }
                for s in self.steps
            ],
            "translation": self.translation,
            "finished": self.finished,
            "warning": self.warning,
            "warning_code": self.warning_code,
            "warning_words": list(self.doubt.words) if self.doubt else [],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_html(self, language: str = "ko") -> str:
        """The lesson for this trace as one self-contained HTML file (every decoder step, a step slider,
        plotly.js embedded, no request to any host), in Korean ("ko") or English ("en")."""
        from .app.offline import lesson_html  # the page's figures; loaded only when asked for

        return lesson_html(self, language)
