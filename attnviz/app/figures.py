"""Trace → Plotly figures and pandas tables for the page; no Streamlit here, so tests call them directly.

Every number drawn is one the model computed and the Trace kept: nothing is recomputed for display
(score − max is the subtraction the model's stable softmax made before its exp).
Labels come from `attnviz.app.labels.text(language)`, passed in as `text`. Words are escaped where they
are drawn: for Plotly's HTML subset in charts (`plain`), for Markdown in table cells (`literal`).
"""

import html
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from pandas.io.formats.style import Styler
from plotly.subplots import make_subplots

from ..trace import Trace, output_labels, source_labels
from . import numbers
from .labels import literal, visible_controls

CELL_TEXT_LIMIT = (
    200  # numbers in cells only up to this many cells: 18×512 labelled cells are slow and unreadable
)
CELL_TEXT_COLUMNS = 8  # and only this many columns: more numbers side by side overlap on a phone
ACTIVATIONS = "RdBu_r"  # embeddings and LSTM states: signed, centred on 0
WEIGHTS = "Blues"  # attention weights: 0 to 1
CHOSEN, OTHER = "#d62728", "#4c78a8"  # the decoder's word stands out from the other candidates
MODEL_OWN = "#9e9e9e"  # the model's own softmax, beside a tempered one
ROW_PX, CHROME_PX = 28, 110  # heatmap row height; title, axis and margins
TEXT_ROW_PX = 44  # rows with numbers in their cells
FONT, LARGE_FONT = 14, 20
COLOUR_BAR_PX = 40  # a horizontal colour bar with its ticks
GAP_PX = 45  # between stacked heatmaps: room for the upper one's axis numbers
LABEL_PX = 8  # about one character of a slanted tick label, for the room under the axis


def plain(words: str) -> str:
    """Text for Plotly, which reads an HTML subset (<b>, <a href>, <br>) in titles, ticks and hover."""
    return html.escape(visible_controls(words), quote=False)


def _plain_all(words) -> list[str]:
    return [plain(str(w)) for w in words]


def enlarge(fig: go.Figure) -> go.Figure:
    """Projector type: larger fonts and taller rows."""
    _fonts(fig, LARGE_FONT)
    fig.update_layout(height=int(fig.layout.height * 1.2))
    return fig


def _fonts(fig: go.Figure, size: int) -> None:
    # Streamlit's theme sets tick labels smaller than the layout's font; projectors need them all large.
    fig.update_layout(font_size=size, title_font_size=size + 2, legend_font_size=size)
    fig.update_xaxes(tickfont_size=size, title_font_size=size)
    fig.update_yaxes(tickfont_size=size, title_font_size=size)


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(
        title=dict(text=plain(title), x=0, xanchor="left"),
        height=height,
        margin=dict(l=10, r=10, t=50, b=40),
    )
    # the margins grow to fit the tick labels, so no axis is cut off
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    _fonts(fig, FONT)
    return fig


def _cell_text(matrix: np.ndarray, weights: bool) -> dict:
    """Per-cell numbers for small matrices; empty cells (not yet computed) stay blank. Attention weights
    are written as the softmax table writes them, so a row adds up to 1 on screen here too."""
    if matrix.size > CELL_TEXT_LIMIT or matrix.shape[1] > CELL_TEXT_COLUMNS:
        return {}
    text = [_weight_texts(row) if weights else [f"{v:.2f}" for v in row] for row in matrix]
    return dict(text=text, texttemplate="%{text}")


def _weight_texts(weights) -> list[str]:
    """A row of attention weights with `numbers.DIGITS` decimals, adding up to 1 as shown."""
    if np.isnan(weights).any():  # a row not computed yet
        return [""] * len(weights)
    return [numbers.fixed(r, exact=w) for r, w in zip(numbers.rounded_to_total(weights), weights)]


