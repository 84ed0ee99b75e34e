"""The lesson's stages as Streamlit views: each draws one stage of one trace, in normal and presentation mode."""

from dataclasses import dataclass
from functools import partial

import streamlit as st

from ..tokens import Vocabulary
from ..trace import Trace
from . import figures, not_explanation, numbers, palettes, reference_check, sampling, what_if
from .labels import SCORES, literal

ENCODER_POSITION = "encoder_position"  # widget key: the encoder timestep shown
FIGURE_CACHE_SIZE = 512  # a few sentences' worth of figures at every step, in both languages


@dataclass(frozen=True)
class View:
    """What every stage view needs: the trace, the labels, and how to draw."""

    trace: Trace
    text: dict
    target_vocab: object  # attnviz.tokens.Vocabulary: logits are looked up by word
    large: bool = False  # presentation mode: projector type
    step: int = 1  # the decoder step shown, 1-based
    own: Trace | None = None  # under a what-if (prefix, pin): the model's own translation

    @property
    def index(self) -> int:
        return self.step - 1


def _trace_key(trace: Trace) -> tuple:
    # one model per attention kind: what was asked for, and of which model, decides every number
    return (
        trace.attention,
        trace.sentence,
        trace.target,
        trace.prefix,
        tuple(sorted(trace.pin.items())),
        trace.temperature,
        trace.seed,
    )


# Figures are kept per trace, step, language, size and colours: stepping back and forth, switching the language
# or reopening a tab reuses them instead of building them again.
@st.cache_resource(
    max_entries=FIGURE_CACHE_SIZE,
    show_spinner=False,
    # the labels are one module-level dict per language: its identity names the language
    hash_funcs={Trace: _trace_key, Vocabulary: len, dict: id},
)
def cached_figure(name: str, large: bool, palette: palettes.Palette, *args):
    return _styled(getattr(figures, name)(*args), large, palette)


def _styled(fig, large: bool, palette: palettes.Palette):
    """Projector type when `large`, in the reader's colours."""
    if large:
        figures.enlarge(fig)
    return palettes.recolour(fig, palette)


def chart(view: View, file_name: str, name: str, *args, **selecting):
    """The Plotly chart `figures.<name>(*args)`, kept per trace and step; see `show`."""
    return show(cached_figure(name, view.large, palettes.current(), *args), file_name, **selecting)


def draw(fig, file_name: str, large: bool, **selecting):
    """A figure made for this run only (another page's), in the same type and colours; see `show`."""
    return show(_styled(fig, large, palettes.current()), file_name, **selecting)


def show(fig, file_name: str, **selecting):
    """A Plotly chart whose modebar's camera saves a PNG named after it. `selecting` (key, on_select,
    selection_mode) makes it clickable; the selection is returned."""
    return st.plotly_chart(
        fig,
        width="stretch",
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"filename": f"attnviz-{file_name}", "scale": 2},
        },
        **selecting,
    )


def preprocessing(view: View) -> None:
    trace, text = view.trace, view.text
    st.markdown(text["about_preprocessing"].format(length=len(trace.ids)))
    st.code(figures.preprocessing_lines(trace, text), language=None)
    st.table(figures.token_table(trace, text))


def embedding(view: View) -> None:
    st.markdown(view.text["about_embedding"].format(dim=view.trace.embeddings.shape[1]))
    chart(view, "embedding", "embedding_figure", view.trace, view.text)


def tabbed(key: str, parts: dict) -> None:
    """Tabs ({label: draw}) that draw only the open one: hidden charts would cost time on every step."""
    for tab, draw in zip(st.tabs(list(parts), key=key, on_change="rerun"), parts.values()):
        if tab.open:
            with tab:
                draw()


def encoder(view: View) -> None:
    trace, text = view.trace, view.text
    st.markdown(text["about_encoder"].format(units=trace.encoder_h.shape[1]))
    tabbed(
        "encoder_tab",
        {
            text["encoder_tab_h"]: lambda: chart(view, "encoder-h", "encoder_figure", trace, "h", text),
            text["encoder_tab_c"]: lambda: chart(view, "encoder-c", "encoder_figure", trace, "c", text),
            text["encoder_tab_step"]: lambda: encoder_timestep(view),
            text["numbers_tab"]: lambda: st.code(figures.encoder_lines(trace, text), language=None),
        },
    )


@st.fragment
def encoder_timestep(view: View) -> None:
    """Choosing a timestep reruns only this view."""
    tokens = view.trace.tokens
    if st.session_state.get(ENCODER_POSITION, 0) >= len(tokens):  # the sentence got shorter
        st.session_state[ENCODER_POSITION] = 0
    position = st.select_slider(
        view.text["timestep"],
        options=range(len(tokens)),
        key=ENCODER_POSITION,
        format_func=lambda p: f"{p + 1}: {tokens[p]}",
    )
    chart(view, f"encoder-t{position + 1}", "encoder_timestep_figure", view.trace, position, view.text)


