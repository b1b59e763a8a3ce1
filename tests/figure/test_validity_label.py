"""The "outside model validity" label stays inside its plot however the figure is zoomed
(the handout zooms to the flight home, where the span starts near or left of the view's edge)."""

from __future__ import annotations

import numpy as np
import pytest
from pyqtgraph.Qt import QtWidgets

from thermoviz.figure import spec as S
from thermoviz.figure.figure import Figure


def _crew_label_and_box(figure: Figure):
    key = S.series_spec(S.CREW_SERIES).plot
    shading = figure.validity[key]
    assert shading.shown >= 1, "the crewed return runs the crew model outside its validity range"
    return shading, shading.labels[0], figure.plots[key].vb


@pytest.mark.parametrize("window_h", [(46.0, 57.0), (51.0, 60.0), (30.0, 52.0), (0.0, 80.0), (49.0, 53.0)])
def test_validity_label_is_inside_the_zoomed_plot(qtbot, crewed, window_h):
    figure = Figure()
    qtbot.addWidget(figure)
    figure.resize(700, 600)
    figure.show()
    figure.set_result(crewed)
    mask = np.asarray(crewed.outside_validity["crew_core_temp_c"], dtype=bool)
    start_h = float(crewed.time_h[np.argmax(mask)])
    lo, hi = window_h
    if not lo < start_h < hi:
        lo = start_h - 1.0 if lo >= start_h else lo  # every window shows the span's start
    figure.strip.setXRange(lo, hi, padding=0)
    QtWidgets.QApplication.processEvents()
    shading, label, vb = _crew_label_and_box(figure)
    label_rect, box = label.sceneBoundingRect(), vb.sceneBoundingRect()
    assert label.isVisible()
    assert box.left() - 0.5 <= label_rect.left() and label_rect.right() <= box.right() + 0.5, (
        f"label {label_rect} leaves the plot {box} at x range {vb.viewRange()[0]}")
    assert "outside model validity" in label.toPlainText()


def test_label_starts_at_the_span_when_there_is_room(qtbot, crewed):
    figure = Figure()
    qtbot.addWidget(figure)
    figure.resize(1600, 600)
    figure.show()
    figure.set_result(crewed)
    start_h = float(crewed.time_h[np.argmax(np.asarray(crewed.outside_validity["crew_core_temp_c"]))])
    figure.strip.setXRange(start_h - 0.5, float(crewed.time_h[-1]), padding=0)  # a wide plot: room right of it
    QtWidgets.QApplication.processEvents()
    shading, label, _ = _crew_label_and_box(figure)
    assert label.pos().x() == pytest.approx(shading.spans[0][0])
    assert not label.toPlainText().endswith("→")
