"""The lesson as one offline HTML file (`Trace.to_html`): the stages of every decoder step with a step
slider, in one language, drawn by the page's own figures.

Self-contained: plotly.js (the copy the plotly package ships) is embedded, and nothing in the file
loads from any host (no CDN, web fonts or MathJax), so it opens from a USB stick or a slide deck with
no network. Plain Python: no Streamlit here. User text is HTML-escaped, and, as on the page, nothing
after step t is shown at step t.
"""

import html
import re

import plotly.io as pio
from plotly.offline import get_plotlyjs

from ..tokens import InputError
from ..trace import Trace
from . import figures, labels
from .navigation import STAGES

CONFIG = {"displaylogo": False, "responsive": True}

STYLE = """
body { font-family: "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
       margin: 0 auto; max-width: 1100px; padding: 0 1rem 3rem; color: #111; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
pre { background: #f4f4f4; padding: 0.5rem; overflow-x: auto; font-size: 0.85rem; }
table { border-collapse: collapse; font-size: 0.9rem; } td, th { border: 1px solid #ccc; padding: 2px 8px; }
#step-bar { position: sticky; top: 0; background: white; padding: 0.5rem 0; border-bottom: 1px solid #ccc;
            z-index: 10; display: flex; gap: 0.75rem; align-items: center; }
#step { flex: 1; } .chosen { color: #d62728; font-weight: bold; }
"""

# Show one step's section; Plotly sizes charts drawn while hidden only once they are resized.
SCRIPT = """
const slider = document.getElementById("step"), label = document.getElementById("step-label");
const sections = document.querySelectorAll("section.step");
function show(n) {
  n = Math.min(Math.max(n, 1), sections.length);
  slider.value = n;
  label.textContent = n + " / " + sections.length;
  sections.forEach((s, i) => { s.hidden = i !== n - 1; });
  sections[n - 1].querySelectorAll(".plotly-graph-div").forEach(div => Plotly.Plots.resize(div));
}
slider.addEventListener("input", () => show(Number(slider.value)));
document.getElementById("previous").addEventListener("click", () => show(Number(slider.value) - 1));
document.getElementById("next").addEventListener("click", () => show(Number(slider.value) + 1));
document.addEventListener("keydown", e => {
  if (e.target === slider) return;  // the slider moves itself
  if (["ArrowRight", "PageDown"].includes(e.key)) show(Number(slider.value) + 1);
  if (["ArrowLeft", "PageUp"].includes(e.key)) show(Number(slider.value) - 1);
});
show(1);
"""


def chart(fig) -> str:
    fig.update_layout(template="none")  # Plotly's default theme would repeat 6 kB in every chart
    return pio.to_html(fig, full_html=False, include_plotlyjs=False, config=CONFIG)


def pre(lines: str) -> str:
    return f"<pre>{html.escape(lines)}</pre>"


def paragraph(template: str, **fields) -> str:
    """One of the page's Markdown sentences in HTML: its fields escaped, its **bold** kept."""
    bold = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html.escape(template))
    return f"<p>{bold.format(**{name: html.escape(str(v)) for name, v in fields.items()})}</p>"


def heading(stage: str, text: dict) -> str:
    return f"<h2>{STAGES.index(stage) + 1}. {html.escape(text[f'stage_{stage}'])}</h2>"


def softmax_table(trace: Trace, index: int, text: dict) -> str:
    """The page's table, its words escaped for HTML instead of Markdown."""
    words = [html.escape(labels.visible_controls(w)) for w in trace.source_words] + ["Σ"]
    return figures.softmax_table(trace, index, text).relabel_index(words).to_html()


def step_section(trace: Trace, index: int, text: dict) -> str:
    step = trace.steps[index]
    so_far = [html.escape(s.token) for s in trace.steps[:index]]
    so_far.append(f'<span class="chosen">{html.escape(step.token)}</span>')
    if trace.attends:
        attention = [
            chart(figures.weights_figure(trace, index, text)),
            softmax_table(trace, index, text),
            pre(figures.attention_lines(trace, index)),
        ]
        alignment = chart(figures.alignment_figure(trace, index + 1, text))
    else:  # what the page says instead: the decoder's only input, the bottleneck
        attention = [
            paragraph(
                text["no_attention"],
                input=labels.visible_controls(step.input_token),
                dim=len(step.embedding),
                units=len(step.h),
            )
        ]
        alignment = paragraph(text["no_alignment"])
    return "\n".join(
        [
            f'<section class="step" data-step="{index + 1}">',
            heading("attention", text),
            *attention,
            heading("decoder", text),
            chart(figures.top_k_figure(trace, index, text)),
            f"<p>{html.escape(text['so_far'])}: {' '.join(so_far)}</p>",
            pre(figures.decoder_lines(trace, index)),
            heading("alignment", text),
            alignment,
            "</section>",
        ]
    )


def lesson_html(trace: Trace, language: str = "ko") -> str:
    if language not in labels.LANGUAGES:
        raise InputError(f"language must be one of {', '.join(labels.LANGUAGES)}, not {language!r}.")
    text = labels.text(language)
    sentence = html.escape(labels.visible_controls(trace.sentence))
    total = len(trace.steps)
    finished = trace.finished
    stopped = "" if finished else f"<p>{html.escape(text['length_limit'].format(limit=total))}</p>"
    body = [
        f"<h1>{sentence}</h1>",
        stopped,
        heading("preprocessing", text),
        pre(figures.preprocessing_lines(trace, text)),
        heading("embedding", text),
        chart(figures.embedding_figure(trace, text)),
        heading("encoder", text),
        chart(figures.encoder_figure(trace, "h", text)),
        pre(figures.encoder_lines(trace, text)),
        '<div id="step-bar">'
        f'<button id="previous" title="←">◀</button>'
        f'<label for="step">{html.escape(text["step"])}</label>'
        f'<input type="range" id="step" min="1" max="{total}" value="1">'
        '<output id="step-label"></output>'
        f'<button id="next" title="→">▶</button></div>',
        *(step_section(trace, i, text) for i in range(total)),
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{language}"><head><meta charset="utf-8">',
            f"<title>attnviz: {sentence}</title>",
            f"<style>{STYLE}</style>",
            f'<script type="text/javascript">{get_plotlyjs()}</script>',
            "</head><body>",
            *body,
            f"<script>{SCRIPT}</script>",
            "</body></html>",
        ]
    )
