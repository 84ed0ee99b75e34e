"""Your translation vs the model's: the marked rows and the probabilities are the trace's own numbers."""

import numpy as np
import pytest

from attnviz import trace
from attnviz.app import numbers
from attnviz.app.labels import TEXT, literal
from attnviz.app.reference_check import DISAGREE_SIGN, comparison_table
from tests.test_app import no_trouble, open_page, shown

EN = TEXT["en"]


@pytest.mark.parametrize(
    "sentence, english",
    [
        ("고양이가 잔다", "the cat sleeps"),  # the model's own: nothing marked
        ("고양이가 잔다", "the dog sleeps"),  # a student's wrong word
        ("우리는 학교에 간다", "we goes at the school yesterday"),  # wrong grammar, extra words
    ],
)
def test_the_marked_rows_are_where_the_models_choice_differs(shipped_model, sentence, english):
    result = trace(shipped_model, sentence, target=english)
    styler = comparison_table(result, len(result.steps), EN)
    table = styler.data
    expected = [int(np.argmax(s.probabilities)) != s.chosen_id for s in result.steps]
    assert list(table[EN["agrees"]] == DISAGREE_SIGN) == expected
    styler._compute()  # the cell styles pandas will write
    marked = sorted({row for (row, _), styles in styler.ctx.items() if styles})
    assert marked == [i for i, differs in enumerate(expected) if differs]
    assert all(
        styler.ctx[(row, 0)] == [("background-color", "#fde2e1"), ("font-weight", "bold")]
        for row in marked
    )
    for row, step in zip(table.to_dict("records"), result.steps):
        assert row[EN["your_probability"]] == numbers.probability(
            float(step.probabilities[step.chosen_id])
        )
        assert row[EN["model_word"]] == literal(step.top_k[0][0])
        assert row[EN["model_probability"]] == numbers.probability(step.top_k[0][1])
    if english == "the dog sleeps":
        assert expected == [False, True, False, False]  # the model wanted "cat" at step 2


def test_the_page_shows_the_comparison_up_to_the_shown_step():
    page = open_page(sentence="고양이가 잔다", reference="the dog sleeps", step="2", lang="en")
    no_trouble(page)
    table = next(t.value for t in page.table if EN["your_word"] in t.value.columns)
    assert [shown(w) for w in table[EN["your_word"]]] == ["the", "dog"]  # not "sleeps" yet
    assert list(table[EN["agrees"]]) == ["✓", DISAGREE_SIGN]
