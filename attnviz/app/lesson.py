"""The lesson page: header, the sentence and what is wrong with it, then the lesson's stages, either all on
one scrolling page or, in presentation mode, one per screen."""

from dataclasses import dataclass

import streamlit as st

from ..examples import EXAMPLES
from ..input_check import sentence_problem, suggestions, too_many_words, unknown_words, words
from ..model import ATTENTION_KINDS
from ..tokens import SPECIALS, InputError, tokenize
from . import figures, labels, palettes, predict, state, what_if
from .data import cached_trace, metrics, shared_model
from .labels import literal
from .navigation import STAGES
from .stages import STAGE_VIEWS, View
from .stepping import stage_title, stepper

BOM = "\ufeff"

STYLE = """<style>
/* the step bar (and a what-if's comparison) stays in view while ATTENTION, DECODER and the alignment
   scroll under it (the sticky box is the area's wrapper: the area alone has no room to move in) */
[data-testid="stLayoutWrapper"]:has(> .st-key-step_area) {
    position: sticky; top: 3.75rem; z-index: 100; background: white; border-bottom: 1px solid #ddd; }
/* a phone: the bar in one short row (buttons as symbols, no slider label) */
@media (max-width: 640px) {
    .st-key-step_bar { flex-wrap: nowrap; gap: 0.25rem; }
    .st-key-step_bar button { padding: 0.1rem 0.5rem; min-height: 2rem; }
    .st-key-step_bar button [data-testid="stMarkdownContainer"] { display: none; }  /* the keys stay */
    .st-key-step_bar [data-testid="stWidgetLabel"] { display: none; }
    .st-key-step_bar [data-testid="stCaptionContainer"] { font-size: 0.75rem; }
}
</style>"""

# Both modes: the softmax table scrolls inside its box with its header and Σ row in view; the extra
# shortcut buttons (PageDown, PageUp, Space) work unseen; a wide beam tree scrolls.
COMMON_STYLE = """<style>
.st-key-softmax_table [data-testid="stTable"] > div { max-height: 22rem; overflow: auto; }
.st-key-softmax_table thead th { position: sticky; top: 0; background: white; z-index: 1; }
.st-key-softmax_table tbody tr:last-child > * {
    position: sticky; bottom: 0; background: white; border-top: 2px solid #888; }
.st-key-clicker_keys { display: none; }
[data-testid="stTable"] { overflow-x: auto; }
/* Korean words stay whole in tables (they would break between any two syllables) */
[data-testid="stTable"] * { word-break: keep-all !important; overflow-wrap: normal !important; }
/* a heading scrolled to (a link to it, say) lands below the sticky step bar */
[data-testid="stMain"] :is(h2, h3) { scroll-margin-top: 9rem; }
/* the beam search's tree keeps the width its labels need (beam_page.py) and scrolls sideways */
.st-key-beam_tree_box { overflow-x: auto; }
</style>"""

# For a 1024×768 projector: Streamlit sizes its type in rem, so one root size scales it all, and the
# space above the page goes to the slide.
PRESENTATION_STYLE = """<style>
html { font-size: 20px; }
[data-testid="stHeader"] { display: none; }
[data-testid="stMainBlockContainer"] { padding: 0.25rem 1.5rem 0; }
/* the stage names and the three buttons share one row at 1024 px */
.st-key-stage p { font-size: 0.8rem; }
.st-key-stage button, .st-key-previous button, .st-key-next button, .st-key-play button {
    min-height: 2rem; padding: 0.1rem 0.6rem; }
.st-key-softmax_table [data-testid="stTable"] > div { max-height: 16rem !important; }
[data-testid="stTable"] :is(td, th) { padding-top: 0.15rem; padding-bottom: 0.15rem; }
/* a what-if's two translations and the undo stay on one line beside a long sentence */
.st-key-what_if p { font-size: 0.85rem; }
</style>"""


@dataclass
class Top:
    """The top of every page: the model, the labels, the mode, and the places for title and settings."""

    model: object  # attnviz.model.Seq2Seq; None on a page that does not translate
    text: dict
    presenting: bool
    title: object  # a column for the page's heading
    settings: object  # presenting: the settings button, where the inputs go too

    def heading(self, words: str) -> None:
        """The page's heading (Markdown) in the title row, smaller on a slide."""
        self.title.markdown(f"{heading_level(self.presenting)} {words}")