def attention(view: View) -> None:
    trace, text, index = view.trace, view.text, view.index
    if not trace.attends:
        no_attention(view)
        return
    about, pin = st.columns([5, 2], vertical_alignment="center")  # side by side: a slide has no room
    about.markdown(
        text["about_attention"].format(
            word=f"“{literal(trace.steps[index].token)}”", score=SCORES[trace.attention]
        )
    )
    with pin:
        what_if.pin_choice(view)
    if trace.steps[index].pinned and not view.large:  # presenting, the table's header says it
        position = trace.pin[index]
        st.caption(text["pinned_step"].format(token=literal(trace.tokens[position])))
    tabbed(
        "attention_tab",
        {
            text["attention_tab_softmax"]: lambda: softmax(view),
            text["attention_tab_query_keys"]: lambda: chart(
                view, f"query-keys-{view.step}", "query_keys_figure", trace, index, text
            ),
            text["attention_tab_context"]: lambda: chart(
                view, f"context-{view.step}", "context_figure", trace, index, text
            ),
            text["numbers_tab"]: lambda: st.code(figures.attention_lines(trace, index), language=None),
        },
    )
    if not view.large:  # a slide has no room; the lecturer shows it from the scrolling page
        not_explanation.note(text, trace.attention)


def no_attention(view: View) -> None:
    """ATTENTION for a model without it: what the decoder has to go on instead (the bottleneck)."""
    step = view.trace.steps[view.index]
    st.info(
        view.text["no_attention"].format(
            input=literal(step.input_token), dim=len(step.embedding), units=len(step.h)
        ),
        icon=":material/compress:",
    )


def softmax(view: View) -> None:
    """The weights over the source words, above the stable softmax's table (score → score − max →
    exp → Σ → weight), which scrolls inside its box with the Σ row kept in view."""
    trace, text, index = view.trace, view.text, view.index
    # a projector's slide has room for the two side by side, not one above the other
    weights, table = (
        st.columns(2, vertical_alignment="center") if view.large else (st.container(), st.container())
    )
    with weights:
        chart(view, f"attention-weights-{view.step}", "weights_figure", trace, index, text)
    with table.container(key="softmax_table"):
        st.table(figures.softmax_table(trace, index, text))
    if not view.large:  # a projector's slide has no room; the table's Σ row says it
        st.caption(
            text["softmax_caption"].format(max=figures.softmax_max(trace, index), digits=numbers.DIGITS)
        )


def decoder(view: View) -> None:
    trace, text, index = view.trace, view.text, view.index
    step = trace.steps[index]
    dim, vocab = len(step.embedding), len(step.logits)
    st.markdown(
        text["about_decoder"].format(
            dim=dim, units=len(step.context), width=len(step.lstm_input), vocab=vocab
        )
        if trace.attends
        else text["about_decoder_none"].format(dim=dim, vocab=vocab)
    )
    if trace.target is not None:
        reference_check.show(view)
    tabbed(
        "decoder_tab",
        {
            text["decoder_tab_choice"]: lambda: choice(view),
            text["decoder_tab_lstm"]: lambda: chart(
                view, f"decoder-lstm-{view.step}", "decoder_lstm_figure", trace, index, text
            ),
            text["decoder_tab_temperature"]: lambda: sampling.temperature_view(view, chart),
            text["numbers_tab"]: lambda: st.code(figures.decoder_lines(trace, index), language=None),
        },
    )


def choice(view: View) -> None:
    """The top-k bars beside the chosen word, the translation so far and the logits behind the bars."""
    trace, text, index = view.trace, view.text, view.index
    step = trace.steps[index]
    # A slide's words need the width: at 1024 px the argmax line (a 4-digit id twice, then the word,
    # up to 17 letters) stays on one line, so the slide keeps its height.
    bars, words = st.columns([3, 5] if view.large else [3, 2])
    with bars:
        key = f"top_k_{view.step}_{id(trace)}"  # a new chart for a new trace: no selection left over
        bar_words, _ = figures.choices(trace, index)
        chart(
            view,
            f"top-k-{view.step}",
            "top_k_figure",
            trace,
            index,
            text,
            key=key,
            on_select=partial(what_if.choose_from_chart, key, view, bar_words),
            selection_mode="points",
        )
        what_if.word_choices(view)
    with words:
        st.markdown(f"#### {text['chosen'].format(word=f':red[{literal(step.token)}]')}")
        best = step.top_ids[0]  # the lesson's predict_id, looked up in the dictionary
        st.caption(text["argmax_line"].format(id=best, word=literal(view.target_vocab.word(best))))
        if step.forced and trace.target is not None:  # teacher forcing
            st.caption(
                text["forced_choice"].format(word=literal(step.token), best=literal(step.top_k[0][0]))
            )
        elif step.forced and not view.large:  # a what-if's prefix; a slide's title row says it already
            st.caption(
                text["what_if_choice"].format(word=literal(step.token), best=literal(step.top_k[0][0]))
            )
        so_far = [literal(s.token) for s in trace.steps[:index]] + [f":red[**{literal(step.token)}**]"]
        st.markdown(f"{text['so_far']}: {' '.join(so_far)}")
        st.table(figures.decoder_choice_table(trace, index, text))


def alignment(view: View) -> None:
    if not view.trace.attends:
        st.info(view.text["no_alignment"], icon=":material/grid_off:")
        return
    st.markdown(view.text["about_alignment"])
    chart(view, "alignment", "alignment_figure", view.trace, view.step, view.text)
    if not view.large:  # a slide has no room; its colour bar says "fixed 0–1"
        st.caption(view.text["weights_scale_note"])


STAGE_VIEWS = {
    "preprocessing": preprocessing,
    "embedding": embedding,
    "encoder": encoder,
    "attention": attention,
    "decoder": decoder,
    "alignment": alignment,
}
