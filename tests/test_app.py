"""The page through Streamlit's AppTest: every stage, stepping, the URL, the language switch, presentation
mode, teacher forcing and bad input, with the shipped model (loaded once per test process)."""

import html
import json
import re
from pathlib import Path

import keras
import pytest
from streamlit.testing.v1 import AppTest

from attnviz.app.data import shared_model
from attnviz.app.labels import TEXT, WORD_JOINER
from attnviz.app.navigation import slides
from attnviz.examples import EXAMPLES

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
KO, EN = TEXT["ko"], TEXT["en"]
STAGE_HEADERS_KO = [
    "1. 전처리·토큰화",
    "2. EMBEDDING",
    "3. ENCODER",
    "4. ATTENTION",
    "5. DECODER",
    "6. 정렬 행렬",
]


def open_page(**query) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)  # TensorFlow needs more than 3 s
    for name, value in query.items():
        app.query_params[name] = value
    return app.run()


def no_trouble(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]


def charts(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def chart_titles(app: AppTest) -> list[str]:
    return [spec["layout"]["title"]["text"] for spec in charts(app)]


def shown(markdown_text: str) -> str:
    """Markdown as the reader sees it: typed and translated text is backslash-escaped on the page, with
    invisible word joiners that keep addresses from becoming links."""
    return re.sub(r"\\(.)", r"\1", markdown_text).replace(WORD_JOINER, "")


def step_caption(app: AppTest) -> str:
    return next(shown(c.value) for c in app.caption if c.value.startswith(("단계", "Step")))


def markdown(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown)


def everything(app: AppTest) -> str:
    """Every text the page shows or holds: Markdown, captions, banners, tables, charts, input boxes."""
    texts = [
        e.value for kind in ("markdown", "caption", "info", "warning", "error") for e in app.get(kind)
    ]
    texts += [table.value.to_string() for table in app.table]
    texts += [chart.proto.spec for chart in app.get("plotly_chart")]
    texts += [f"{box.label} {box.proto.placeholder} {box.value}" for box in app.text_input]
    return html.unescape(shown("\n".join(texts)))


def alignment_rows(app: AppTest) -> list[str]:
    return [html.unescape(row) for row in charts(app)[-1]["data"][0]["y"]]


@pytest.fixture
def page() -> AppTest:
    return open_page()


def test_the_lessons_sentence_opens_with_every_stage_in_order(page):
    no_trouble(page)
    assert [h.value for h in page.header] == STAGE_HEADERS_KO
    assert page.markdown[0].value == "## 고양이가 잔다"  # the translation is for the class to guess
    assert "전처리: <start> 고양이가 잔다 <end>" in page.code[0].value
    titles = chart_titles(page)  # the first tab of each stage; the others are drawn when opened
    assert [t.split(":")[0] for t in titles] == [
        "임베딩 결과",
        "인코더 hidden state h_t",
        "어텐션 가중치",
        "확률이 가장 높은 단어들 (softmax)",
        "정렬 행렬",
    ]
    assert page.slider(key="step").value == 1
    assert step_caption(page) == "단계 1/4: 입력 <start> → 출력 the"


def test_a_run_leaves_tensorflow_warm(monkeypatch):
    """Streamlit clears Keras's session after every run, which empties TensorFlow's kernel cache and makes
    the next trace about nine times slower; the page's server skips that (data.keep_tensorflow_warm)."""
    cleared = []
    monkeypatch.setattr(keras.backend, "clear_session", lambda *args, **kw: cleared.append(args))
    app = open_page()
    app.button(key="next").click().run()
    no_trouble(app)
    assert cleared == []


def test_model_facts_and_downloads(page):
    facts = page.table[0].value
    assert dict(zip(facts["항목"], facts["값"]))["임베딩 차원"] == "256"
    assert [b.label for b in page.get("download_button")] == [
        "트레이스 JSON",
        "정렬 행렬 CSV",
        "softmax 표 CSV",
        "수업 전체 HTML (오프라인)",
    ]


def test_stepping_with_buttons_and_slider(page):
    page.button(key="next").click().run()
    assert page.slider(key="step").value == 2 and step_caption(page).startswith(
        "단계 2/4: 입력 the → 출력 cat"
    )
    assert "the :red[**cat**]" in markdown(page)  # the translation so far
    page.button(key="previous").click().run()
    assert page.slider(key="step").value == 1
    page.button(key="previous").click().run()
    assert page.slider(key="step").value == 1  # stops at the first step
    page.slider(key="step").set_value(4).run()
    assert step_caption(page).endswith("→ 출력 <end>")
    page.button(key="next").click().run()
    assert page.slider(key="step").value == 4  # and at the last
    assert alignment_rows(page) == ["1: the", "2: cat", "3: sleeps", "4: <end>"]
    no_trouble(page)


@pytest.mark.parametrize(
    "tabs, tab, title",
    [
        ("encoder_tab", "encoder_tab_c", KO["encoder_c_title"].format(units=512)),
        ("encoder_tab", "encoder_tab_step", "타임스텝 1: LSTM(입력_t1, h0, c0) → h1, c1"),
        ("attention_tab", "attention_tab_query_keys", KO["query_keys_title"]),
        ("attention_tab", "attention_tab_context", KO["context_title"]),
        ("decoder_tab", "decoder_tab_lstm", KO["decoder_lstm_title"].format(dim=256, units=512)),
    ],
)
def test_every_tab_draws_its_chart_when_opened(page, tabs, tab, title):
    page.session_state[tabs] = KO[tab]
    page.run()
    no_trouble(page)
    assert title in chart_titles(page)


def test_the_encoder_timestep_can_be_chosen(page):
    page.session_state["encoder_tab"] = KO["encoder_tab_step"]
    page.run()
    page.select_slider(key="encoder_position").set_value(2).run()
    assert "타임스텝 3: LSTM(입력_t3, h2, c2) → h3, c3" in chart_titles(page)


def test_play_moves_on_and_pause_stops(page):
    page.button(key="play").click().run()
    assert page.session_state["playing"] and page.slider(key="step").value == 2
    page.button(key="play").click().run()
    assert not page.session_state["playing"]
    page.button(key="next").click().run()
    assert page.slider(key="step").value == 3


def test_a_link_opens_on_its_sentence_and_step():
    page = open_page(sentence="학생이 도서관에서 책을 읽는다", step="3")
    no_trouble(page)
    assert page.text_input(key="sentence").value == "학생이 도서관에서 책을 읽는다"
    assert step_caption(page) == "단계 3/9: 입력 student → 출력 reads"


def test_a_step_past_the_end_in_a_link_is_clamped_with_a_note():
    page = open_page(step="9999")
    no_trouble(page)
    assert page.slider(key="step").value == 4
    assert [n.value for n in page.info] == [KO["note_step"].format(value=9999, total=4, step=4)]
    assert page.query_params["step"] == "4"


@pytest.mark.parametrize(
    "query, note",
    [
        (dict(step="abc"), KO["note_step_not_number"].format(value="abc")),
        (dict(lang="de"), KO["note_lang"].format(value="de")),
        (dict(present="yes"), KO["note_flag"].format(name="present", value="yes")),
    ],
)
def test_a_link_value_the_page_cannot_use_falls_back_with_a_note(query, note):
    page = open_page(**query)
    no_trouble(page)
    assert [shown(n.value) for n in page.info] == [note]
    assert page.slider(key="step").value == 1 and page.toggle(key="present").value is False


def test_at_step_1_no_later_word_is_shown_anywhere_until_asked_for(page):
    assert "sleeps" not in everything(page) and "the cat" not in everything(page)
    page.toggle(key="reveal").set_value(True).run()
    assert page.markdown[0].value == "## 고양이가 잔다 → the cat sleeps"


def test_a_new_sentence_starts_at_its_first_step(page):
    page.slider(key="step").set_value(3).run()
    page.text_input(key="sentence").input("나는 학생이다").run()
    no_trouble(page)
    assert page.markdown[0].value == "## 나는 학생이다"
    assert page.slider(key="step").value == 1


def test_an_example_fills_in_the_sentence_and_starts_at_step_1(page):
    korean, english = EXAMPLES[6]
    page.slider(key="step").set_value(3).run()
    page.button_group(key="example").set_value(korean).run()
    assert page.text_input(key="sentence").value == korean
    assert page.slider(key="step").value == 1
    page.toggle(key="reveal").set_value(True).run()
    assert f"{korean} → {english}" in markdown(page)


def test_an_example_in_presentation_starts_at_the_first_slide():
    page = open_page(present="true", stage="decoder", step="3")
    page.button_group(key="example").set_value(EXAMPLES[3][0]).run()
    assert page.subheader[0].value == "1. 전처리·토큰화"
    assert page.query_params.get("stage") is None and page.query_params.get("step") is None


def test_the_language_switch_changes_every_label(page):
    page.button_group(key="lang").set_value("en").run()
    no_trouble(page)
    assert page.query_params["lang"] == "en"
    assert [h.value for h in page.header][0] == "1. Preprocessing · tokens (전처리·토큰화)"
    assert step_caption(page) == "Step 1/4: input <start> → output the"
    assert "Embeddings: tokens × 256 dimensions" in chart_titles(page)
    assert page.toggle(key="present").label == EN["presentation"]
    assert page.text_input(key="sentence").label == EN["sentence"]


def test_presentation_mode_shows_one_stage_per_screen_in_the_lessons_order(page):
    page.toggle(key="present").set_value(True).run()
    expected = ["1. 전처리·토큰화", "2. EMBEDDING", "3. ENCODER"]
    for step in range(1, 5):
        expected += [f"4. ATTENTION · 단계 {step}/4", f"5. DECODER · 단계 {step}/4"]
    expected.append("6. 정렬 행렬 · 단계 4/4")
    assert len(expected) == len(slides(4))
    seen = []
    for _ in expected:
        no_trouble(page)
        assert not page.header  # one stage: its title is a subheader, no other stage's header
        seen.append(page.subheader[0].value)
        page.button(key="next").click().run()
    assert seen == expected
    page.button(key="previous").click().run()
    assert page.subheader[0].value == "5. DECODER · 단계 4/4"


@pytest.mark.parametrize("stage", ["attention", "ATTENTION"])  # older links wrote the label
def test_presentation_opens_from_a_link_on_its_stage_and_step(stage):
    page = open_page(present="true", stage=stage, step="2")
    no_trouble(page)
    assert page.subheader[0].value == "4. ATTENTION · 단계 2/4"
    assert "어텐션 가중치: 단계 2의 “cat”" in chart_titles(page)
    assert page.query_params["stage"] == "attention"


def test_a_presentation_link_keeps_its_slide_in_either_language():
    page = open_page(present="true", stage="alignment", step="4", lang="en")
    assert page.subheader[0].value == "6. Alignment matrix · step 4/4"
    page.button_group(key="lang").set_value("ko").run()
    assert page.subheader[0].value == "6. 정렬 행렬 · 단계 4/4"
    assert page.query_params["stage"] == "alignment"


def test_every_softmax_row_adds_up_on_screen():
    """At every step the exp(score − max) and weight columns add up, at the 4 decimals shown, to their Σ
    (values below the 4th decimal are written like 2.3e-07 and add nothing there); each weight is the
    shown exp ÷ Σ to within the last digit, and no weight reads 0.0000."""
    page = open_page(sentence="학생이 도서관에서 책을 읽는다")
    for step in range(1, 10):
        page.slider(key="step").set_value(step).run()
        table = page.table[2].value  # model facts, tokens, then the softmax
        exps, weights = table[KO["exp_shifted"]], table[KO["weight"]]
        assert table.index[-1] == "Σ" and weights.iloc[-1] == "1.0000"
        for column in (exps, weights):
            cells = list(column.iloc[:-1])
            four_decimals = [float(v) for v in cells if re.fullmatch(r"\d\.\d{4}", v)]
            tiny = [float(v) for v in cells if "e-" in v]
            assert len(four_decimals) + len(tiny) == len(cells) and all(t < 1e-4 for t in tiny)
            assert f"{sum(four_decimals):.4f}" == column.iloc[-1], (step, column)
        for e, w in zip(exps.iloc[:-1], weights.iloc[:-1]):
            assert abs(float(e) / float(exps.iloc[-1]) - float(w)) <= 2e-4
        assert "0.0000" not in list(weights)


def test_markup_from_a_link_is_shown_as_text():
    sentence = "[click](https://evil.example) **bold** <b>x</b>\n고양이가 잔다"
    page = open_page(sentence=sentence, reference="**a** cat www.evil.example")
    assert not page.exception
    heading = page.markdown[0].value
    assert shown(heading) == "## [click](https://evil.example) **bold** <b>x</b>␊고양이가 잔다"
    assert "\n" not in heading and "https://" not in heading and "**" not in heading.replace("\\*", "")
    assert "www.evil" not in page.info[0].value  # the banner's copy of the reference cannot link either


def test_teacher_forcing_shows_the_references_attention(page):
    page.text_input(key="reference").input("a cat sleeps").run()
    no_trouble(page)
    assert shown(page.info[0].value) == KO["forced_banner"].format(reference="a cat sleeps", greedy="…")
    assert step_caption(page) == "단계 1/4: 입력 <start> → 출력 a"
    assert any("참조 번역의 단어 “a”" in c.value for c in page.caption)
    page.slider(key="step").set_value(4).run()
    assert alignment_rows(page) == ["1: a", "2: cat", "3: sleeps", "4: <end>"]


def test_a_new_sentence_drops_the_old_reference(page):
    page.text_input(key="reference").input("a cat sleeps").run()
    page.text_input(key="sentence").input("나는 학생이다").run()
    assert page.text_input(key="reference").value == "" and not page.info


@pytest.mark.parametrize(
    "sentence, message",
    [
        ("", KO["error_empty"]),
        ("   ", KO["error_empty"]),
        (" ".join(["고양이가"] * 17), KO["error_too_long"].format(words=17, limit=16)),
        ("hello world", KO["error_not_korean"].format(text="hello world")),
    ],
)
def test_bad_sentences_are_explained_on_the_page(page, sentence, message):
    page.text_input(key="sentence").input(sentence).run()
    assert not page.exception
    assert [e.value for e in page.error] == [message]
    assert not page.get("plotly_chart") and not page.header


def test_unknown_words_are_highlighted_with_suggestions(page):
    page.text_input(key="sentence").input("고양잉가 🐱 잔다").run()
    no_trouble(page)
    warning = page.warning[0].value
    assert warning.startswith(KO["unknown_words"].format(words="고양잉가, 🐱"))
    assert "“고양잉가” 대신: 고양이가, " in warning
    assert KO["no_suggestions"].format(word="🐱") in warning
    assert "#d62728" in page.table[1].proto.arrow_data.styler.styles  # the token table marks them in red


def test_a_reference_that_is_too_long_is_refused_and_the_models_own_translation_shown(page):
    page.text_input(key="reference").input(" ".join(["cat"] * 20)).run()
    assert not page.exception
    assert [e.value for e in page.error] == [KO["error_reference_too_long"].format(words=20, limit=19)]
    assert page.markdown[0].value == "## 고양이가 잔다" and not page.info


def test_unknown_english_in_the_reference_is_pointed_out(page):
    page.text_input(key="reference").input("the cat zzzz").run()
    no_trouble(page)
    assert page.warning[0].value == KO["reference_unknown"].format(words="zzzz")


def test_typed_text_is_shown_as_typed_not_as_markdown(page):
    page.text_input(key="sentence").input("고양이가 *잔다* $x$")
    page.run()
    assert not page.exception
    assert shown(page.markdown[0].value) == "## 고양이가 *잔다* $x$"


def test_a_missing_model_is_said_on_the_page(monkeypatch):
    monkeypatch.setattr("attnviz.decoding.MODELS", APP.parent / "no-such-model")
    shared_model.clear()
    try:
        page = open_page()
        assert not page.exception
        message = shown(page.error[0].value)
        assert message.startswith(KO["error_model"].split("{")[0])
        assert (
            "no-such-model/bahdanau/config.json" in message and str(APP.parent) not in message
        )  # no server path
    finally:
        monkeypatch.undo()
        shared_model.clear()  # the next test loads the real model again
