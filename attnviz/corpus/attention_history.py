"""How attention is learned: after every epoch, the alignment of a few fixed sentences.

Each sentence is decoded with its reference forced (teacher forcing), so every epoch's matrix has the
same rows and columns and the page's epoch slider shows one picture sharpening, not a changing shape.
The greedy translation of that epoch is kept beside it. A model without attention (attention="none")
has no matrices: its record keeps the losses and translations alone.
"""

import json
from pathlib import Path

from ..decoding import trace
from ..examples import EXAMPLES

FILE = "training_attention.json"
# the lesson's two sentences first, then longer examples where the alignment has room to move
WATCHED = [EXAMPLES[0], EXAMPLES[1], EXAMPLES[6], EXAMPLES[7], EXAMPLES[4]]


def snapshot(model, epoch: int, loss: float, held_out_loss: float) -> dict:
    """One epoch: the training and held-out loss, and each watched sentence's greedy translation and
    weights (4 digits); a model without attention has no weights to record."""
    sentences = []
    for korean, english in WATCHED:
        forced = trace(model, korean, target=english)
        recorded = {"sentence": korean, "reference": english}
        if forced.attends:
            n = len(forced.tokens)
            recorded |= {
                "source_tokens": forced.tokens,
                "target_tokens": [s.token for s in forced.steps],
                "weights": [[round(float(w), 4) for w in s.weights[:n]] for s in forced.steps],
            }
        sentences.append(recorded | {"translation": trace(model, korean).translation})
    return {"epoch": epoch, "loss": loss, "held_out_loss": held_out_loss, "sentences": sentences}


def save(directory: Path, snapshots: list[dict]) -> None:
    (Path(directory) / FILE).write_text(json.dumps({"epochs": snapshots}, ensure_ascii=False))