def heatmap(
    matrix,
    rows: list[str],
    columns: list,
    *,
    title: str,
    x_title: str,
    y_title: str = "",
    weights: bool = False,
    scale_title: str = "",
) -> go.Figure:
    """One matrix, rows top to bottom; activations centred on 0; attention weights always on the fixed
    0–1 scale (never stretched to the matrix's own range, which would make small differences look
    large), which `scale_title` says on the colour bar."""
    matrix = np.asarray(matrix, dtype=float)
    scale = (
        dict(
            colorscale=WEIGHTS,
            zmin=0,
            zmax=1,
            # across the bottom, where it fits a one-row heatmap as well as a tall one
            colorbar=dict(
                title=dict(text=plain(scale_title), side="right"),
                tickvals=[0, 0.5, 1],
                orientation="h",
                thickness=10,
                lenmode="pixels",
                len=160,
                x=0,
                xanchor="left",
                y=0,
                yref="container",
                yanchor="bottom",
            ),
        )
        if weights
        else dict(colorscale=ACTIVATIONS, zmid=0)
    )
    cell_text = _cell_text(matrix, weights)
    rows = _plain_all(rows)
    columns = _plain_all(columns) if weights else columns
    fig = go.Figure(go.Heatmap(z=matrix, x=columns, y=rows, hoverongaps=False, **scale, **cell_text))
    fig.update_yaxes(title=y_title, autorange="reversed", type="category")
    fig.update_xaxes(title=x_title, type="category" if weights else "linear")
    height = CHROME_PX + (TEXT_ROW_PX if cell_text else ROW_PX) * len(rows)
    fig = _layout(fig, title, height + _slanted_room(columns if weights else []))
    if weights:  # room for the colour bar under the axis
        fig.update_layout(
            height=fig.layout.height + COLOUR_BAR_PX, margin_b=fig.layout.margin.b + COLOUR_BAR_PX
        )
    return fig


def _slanted_room(labels: list[str]) -> int:
    """Extra height for category labels that Plotly slants when they do not fit side by side."""
    if len(labels) <= 6:
        return 0
    return LABEL_PX * min(max(len(html.unescape(label)) for label in labels), 14)


def vector_groups(
    groups: list[tuple[list[str], np.ndarray]],
    *,
    title: str,
    x_title: str,
    dividers: tuple[tuple[float, str], ...] = (),
) -> go.Figure:
    """Vectors as stacked one-row heatmaps on one colour scale; each group may have its own width
    (embedding 256, LSTM 512, LSTM input 768). `dividers` mark (x, label) boundaries in the first group."""
    heights = [len(labels) for labels, _ in groups]
    height = CHROME_PX + 40 * len(groups) + ROW_PX * sum(heights)
    plot_px = height - 90  # the layout's top and bottom margins
    fig = make_subplots(
        rows=len(groups), cols=1, row_heights=heights, vertical_spacing=min(GAP_PX / plot_px, 0.3)
    )
    for row, (labels, matrix) in enumerate(groups, start=1):
        fig.add_trace(
            go.Heatmap(z=np.atleast_2d(matrix), y=_plain_all(labels), coloraxis="coloraxis"),
            row=row,
            col=1,
        )
        fig.update_yaxes(autorange="reversed", type="category", row=row, col=1)
    fig.update_xaxes(title=x_title, row=len(groups), col=1)
    for x, label in dividers:
        fig.add_vline(x=x, line_width=3, line_color="black", row=1, col=1)
        fig.add_annotation(
            x=x,
            y=1.0,
            yref="paper",
            yanchor="bottom",
            text=plain(label),
            showarrow=False,
            xanchor="left",
        )
    fig.update_layout(coloraxis=dict(colorscale=ACTIVATIONS, cmid=0))
    return _layout(fig, title, height)


# --- EMBEDDING and ENCODER -------------------------------------------------------------------------
def _real(trace: Trace, matrix: np.ndarray) -> np.ndarray:
    """Rows at the real tokens (<start> … <end>); padding is masked out of everything downstream."""
    return matrix[: len(trace.tokens)]


def embedding_figure(trace: Trace, text: dict) -> go.Figure:
    dim = trace.embeddings.shape[1]
    return heatmap(
        _real(trace, trace.embeddings),
        trace.source_words,
        list(range(dim)),
        title=text["embedding_title"].format(dim=dim),
        x_title=text["dimension"],
    )


def encoder_figure(trace: Trace, state: str, text: dict) -> go.Figure:
    """h_t (state="h") or c_t (state="c") at every real token."""
    matrix = trace.encoder_h if state == "h" else trace.encoder_c
    units = matrix.shape[1]
    return heatmap(
        _real(trace, matrix),
        trace.source_words,
        list(range(units)),
        title=text[f"encoder_{state}_title"].format(units=units),
        x_title=text["dimension"],
    )


