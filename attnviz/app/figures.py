"""Trace → Plotly figures and pandas tables for the page; no Streamlit here, so tests call them directly.

Every number drawn is one the model computed and the Trace kept: nothing is recomputed for display.
Labels come from `attnviz.labels.text(language)`, passed in as `text`.
"""

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from pandas.io.formats.style import Styler
from plotly.subplots import make_subplots

from ..trace import Trace

CELL_TEXT_LIMIT = (
    200  # numbers in cells only up to this many cells: 18×512 labelled cells are slow and unreadable
)
ACTIVATIONS = "RdBu_r"  # embeddings and LSTM states: signed, centred on 0
WEIGHTS = "Blues"  # attention weights: 0 to 1
CHOSEN, OTHER = "#d62728", "#4c78a8"  # the decoder's word stands out from the other candidates
ROW_PX, CHROME_PX = 28, 110  # heatmap row height; title, axis and margins
TEXT_ROW_PX = 44  # rows with numbers in their cells
FONT, LARGE_FONT = 14, 20


def enlarge(fig: go.Figure) -> go.Figure:
    """Projector type: larger fonts and taller rows."""
    _fonts(fig, LARGE_FONT)
    fig.update_layout(height=int(fig.layout.height * 1.2))
    return fig


def _fonts(fig: go.Figure, size: int) -> None:
    # Streamlit's theme sets tick labels smaller than the layout's font; projectors need them all large.
    fig.update_layout(font_size=size, title_font_size=size + 2)
    fig.update_xaxes(tickfont_size=size, title_font_size=size)
    fig.update_yaxes(tickfont_size=size, title_font_size=size)


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left"), height=height, margin=dict(l=10, r=10, t=50, b=40)
    )
    _fonts(fig, FONT)
    return fig


def _cell_text(matrix: np.ndarray) -> dict:
    """Per-cell numbers for small matrices; empty cells (not yet computed) stay blank."""
    if matrix.size > CELL_TEXT_LIMIT:
        return {}
    text = [["" if np.isnan(v) else f"{v:.2f}" for v in row] for row in matrix]
    return dict(text=text, texttemplate="%{text}")


def heatmap(
    matrix,
    rows: list[str],
    columns: list,
    *,
    title: str,
    x_title: str,
    y_title: str = "",
    weights: bool = False,
) -> go.Figure:
    """One matrix, rows top to bottom; attention weights on a 0–1 scale, activations centred on 0."""
    matrix = np.asarray(matrix, dtype=float)
    scale = dict(colorscale=WEIGHTS, zmin=0, zmax=1) if weights else dict(colorscale=ACTIVATIONS, zmid=0)
    cell_text = _cell_text(matrix)
    fig = go.Figure(go.Heatmap(z=matrix, x=columns, y=rows, hoverongaps=False, **scale, **cell_text))
    fig.update_yaxes(title=y_title, autorange="reversed", type="category")
    fig.update_xaxes(title=x_title, type="category" if weights else "linear")
    return _layout(fig, title, CHROME_PX + (TEXT_ROW_PX if cell_text else ROW_PX) * len(rows))


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
    fig = make_subplots(rows=len(groups), cols=1, row_heights=heights, vertical_spacing=0.12)
    for row, (labels, matrix) in enumerate(groups, start=1):
        fig.add_trace(
            go.Heatmap(z=np.atleast_2d(matrix), y=labels, coloraxis="coloraxis"), row=row, col=1
        )
        fig.update_yaxes(autorange="reversed", type="category", row=row, col=1)
    fig.update_xaxes(title=x_title, row=len(groups), col=1)
    for x, label in dividers:
        fig.add_vline(x=x, line_width=3, line_color="black", row=1, col=1)
        fig.add_annotation(
            x=x, y=1.0, yref="paper", yanchor="bottom", text=label, showarrow=False, xanchor="left"
        )
    fig.update_layout(coloraxis=dict(colorscale=ACTIVATIONS, cmid=0))
    return _layout(fig, title, CHROME_PX + 40 * len(groups) + ROW_PX * sum(heights))


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
    """The lesson's softmax, one column per real token: score → exp(score) → ÷ Σexp → weight; the Σ
    column shows the sum the weights divide by, and that the weights add up to 1."""
    frame = trace.softmax_frame(index)
    rows = {
        text["score"]: frame["score"].to_numpy(),
        text["exp_score"]: frame["exp(score)"].to_numpy(),
        text["weight"]: frame["weight"].to_numpy(),
    }
    table = pd.DataFrame(rows, index=trace.source_words).T
    table["Σ"] = [np.nan, trace.steps[index].exp_sum, frame["weight"].sum()]
    best = trace.source_words[int(frame["weight"].idxmax())]
    formats = {text["score"]: "{:.3f}", text["exp_score"]: "{:.4g}", text["weight"]: "{:.3f}"}
    styler = table.style
    for row, pattern in formats.items():
        styler = styler.format(pattern, subset=pd.IndexSlice[[row], :], na_rep="")
    return styler.set_properties(subset=[best], **{"font-weight": "bold", "background-color": "#dbe9f6"})


