"""The handout's figure shows every legend row and its time axis whole, in every language.

In Russian and Spanish the legend column (38 % of the 700 px figure) breaks long rows into two lines, and
the rows' legends at their smallest legible scale then needed 444 px of the figure's 430: the figure was
cut at the bottom, taking the crew legend's last row ("40 °C: опасность теплового удара") and the time
axis's title with it (seen in the Russian handout of the crewed return; the Soyuz MS-23 and Nauka
handouts were cut the same way)."""

from __future__ import annotations

import pytest

from thermoviz import load_scenario, simulate
from thermoviz.export.handout import FIGURE_LOGICAL, handout_figure
from thermoviz.figure.legend_fit import LEGEND_MIN_SCALE
from thermoviz.figure.style import LEGEND_PT
from thermoviz.io.translations import use_language


PRESETS = ("soyuz-ms22-crewed-return", "soyuz-ms22", "soyuz-ms23-return", "nauka-rtod", "progress-ms21")


@pytest.fixture(scope="module")
def results():
    return {name: simulate(load_scenario(name), crew_strain=True) for name in PRESETS}


def _drawn_text(label):
    """Where a legend row's text is drawn (the label's layout box may be wider than its text)."""
    return label.item.mapRectToScene(label.item.boundingRect())


@pytest.mark.parametrize("lang", ["en", "ru", "es"])
@pytest.mark.parametrize("preset", PRESETS)
def test_every_legend_row_and_the_time_axis_are_inside_the_figure(qapp, results, preset, lang):
    use_language(lang)
    with handout_figure(results[preset]) as figure:
        shown = figure.graphics.mapToScene(figure.graphics.viewport().rect()).boundingRect()
        assert figure.graphics.ci.geometry().height() <= shown.height() + 0.5, "the figure's rows are cut"
        assert shown.contains(figure.time_axis.sceneBoundingRect()), "the time axis (and its title) is cut"
        for key, legend in figure.legends.items():
            cell = figure.legend_cells[key].sceneBoundingRect()
            assert shown.contains(cell), (key, cell, shown)
            assert legend.scale() >= LEGEND_MIN_SCALE - 1e-6 and LEGEND_PT * legend.scale() >= 7.5
            for _sample, label in legend.items:
                box = _drawn_text(label)
                assert cell.contains(box), f"{key}: {label.text!r} at {box} is clipped by its cell {cell}"
        if lang == "en":  # the English handout keeps its figure
            assert (figure.width(), figure.height()) == FIGURE_LOGICAL
