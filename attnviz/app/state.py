"""The page's state: widget keys, the link (the URL's query parameters) and the callbacks that change them.

A link is read once, when a session opens it: every value is checked, and what cannot be used is said
in a note on the page (`notes`). From then on the page writes the link after every run, with
language-independent values (`lang=en`, `stage=attention`), so a copied URL opens the same view.
"""

import re
import time

import streamlit as st

from ..model import ATTENTION_KINDS
from ..tokens import SPECIALS, tokenize
from .labels import DEFAULT_LANGUAGE, LANGUAGES
from .navigation import STAGES, clamp_step, neighbour

SENTENCE, REFERENCE, EXAMPLE = "sentence", "reference", "example"
STEP, STAGE = "step", "stage"
PLAYING, PLAYED_AT = "playing", "played_at"  # play / pause, and when play last moved on
LANGUAGE, PRESENTING, REVEAL, SPEED = "lang", "present", "reveal", "speed"
NOTES = "link_notes"  # [(label key, fields)]: what the link asked for that the page could not show
# the step a link asked for (or a what-if stays on), until the translation's length is known
LINK_STEP = "link_step"
# the what-ifs: English words forced before greedy decoding, and {decoder step: source position} as
# sorted ((step index, position), ...), both 0-based like the trace (the link writes them 1-based)
PREFIX, PIN = "prefix", "pin"
WIDTH, PENALTY = "width", "penalty"  # the beam page's search
BEAM_PICK = "beam_pick"  # the beam tree's node shown: (step index, rank in that step's candidates)
# the learning page: the recorded sentence shown and the epoch (1-based); the link's epoch waits in
# LINK_EPOCH until the recording's length is known
WATCHED, EPOCH, LINK_EPOCH = "watched", "epoch", "link_epoch"
MODEL, DEFAULT_MODEL = "model", ATTENTION_KINDS[0]  # the lesson's model, named by its attention

DEFAULT_SENTENCE = "고양이가 잔다"  # the lesson's sentence
PLAY_SPEEDS = (0.5, 1.0, 2.0, 3.0, 5.0)  # seconds per step (or slide) while playing
DEFAULT_SPEED = 2.0  # long enough to read the new word
PREDICT = "predict"  # predict, then reveal (predict.py)
FLAGS = (PRESENTING, REVEAL, PREDICT)  # true / false in the link
# Values that views keep in the link themselves (they check them and say what they cannot use)
TEMPERATURE, SEED = "temp", "seed"  # the temperature view's (sampling.py)
EXTRA_LINK, EXTRA_PARAMS = "extra_link", (TEMPERATURE, SEED)
BEAM_WIDTHS = (1, 2, 3, 4, 5)  # 1 is greedy decoding, the lesson's view
DEFAULT_WIDTH = 3
LENGTH_PENALTIES = (0.0, 0.5, 1.0)  # 0: raw log-probability; 1: per word
DEFAULT_PENALTY = LENGTH_PENALTIES[0]
_PIN_LINK = re.compile(r"\d{1,3}:\d{1,3}(,\d{1,3}:\d{1,3})*")  # step:token, 1-based as on the page
# What the link holds when it says nothing: read where a key is absent, left out when written.
LINK_DEFAULTS = {
    SENTENCE: DEFAULT_SENTENCE,
    REFERENCE: "",
    STEP: "1",
    STAGE: STAGES[0],
    LANGUAGE: DEFAULT_LANGUAGE,
    **dict.fromkeys(FLAGS, "false"),
    PREFIX: "",
    PIN: "",
    WIDTH: str(DEFAULT_WIDTH),
    PENALTY: str(DEFAULT_PENALTY),
    WATCHED: "",
    EPOCH: "1",
    MODEL: DEFAULT_MODEL,
}


