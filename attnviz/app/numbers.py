"""How the page writes numbers: a fixed number of decimals, rows that add up on screen, tiny values in
scientific notation, and short vectors the way the lesson writes them ([0.2, 0.5, …, 0.3]).

Only the writing changes: every value comes from the trace as the model computed it.
"""

import math

import numpy as np

DIGITS = 4  # decimals for exp(score − max), attention weights and probabilities


def rounded_to_total(values, digits: int = DIGITS) -> list[float]:
    """`values` rounded to `digits` decimals so that they add up, on screen, to their sum rounded the
    same way: each is rounded down, and the units still missing go to the largest remainders."""
    unit = 10.0**digits
    scaled = np.asarray(values, dtype=float) * unit
    floors = np.floor(scaled)
    missing = int(round(scaled.sum())) - int(floors.sum())
    order = np.argsort(floors - scaled, kind="stable")  # largest remainder first
    floors[order[: max(missing, 0)]] += 1
    return [float(v) / unit for v in floors]


def fixed(value: float, digits: int = DIGITS, exact: float | None = None) -> str:
    """`value` with `digits` decimals; `exact` (the unrounded value, when `value` is rounded already)
    written as 2.3e-07 when it is not zero but the decimals would show 0."""
    exact = value if exact is None else exact
    if exact != 0 and round(value, digits) == 0:
        return f"{exact:.1e}"
    return f"{value:.{digits}f}"


def probability(value: float, digits: int = DIGITS) -> str:
    """A probability that never reads as a certain 1 or an impossible 0 unless it is one."""
    if value in (0, 1):
        return f"{value:.0f}"
    if value < 0.5 * 10**-digits:
        return f"{value:.1e}"
    if 1 - value < 0.5 * 10**-digits:  # enough decimals to show it is not 1
        return f"{value:.{min(-math.floor(math.log10(1 - value)), 9)}f}"
    return f"{value:.{digits}f}"


def vector(values, shown: int = 3) -> str:
    """The first `shown` values and the last, as the lesson writes a vector: [0.21, -0.05, 0.33, …, 0.08]."""
    values = np.asarray(values, dtype=float).ravel()
    if len(values) <= shown + 1:
        return "[" + ", ".join(f"{v:.2f}" for v in values) + "]"
    return "[" + ", ".join(f"{v:.2f}" for v in values[:shown]) + f", …, {values[-1]:.2f}]"


def shape(*sizes: int) -> str:
    return "[" + ", ".join(str(s) for s in sizes) + "]"
