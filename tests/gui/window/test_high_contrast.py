"""View ▸ High contrast: thicker curves and limit lines, black text; survives a highlight; remembered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from thermoviz.api import load_scenario
from thermoviz.figure import spec as S
from thermoviz.figure.contrast import WIDTH_FACTOR
from thermoviz.gui.window.high_contrast import CONTRAST_KEY
from thermoviz.gui.window.settings import make_settings
from thermoviz.gui.plots.view_options import read_bool


def _widths(window):
    return {key: curve.opts["pen"].widthF() for key, curve in window.dashboard.curves.items()}


def test_high_contrast_on_and_off(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    normal = _widths(window)
    text = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    line = window.dashboard.limit_items["crew"][0].line
    line_width = line.pen.widthF()
    try:
        window.high_contrast_action.trigger()
        assert read_bool(make_settings(), CONTRAST_KEY, False)
        wide = _widths(window)
        assert all(wide[k] == pytest.approx(normal[k] * WIDTH_FACTOR) for k in normal)
        assert line.pen.widthF() == pytest.approx(line_width * WIDTH_FACTOR)
        assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
        assert window.dashboard.plots["loop"].getAxis("left").textPen().color().name() == "#000000"
        # A highlighted curve widens from the high-contrast pen and returns to it.
        window.dashboard.contents.apply(highlight="cabin_temp_c")
        assert window.dashboard.curves["cabin_temp_c"].opts["pen"].widthF() > wide["cabin_temp_c"]
        window.dashboard.contents.apply()
        assert _widths(window) == pytest.approx(wide)
        # A new result keeps it.
        window.set_scenario(load_scenario("soyuz-ms22"))
        assert window.wait_idle(30)
        assert _widths(window) == pytest.approx(wide)
    finally:
        window.high_contrast_action.trigger()
    assert _widths(window) == pytest.approx(normal)
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == text
    assert window.dashboard.plots["loop"].getAxis("left").textPen().color().name().upper() == S.plot_spec("loop").left.colour
    assert not read_bool(make_settings(), CONTRAST_KEY, True)


def test_remembered_at_start(make_window):
    make_settings().setValue(CONTRAST_KEY, True)
    window = make_window("soyuz-ms22", remember=True)
    try:
        assert window.high_contrast_action.isChecked()
        assert window.dashboard.curves["cabin_temp_c"].opts["pen"].widthF() == pytest.approx(
            S.series_spec("cabin_temp_c").pen.width * WIDTH_FACTOR)
    finally:
        window.high_contrast_action.trigger()
