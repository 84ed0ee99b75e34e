"""How attention is learned: a sentence recorded after every epoch of training, an epoch slider, that
epoch's alignment on a fixed 0–1 scale, its losses and its greedy translation. It draws only what
training wrote (models/training_attention.json): no model is loaded here."""

from pathlib import Path

import streamlit as st

from . import data, figures, state
from .labels import literal
from .lesson import show_notes, top
from .stages import show


def learning_page(path: Path | None = None) -> None:
    """`path`: the recording to draw (default: the one training writes next to the model)."""
    page = top(with_model=False)
    text = page.text
    with page.title:
        st.markdown(f"{'####' if page.presenting else '##'} {text['page_learning']}")
    epochs = data.training_attention(path or data.TRAINING_ATTENTION)
    if epochs is None:
        show_notes(text)
        st.info(text["learning_missing"], icon=":material/hourglass_empty:")
        state.write_link()
        return
    sentences = [s["sentence"] for s in epochs[0]["sentences"]]
    state.settle_learning(sentences, len(epochs))
    show_notes(text)
    if not page.presenting:  # a projector's slide has no room; the speaker says it
        st.caption(text["learning_about"])
    watched = st.segmented_control(
        text["watched"],
        sentences,
        key=state.WATCHED,
        required=True,
        format_func=literal,  # option labels are Markdown
        persist_state="session",
    )
    epoch = 1
    if len(epochs) > 1:  # a slider needs two ends
        epoch = st.slider(
            text["epoch"],
            1,
            len(epochs),
            key=state.EPOCH,
            help=text["epoch_help"],
            persist_state="session",
        )
    shown = epochs[epoch - 1]
    recorded = shown["sentences"][sentences.index(watched)]
    matrix, beside = st.columns([3, 2])
    with matrix:
        alignment = figures.epoch_alignment_figure(recorded, epoch, text)
        show(figures.enlarge(alignment) if page.presenting else alignment, f"epoch-{epoch}")
    with beside:
        st.markdown(
            text["epoch_losses"].format(
                epoch=epoch, total=len(epochs), loss=shown["loss"], held_out=shown["held_out_loss"]
            )
        )
        st.markdown(
            f"**{text['epoch_translation'].format(translation=literal(recorded['translation']))}**"
        )
        st.caption(text["epoch_reference"].format(reference=literal(recorded["reference"])))
        losses = figures.loss_figure(epochs, epoch, text)
        show(figures.enlarge(losses) if page.presenting else losses, "loss")
    state.write_link()