def encoder_timestep_figure(trace: Trace, position: int, text: dict) -> go.Figure:
    """The lesson's `h_t, c_t = LSTM(입력_t, h_{t-1}, c_{t-1})` at one source position (0-based)."""
    t = position + 1
    zeros = np.zeros(trace.encoder_h.shape[1])  # the encoder's initial state is zero, as in the lesson
    h_prev = trace.encoder_h[position - 1] if position else zeros
    c_prev = trace.encoder_c[position - 1] if position else zeros
    states = np.stack([h_prev, c_prev, trace.encoder_h[position], trace.encoder_c[position]])
    names = [f"h{t - 1}", f"c{t - 1}", f"h{t}", f"c{t}"]
    input_label = text["encoder_step_input"].format(t=t, token=trace.tokens[position])
    return vector_groups(
        [([input_label], trace.embeddings[position]), (names, states)],
        title=text["encoder_step_title"].format(t=t, prev=t - 1),
        x_title=text["dimension"],
    )


# --- ATTENTION ---------------------------------------------------------------------------------------
def query_keys_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """The query (decoder h before the step) above the keys (encoder h_t of the real tokens)."""
    keys = [text["key"].format(token=w) for w in trace.source_words]
    return vector_groups(
        [([text["query"]], trace.steps[index].query), (keys, _real(trace, trace.encoder_h))],
        title=text["query_keys_title"],
        x_title=text["dimension"],
    )


def softmax_table(trace: Trace, index: int, text: dict) -> Styler:
    """The lesson's softmax for one step as it is computed stably, one row per real token: score,
    score − max, exp(score − max), weight = exp ÷ Σ; the last row holds the Σ the weights divide by and
    the weights' sum, 1. exp and the weights are rounded so that each column adds up on screen."""
    step, n = trace.steps[index], len(trace.tokens)
    scores, shifted = step.scores[:n].astype(float), step.shifted_scores[:n].astype(float)
    exps = step.exp_scores[:n].astype(float)
    shown_exps = numbers.rounded_to_total(exps)
    shown_weights = numbers.rounded_to_total(step.weights[:n])
    # a pinned step's weights are not the softmax's: one-hot on the pinned token
    weight = text["pinned_weight"] if step.pinned else text["weight"]
    columns = [text["score"], text["score_minus_max"], text["exp_shifted"], weight]
    rows = [
        [f"{a:.3f}", f"{b:.3f}", numbers.fixed(c, exact=d), numbers.fixed(e, exact=f)]
        for a, b, c, d, e, f in zip(scores, shifted, shown_exps, exps, shown_weights, step.weights[:n])
    ]
    rows.append(["", "", numbers.fixed(sum(shown_exps)), numbers.fixed(sum(shown_weights))])
    table = pd.DataFrame(rows, index=[literal(w) for w in trace.source_words] + ["Σ"], columns=columns)
    best = int(np.argmax(step.weights[:n]))
    return table.style.apply(
        lambda column: [
            "font-weight: bold; background-color: #dbe9f6" if i == best else ""
            for i in range(len(column))
        ]
    )


def softmax_max(trace: Trace, index: int) -> str:
    """The largest score of a step, which the stable softmax subtracts."""
    return f"{trace.steps[index].scores[: len(trace.tokens)].max():.3f}"


def weights_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """This step's attention weights over the Korean tokens, one labelled cell each."""
    step = trace.steps[index]
    fig = heatmap(
        _real(trace, step.weights)[None],
        [step.token],
        trace.source_words,
        weights=True,
        scale_title=text["weights_scale"],
        title=text["weights_title"].format(step=index + 1, word=step.token),
        x_title=text["source_token"],
    )
    fig.update_yaxes(showticklabels=False, ticks="")
    return fig


def context_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """context = Σ weight × h: the keys labelled with their weights, above the context the model computed."""
    step = trace.steps[index]
    labels = [
        text["weighted_key"].format(weight=w, token=t)
        for w, t in zip(_weight_texts(_real(trace, step.weights)), trace.source_words)
    ]
    return vector_groups(
        [(labels, _real(trace, trace.encoder_h)), ([text["context"]], step.context)],
        title=text["context_title"],
        x_title=text["dimension"],
    )


# --- DECODER -----------------------------------------------------------------------------------------
def choices(trace: Trace, index: int) -> tuple[list[str], list[int]]:
    """The top-k words and their ids, plus the fed word under teacher forcing when the model did not
    rank it that high."""
    step = trace.steps[index]
    words, ids = [word for word, _ in step.top_k], list(step.top_ids)
    if step.token not in words:
        words.append(step.token)
        ids.append(step.chosen_id)
    return words, ids