def weights_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """This step's attention weights over the Korean tokens, one labelled cell each."""
    step = trace.steps[index]
    fig = heatmap(
        _real(trace, step.weights)[None],
        [step.token],
        trace.source_words,
        weights=True,
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
        for w, t in zip(_real(trace, step.weights), trace.source_words)
    ]
    return vector_groups(
        [(labels, _real(trace, trace.encoder_h)), ([text["context"]], step.context)],
        title=text["context_title"],
        x_title=text["dimension"],
    )


# --- DECODER -----------------------------------------------------------------------------------------
def decoder_choice_table(trace: Trace, index: int, target_vocab, text: dict) -> Styler:
    """logits → softmax for the top-k words, plus the fed word under teacher forcing when the model did
    not rank it that high; the chosen word in bold."""
    step = trace.steps[index]
    words = [word for word, _ in step.top_k]
    if step.token not in words:
        words.append(step.token)
    ids = [target_vocab.id(w) for w in words]
    table = pd.DataFrame(
        {
            text["word"]: words,
            text["logit"]: step.logits[ids],
            text["probability"]: step.probabilities[ids],
        }
    )
    return (
        table.style.hide(axis="index")
        .format({text["logit"]: "{:.2f}", text["probability"]: "{:.3f}"})
        .apply(
            lambda row: [
                "font-weight: bold; color: " + CHOSEN if row.iloc[0] == step.token else "" for _ in row
            ],
            axis=1,
        )
    )


def top_k_figure(trace: Trace, index: int, target_vocab, text: dict) -> go.Figure:
    """Horizontal bars, most probable on top; the chosen (or fed) word in red."""
    table = decoder_choice_table(trace, index, target_vocab, text).data
    words, probabilities = table[text["word"]], table[text["probability"]]
    chosen = trace.steps[index].token
    fig = go.Figure(
        go.Bar(
            x=probabilities,
            y=words,
            orientation="h",
            text=[f"{p:.3f}" for p in probabilities],
            textposition="auto",
            customdata=table[text["logit"]],
            hovertemplate="%{y}: p=%{x:.4f}, logit=%{customdata:.3f}<extra></extra>",
            marker_color=[CHOSEN if w == chosen else OTHER for w in words],
        )
    )
    fig.update_yaxes(autorange="reversed", type="category")
    fig.update_xaxes(title=text["probability"], range=[0, 1])
    return _layout(fig, text["top_k_title"], CHROME_PX + 40 * len(words))


def decoder_lstm_figure(trace: Trace, index: int, text: dict) -> go.Figure:
    """[embedding ; context] → LSTM with the previous h, c → the new h, c."""
    step = trace.steps[index]
    dim, units = len(step.embedding), len(step.context)
    c_prev = trace.steps[index - 1].c if index else trace.decoder_c0
    states = np.stack([step.query, c_prev, step.h, step.c])
    names = [text["previous_h"], text["previous_c"], text["new_h"], text["new_c"]]
    dividers = (
        (-0.5, text["embedding_part"].format(token=step.input_token)),
        (dim - 0.5, text["context"]),
    )
    return vector_groups(
        [([text["lstm_input"].format(width=dim + units)], step.lstm_input), (names, states)],
        title=text["decoder_lstm_title"].format(dim=dim, units=units),
        x_title=text["dimension"],
        dividers=dividers,
    )


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
        title=text["alignment_title"],
        x_title=text["source_token"],
        y_title=text["output_token"],
    )


# --- preprocessing -----------------------------------------------------------------------------------
def preprocessing_lines(trace: Trace, text: dict) -> str:
    """The lesson's first cell for this sentence: input, <start> … <end>, the padded ids and the mask."""
    rows = [
        (text["input_line"], f"'{trace.sentence}'"),
        (text["preprocessed"], trace.preprocessed),
        (text["ids_line"], str(list(trace.ids))),
        (text["mask"], str([int(m) for m in trace.mask])),
    ]
    return "\n".join(f"{name}: {value}" for name, value in rows)


# --- tables ------------------------------------------------------------------------------------------
def token_table(trace: Trace, text: dict) -> Styler:
    """One column per real token and one for all the padding: token, id, mask; unknown words in red.
    All cells are text, as one column holds a word, a number and a truth value."""
    n = len(trace.tokens)
    columns = {str(i + 1): [token, str(trace.ids[i]), "True"] for i, token in enumerate(trace.tokens)}
    padding = len(trace.ids) - n
    if padding:
        span = str(n + 1) if padding == 1 else f"{n + 1}–{len(trace.ids)}"
        columns[span] = [f"<pad> ×{padding}", str(trace.ids[n]), "False"]
    table = pd.DataFrame(columns, index=[text["token"], text["id"], text["mask"]])
    unknown = set(trace.unknown)
    return table.style.apply(
        lambda column: [
            "color: white; background-color: #d62728" if column.iloc[0] in unknown else ""
            for _ in column
        ]
    )


def model_facts(model, metrics: dict | None, text: dict) -> pd.DataFrame:
    """Dimensions, vocabulary sizes and, once training has written them, the held-out metrics."""
    config = vars(model.config)  # a ModelConfig
    facts = {
        "embedding_dim": config["embedding_dim"],
        "units": config["units"],
        "attention_units": config["attention_units"],
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
    return pd.DataFrame(
        {
            text["fact"]: [text[f"fact_{k}"] for k in facts],
            text["value"]: [str(v) for v in facts.values()],
        }
    )
