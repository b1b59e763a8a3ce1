"""PNG export: exact pixel size at 1x/2x/4x, white page, dark text, lines that scale."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtGui, QtWidgets

from synthetic import dark_fraction, dark_runs_per_row, pixels, synthetic_result, white_fraction
from thermoviz.export import export_png
from thermoviz.export.figure import DASHBOARD_SIZE, PLOT_SIZE, settle
from thermoviz.export.png import widget_image
from thermoviz.export.print_style import apply_print_style


@pytest.fixture
def dark_figure(qtbot):
    """A dark-themed two-plot figure (as a user with a dark screen theme would have)."""
    widget = pg.GraphicsLayoutWidget()
    qtbot.addWidget(widget)
    widget.setBackground("k")
    plot = widget.addPlot(title="Loop pressure")
    plot.setLabel("left", "Pressure", units="kPa")
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setPen("w")
        plot.getAxis(axis).setTextPen("w")
    x = np.linspace(0, 10, 400)
    plot.plot(x, np.sin(x), pen=pg.mkPen("w", width=1))  # white: invisible on paper unless restyled
    plot.plot(x, np.cos(x), pen=pg.mkPen("#D55E00", width=1))
    other = widget.addPlot(title="Heat")
    other.plot(x, x, pen=pg.mkPen("#0072B2", width=2))
    widget.resize(600, 300)
    apply_print_style(widget)
    settle(widget)
    return widget, plot


@pytest.mark.parametrize("scale", [1, 2, 4])
def test_widget_png_has_exact_size_white_page_and_dark_text(dark_figure, scale):
    widget, _plot = dark_figure
    image = widget_image(widget, scale)
    assert (image.width(), image.height()) == (600 * scale, 300 * scale)
    rgb = pixels(image)
    assert white_fraction(rgb) > 0.6, "background must be white whatever the screen theme"
    assert 0.003 < dark_fraction(rgb) < 0.3, "dark axes, text and the restyled white curve must show"
    # Tick labels: the row through the bottom axis numbers has many separate dark runs.
    bottom_band = rgb[int(rgb.shape[0] * 0.88):, : rgb.shape[1] // 2]
    assert dark_runs_per_row(bottom_band) >= 6


def test_lines_keep_their_relative_width_at_4x(dark_figure):
    """Cosmetic pens are widened with the scale: a 1-px curve is about 4 px at 4x, not a hairline."""
    widget, _plot = dark_figure

    def orange_thickness(image: QtGui.QImage) -> float:
        rgb = pixels(image).astype(int)
        orange = (rgb[..., 0] > 180) & (rgb[..., 1] > 60) & (rgb[..., 1] < 140) & (rgb[..., 2] < 80)
        columns = orange[:, : rgb.shape[1] // 2].sum(axis=0)
        return float(np.median(columns[columns > 0]))

    one, four = orange_thickness(widget_image(widget, 1)), orange_thickness(widget_image(widget, 4))
    assert four >= 3 * one, (one, four)


def test_bad_scale_is_refused(dark_figure):
    widget, _plot = dark_figure
    with pytest.raises(ValueError, match="scale"):
        widget_image(widget, 0)


@pytest.mark.parametrize("scale", [1, 2])
def test_dashboard_png_file(qtbot, tmp_path, scale):
    path = tmp_path / "dashboard.png"
    export_png(synthetic_result(), path, scale=scale)
    image = QtGui.QImage(str(path))
    assert (image.width(), image.height()) == (DASHBOARD_SIZE[0] * scale, DASHBOARD_SIZE[1] * scale)
    rgb = pixels(image)
    assert white_fraction(rgb) > 0.5
    assert dark_fraction(rgb) > 0.005
    assert [p.name for p in tmp_path.iterdir()] == ["dashboard.png"], "no temporary file left"


def test_one_plot_png_file(qtbot, tmp_path):
    path = tmp_path / "cabin.png"
    export_png(synthetic_result(), path, scale=2, plot="cabin")
    image = QtGui.QImage(str(path))
    assert (image.width(), image.height()) == (PLOT_SIZE[0] * 2, PLOT_SIZE[1] * 2)
    rgb = pixels(image)
    # The cabin plot carries the vermilion cabin-air curve.
    vermilion = (rgb[..., 0] > 180) & (rgb[..., 1] > 60) & (rgb[..., 1] < 120) & (rgb[..., 2] < 60)
    assert vermilion.sum() > 500
    assert white_fraction(rgb) > 0.4


def test_unknown_plot_key(qtbot, tmp_path):
    with pytest.raises(ValueError, match="loop, heat, cabin, crew"):
        export_png(synthetic_result(), tmp_path / "x.png", plot="nope")
    assert not list(tmp_path.iterdir())


def test_export_does_not_touch_a_live_dashboard(qtbot, tmp_path):
    from thermoviz.gui.plots.dashboard import Dashboard

    live = Dashboard()
    qtbot.addWidget(live)
    live.set_result(synthetic_result())
    live.resize(700, 500)
    before = live.size()
    export_png(synthetic_result(), tmp_path / "x.png", view=live.view_state())
    assert live.size() == before
    assert isinstance(live.graphics, QtWidgets.QWidget)


@pytest.mark.parametrize("key", ["loop", "heat", "cabin", "crew"])
def test_one_plot_layout_gives_the_plot_the_page(qtbot, key):
    """Only the event strip and the chosen plot (with its legend) remain, and the plot fills the height."""
    from thermoviz.export.figure import export_figure

    with export_figure(synthetic_result(), only=key) as dashboard:
        plot = dashboard.plots[key]
        assert plot.vb.height() > 0.6 * PLOT_SIZE[1]
        assert set(dashboard.legends) == {key} and dashboard.legends[key].scene() is not None
        assert plot.getAxis("bottom").style["showValues"]
