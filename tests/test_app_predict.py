"""Predict, then reveal, through AppTest: nothing of the step before the guesses, then each guess marked
against the model's numbers; a clicker's next reveals first."""

import re

import numpy as np

from attnviz import trace
from attnviz.app.labels import TEXT
from tests.test_app import everything, no_trouble, open_page, shown

EN = TEXT["en"]


def says(page, word: str) -> bool:
    return re.search(rf"\b{word}\b", everything(page)) is not None


def step_shown(page) -> bool:
    return any(h.value.endswith("ATTENTION") for h in page.header)


def test_a_round_guesses_attention_then_the_word_then_shows_the_step(shipped_model):
    page = open_page(sentence="고양이가 잔다", step="2", predict="true", lang="en")
    no_trouble(page)
    model = trace(shipped_model, "고양이가 잔다").steps[1]  # step 2: "cat", attention on 고양이가
    assert not says(page, "cat") and not step_shown(page)  # nothing of step 2 yet
    ask = EN["predict_ask_attention"].format(step=2, input="the")
    assert f"**{ask}**" in [shown(m.value) for m in page.markdown]

    page.button(key="guess_attention_2").click().run()  # 2: 잔다 (0 <start>, 1 고양이가, 2 잔다)
    no_trouble(page)
    weights = model.weights[:4]
    best = int(np.argmax(weights))
    verdict = (
        f"✗ {EN['predict_guess'].format(word='잔다', value=f'{weights[2]:.3f}')} · "
        f"{EN['predict_model_attention'].format(word='고양이가', value=f'{weights[best]:.3f}')}"
    )
    assert best == 1 and verdict in [shown(m.value) for m in page.markdown]
    assert not says(page, "cat")  # the word is still to be guessed

    words = [
        b.label.split(" · ")[1]
        for b in page.button
        if b.key.startswith("guess_word_") and "·" in b.label
    ]
    assert sorted(words) == sorted(w for w, _ in model.top_k)  # the top-k, shuffled
    page.button(key=f"guess_word_{words.index('cat')}").click().run()
    no_trouble(page)
    text = [shown(m.value) for m in page.markdown]
    assert f"✓ {EN['predict_guess'].format(word='cat', value=f'{model.top_k[0][1]:.3f}')}" in " ".join(
        text
    )
    assert step_shown(page) and says(page, "cat")  # now the step is shown


def test_next_reveals_before_it_moves_on():
    page = open_page(sentence="고양이가 잔다", predict="true")
    assert not step_shown(page)
    page.button(key="next").click().run()
    no_trouble(page)
    assert page.slider(key="step").value == 1 and step_shown(page)  # revealed, still step 1
    page.button(key="next").click().run()
    assert page.slider(key="step").value == 2