def decoder_choice_table(trace: Trace, index: int, text: dict) -> Styler:
    """id → word, logit → softmax probability for the top-k words (and a fed word outside them); the
    chosen word in bold. Probabilities never read as a certain 1 or an impossible 0 unless they are."""
    step = trace.steps[index]
    words, ids = choices(trace, index)
    table = pd.DataFrame(
        {
            text["id"]: [str(i) for i in ids],
            text["word"]: [literal(w) for w in words],
            text["logit"]: [f"{v:.2f}" for v in step.logits[ids]],
            text["probability"]: [numbers.probability(float(p)) for p in step.probabilities[ids]],
        }
    )
    chosen = words.index(step.token)
    return table.style.hide(axis="index").apply(
        lambda column: [
            f"font-weight: bold; color: {CHOSEN}" if i == chosen else "" for i in range(len(column))
        ]
    )


def top_k_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """Horizontal bars, most probable on top; the chosen (or fed) word in red. A click anywhere on a
    word's row selects it (the page's "what if it had chosen this?"): the other words' bars are too thin
    to hit (0.0001), so an invisible full-width bar lies under each, in the same order, so that a
    click's point index is the word's either way."""
    step = trace.steps[index]
    words, ids = choices(trace, index)
    probabilities = step.probabilities[ids]
    rows = _plain_all(words)
    fig = go.Figure(
        [
            go.Bar(
                x=[1.0] * len(words),
                y=rows,
                orientation="h",
                marker_color="rgba(0, 0, 0, 0)",
                hoverinfo="none",  # no label of its own, but clicks count ("skip" would drop them)
            ),
            go.Bar(
                x=probabilities,
                y=rows,
                orientation="h",
                text=[numbers.probability(float(p)) for p in probabilities],
                textposition="auto",
                customdata=step.logits[ids],
                hovertemplate="%{y}: p=%{x:.4g}, logit=%{customdata:.3f}<extra></extra>",
                marker_color=[CHOSEN if w == step.token else OTHER for w in words],
            ),
        ]
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title=text["probability"], range=[0, 1])
    fig.update_traces(selected=dict(marker_opacity=1), unselected=dict(marker_opacity=1))
    fig.update_layout(barmode="overlay", showlegend=False, clickmode="event+select", dragmode=False)
    return _layout(fig, text["top_k_title"], CHROME_PX + 40 * len(words))


def tempered_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """The top-k words (by the model's own probability) with two bars each: the model's softmax (T = 1)
    in grey and the trace's tempered one, softmax(logits / T); the chosen word's label in bold."""
    step = trace.steps[index]
    words, ids = choices(trace, index)
    labels = _plain_all(words)
    fig = go.Figure()
    for name, values, colour in (
        (text["model_own"], step.probabilities[ids], MODEL_OWN),
        (text["tempered"].format(t=f"{trace.temperature:g}"), step.tempered[ids], OTHER),
    ):
        fig.add_bar(
            x=values,
            y=labels,
            name=name,
            orientation="h",
            marker_color=colour,
            text=[numbers.probability(float(p)) for p in values],
            textposition="auto",
            hovertemplate="%{y}: %{x:.4g}<extra></extra>",
        )
    fig.update_yaxes(
        autorange="reversed",
        type="category",
        tickvals=labels,
        ticktext=[f"<b>{label}</b>" if w == step.token else label for label, w in zip(labels, words)],
    )
    fig.update_xaxes(title=text["probability"], range=[0, 1])
    # the legend in the bottom right, where the less probable words' bars leave room
    fig.update_layout(
        barmode="group",
        legend=dict(x=0.99, xanchor="right", y=0.02, yanchor="bottom", bgcolor="rgba(255,255,255,0.8)"),
    )
    return _layout(fig, text["temperature_title"], CHROME_PX + 40 + 50 * len(words))


