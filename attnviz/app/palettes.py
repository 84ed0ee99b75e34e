"""Colour settings for every chart: the standard colours, a colour-blind-safe set (Okabe–Ito colours,
cividis and PuOr scales, which keep their order for every kind of colour vision) and a high-contrast
theme for a washed-out projector (white to black weights, dark colours, black text).

figures.py draws in the standard colours; `recolour` swaps them as a chart is drawn, so the figures
and their tests stay free of settings.
"""

from dataclasses import dataclass

import plotly.graph_objects as go
import streamlit as st

from . import figures

PALETTE = "palette"  # session key of the setting


@dataclass(frozen=True)
class Palette:
    weights: str  # attention weights, 0 to 1
    activations: str  # signed values, centred on 0
    chosen: str  # the decoder's word
    other: str  # the other candidates
    own: str  # the model's own softmax beside a tempered one
    ink: str | None = None  # text colour, when the theme's grey is too faint


PALETTES = {
    "standard": Palette(
        figures.WEIGHTS, figures.ACTIVATIONS, figures.CHOSEN, figures.OTHER, figures.MODEL_OWN
    ),
    "colourblind": Palette("cividis", "PuOr_r", "#E69F00", "#0072B2", "#999999"),
    "contrast": Palette("Greys", "RdBu_r", "#B00000", "#00307A", "#555555", ink="#000000"),
}

# a high-contrast page: black text where Streamlit writes grey
CONTRAST_STYLE = """<style>
[data-testid="stCaptionContainer"], [data-testid="stMarkdownContainer"], [data-testid="stTable"] {
    color: #000 !important; }
</style>"""


def current() -> Palette:
    return PALETTES.get(st.session_state.get(PALETTE), PALETTES["standard"])


def setting(text: dict) -> None:
    """The choice, for the settings popover; a high-contrast page also gets black text."""
    st.segmented_control(
        text["palette"],
        list(PALETTES),
        key=PALETTE,
        default="standard",
        required=True,
        format_func=lambda name: text[f"palette_{name}"],
    )
    if st.session_state.get(PALETTE) == "contrast":
        st.html(CONTRAST_STYLE)


def recolour(fig: go.Figure, palette: Palette) -> go.Figure:
    standard = PALETTES["standard"]
    if palette == standard:
        return fig
    swaps = {standard.chosen: palette.chosen, standard.other: palette.other, standard.own: palette.own}

    def swapped(colour):  # one colour or one per bar or point
        if colour is None or isinstance(colour, str):
            return swaps.get(colour, colour)
        return [swaps.get(c, c) for c in colour]

    for trace in fig.data:
        if isinstance(trace, go.Heatmap) and trace.coloraxis is None:
            weights = (trace.zmin, trace.zmax) == (0, 1)
            trace.colorscale = palette.weights if weights else palette.activations
        elif isinstance(trace, go.Bar):
            trace.marker.color = swapped(trace.marker.color)
        elif isinstance(trace, go.Scatter):  # the beam search's tree: its nodes, best path and ring
            trace.marker.color = swapped(trace.marker.color)
            trace.marker.line.color = swapped(trace.marker.line.color)
            trace.line.color = swapped(trace.line.color)
    if fig.layout.coloraxis.colorscale is not None:
        fig.update_layout(coloraxis_colorscale=palette.activations)
    if palette.ink:
        fig.update_layout(font_color=palette.ink)
    return fig
