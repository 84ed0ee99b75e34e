"""Pictures that do not mislead: attention weights on the fixed 0–1 scale, said on the colour bar; and
the "attention is not explanation" demonstration holds for the shipped model."""

import plotly.graph_objects as go
import pytest

from attnviz import beam_search, trace
from attnviz.app import figures, palettes, search_tree
from attnviz.app.labels import TEXT
from attnviz.app.not_explanation import DEMOS
from tests.test_app import charts, no_trouble, open_page

KO = TEXT["ko"]


@pytest.mark.parametrize("language", ["ko", "en"])
def test_attention_weights_are_always_on_the_fixed_0_to_1_scale(shipped_model, language):
    text = TEXT[language]
    result = trace(shipped_model, "고양이가 귀엽다")  # weights near 1 and near 0: nothing to stretch
    for fig in (figures.weights_figure(result, 1, text), figures.alignment_figure(result, 2, text)):
        heat = fig.data[0]
        assert (heat.zmin, heat.zmax) == (0, 1)
        assert heat.colorbar.title.text == text["weights_scale"]
        assert list(heat.colorbar.tickvals) == [0, 0.5, 1]


def test_one_pin_changes_nothing_and_the_other_changes_the_translation(shipped_model):
    (same, step_a, position_a), (changed, step_b, position_b) = DEMOS
    for sentence, step, position in DEMOS:
        own = trace(shipped_model, sentence)
        assert own.steps[step].weights.argmax() != position  # attention really moves
    assert (
        trace(shipped_model, same, pin={step_a: position_a}).translation
        == trace(shipped_model, same).translation
    )
    moved = trace(shipped_model, changed, pin={step_b: position_b})
    assert moved.translation != trace(shipped_model, changed).translation


def test_the_attention_stage_shows_the_note_with_both_outcomes():
    page = open_page()
    no_trouble(page)
    assert [e.label for e in page.expander if e.label == KO["not_explanation"]]
    shown = "\n".join(m.value for m in page.markdown)
    assert (
        KO["pin_same"] in shown
        and KO["pin_changed"] in shown
        and "Jain" in shown + "".join(c.value for c in page.caption)
    )


@pytest.mark.parametrize("name", ["colourblind", "contrast"])
def test_a_palette_setting_recolours_weights_activations_bars_and_the_beam_tree(shipped_model, name):
    palette, text = palettes.PALETTES[name], TEXT["en"]
    result = trace(shipped_model, "고양이가 잔다")
    weights = palettes.recolour(figures.weights_figure(result, 1, text), palette).data[0]
    assert weights.colorscale == go.Heatmap(colorscale=palette.weights).colorscale
    assert (weights.zmin, weights.zmax) == (0, 1)  # the scale stays fixed in every palette
    states = palettes.recolour(figures.encoder_figure(result, "h", text), palette).data[0]
    assert states.colorscale == go.Heatmap(colorscale=palette.activations).colorscale
    groups = palettes.recolour(figures.decoder_lstm_figure(result, 1, text), palette).layout.coloraxis
    assert groups.colorscale == go.layout.Coloraxis(colorscale=palette.activations).colorscale
    bars = palettes.recolour(figures.top_k_figure(result, 1, text), palette)
    coloured = next(t for t in bars.data if not isinstance(t.marker.color, str))  # not the click target
    assert list(coloured.marker.color) == [palette.chosen] + [palette.other] * 4
    tree = search_tree.tree_figure(beam_search(shipped_model, "고양이가 잔다", width=3), text, (0, 0))
    palettes.recolour(tree, palette)
    best_path, nodes, ring = tree.data[2], tree.data[search_tree.NODE_TRACE], tree.data[-1]
    assert best_path.line.color == ring.marker.line.color == palette.chosen
    assert palette.other in nodes.marker.color and figures.OTHER not in nodes.marker.color


def test_the_palette_setting_reaches_the_pages_charts():
    page = open_page()
    page.session_state[palettes.PALETTE] = "colourblind"
    page.run()
    no_trouble(page)
    heatmaps = [
        d for spec in charts(page) for d in spec["data"] if d["type"] == "heatmap" and d.get("zmax") == 1
    ]
    assert heatmaps and all(d["colorscale"] == charts_colorscale("cividis") for d in heatmaps)


def charts_colorscale(name: str) -> list:
    return [list(pair) for pair in go.Heatmap(colorscale=name).colorscale]