def decoder_lstm_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """[embedding ; context] (the embedding alone without attention) → LSTM with the previous h, c →
    the new h, c."""
    step = trace.steps[index]
    dim, units = len(step.embedding), len(step.h)
    c_prev = trace.steps[index - 1].c if index else trace.decoder_c0
    states = np.stack([step.query, c_prev, step.h, step.c])
    names = [text["previous_h"], text["previous_c"], text["new_h"], text["new_c"]]
    dividers = ((-0.5, text["embedding_part"].format(token=step.input_token)),)
    if trace.attends:
        dividers += ((dim - 0.5, text["context"]),)
    title = "decoder_lstm_title" if trace.attends else "decoder_lstm_title_none"
    return vector_groups(
        [([text["lstm_input"].format(width=len(step.lstm_input))], step.lstm_input), (names, states)],
        title=text[title].format(dim=dim, units=units),
        x_title=text["dimension"],
        dividers=dividers,
    )


def guess_figure(words: list[str], values, guess: int | None, title: str, value_title: str) -> go.Figure:
    """Predict, then reveal: the model's numbers for each option as bars, its highest in red; the class's
    guess outlined in black and labelled above its bar."""
    best = int(np.argmax(values))
    fig = go.Figure(
        go.Bar(
            x=_plain_all(words),
            y=values,
            text=[numbers.probability(float(v)) for v in values],
            textposition="outside",
            marker=dict(
                color=[CHOSEN if i == best else OTHER for i in range(len(words))],
                line=dict(color="black", width=[4 if i == guess else 0 for i in range(len(words))]),
            ),
            hovertemplate="%{x}: %{y:.4g}<extra></extra>",
        )
    )
    if guess is not None:
        fig.add_annotation(x=guess, y=1.27, text="▼", showarrow=False, yref="y", font_size=18)
    fig.update_xaxes(type="category")
    fig.update_yaxes(title=value_title, range=[0, 1.35], tickvals=[0, 0.25, 0.5, 0.75, 1])
    return _layout(fig, title, CHROME_PX + 110 + _slanted_room(words))


# --- the alignment matrix ----------------------------------------------------------------------------
def alignment_figure(trace: Trace, upto_step: int, text: dict) -> go.Figure:
    """English × Korean weights up to `upto_step` (1-based); later rows stay blank so the matrix keeps
    its shape while it fills in, and their words are not given away."""
    frame = trace.alignment_frame(upto=upto_step - 1)
    blank = np.full((len(trace.steps) - len(frame), frame.shape[1]), np.nan)
    rows = list(frame.index) + [
        text["not_yet"].format(step=i + 1) for i in range(len(frame), len(trace.steps))
    ]
    return heatmap(
        np.vstack([frame.to_numpy(), blank]),
        rows,
        list(frame.columns),
        weights=True,
        scale_title=text["weights_scale"],
        title=text["alignment_title"],
        x_title=text["source_token"],
        y_title=text["output_token"],
    )


# --- how attention is learned: matrices recorded in training, not traces --------------------------------
def epoch_alignment_figure(recorded: dict, epoch: int, text: dict) -> go.Figure:
    """One sentence's weights (English rows × Korean columns) as training recorded them after `epoch`,
    on the fixed 0–1 scale the colour bar names, so that one epoch's picture compares with another's."""
    return heatmap(
        recorded["weights"],
        output_labels(recorded["target_tokens"]),
        source_labels(recorded["source_tokens"]),
        weights=True,
        scale_title=text["weights_scale"],
        title=text["epoch_alignment_title"].format(epoch=epoch),
        x_title=text["source_token"],
        y_title=text["output_token"],
    )


def loss_figure(epochs: list[dict], current: int | None, text: dict) -> go.Figure:
    """Training and held-out loss per epoch as training recorded them, the shown epoch (if any) marked."""
    x = [e["epoch"] for e in epochs]
    fig = go.Figure(
        [
            go.Scatter(x=x, y=[e[name] for e in epochs], name=plain(text[name]), mode="lines+markers")
            for name in ("loss", "held_out_loss")
        ]
    )
    if current is not None:
        fig.add_vline(x=current, line_dash="dot", line_color=CHOSEN)
    fig.update_xaxes(title=text["epoch"], dtick=1)
    fig.update_yaxes(title=text["loss_axis"], rangemode="tozero")
    # bottom left stays empty: both losses start high and fall to the right
    fig.update_layout(
        legend=dict(x=0.02, y=0.02, xanchor="left", yanchor="bottom", bgcolor="rgba(255,255,255,0.7)")
    )
    return _layout(fig, text["loss_title"], 260)


