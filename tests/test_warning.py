"""The trace's warning: None on familiar ground, else the first reason the translation may be wrong."""

import json

import pytest

from attnviz import trace
from attnviz.app.labels import TEXT
from attnviz.confidence import Thresholds
from attnviz.examples import EXAMPLES
from attnviz.model_files import ModelFileError
from tests.check_trace_json import check
from tests.conftest import run_cli
from tests.test_app import no_trouble, open_page

EN = TEXT["en"]


@pytest.fixture
def tiny_with(tiny_model, monkeypatch):
    """The tiny model with explicit thresholds, put back afterwards (the model is shared)."""

    def set_limits(**limits):
        monkeypatch.setattr(tiny_model, "confidence", Thresholds(**limits), raising=False)
        return tiny_model

    return set_limits


@pytest.mark.parametrize("korean", sorted({k for k, _ in EXAMPLES} | {"고양이가 잔다"}))
def test_no_warning_on_the_lesson_and_the_pages_examples(shipped_model, korean):
    result = trace(shipped_model, korean)
    assert result.warning is None and result.warning_code is None, result.warning


def test_unknown_words_are_the_first_reason(tiny_with):
    result = trace(tiny_with(min_probability=1.0), "얼룩말이 잔다")
    assert result.warning_code == "unknown_words"
    assert result.doubt.words == ("얼룩말이",) and "얼룩말이" in result.warning


def test_a_word_past_the_rare_rank_is_rare(tiny_with):
    model = tiny_with()
    rank = model.source_vocab.id("학생이다")
    assert trace(tiny_with(rare_rank=rank + 1), "나는 학생이다").warning is None
    result = trace(tiny_with(rare_rank=rank), "나는 학생이다")
    assert result.warning_code == "rare_words" and "학생이다" in result.doubt.words


def test_low_confidence_when_a_threshold_is_crossed(tiny_with):
    assert trace(tiny_with(), "고양이가 잔다").warning is None
    weakest = min(s.probabilities[s.chosen_id] for s in trace(tiny_with(), "고양이가 잔다").steps)
    assert trace(tiny_with(min_probability=float(weakest)), "고양이가 잔다").warning is None
    result = trace(tiny_with(min_probability=float(weakest) + 1e-6), "고양이가 잔다")
    assert result.warning_code == "low_confidence" and result.doubt.probability == pytest.approx(weakest)
    assert trace(tiny_with(mean_log_probability=0.0), "고양이가 잔다").warning_code == "low_confidence"


def test_hitting_the_length_limit_is_unfinished(tiny_with):
    result = trace(tiny_with(), "고양이가 잔다", max_steps=1)
    assert result.steps[-1].token != "<end>" and result.warning_code == "unfinished"


def test_teacher_forcing_is_not_doubted_for_the_references_words(tiny_with):
    model = tiny_with(min_probability=1.0, mean_log_probability=0.0)
    assert trace(model, "고양이가 잔다", target="the dog flies in the park").warning is None
    assert trace(model, "얼룩말이 잔다", target="the cat sleeps").warning_code == "unknown_words"
    # after a prefix, the words the model chose itself do count
    assert trace(model, "고양이가 잔다", prefix="the cat").warning_code == "low_confidence"


@pytest.mark.parametrize("korean", ["고양이가 잔다", "얼룩말이 잔다"])
def test_the_warning_round_trips_through_json(tiny_with, korean):
    result = trace(tiny_with(min_probability=0.5), korean)
    data = json.loads(result.to_json())
    check(data)
    assert data["warning"] == result.warning and data["warning_code"] == result.warning_code
    assert data["warning_words"] == list(result.doubt.words if result.doubt else ())


def test_cli_prints_the_translation_on_stdout_and_the_doubt_on_stderr():
    run = run_cli("translate", stdin="고양이가 잔다\n뛁뛁이 쀍쀍한다\n")
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.splitlines()) == 2 and run.stdout.splitlines()[0] == "the cat sleeps"
    assert run.stderr.splitlines() == [
        "attnviz: may be wrong (line 2): words it does not know: 뛁뛁이, 쀍쀍한다"
    ]


@pytest.mark.parametrize("text", ["{", '{"thresholds": {"min_prob": 0.5}}', '{"other": 1}'])
def test_a_broken_confidence_file_is_one_line_naming_it(tmp_path, text):
    (tmp_path / "confidence.json").write_text(text, encoding="utf-8")
    with pytest.raises(ModelFileError, match="confidence.json"):
        Thresholds.load(tmp_path)


@pytest.mark.parametrize("present", ["false", "true"])
def test_the_page_says_it_may_be_wrong_as_a_note_or_on_a_slide_as_a_badge(present):
    """A note under the title; on a slide a badge in the title row (the reason on hover), so a slide
    that fits without the note still fits."""
    app = open_page(sentence="오늘은 바람이 분다", present=present, lang="en")  # "it is low today"
    no_trouble(app)
    said = EN["doubt_low_confidence"].split(":")[0]
    notes = [i.value for i in app.info if i.value.startswith(said)]
    badges = [m for m in app.markdown if EN["doubt_badge"] in m.value]
    if present == "true":
        assert not notes and len(badges) == 1 and badges[0].help.startswith(said)
    else:
        assert len(notes) == 1 and not badges
