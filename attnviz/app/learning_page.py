"""How attention is learned: a sentence recorded after every epoch of training, an epoch slider, that
epoch's alignment on a fixed 0–1 scale, its losses and its greedy translation. It draws only what
training wrote next to the model (models/<attention>/training_attention.json): no model is loaded here.
A model without attention records no alignment: its page shows the losses alone."""

from pathlib import Path

import streamlit as st

from ..corpus.attention_history import FILE
from ..decoding import model_directory
from ..model_files import shown_path
from . import data, figures, state
from .labels import literal
from .lesson import Top, model_switch, show_notes, top
from .stages import draw


def learning_page(directory: Path | None = None) -> None:
    """`directory`: the model whose training record is drawn (default: the shipped model the switch
    picks, the lesson's Bahdanau one unless told otherwise)."""
    page = top(with_model=False)
    text = page.text
    with page.settings if page.presenting else st.container():
        attention = model_switch(text)
    directory = directory or model_directory(attention)
    page.heading(text["page_learning"])
    epochs = data.training_attention(directory)
    if epochs is None:
        show_notes(text)
        path = literal(shown_path(directory / FILE))
        st.info(text["learning_missing"].format(path=path), icon=":material/hourglass_empty:")
    elif not data.records_attention(epochs):
        show_notes(text)
        st.info(text["learning_no_attention"], icon=":material/visibility_off:")
        draw(figures.loss_figure(epochs, None, text), "loss", page.presenting)
    else:
        averaged = (data.metrics(directory=directory) or {}).get("averaged_epochs", 1)
        _watch(epochs, page, averaged)
    state.write_link()


def _watch(epochs: list[dict], page: Top, averaged: int) -> None:
    """The recorded sentence and epoch chosen: its alignment, losses and translation. `averaged`: how
    many last epochs' weights the saved model is the mean of."""
    text = page.text
    sentences = [s["sentence"] for s in epochs[0]["sentences"]]
    state.settle_learning(sentences, len(epochs))
    show_notes(text)
    if not page.presenting:  # a projector's slide has no room; the speaker says it
        st.caption(text["learning_about"])
        if averaged > 1:  # no epoch here is quite the model the other pages use
            st.caption(text["learning_averaged"].format(epochs=averaged))
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
        draw(figures.epoch_alignment_figure(recorded, epoch, text), f"epoch-{epoch}", page.presenting)
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
        draw(figures.loss_figure(epochs, epoch, text), "loss", page.presenting)