# --- the three models -------------------------------------------------------------------------------
# Okabe–Ito colours, with dashes and symbols too: the lines stay apart in every palette and in grey print
MODEL_STYLES = {
    "bahdanau": dict(color="#0072B2", dash="solid", symbol="circle"),
    "luong": dict(color="#E69F00", dash="dash", symbol="square"),
    "none": dict(color="#555555", dash="dot", symbol="x"),
}
YOUR_LENGTH = "#ffd54f"  # the band behind the typed sentence's length group


def length_range(name: str) -> tuple[int, float]:
    """A length group's name as metrics.json writes it ("4-6", "10+") → its (fewest, most) words."""
    low, _, high = name.rstrip("+").partition("-")
    return int(low), float(high) if high else math.inf


def bleu_by_length_figure(metrics: dict[str, dict], words: int | None, text: dict) -> go.Figure:
    """BLEU by source length, one line per model ({attention: its metrics.json}, each with
    `bleu_by_length`); the group of a sentence of `words` words shaded and labelled."""
    groups = sorted({g for m in metrics.values() for g in m["bleu_by_length"]}, key=length_range)
    labels = [g.replace("-", "–") for g in groups]
    fig = go.Figure()
    for attention, measured in metrics.items():
        name = text[f"model_{attention}"]
        style = MODEL_STYLES[attention]
        pairs = measured.get("bleu_by_length_pairs", {})
        hover = text["bleu_hover"].format(
            model=plain(name), length="%{x}", bleu="%{y:.1f}", pairs="%{customdata}"
        )
        fig.add_scatter(
            x=labels,
            y=[measured["bleu_by_length"].get(g) for g in groups],  # a missing group: a gap
            customdata=[pairs.get(g, "?") for g in groups],
            name=plain(name),
            mode="lines+markers",
            line=dict(color=style["color"], dash=style["dash"], width=3),
            marker=dict(color=style["color"], symbol=style["symbol"], size=11),
            hovertemplate=hover + "<extra></extra>",
        )
    highest = max((v for m in metrics.values() for v in m["bleu_by_length"].values()), default=0)
    fig.update_xaxes(title=text["bleu_length"], type="category")
    fig.update_yaxes(title="BLEU", range=[0, max(highest, 1) * 1.3], rangemode="tozero")
    marked = [
        i for i, g in enumerate(groups) if words and length_range(g)[0] <= words <= length_range(g)[1]
    ]
    for i in marked:
        fig.add_vrect(
            x0=i - 0.5,
            x1=i + 0.5,
            fillcolor=YOUR_LENGTH,
            opacity=0.4,
            line_width=0,
            layer="below",
            annotation=dict(
                text=f"<b>{plain(text['your_sentence'].format(words=words))}</b>", font_color="#333"
            ),
            annotation_position="inside top",
        )
    fig.update_layout(legend=dict(orientation="h", x=0, xanchor="left", y=1.0, yanchor="bottom"))
    fig = _layout(fig, text["bleu_title"], 420)
    fig.update_layout(margin_t=110)  # the title above the legend, which takes two rows on a phone
    return fig


def column_alignment_figure(trace: Trace, title: str, text: dict) -> go.Figure:
    """The whole alignment matrix for a narrow column (three side by side): a short title and no
    numbers in the cells, which would be too small to read; the colour and the hover give them."""
    fig = alignment_figure(trace, len(trace.steps), text)
    fig.update_traces(text=None, texttemplate=None)
    fig.update_layout(title_text=plain(title))
    return fig


# --- preprocessing -----------------------------------------------------------------------------------
def preprocessing_lines(trace: Trace, text: dict) -> str:
    """The lesson's first cell for this sentence: input, <start> … <end>, the padded ids and the mask."""
    rows = [
        (text["input_line"], f"'{visible_controls(trace.sentence)}'"),
        (text["preprocessed"], trace.preprocessed),
        (text["ids_line"], str(list(trace.ids))),
        (text["mask"], str([int(m) for m in trace.mask])),
    ]
    return "\n".join(f"{name}: {value}" for name, value in rows)


