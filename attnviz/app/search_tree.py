"""A beam search → its tree as a Plotly figure and its n-best list as a table; no Streamlit here.

Every number is one the search kept (`BeamSearch.steps`, `Hypothesis`): the model's log-probabilities
and their sums. Words are escaped for Plotly's HTML subset (`plain`) and for Markdown (`literal`).
"""

import pandas as pd
import plotly.graph_objects as go

from ..beam import FINISHED, KEPT, PRUNED, BeamSearch
from ..tokens import END, START
from . import numbers
from .figures import CHOSEN, OTHER, _layout, plain
from .labels import literal

STATUS_COLOURS = {KEPT: OTHER, FINISHED: "#2ca02c", PRUNED: "#c7c7c7"}
PRUNED_TEXT = "#9a9a9a"
NODE_ROW_PX = 26  # one candidate per row


def log_prob(value: float) -> str:
    """Two decimals, as on the tree; a tiny loss like -0.0018 in scientific notation, never -0.00."""
    return numbers.fixed(value, digits=2)


def nodes(search: BeamSearch) -> list[tuple[int, int]]:
    """(step index, rank) of every candidate, in the order the figure draws them (its point indices)."""
    return [(t, rank) for t, step in enumerate(search.steps) for rank in range(len(step.candidates))]


def path_words(search: BeamSearch, step: int, rank: int) -> list[str]:
    """The words from the first step to candidate `rank` of `step`, following the parents back."""
    words = []
    while rank is not None:
        node = search.steps[step].candidates[rank]
        words.append(node.word)
        step, rank = step - 1, node.parent
    return words[::-1]


def tree_figure(search: BeamSearch, text: dict, picked: tuple[int, int] | None = None) -> go.Figure:
    """Decoder steps left to right, each step's candidates top to bottom, best first: kept ones in
    blue, finished (<end>) in green, pruned in grey with the cumulative log P that lost. The best
    translation's path is red; the picked node is ringed."""
    best = search.hypotheses[0].path if search.hypotheses else []
    edges = {"beam": ([], []), "pruned": ([], []), "best": ([], [])}
    xs, ys, colours, hovers, labels = [], [], [], [], []
    for t, step in enumerate(search.steps):
        for rank, node in enumerate(step.candidates):
            parent = 0 if node.parent is None else node.parent
            on_best = t < len(best) and best[t] == rank
            kind = "best" if on_best else "pruned" if node.status == PRUNED else "beam"
            edges[kind][0].extend([t, t + 1, None])
            edges[kind][1].extend([parent, rank, None])
            xs.append(t + 1)
            ys.append(rank)
            colours.append(STATUS_COLOURS[node.status])
            hovers.append(
                text["node_hover"].format(
                    word=plain(node.word),
                    log_prob=log_prob(node.log_prob),
                    cumulative=log_prob(node.cumulative),
                    status=plain(text[f"status_{node.status}"]),
                )
            )
            # labels on a white ground, over the edges that leave the node for the next step
            labels.append(
                dict(
                    x=t + 1,
                    y=rank,
                    text=f"{plain(node.word)} {log_prob(node.cumulative)}",
                    font=dict(color=PRUNED_TEXT if node.status == PRUNED else "#262730"),
                    bgcolor="rgba(255, 255, 255, 0.9)",
                    xanchor="left",
                    xshift=13,  # clear of the ring round a picked node
                    showarrow=False,
                )
            )
    styles = {
        "pruned": dict(color="#d9d9d9", width=1, dash="dot"),
        "beam": dict(color="#7f7f7f", width=1.5),
        "best": dict(color=CHOSEN, width=3),
    }
    fig = go.Figure(
        [
            go.Scatter(x=x, y=y, mode="lines", line=styles[kind], hoverinfo="skip", showlegend=False)
            for kind, (x, y) in edges.items()
        ]
    )
    fig.add_trace(  # the nodes: the figure's last trace, the one a click selects in
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            marker=dict(size=12, color=colours, line=dict(width=1, color="white")),
            hovertext=hovers,
            hovertemplate="%{hovertext}<extra></extra>",
            # a click selects a node; the others keep their colours (grey means pruned here)
            selected=dict(marker=dict(opacity=1)),
            unselected=dict(marker=dict(opacity=1)),
            showlegend=False,
        )
    )
    fig.update_layout(annotations=labels)
    fig.add_trace(  # the root: <start>, fed to every first step
        go.Scatter(
            x=[0],
            y=[0],
            mode="markers+text",
            text=[plain(START)],
            textposition="middle left",
            marker=dict(size=12, color="#262730"),
            hoverinfo="skip",
            showlegend=False,
        )
    )
    if picked is not None:
        t, rank = picked
        fig.add_trace(
            go.Scatter(
                x=[t + 1],
                y=[rank],
                mode="markers",
                marker=dict(size=22, color="rgba(0,0,0,0)", line=dict(width=3, color=CHOSEN)),
                hoverinfo="skip",
                showlegend=False,
            )
        )
    rows = max((len(step.candidates) for step in search.steps), default=1)
    fig.update_yaxes(autorange="reversed", visible=False)
    fig.update_xaxes(
        title=text["beam_step"],
        tickvals=list(range(1, len(search.steps) + 1)),
        range=[-0.6, len(search.steps) + 0.9],  # room for <start> and the last step's labels
        showgrid=False,
        zeroline=False,
    )
    fig.update_layout(clickmode="event+select", dragmode=False)
    return _layout(fig, text["beam_tree_title"], 110 + NODE_ROW_PX * rows)


NODE_TRACE = 3  # tree_figure's nodes come after its three kinds of edges


def nbest_table(search: BeamSearch, text: dict) -> pd.DataFrame:
    """Rank, translation, log P, the ranking score and the number of tokens (<end> included)."""
    return pd.DataFrame(
        {
            text["beam_rank"]: [str(i + 1) for i in range(len(search))],
            text["hypothesis"]: [
                literal(h.translation) + ("" if h.finished else f" {text['unfinished']}") for h in search
            ],
            text["log_prob"]: [log_prob(h.log_prob) for h in search],
            text["beam_score"]: [log_prob(h.score) for h in search],
            text["length"]: [str(len(h.tokens)) for h in search],
        }
    )


def is_end(search: BeamSearch, step: int, rank: int) -> bool:
    return search.steps[step].candidates[rank].word == END