def heading_level(presenting: bool) -> str:
    return "####" if presenting else "##"


def top(with_model: bool = True) -> Top:
    """Title row, language, presentation and settings, the page's style and the model (or why not)."""
    # The layout depends on the mode, which the toggle reports only once drawn; on a page just opened
    # from a link, the URL tells.
    state.read_link()
    presenting = st.session_state[state.PRESENTING]
    title, controls = st.columns([6, 1] if presenting else [1, 1], vertical_alignment="center")
    # presenting, the settings and the inputs fold into one button so the slide gets the screen
    settings = (
        controls.popover("", icon=":material/settings:")
        if presenting
        else controls.container(
            horizontal=True, horizontal_alignment="right", vertical_alignment="center"
        )
    )
    with settings:
        text, presenting = mode()
    st.html((PRESENTATION_STYLE if presenting else STYLE) + COMMON_STYLE)
    model = loaded(state.DEFAULT_MODEL, text) if with_model else None
    return Top(model, text, presenting, title, settings)


def loaded(attention: str, text: dict):
    """The model with this attention, or the page stops after saying why it cannot be loaded."""
    try:
        return shared_model(attention)
    except (OSError, ValueError) as error:  # models/ missing or half-written: say so, no traceback
        st.error(text["error_model"].format(message=literal(str(error))))
        st.stop()


def lesson_model_note(text: dict) -> None:
    """On a page that shows the Bahdanau model only: said when the lesson shows another."""
    attention = state.model()
    if attention != state.DEFAULT_MODEL:
        st.caption(text["page_uses_bahdanau"].format(model=text[f"model_{attention}"]))


def one_sentence(page: Top) -> tuple[str, View | None]:
    """The top of a page about one sentence (beam search, the three models): the sentence and the
    examples, no reference; its greedy trace with the sentence's checks and messages (None after saying
    why there is none); the link's notes."""
    text = page.text
    with page.settings if page.presenting else st.container():
        sentence, _ = inputs(text, with_reference=False)
    view = translated(page.model, sentence, "", text, page.presenting, what_ifs=False)
    show_notes(text)
    return sentence, view


def show_notes(text: dict) -> None:
    """What the link asked for that the page could not show."""
    for key, fields in state.notes():
        st.info(text[key].format(**{name: literal(str(value)) for name, value in fields.items()}))


def lesson() -> None:
    page = top()
    text, presenting = page.text, page.presenting
    with page.settings if presenting else st.container():
        attention = model_switch(text)  # first: presenting, the settings button shows it unscrolled
        sentence, reference = inputs(text)
    model = page.model if attention == state.DEFAULT_MODEL else loaded(attention, text)
    # a slide says its doubt in the title row, where it takes no height
    view = translated(model, sentence, reference, text, presenting, doubt_in_title=presenting)
    show_notes(text)
    with page.title, st.container(horizontal=True, vertical_alignment="center"):
        st.markdown(heading(sentence, view, presenting, text), width="content")
        # a slide's what-if and doubt, in one line beside the sentence
        if presenting and view is not None:
            what_if.comparison(view, compact=True)
            doubt_notice(view.trace, text, compact=True)
    if view is None:
        state.write_link()
        return
    if presenting:
        stepper(view, presenting=True)
    else:
        about(model, view, text)
        for stage in STAGES[:3]:
            st.header(stage_title(stage, text), divider="gray")
            STAGE_VIEWS[stage](view)
        stepper(view, presenting=False)


def heading(sentence: str, view: View | None, presenting: bool, text: dict) -> str:
    """The sentence, and its translation only when asked for: the class guesses the words step by step."""
    level = heading_level(presenting)
    if view is None:
        return f"{level} {text['title']}"
    attention = view.trace.attention  # said when it is not the lesson's own
    model = "" if attention == state.DEFAULT_MODEL else f" · {text[f'model_{attention}']}"
    if st.session_state.get(state.REVEAL):
        return f"{level} {literal(sentence)} → {literal(view.trace.translation)}{model}"
    return f"{level} {literal(sentence)}{model}"