def read_link() -> None:
    """On a session's first run, take the link's values into session_state (before any widget is drawn)."""
    if NOTES in st.session_state:
        return
    params, notes = st.query_params, []
    st.session_state[SENTENCE] = params.get(SENTENCE, LINK_DEFAULTS[SENTENCE])
    st.session_state[REFERENCE] = params.get(REFERENCE, LINK_DEFAULTS[REFERENCE])
    language = params.get(LANGUAGE, LINK_DEFAULTS[LANGUAGE])
    if language not in LANGUAGES:
        notes.append(("note_lang", {"value": language}))
        language = DEFAULT_LANGUAGE
    st.session_state[LANGUAGE] = language
    stage = params.get(STAGE, LINK_DEFAULTS[STAGE])
    if stage.lower() not in STAGES:  # older links wrote ATTENTION
        notes.append(("note_stage", {"value": stage, "stages": ", ".join(STAGES)}))
        stage = STAGES[0]
    st.session_state[STAGE] = stage.lower()
    for flag in FLAGS:
        value = params.get(flag, LINK_DEFAULTS[flag])
        if value not in ("true", "false"):
            notes.append(("note_flag", {"name": flag, "value": value}))
        st.session_state[flag] = value == "true"
    step = params.get(STEP, LINK_DEFAULTS[STEP])
    try:
        st.session_state[LINK_STEP] = int(step)
    except ValueError:
        notes.append(("note_step_not_number", {"value": step}))
    st.session_state[STEP] = 1
    st.session_state[SPEED] = DEFAULT_SPEED
    st.session_state[EXTRA_LINK] = {name: params[name] for name in EXTRA_PARAMS if name in params}
    _read_what_if(params, notes)
    _read_search(params, notes)
    _read_learning(params, notes)
    _read_model(params, notes)
    st.session_state[NOTES] = notes


def _read_model(params, notes: list) -> None:
    model = params.get(MODEL, LINK_DEFAULTS[MODEL])
    if model not in ATTENTION_KINDS:
        notes.append(("note_model", {"value": model, "options": ", ".join(ATTENTION_KINDS)}))
        model = DEFAULT_MODEL
    st.session_state[MODEL] = model


def _read_what_if(params, notes: list) -> None:
    """prefix=a dog and pin=3:2 (at decoder step 3, attend only to token 2); their ranges are checked
    by `trace` once the sentence is known (`lesson.traced` says what it refused)."""
    prefix, pin = params.get(PREFIX, LINK_DEFAULTS[PREFIX]).strip(), params.get(PIN, LINK_DEFAULTS[PIN])
    if pin and not _PIN_LINK.fullmatch(pin):
        notes.append(("note_pin", {"value": pin}))
        pin = ""
    if (prefix or pin) and params.get(REFERENCE, "").strip():
        notes.append(("note_what_if_reference", {}))
        prefix, pin = "", ""
    st.session_state[PREFIX] = prefix or None
    st.session_state[PIN] = pin_from_link(pin)


def _read_search(params, notes: list) -> None:
    for key, options, default, note in (
        (WIDTH, BEAM_WIDTHS, DEFAULT_WIDTH, "note_width"),
        (PENALTY, LENGTH_PENALTIES, DEFAULT_PENALTY, "note_penalty"),
    ):
        value = params.get(key, LINK_DEFAULTS[key])
        try:
            number = float(value)
        except ValueError:
            number = None
        if number not in options:
            notes.append((note, {"value": value, "options": ", ".join(map(str, options))}))
            number = default
        st.session_state[key] = type(default)(number)


def _read_learning(params, notes: list) -> None:
    """watched=고양이가 잔다&epoch=3; whether training recorded them is checked by `settle_learning`."""
    st.session_state[WATCHED] = params.get(WATCHED)
    epoch = params.get(EPOCH, LINK_DEFAULTS[EPOCH])
    try:
        st.session_state[LINK_EPOCH] = int(epoch)
    except ValueError:
        notes.append(("note_epoch_not_number", {"value": epoch}))
    st.session_state[EPOCH] = 1


