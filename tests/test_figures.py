"""The page's pure parts, without Streamlit: figures and tables from a trace, labels, navigation, input checks."""

import html
import re
import string

import numpy as np
import pytest

from attnviz import trace
from attnviz.app import figures, numbers
from attnviz.app.labels import TEXT, WORD_JOINER, literal, text
from attnviz.app.navigation import STAGES, clamp_step, neighbour, slide_index, slides
from attnviz.input_check import sentence_problem, suggestions, too_many_words, unknown_words

KO, EN = text("ko"), text("en")
HANGUL = re.compile("[가-힣]")


@pytest.fixture(scope="module")
def cat(tiny_model):
    return trace(tiny_model, "고양이가 잔다")


@pytest.fixture(scope="module")
def unknown(tiny_model):
    return trace(tiny_model, "고양이는 hello 잔다")


def z(fig, index=0):
    return np.asarray(fig.data[index].z, dtype=float)


# --- labels ------------------------------------------------------------------------------------------
def fields(label):
    return {name for _, name, _, _ in string.Formatter().parse(label) if name}


def test_every_label_exists_in_both_languages_with_the_same_fields():
    assert TEXT["ko"].keys() == TEXT["en"].keys()
    for key in TEXT["ko"]:
        assert TEXT["ko"][key].strip() and TEXT["en"][key].strip(), key
        assert fields(TEXT["ko"][key]) == fields(TEXT["en"][key]), key


def test_stages_keep_the_lessons_names_in_korean():
    assert [KO[f"stage_{s}"] for s in STAGES[:5]] == [
        "전처리·토큰화",
        "EMBEDDING",
        "ENCODER",
        "ATTENTION",
        "DECODER",
    ]
    assert text("xx") is KO  # an unknown language in the URL falls back to Korean


def test_literal_escapes_everything_markdown_would_read():
    typed = r"**<end>** :red[x] $y$ _a_ `b` [c](d) # \ 1. -"
    escaped = literal(typed)
    assert re.sub(r"\\(.)", r"\1", escaped).replace(WORD_JOINER, "") == typed
    assert not re.search(r"(?<!\\)[*_:$`\[<#]", escaped.replace("\\\\", ""))
    assert literal("고양이가 잔다") == "고양이가 잔다"


def test_literal_keeps_addresses_and_line_breaks_from_becoming_links_or_lines():
    escaped = literal("https://a.example www.b.example c@d.example\nx")
    assert not re.search(r"https?\\?:/|www|@[a-z]", escaped)  # a joiner inside www, after : and @
    assert "\n" not in escaped and "␊" in escaped


def test_chart_text_is_escaped_for_plotlys_html():
    assert figures.plain("<b>x</b> & <a href='y'>") == "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href='y'&gt;"
    fig = figures.heatmap(
        [[0.5]], ["<b>row</b>"], ["<i>col</i>"], title="<a>t</a>", x_title="", weights=True
    )
    assert list(fig.data[0].y) == ["&lt;b&gt;row&lt;/b&gt;"] and list(fig.data[0].x) == [
        "&lt;i&gt;col&lt;/i&gt;"
    ]
    assert fig.layout.title.text == "&lt;a&gt;t&lt;/a&gt;"


def test_numbers_add_up_as_shown_and_tiny_ones_are_not_zero():
    shown = numbers.rounded_to_total([1 / 3] * 3)
    assert sorted(shown) == [0.3333, 0.3333, 0.3334]  # 1.0000 on screen, not 0.9999
    assert numbers.fixed(0.0, exact=3e-7) == "3.0e-07" and numbers.fixed(0.25) == "0.2500"
    assert numbers.probability(0.99999994) == "0.99999994" and numbers.probability(2e-9) == "2.0e-09"
    assert numbers.probability(1.0) == "1" and numbers.probability(0.5) == "0.5000"
    assert numbers.vector(np.arange(600) / 100) == "[0.00, 0.01, 0.02, …, 5.99]"


# --- navigation --------------------------------------------------------------------------------------
def test_slides_follow_the_lesson_then_alternate_attention_and_decoder():
    assert slides(2) == [
        ("preprocessing", None),
        ("embedding", None),
        ("encoder", None),
        ("attention", 1),
        ("decoder", 1),
        ("attention", 2),
        ("decoder", 2),
        ("alignment", 2),
    ]


def test_neighbour_walks_the_slides_and_stops_at_both_ends():
    assert neighbour("encoder", 3, 4, 1) == ("attention", 1)
    assert neighbour("attention", 2, 4, 1) == ("decoder", 2)
    assert neighbour("decoder", 2, 4, 1) == ("attention", 3)
    assert neighbour("decoder", 4, 4, 1) == ("alignment", 4)
    assert neighbour("alignment", 4, 4, 1) == ("alignment", 4)
    assert neighbour("preprocessing", 1, 4, -1) == ("preprocessing", 1)
    assert neighbour("attention", 1, 4, -1) == ("encoder", 1)
    assert slide_index("attention", 9, 4) == slide_index(
        "attention", 4, 4
    )  # a step past the end is clamped
    assert clamp_step(0, 3) == 1 and clamp_step(5, 3) == 3


