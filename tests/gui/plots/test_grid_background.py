"""The window's grid lines live in the view's cached background: never stale, never lost."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication

from thermoviz.figure.grid_background import GridAxis


def _pixels(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(widget.grab().toImage().Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3].copy()


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _cached_equals_fresh(dashboard) -> bool:
    """The view as painted from its cached background equals a repaint from scratch."""
    view = dashboard.graphics
    _settle()
    cached = _pixels(view.viewport())
    dashboard.grid_background._shades.clear()  # nothing kept: everything drawn anew
    for axis in dashboard.grid_background.axes:
        axis._kept.clear()
        axis.picture = None
        axis.update()
    view.resetCachedContent()
    _settle()
    return np.array_equal(cached, _pixels(view.viewport()))


def test_window_grid_is_drawn_in_the_background_not_by_the_axes(make_window):
    window = make_window("soyuz-ms22")
    dash = window.dashboard
    axes = [p.getAxis(side) for p in dash.plots.values() for side in ("left", "right")]
    assert all(isinstance(a, GridAxis) and a.grid_elsewhere for a in axes)
    # The axes cover only their own strip now, not the whole plot.
    cabin = dash.plots["cabin"]
    assert cabin.getAxis("left").sceneBoundingRect().width() < 0.3 * cabin.vb.sceneBoundingRect().width()
    _settle()
    with_grid = _pixels(dash.graphics.viewport())
    dash.graphics.background_layers.remove(dash.grid_background.draw)
    dash.graphics.resetCachedContent()
    _settle()
    without = _pixels(dash.graphics.viewport())
    assert (with_grid != without).any(axis=2).sum() > 1000, "the grid lines are really drawn"


def test_exported_figures_keep_pyqtgraph_grid(qtbot):
    from thermoviz.figure.figure import Figure

    figure = Figure()
    qtbot.addWidget(figure)
    figure.resize(1200, 800)
    figure.show()
    qtbot.waitExposed(figure)
    _settle()
    axis = figure.plots["cabin"].getAxis("left")
    assert axis.grid is not False and not axis.grid_elsewhere
    # pyqtgraph's grid: the axis covers the plot
    assert axis.sceneBoundingRect().width() > 0.9 * figure.plots["cabin"].vb.sceneBoundingRect().width()


def test_cached_grid_follows_ranges_sizes_and_hidden_plots(make_window):
    window = make_window("soyuz-ms22")
    dash = window.dashboard
    assert _cached_equals_fresh(dash)
    dash.plots["cabin"].setYRange(-5.0, 55.0, padding=0)        # a new y range
    assert _cached_equals_fresh(dash)
    window.resize(window.width() - 160, window.height() - 90)  # a smaller window
    assert _cached_equals_fresh(dash)
    dash.show_plots(("loop", "cabin"))                          # plots hidden: the others grow
    assert _cached_equals_fresh(dash)
    dash.set_display_scale(1.5)                                 # View ▸ Interface size
    assert _cached_equals_fresh(dash)
    window.controls.hole.spin.setValue(window.controls.hole.spin.value() * 3)  # a new result
    assert window.wait_idle(30)
    assert _cached_equals_fresh(dash)


def test_grid_lines_are_pyqtgraphs_own(qtbot):
    """The lines the background draws: pyqtgraph's tick positions and alphas (oracle: generateDrawSpecs)."""
    from PySide6.QtGui import QPainter, QPicture

    from thermoviz import load_scenario, simulate
    from thermoviz.figure.figure import Figure

    ms22 = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    figure = Figure()
    qtbot.addWidget(figure)
    figure.resize(1300, 900)
    figure.show()
    qtbot.waitExposed(figure)
    figure.set_result(ms22)
    _settle()
    checked = 0
    for plot in figure.plots.values():
        for side in ("left", "right"):
            axis = plot.getAxis(side)
            picture = QPicture()
            painter = QPainter(picture)
            expected = axis.generateDrawSpecs(painter)[1]
            painter.end()
            got = axis.grid_lines()
            assert [(round(p1.y(), 6), round(p1.x(), 6), round(p2.x(), 6), pen.color().alpha())
                    for pen, p1, p2 in got] == \
                   [(round(p1.y(), 6), round(p1.x(), 6), round(p2.x(), 6), pen.color().alpha())
                    for pen, p1, p2 in expected]
            checked += len(got)
    assert checked > 40


def _axis_image(axis) -> np.ndarray:
    from PySide6.QtGui import QImage, QPainter

    rect = axis.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-rect.x(), -rect.y())
    axis.paint(painter, None, None)
    painter.end()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), -1).copy()


def _fresh_axis_image(axis) -> np.ndarray:
    axis._kept.clear()
    axis.picture = None
    return _axis_image(axis)


def test_axis_drawings_are_kept_per_state_and_never_stale(make_window, monkeypatch):
    window = make_window("soyuz-ms22")
    dash = window.dashboard
    plot = dash.plots["cabin"]
    axis = plot.getAxis("left")
    made = []
    original = type(axis).generateDrawSpecs
    monkeypatch.setattr(type(axis), "generateDrawSpecs", lambda self, p: made.append(self) or original(self, p))
    plot.setYRange(13.0, 41.0, padding=0)
    first = _axis_image(axis)
    plot.setYRange(13.0, 43.0, padding=0)
    _axis_image(axis)
    made.clear()
    plot.setYRange(13.0, 41.0, padding=0)          # back to a range drawn before: kept, not redrawn
    assert np.array_equal(_axis_image(axis), first) and axis not in made
    assert np.array_equal(first, _fresh_axis_image(axis))
    # A new state is drawn anew: a bigger tick font (interface size), a smaller window.
    font = axis.style["tickFont"]
    font.setPointSizeF(font.pointSizeF() * 1.6)
    axis.setStyle(tickFont=font)
    made.clear()
    bigger = _axis_image(axis)
    assert axis in made and not np.array_equal(bigger, first)
    assert np.array_equal(bigger, _fresh_axis_image(axis))
    window.resize(window.width() - 200, window.height() - 150)
    _settle()
    assert np.array_equal(_axis_image(axis), _fresh_axis_image(axis))
    assert _cached_equals_fresh(dash)