def settle_learning(sentences: list[str], total_epochs: int) -> None:
    """Once the recording is read: a sentence it has and an epoch it reached, with a note for what the
    link asked for that it does not have."""
    watched = st.session_state.get(WATCHED)
    if watched not in sentences:
        if watched is not None:
            notes().append(("note_watched", {"value": watched}))
        st.session_state[WATCHED] = sentences[0]
    asked = st.session_state.pop(LINK_EPOCH, None)
    epoch = asked if asked is not None else st.session_state.get(EPOCH) or 1
    shown = clamp_step(epoch, total_epochs)
    if asked is not None and shown != asked:
        notes().append(("note_epoch", {"value": asked, "total": total_epochs, "epoch": shown}))
    st.session_state[EPOCH] = shown


def pin_from_link(value: str) -> tuple[tuple[int, int], ...]:
    """'3:2,4:1' (1-based, as the page numbers steps and tokens) → ((2, 1), (3, 0)); the last pin of a
    step counts."""
    pairs = dict(tuple(int(n) - 1 for n in pair.split(":")) for pair in value.split(",") if pair)
    return tuple(sorted(pairs.items()))


def pin_link(pin) -> str:
    return ",".join(f"{step + 1}:{position + 1}" for step, position in pin)


def notes() -> list[tuple[str, dict]]:
    return st.session_state.get(NOTES, [])


def settle_step(total_steps: int) -> None:
    """Once the translation's length is known: the link's step, clamped with a note when out of range."""
    asked = st.session_state.pop(LINK_STEP, None)
    if asked is not None:
        shown = clamp_step(asked, total_steps)
        if shown != asked:
            notes().append(("note_step", {"value": asked, "total": total_steps, "step": shown}))
        st.session_state[STEP] = shown
    elif step() != clamp_step(step(), total_steps):
        st.session_state[STEP] = clamp_step(step(), total_steps)


def write_link() -> None:
    """The URL for what is shown now; defaults are left out so links stay short."""
    state = st.session_state
    wanted = {
        SENTENCE: state.get(SENTENCE, DEFAULT_SENTENCE),
        REFERENCE: state.get(REFERENCE, ""),
        STEP: str(step()),
        STAGE: current_stage() if state.get(PRESENTING) else STAGES[0],
        LANGUAGE: state.get(LANGUAGE, DEFAULT_LANGUAGE),
        **{flag: "true" if state.get(flag) else "false" for flag in FLAGS},
        PREFIX: state.get(PREFIX) or "",
        PIN: pin_link(state.get(PIN, ())),
        WIDTH: str(state.get(WIDTH, DEFAULT_WIDTH)),
        PENALTY: str(state.get(PENALTY, DEFAULT_PENALTY)),
        WATCHED: state.get(WATCHED) or "",
        EPOCH: str(state.get(EPOCH) or 1),
        MODEL: model(),
    }
    wanted = {k: v for k, v in wanted.items() if v != LINK_DEFAULTS[k]}
    wanted.update(state.get(EXTRA_LINK, {}))
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def step() -> int:
    """The current decoder step (1-based)."""
    return st.session_state.get(STEP) or 1


def model() -> str:
    """The attention of the model the lesson shows (model.ATTENTION_KINDS)."""
    return st.session_state.get(MODEL) or DEFAULT_MODEL


def current_stage() -> str:
    return st.session_state.get(STAGE) or STAGES[0]


def play_seconds() -> float:
    return st.session_state.get(SPEED) or DEFAULT_SPEED


def what_if() -> tuple[str | None, tuple]:
    """(prefix, pin) for `cached_trace`; (None, ()) is the model's own translation."""
    return st.session_state.get(PREFIX), tuple(st.session_state.get(PIN, ()))


def undo_what_if() -> None:
    """Back to the model's own choices (the step stays)."""
    st.session_state[PREFIX] = None
    st.session_state[PIN] = ()