# --- input checks ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("", "empty"),
        ("   \t ", "empty"),
        ("\u200b", "empty"),
        ("hello world", "not_korean"),
        ("🐱 123", "not_korean"),
        (" ".join(["고양이가"] * 17), "too_long"),
    ],
)
def test_sentences_that_are_not_translated_say_why(sentence, kind):
    assert sentence_problem(sentence, 16).kind == kind


def test_korean_with_some_latin_or_emoji_is_translated():
    assert sentence_problem("고양이가 hello 🐱", 16) is None
    assert sentence_problem(" ".join(["고양이가"] * 16), 16) is None
    problem = too_many_words("a b c d", 3)
    assert (problem.words, problem.limit) == (4, 3)


def test_unknown_words_get_known_look_alikes():
    known = ["고양이가", "고양이를", "개가", "잔다"]
    assert sorted(suggestions("고양이는", known)) == ["고양이가", "고양이를"]
    assert suggestions("hello", known) == []
    assert unknown_words("the cat cat sleeps", {"the", "sleeps"}) == ["cat"]


# --- figures: every number comes from the trace --------------------------------------------------------
def test_embedding_and_encoder_heatmaps_show_the_real_tokens(cat):
    n = len(cat.tokens)
    fig = figures.embedding_figure(cat, KO)
    np.testing.assert_array_equal(z(fig), cat.embeddings[:n])
    assert [html.unescape(y) for y in fig.data[0].y] == cat.source_words
    np.testing.assert_array_equal(z(figures.encoder_figure(cat, "h", KO)), cat.encoder_h[:n])
    np.testing.assert_array_equal(z(figures.encoder_figure(cat, "c", EN)), cat.encoder_c[:n])


def test_only_small_matrices_get_numbers_in_their_cells():
    big = figures.heatmap(
        np.zeros((18, 512)), [str(i) for i in range(18)], list(range(512)), title="", x_title=""
    )
    small = figures.heatmap(
        np.zeros((4, 4)), list("abcd"), list("wxyz"), title="", x_title="", weights=True
    )
    assert big.data[0].texttemplate is None and small.data[0].texttemplate == "%{text}"


def test_encoder_timestep_shows_lstm_input_previous_and_new_state(cat):
    fig = figures.encoder_timestep_figure(cat, 0, KO)
    np.testing.assert_array_equal(z(fig, 0)[0], cat.embeddings[0])
    states = z(fig, 1)
    np.testing.assert_array_equal(states[:2], 0)  # h0, c0: the lesson's zero vectors
    np.testing.assert_array_equal(states[2], cat.encoder_h[0])
    later = z(figures.encoder_timestep_figure(cat, 2, KO), 1)
    np.testing.assert_array_equal(later[0], cat.encoder_h[1])
    np.testing.assert_array_equal(later[3], cat.encoder_c[2])


def test_attention_figures_show_query_keys_weights_and_context(cat):
    n, step = len(cat.tokens), cat.steps[1]
    fig = figures.query_keys_figure(cat, 1, KO)
    np.testing.assert_array_equal(z(fig, 0)[0], step.query)
    np.testing.assert_array_equal(z(fig, 1), cat.encoder_h[:n])
    weights = figures.weights_figure(cat, 1, KO)
    np.testing.assert_array_equal(z(weights)[0], step.weights[:n])
    assert weights.data[0].texttemplate  # a few cells: each labelled with its weight
    context = figures.context_figure(cat, 1, KO)
    np.testing.assert_array_equal(z(context, 1)[0], step.context)
    weight, key = list(context.data[0].y)[0].split(" × ")
    assert abs(float(weight) - step.weights[0]) <= 1e-4 and key.startswith(
        "h("
    )  # as the table writes it


def test_softmax_table_is_the_stable_softmax_and_adds_up(cat):
    table = figures.softmax_table(cat, 0, EN).data
    step, n = cat.steps[0], len(cat.tokens)
    assert [re.sub(r"\\(.)", r"\1", w) for w in table.index] == cat.source_words + ["Σ"]
    scores = step.scores[:n]
    assert list(table["score"].iloc[:n]) == [f"{v:.3f}" for v in scores]
    assert list(table["score − max"].iloc[:n]) == [f"{v - scores.max():.3f}" for v in scores]
    exps = [float(v) for v in table["exp(score − max)"].iloc[:n]]
    assert max(exps) == 1 and f"{sum(exps):.4f}" == table["exp(score − max)"].iloc[n]
    weights = [float(v) for v in table["weight = exp ÷ Σ"].iloc[:n]]
    np.testing.assert_allclose(weights, step.weights[:n], atol=1e-4)  # the model's weights, rounded
    assert table["weight = exp ÷ Σ"].iloc[n] == "1.0000"