def mode() -> tuple[dict, bool]:
    """The language switch, the presentation toggle and the settings: (labels, presenting)."""
    language = st.segmented_control(
        "언어 / Language",
        list(labels.LANGUAGES),
        key=state.LANGUAGE,
        persist_state="session",  # every page has the switch; its value goes with the reader
        required=True,
        format_func=labels.LANGUAGES.get,
        label_visibility="collapsed",
    )
    text = labels.text(language)
    presenting = st.toggle(
        text["presentation"],
        key=state.PRESENTING,
        help=text["presentation_help"],
        persist_state="session",
    )
    # presenting, everything is in the settings button already
    settings = (
        st.container() if presenting else st.popover("", icon=":material/tune:", help=text["settings"])
    )
    with settings:
        st.toggle(text["reveal"], key=state.REVEAL, help=text["reveal_help"], persist_state="session")
        st.select_slider(text["speed"], state.PLAY_SPEEDS, key=state.SPEED, persist_state="session")
        palettes.setting(text)
        predict.setting(text)
    return text, presenting


def inputs(text: dict, with_reference: bool = True) -> tuple[str, str]:
    """The Korean sentence, the optional reference (teacher forcing) and the examples; all in the URL.
    Their values stay while another page (without some of them) is shown."""
    sentence_column, reference_column = st.columns(2)
    with sentence_column:
        sentence = st.text_input(
            text["sentence"],
            key=state.SENTENCE,
            on_change=state.new_sentence,
            help=text["sentence_help"],
            persist_state="session",
        )
    reference = ""
    if with_reference:
        with reference_column:
            reference = st.text_input(
                text["reference"],
                key=state.REFERENCE,
                on_change=state.new_reference,
                placeholder=text["reference_placeholder"],
                help=text["reference_help"],
                persist_state="session",
            )
    st.pills(
        text["examples"],
        [korean for korean, _ in EXAMPLES],
        key=state.EXAMPLE,
        on_change=state.choose_example,
    )
    return sentence or "", (reference or "").strip()


def model_switch(text: dict) -> str:
    """Bahdanau · Luong · no attention: the model the lesson shows (in the link)."""
    return st.segmented_control(
        text["model"],
        ATTENTION_KINDS,
        key=state.MODEL,
        persist_state="session",
        required=True,
        format_func=lambda attention: text[f"model_{attention}"],
        help=text["model_help"],
        on_change=state.stop_playing,
    )


def translated(
    model,
    sentence: str,
    reference: str,
    text: dict,
    presenting: bool,
    what_ifs: bool = True,
    doubt_in_title: bool = False,
) -> View | None:
    """`model`'s trace to show (with the what-ifs asked for, unless `what_ifs` is False), or None after
    saying on the page why there is none. `doubt_in_title`: the caller shows the doubt in its title row
    (a slide of the lesson), so it is not said here."""
    attention = model.config.attention
    sentence = checked_sentence(model, sentence, text)
    if sentence is None:
        return None
    # <end> takes one place; the decoder writes punctuation too
    reference_problem = too_many_words(reference, model.max_target_len - 1, punctuation=True)
    if reference_problem:
        st.error(
            text["error_reference_too_long"].format(
                words=reference_problem.words, limit=reference_problem.limit
            )
        )
        reference = ""
    trace = traced(sentence, reference, text, what_ifs, attention)
    if trace is None:
        return None
    if trace.unknown:
        st.warning(unknown_words_message(trace.unknown, model.source_vocab, text))
    if trace.prefix and trace.unknown_english:
        st.warning(text["reference_unknown"].format(words=literal(", ".join(trace.unknown_english))))
    if not doubt_in_title:
        doubt_notice(trace, text)
    if reference:
        missing = unknown_words(reference, model.target_vocab)
        if missing:
            st.warning(text["reference_unknown"].format(words=literal(", ".join(missing))))
        greedy = (
            cached_trace(sentence, None, attention=attention).translation
            if st.session_state.get(state.REVEAL)
            else "…"
        )
        st.info(text["forced_banner"].format(reference=literal(reference), greedy=literal(greedy)))
    elif not trace.finished:
        st.warning(text["length_limit"].format(limit=len(trace.steps)))
    state.settle_step(len(trace.steps))
    own = cached_trace(sentence, attention=attention) if trace.prefix or trace.pin else None
    return View(trace, text, model.target_vocab, large=presenting, own=own)


def doubt_notice(trace, text: dict, compact: bool = False) -> None:
    """A calm note, not an error, when the translation may be wrong (rare words, low confidence).
    `compact`: a badge for a slide's title row, the reason in its tooltip, so the slide keeps its height."""
    doubt = trace.doubt
    if not (doubt and doubt.code in ("rare_words", "low_confidence")):
        return
    message = text[f"doubt_{doubt.code}"].format(
        words=literal(", ".join(doubt.words)), probability=f"{doubt.probability or 0:.2f}"
    )
    if compact:
        st.markdown(
            f":orange-badge[:material/help: {text['doubt_badge']}]", help=message, width="content"
        )
    else:
        st.info(message, icon=":material/help:")


