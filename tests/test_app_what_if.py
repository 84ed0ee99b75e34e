"""The lesson page's what-ifs through AppTest: choosing another top-k word, pinning the attention, the
comparison with the model's own translation, undo, and both in the link (checked like the rest)."""

import pytest

from attnviz.app.labels import TEXT
from tests.test_app import alignment_rows, markdown, no_trouble, open_page, shown, step_caption

KO, EN = TEXT["ko"], TEXT["en"]


def comparison(app) -> str:
    """The what-if's two translations as the reader sees them (marks left in: `:orange-background[a]`)."""
    return "\n".join(shown(m.value) for m in app.markdown if "\n**" in m.value)


def button(app, label: str):
    return next(b for b in app.button if b.label == label)


def test_clicking_a_top_k_word_goes_on_from_it_and_undo_goes_back():
    app = open_page(step="2")  # "the" written; the model chooses "cat"
    button(app, "dog").click().run()
    no_trouble(app)
    assert app.session_state["prefix"] == "the dog" and app.query_params["prefix"] == "the dog"
    assert step_caption(app) == "단계 2/4: 입력 the → 출력 dog"  # the same step, now with "dog"
    assert comparison(app) == (
        f"{KO['own_translation']}  \n**the :blue-background[cat] sleeps**\n"
        f"{KO['what_if'].format(change=KO['what_if_prefix'].format(count=2, words='the dog'))}  \n"
        "**the :orange-background[dog] sleeps**"
    )
    assert any(
        KO["what_if_choice"].format(word="dog", best="cat") == shown(c.value) for c in app.caption
    )
    app.slider(key="step").set_value(4).run()
    assert alignment_rows(app) == [
        "1: the",
        "2: dog",
        "3: sleeps",
        "4: <end>",
    ]  # the model's own words

    app.button(key="undo_what_if").click().run()
    assert app.session_state["prefix"] is None and "prefix" not in app.query_params
    assert not comparison(app) and alignment_rows(app) == ["1: the", "2: cat", "3: sleeps", "4: <end>"]


def test_a_word_chosen_after_a_pin_keeps_the_pin_before_it():
    app = open_page(pin="1:2", step="2")
    button(app, "dog").click().run()
    assert app.session_state["pin"] == ((0, 1),) and app.query_params["pin"] == "1:2"


def test_attending_only_to_one_word_changes_what_the_decoder_says():
    app = open_page(sentence="엄마가 사과를 먹었다", step="2")  # "ate", looking at 먹었다
    app.selectbox[0].set_value(2).run()  # only 사과를
    no_trouble(app)
    assert app.session_state["pin"] == ((1, 2),) and app.query_params["pin"] == "2:3"
    assert step_caption(app) == "단계 2/5: 입력 mom → 출력 talks"
    # the words that differ are marked on both lines (an LCS diff: "mom" is shared)
    assert comparison(app).endswith(
        "**mom :orange-background[talks] :orange-background[at] :orange-background[home]**"
    )
    assert KO["what_if_pin"].format(step=2, token="사과를") in comparison(app)
    assert any(c.value.startswith(KO["pinned_step"][:10]) for c in app.caption)
    softmax = app.table[2].value  # model facts, tokens, then the softmax
    weights = ["0.0000", "0.0000", "1.0000", "0.0000", "0.0000", "1.0000"]  # five tokens, then Σ
    assert list(softmax[KO["pinned_weight"]]) == weights

    app.selectbox[0].set_value(-1).run()  # the model's own attention again
    assert app.session_state["pin"] == () and "pin" not in app.query_params and not comparison(app)


def test_a_pin_redoes_the_steps_from_there_on():
    app = open_page(prefix="the dog", step="1")
    app.selectbox[0].set_value(2).run()  # step 1 looks only at 잔다: the forced "dog" at step 2 goes
    assert app.session_state["prefix"] is None and app.session_state["pin"] == ((0, 2),)


def test_a_what_if_link_opens_on_it_in_english():
    app = open_page(prefix="a", pin="3:2", step="2", lang="en")
    no_trouble(app)
    assert step_caption(app) == "Step 2/5: input a → output cat"  # a cat is sick
    change = (
        EN["what_if_prefix"].format(count=1, words="a")
        + " · "
        + EN["what_if_pin"].format(step=3, token="고양이가")
    )
    assert EN["what_if"].format(change=change) in comparison(app)
    assert app.button(key="undo_what_if").label == EN["undo"]


@pytest.mark.parametrize(
    "query, kind, message",
    [
        (dict(pin="x"), "info", KO["note_pin"].format(value="x")),
        (dict(pin="2:3", reference="a cat sleeps"), "info", KO["note_what_if_reference"]),
        (dict(pin="9:2"), "warning", KO["what_if_refused"].format(prefix="", pin="9:2", tokens=4)),
        (dict(pin="2:7"), "warning", KO["what_if_refused"].format(prefix="", pin="2:7", tokens=4)),
        (
            dict(prefix=" ".join(["cat"] * 20)),
            "warning",
            KO["what_if_refused"].format(prefix=" ".join(["cat"] * 20), pin="", tokens=4),
        ),
    ],
)
def test_a_what_if_the_page_cannot_use_is_said_and_left_out(query, kind, message):
    app = open_page(**query)
    no_trouble(app)
    assert [shown(e.value) for e in app.get(kind)][-1] == message
    assert "pin" not in app.query_params and not comparison(app)


def test_markup_in_a_prefix_from_a_link_is_shown_as_text():
    app = open_page(prefix="[x](https://evil.example) **b**", step="1")
    assert not app.exception
    assert "“[ x ] ( https : //evil" in comparison(app)  # the words forced, as the model reads them
    raw = markdown(app)
    assert "https://" not in raw and "](" not in raw and "**b" not in raw  # no link, no bold


def test_teacher_forcing_offers_no_what_ifs():
    app = open_page(reference="a cat sleeps", step="2")
    assert not [b for b in app.button if b.key and b.key.startswith("choose_word")]
    assert not app.selectbox
