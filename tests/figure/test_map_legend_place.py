"""The map's boundary legend never covers the star's "this scenario" label (nor the star):
the CLI's crewed-return map (star at the top, left of the legend) and the star near each corner."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6 import QtWidgets

from thermoviz import load_scenario
from thermoviz.analysis.survival_map import survival_map
from thermoviz.figure.map_plot import map_widget

#: (x axis, y axis) around the crewed return (hole 0.8 mm, undock 48 h after the puncture).
CASES = {
    "cli case (star top middle)": (("hole_diameter_mm", 0.1, 3.0, 10), ("undock_after_puncture_h", 0, 48, 10)),
    "star top right": (("hole_diameter_mm", 0.2, 0.8, 6), ("undock_after_puncture_h", 0, 48, 6)),
    "star top left": (("hole_diameter_mm", 0.8, 3.2, 6), ("undock_after_puncture_h", 0, 48, 6)),
    "star bottom right": (("hole_diameter_mm", 0.2, 0.8, 6), ("undock_after_puncture_h", 48, 96, 6)),
    "star bottom left": (("hole_diameter_mm", 0.8, 3.2, 6), ("undock_after_puncture_h", 48, 96, 6)),
}


@pytest.fixture(scope="module")
def maps():
    scenario = load_scenario("soyuz-ms22-crewed-return")
    return {name: survival_map(scenario, x, y, None, (1, 2, 3)) for name, (x, y) in CASES.items()}


def _legend_and_label(widget):
    plot = widget.ci.getItem(1, 0)
    legends = [item for item in plot.vb.childItems() if isinstance(item, pg.LegendItem)]
    labels = [item for item in plot.items if isinstance(item, pg.TextItem) and item.toPlainText() == "this scenario"]
    assert len(legends) == 1 and len(labels) == 1
    return legends[0], labels[0], plot.vb


@pytest.mark.parametrize("size", [(1600, 1000), (900, 560)])
@pytest.mark.parametrize("case", list(CASES))
def test_legend_clear_of_the_star_label(qtbot, maps, case, size):
    widget = map_widget(maps[case], size)
    qtbot.addWidget(widget)
    QtWidgets.QApplication.processEvents()
    legend, label, vb = _legend_and_label(widget)
    label_rect, legend_rect = label.sceneBoundingRect(), legend.sceneBoundingRect()
    assert not legend_rect.intersects(label_rect), f"{case}: legend {legend_rect} covers label {label_rect}"
    assert vb.sceneBoundingRect().contains(legend_rect), "the legend stays inside the map"


def test_legend_follows_a_resize_in_the_window(qtbot, maps):
    """The Map tab's widget is resized after drawing: the legend is re-placed each time."""
    widget = map_widget(maps["cli case (star top middle)"], (700, 500))
    qtbot.addWidget(widget)
    for size in ((1600, 1000), (1000, 620), (1400, 700)):
        widget.resize(*size)
        QtWidgets.QApplication.processEvents()
        legend, label, _ = _legend_and_label(widget)
        assert not legend.sceneBoundingRect().intersects(label.sceneBoundingRect()), size