def checked_sentence(model, sentence: str, text: dict) -> str | None:
    """The sentence as `model` can take it, or None after saying on the page why it cannot (empty, too
    long, no Hangul…). Punctuation that does not fit is left out, and that is said."""
    limit = model.max_source_len - 2  # <start> and <end> take two places
    problem = sentence_problem(sentence, limit)
    if problem:
        st.error(
            text[f"error_{problem.kind}"].format(
                words=problem.words, limit=problem.limit, text=literal(sentence)
            )
        )
        return None
    if len(tokenize(sentence)) > limit:  # the words fit, their punctuation does not: leave it out
        st.caption(text["punctuation_dropped"].format(limit=limit))
        return " ".join(words(sentence))
    return sentence


def traced(sentence: str, reference: str, text: dict, what_ifs: bool, attention: str):
    """The trace with the reference or the what-ifs asked for, or None after saying why there is none."""
    prefix, pin = state.what_if() if what_ifs and not reference else (None, ())
    if pin and attention == "none":  # a link's pin, or one made before the switch: nothing to pin
        st.session_state[state.PIN] = pin = ()
        st.info(text["pin_no_attention"])
    try:
        return cached_trace(sentence, reference or None, prefix, pin, attention)
    except InputError as error:
        if not (prefix or pin):  # anything the checks before did not foresee
            st.error(text["error_input"].format(message=literal(str(error))))
            return None
    # A what-if from a link that this translation cannot take (a pin past its end or its tokens, a
    # prefix too long): said in the page's words and numbering, then the model's own translation.
    state.undo_what_if()
    own = traced(sentence, reference, text, what_ifs, attention)
    if own is not None:
        st.warning(
            text["what_if_refused"].format(
                prefix=literal(prefix or ""), pin=state.pin_link(pin), tokens=len(own.tokens)
            )
        )
    return own


def unknown_words_message(unknown: list[str], vocabulary, text: dict) -> str:
    """The words that became <unk>, each with the known words that look most like it."""
    known = [w for w in vocabulary.words if w not in SPECIALS]
    lines = [text["unknown_words"].format(words=literal(", ".join(unknown)))]
    for word in unknown:
        found = suggestions(word, known)
        lines.append(
            text["suggestions"].format(word=literal(word), suggestions=", ".join(found))
            if found
            else text["no_suggestions"].format(word=literal(word))
        )
    return "  \n".join(lines)


def about(model, view: View, text: dict) -> None:
    """Model facts and the downloads, folded away until asked for."""
    facts, downloads = st.columns(2)
    trace = view.trace
    held_out = metrics(trace.attention)
    with facts.expander(text["facts"]):
        st.table(figures.model_facts(model, held_out, text), hide_index=True)
        if held_out is None:
            st.caption(text["metrics_missing"].format(model=trace.attention))
    # made only when clicked: the JSON is about a megabyte
    exports = [("download_json", trace.to_json, "trace.json", "application/json")]
    if trace.attends:  # a model without attention has no weights to put in the two tables
        exports += [  # a byte-order mark, so that Excel reads the Korean as UTF-8
            (
                "download_alignment",
                lambda: BOM + trace.alignment_frame().to_csv(),
                "alignment.csv",
                "text/csv",
            ),
            (
                "download_softmax",
                lambda: BOM + trace.softmax_tables().to_csv(index=False),
                "softmax.csv",
                "text/csv",
            ),
        ]
    # every step, offline (about 5 MB: plotly.js is inside), in the page's language
    exports.append(
        (
            "download_html",
            lambda: trace.to_html(st.session_state[state.LANGUAGE]),
            "attnviz.html",
            "text/html",
        )
    )
    with downloads.expander(text["downloads"]):
        if not trace.attends:
            st.caption(text["downloads_no_attention"])
        for label, data, file_name, mime in exports:
            st.download_button(
                text[label],
                data,
                file_name=file_name,
                mime=mime,
                on_click="ignore",
                icon=":material/download:",
            )
        st.caption(text["png_hint"])
        st.caption(text["offline_hint"])
