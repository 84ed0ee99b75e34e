"""Where the page is in the lesson: stages, decoder steps and the presentation's order of slides.

Decoder steps are numbered from 1 here, as the page shows them and the URL carries them.
"""

STAGES = ("preprocessing", "embedding", "encoder", "attention", "decoder", "alignment")
STEP_STAGES = ("attention", "decoder")  # these show one decoder step each

Slide = tuple[str, int | None]  # (stage, decoder step or None)


def slides(total_steps: int) -> list[Slide]:
    """The lesson's order: the source side once, then attention and decoder for every step, then alignment.

    The alignment slide shows the whole matrix, so it belongs to the last step.
    """
    per_step = [(stage, step) for step in range(1, total_steps + 1) for stage in STEP_STAGES]
    return [(stage, None) for stage in STAGES[:3]] + per_step + [("alignment", total_steps)]


def slide_index(stage: str, step: int, total_steps: int) -> int:
    """The slide showing `stage` (at `step`, for the stages that have steps)."""
    order = slides(total_steps)
    if stage in STEP_STAGES:
        return order.index((stage, clamp_step(step, total_steps)))
    return next(i for i, (name, _) in enumerate(order) if name == stage)


def neighbour(stage: str, step: int, total_steps: int, delta: int) -> tuple[str, int]:
    """The slide `delta` slides away (stopping at either end), as (stage, step); stages without a step
    keep the current one."""
    order = slides(total_steps)
    index = min(max(slide_index(stage, step, total_steps) + delta, 0), len(order) - 1)
    new_stage, new_step = order[index]
    return new_stage, step if new_step is None else new_step


def clamp_step(step: int, total_steps: int) -> int:
    return min(max(step, 1), total_steps)