def choose_word(words: list[str], index: int, word: str) -> None:
    """What if the decoder had written `word` at step `index` (0-based) after `words`, the words shown
    before it? They are forced as the prefix, then it decodes greedily; pins at later steps go, as
    the steps after a change are new ones."""
    st.session_state[PREFIX] = " ".join([*words[:index], word])
    st.session_state[PIN] = tuple((s, p) for s, p in what_if()[1] if s < index)
    _stay_at(index)


def pin_attention(index: int, position: int | None) -> None:
    """What if all attention at step `index` (0-based) went to source `position` (None: the model's
    own weights)? Forced words and pins from that step on go, as the steps after a change are new."""
    prefix, pin = what_if()
    kept = tokenize(prefix or "")[:index]
    st.session_state[PREFIX] = " ".join(kept) or None
    pin = [(s, p) for s, p in pin if s < index] + ([(index, position)] if position is not None else [])
    st.session_state[PIN] = tuple(pin)
    _stay_at(index)


def _stay_at(index: int) -> None:
    """After a what-if at step `index` (0-based), show that step of the new translation (it has one)."""
    st.session_state[LINK_STEP] = index + 1
    st.session_state[PLAYING] = False


def can_choose(word: str) -> bool:
    """Words a prefix can force: not <end> (the translation would stop) nor the other special tokens."""
    return word not in SPECIALS and tokenize(word) == [word]


def new_reference() -> None:
    """Another translation is shown from its first step, without what-ifs (they change the model's own
    translation, which a reference replaces)."""
    st.session_state[STEP] = 1
    st.session_state[PLAYING] = False
    st.session_state.pop(LINK_STEP, None)
    undo_what_if()


def new_sentence() -> None:
    """A new sentence starts at its first step and the first slide, without the old sentence's reference
    translation or the old link's notes."""
    new_reference()
    st.session_state.pop(BEAM_PICK, None)
    st.session_state[STAGE] = STAGES[0]
    st.session_state[REFERENCE] = ""
    st.session_state[NOTES] = []


def choose_example() -> None:
    """Copy the chosen example into the sentence box, then clear the choice so it can be chosen again."""
    example = st.session_state.get(EXAMPLE)
    if example:
        st.session_state[SENTENCE] = example
        new_sentence()
    st.session_state[EXAMPLE] = None


def go(delta: int, total_steps: int, presenting: bool) -> bool:
    """Move `delta` decoder steps, or slides when presenting; False when already at that end."""
    before = (current_stage(), step())
    if presenting:
        st.session_state[STAGE], st.session_state[STEP] = neighbour(*before, total_steps, delta)
    else:
        st.session_state[STEP] = clamp_step(before[1] + delta, total_steps)
    return (current_stage(), step()) != before


def go_by_hand(delta: int, total_steps: int, presenting: bool) -> None:
    st.session_state[PLAYING] = False  # stepping by hand takes over from play
    go(delta, total_steps, presenting)


def toggle_play(total_steps: int, presenting: bool) -> None:
    """Play (moving on at once, then on a timer; from the start when already at the end), or pause."""
    playing = not st.session_state.get(PLAYING, False)
    if playing and not go(1, total_steps, presenting):  # at the end: from the start again
        st.session_state[STEP] = 1
        if presenting:
            st.session_state[STAGE] = STAGES[0]
    st.session_state[PLAYING] = playing
    st.session_state[PLAYED_AT] = time.monotonic()


def advance_if_due(total_steps: int, presenting: bool) -> bool:
    """While playing, move on once every `play_seconds()` (other reruns, e.g. a language switch, do not
    count); False when play has just reached the end and stopped."""
    if not st.session_state.get(PLAYING):
        return True
    now = time.monotonic()
    if now - st.session_state.get(PLAYED_AT, 0.0) < 0.9 * play_seconds():  # timers fire a little early
        return True
    st.session_state[PLAYED_AT] = now
    if go(1, total_steps, presenting):
        return True
    st.session_state[PLAYING] = False
    return False


def stop_playing() -> None:
    st.session_state[PLAYING] = False