def test_decoder_shows_the_choice_and_the_lstm(tiny_model, cat):
    step = cat.steps[0]
    table = figures.decoder_choice_table(cat, 0, EN).data
    assert table["Word"].iloc[0] == literal(step.token)
    ids = [tiny_model.target_vocab.id(w) for w, _ in step.top_k]
    assert list(table["Id"]) == [str(i) for i in ids]  # the lookup id → word
    assert list(table["logit"]) == [f"{v:.2f}" for v in step.logits[ids]]
    assert list(table["Probability"]) == [numbers.probability(p) for _, p in step.top_k]
    lines = figures.decoder_lines(cat, 0)
    assert re.search(rf"vocabulary\[{ids[0]}\] +'{step.token}'", lines)  # argmax id, then its word
    assert "combined_input [1, 48]" in lines  # embedding 16 + context 32
    fig = figures.top_k_figure(cat, 0, KO)
    assert fig.data[-1].marker.color[0] == figures.CHOSEN  # the bars; under them, clickable rows
    lstm = figures.decoder_lstm_figure(cat, 1, KO)
    np.testing.assert_array_equal(z(lstm, 0)[0], cat.steps[1].lstm_input)
    np.testing.assert_array_equal(z(lstm, 1)[1], cat.steps[0].c)  # the previous c is the last step's


def test_a_forced_word_outside_the_top_k_is_still_shown(tiny_model):
    forced = trace(tiny_model, "고양이가 잔다", target="bird bird bird")
    table = figures.decoder_choice_table(forced, 0, EN).data
    assert "bird" in list(table["Word"])
    colors = figures.top_k_figure(forced, 0, EN).data[-1].marker.color
    assert colors[list(table["Word"]).index("bird")] == figures.CHOSEN
    assert "0.000" not in list(table["Probability"])  # a fed word's tiny probability is not 0


def test_alignment_fills_in_without_giving_away_later_words(cat):
    fig = figures.alignment_figure(cat, 1, EN)
    matrix = z(fig)
    assert matrix.shape == (len(cat.steps), len(cat.tokens))
    np.testing.assert_array_equal(matrix[0], cat.steps[0].weights[: len(cat.tokens)])
    assert np.isnan(matrix[1:]).all()
    assert all(cat.steps[i].token not in label for i, label in enumerate(fig.data[0].y) if i > 0)
    full = z(figures.alignment_figure(cat, len(cat.steps), EN))
    np.testing.assert_array_equal(full, cat.alignment_frame().to_numpy())


def test_preprocessing_shows_ids_padding_mask_and_unknown_words(unknown, cat):
    lines = figures.preprocessing_lines(unknown, KO)
    assert str(list(unknown.ids)) in lines and "<start> 고양이는 hello 잔다 <end>" in lines
    table = figures.token_table(unknown, KO)
    assert list(table.data.columns)[-1] == f"{len(unknown.tokens) + 1}–{len(unknown.ids)}"
    assert table.data.loc[KO["mask"]].iloc[-1] == "False"
    assert "#d62728" in table.to_html() and "#d62728" not in figures.token_table(cat, KO).to_html()


def test_model_facts_with_and_without_metrics(tiny_model):
    facts = figures.model_facts(tiny_model, None, EN)
    assert dict(zip(facts["Item"], facts["Value"]))["Embedding dimension"] == "16"
    with_metrics = figures.model_facts(
        tiny_model, {"generated_exact_match": 0.997, "tatoeba_bleu": 15.44, "tatoeba_chrf": 27.4}, KO
    )
    assert "99.7%" in list(with_metrics["값"])
    assert KO["fact_tatoeba_bleu_beam"] not in list(with_metrics["항목"])  # an older record: not said
    beam = figures.model_facts(
        tiny_model,
        {
            "generated_exact_match": 0.9,
            "tatoeba_bleu": 15.4,
            "tatoeba_chrf": 27.4,
            "tatoeba_bleu_beam": 17.04,
        },
        EN,
    )
    assert dict(zip(beam["Item"], beam["Value"]))[EN["fact_tatoeba_bleu_beam"]] == "17.0"


def test_charts_are_labelled_in_the_chosen_language(cat):
    korean = figures.alignment_figure(cat, 1, KO)
    english = figures.alignment_figure(cat, 1, EN)
    assert HANGUL.search(korean.layout.title.text) and HANGUL.search(korean.layout.xaxis.title.text)
    assert not HANGUL.search(english.layout.title.text) and not HANGUL.search(
        english.layout.yaxis.title.text
    )


def test_presentation_figures_are_larger(cat):
    fig = figures.embedding_figure(cat, KO)
    height = fig.layout.height
    figures.enlarge(fig)
    assert fig.layout.font.size == figures.LARGE_FONT and fig.layout.height > height


def test_every_top_k_row_is_clickable_in_the_words_order(tiny_model, cat):
    """An invisible full-width bar under each word, so a click on a thin bar's row still picks it."""
    fig = figures.top_k_figure(cat, 0, EN)
    rows, bars = fig.data
    assert list(rows.y) == list(bars.y) and list(rows.x) == [1.0] * len(bars.y)
    assert rows.hoverinfo == "none" and fig.layout.clickmode == "event+select"