# --- vectors as numbers, the lesson's way ---------------------------------------------------------
def _lines(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def encoder_lines(trace: Trace, text: dict) -> str:
    """encoder_output's shape, then the first numbers of h_t at every real token."""
    positions, units = trace.encoder_h.shape
    rows = [
        (
            "encoder_output",
            f"{text['shape']} {numbers.shape(1, positions, units)}  {text['encoder_shape']}",
        )
    ]
    rows += [
        (f"h{t + 1} ({visible_controls(token)})", numbers.vector(trace.encoder_h[t]))
        for t, token in enumerate(trace.tokens)
    ]
    return _lines(rows)


def attention_lines(trace: Trace, index: int) -> str:
    """query, keys and the context vector of one step, with their shapes and first numbers."""
    step, n = trace.steps[index], len(trace.tokens)
    units = len(step.context)
    return _lines(
        [
            (f"query {numbers.shape(1, units)}", numbers.vector(step.query)),
            (f"keys {numbers.shape(1, n, units)}", f"h1 … h{n}"),
            (f"weights {numbers.shape(1, n)}", numbers.vector(step.weights[:n], shown=n)),
            (f"context_vector {numbers.shape(1, units)}", numbers.vector(step.context)),
        ]
    )


def decoder_lines(trace: Trace, index: int) -> str:
    """The lesson's STEP 5 for one step: input id, embedding, [embedding ; context], logits,
    probabilities, argmax and the lookup id → word, each with its shape."""
    step = trace.steps[index]
    best = step.top_ids[0]
    vocab = len(step.logits)
    dim, width = len(step.embedding), len(step.lstm_input)
    combined = [(f"combined_input {numbers.shape(1, width)}", numbers.vector(step.lstm_input))]
    return _lines(
        [
            ("decoder_input", f"[{step.input_id}]  ({visible_controls(step.input_token)})"),
            (f"decoder_input_embedding {numbers.shape(1, dim)}", numbers.vector(step.embedding)),
            *(combined if trace.attends else []),  # without attention the embedding is the input
            (f"logits {numbers.shape(1, vocab)}", numbers.vector(step.logits)),
            (f"probabilities {numbers.shape(1, vocab)}", numbers.vector(step.probabilities)),
            ("argmax(probabilities)", str(best)),
            (f"vocabulary[{best}]", f"'{visible_controls(step.top_k[0][0])}'"),
        ]
    )


# --- tables ------------------------------------------------------------------------------------------
def token_table(trace: Trace, text: dict) -> Styler:
    """One column per real token and one for all the padding: token, id, mask; unknown words in red.
    All cells are text, as one column holds a word, a number and a truth value."""
    n = len(trace.tokens)
    columns = {
        str(i + 1): [literal(token), str(trace.ids[i]), "True"] for i, token in enumerate(trace.tokens)
    }
    padding = len(trace.ids) - n
    if padding:
        span = str(n + 1) if padding == 1 else f"{n + 1}–{len(trace.ids)}"
        columns[span] = [literal(f"<pad> ×{padding}"), str(trace.ids[n]), "False"]
    table = pd.DataFrame(columns, index=[text["token"], text["id"], text["mask"]])
    unknown = {str(i + 1) for i, token in enumerate(trace.tokens) if token in set(trace.unknown)}
    return table.style.apply(
        lambda column: [
            "color: white; background-color: #d62728" if column.name in unknown else "" for _ in column
        ]
    )


def model_facts(model, metrics: dict | None, text: dict) -> pd.DataFrame:
    """Dimensions, vocabulary sizes and, once training has written them, the held-out metrics."""
    config = vars(model.config)  # a ModelConfig
    attention = config["attention"]
    facts = {
        "attention": text[f"model_{attention}"],
        "embedding_dim": config["embedding_dim"],
        "units": config["units"],
        # W1 and W2's width; Luong's W is units × units, and no attention has none
        **({"attention_units": config["attention_units"]} if attention == "bahdanau" else {}),
        "max_source_len": config["max_source_len"],
        "max_target_len": config["max_target_len"],
        "source_vocab": f"{len(model.source_vocab):,}",
        "target_vocab": f"{len(model.target_vocab):,}",
        "parameters": f"{model.count_params():,}",
    }
    if metrics:
        facts.update(
            generated_exact_match=f"{metrics['generated_exact_match']:.1%}",
            tatoeba_bleu=f"{metrics['tatoeba_bleu']:.1f}",
            tatoeba_chrf=f"{metrics['tatoeba_chrf']:.1f}",
        )
        if "tatoeba_bleu_beam" in metrics:  # measured since evaluation also tries beam search
            facts["tatoeba_bleu_beam"] = f"{metrics['tatoeba_bleu_beam']:.1f}"
    return pd.DataFrame(
        {
            text["fact"]: [text[f"fact_{k}"] for k in facts],
            text["value"]: [str(v) for v in facts.values()],
        }
    )
