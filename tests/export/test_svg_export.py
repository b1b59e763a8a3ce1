"""SVG export: valid XML with the plotted curves as many-point paths (pyqtgraph #3495 guard)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg

from synthetic import count_curve_points, synthetic_result
from thermoviz.export import export_svg
from thermoviz.export.figure import settle
from thermoviz.export.svg import dashboard_svg


def _figure(qtbot):
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    x = np.linspace(0, 10, 300)
    first = widget.addPlot(title="first")
    first.plot(x, np.sin(x), pen=pg.mkPen("b", width=2))
    second = widget.addPlot(title="second")
    second.plot(x, np.cos(x), pen=pg.mkPen("r", width=2))
    widget.resize(800, 300)
    settle(widget)
    return widget, first, second


def test_dashboard_svg_places_every_view(qtbot):
    widget, _first, _second = _figure(qtbot)
    data = dashboard_svg(widget)
    root = ET.fromstring(data)
    assert (root.get("width"), root.get("height")) == ("800", "300")
    assert count_curve_points(data) >= 2
    text = data.decode()
    assert "first" in text and "second" in text
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids)), "element ids must stay unique after composing"


def test_result_svg_file_has_all_series(qtbot, tmp_path):
    path = tmp_path / "fig.svg"
    export_svg(synthetic_result(), path)
    data = path.read_bytes()
    ET.fromstring(data)
    # 9 series, the crew curve only after undock; limit/event lines are short paths and do not count.
    assert count_curve_points(data, min_points=100) >= 8
    assert "Loop pressure" in data.decode()
    one = tmp_path / "crew.svg"
    export_svg(synthetic_result(), one, plot="crew")
    assert count_curve_points(one.read_bytes(), min_points=100) >= 1
