"""The window on a classroom projector: 1024x768 and 1280x720/800 screens, and presentation mode.

Every check here failed before the layout adapted: at 1024 px the window could not
be made narrower than ~1220 px, the cabin legend ran over the crew legend and the
crew plot's note was cut off at the right edge.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from thermoviz.figure.figure import LEGEND_MIN_SCALE
from thermoviz.figure.spec import plot_spec


def settle(qtbot, window, w, h):
    window.resize(w, h)
    qtbot.waitUntil(lambda: window.width() <= w and window.height() <= h, timeout=3000)
    qtbot.wait(50)


def legend_extent(dashboard, key):
    """(drawn height, drawn width) of a legend and (height, width) of its cell, in scene px."""
    legend, cell = dashboard.legends[key], dashboard.legend_cells[key]
    rect = legend.mapRectToScene(legend.boundingRect())
    return rect, cell.sceneBoundingRect()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1280, 800), (1600, 1000)])
def test_window_fits_the_screen_and_no_legend_runs_into_another(make_window, qtbot, size):
    window = make_window("soyuz-ms22-crewed-return", size=size)
    settle(qtbot, window, *size)
    assert window.width() <= size[0], "the window's minimum width exceeds the screen"
    dashboard = window.dashboard
    for key in dashboard.legends:
        drawn, cell = legend_extent(dashboard, key)
        scale = dashboard.legends[key].scale()
        assert LEGEND_MIN_SCALE <= scale <= 1.0
        if scale > LEGEND_MIN_SCALE:  # at the smallest scale the cell clips instead
            assert drawn.bottom() <= cell.bottom() + 1, f"{key} legend runs below its row at {size}"
            assert drawn.right() <= cell.right() + 1, f"{key} legend runs out of the window at {size}"
    # Legend rows never overlap each other (clipped to their cells).
    cells = [dashboard.legend_cells[k].sceneBoundingRect() for k in ("loop", "heat", "cabin", "crew")]
    for upper, lower in zip(cells, cells[1:]):
        assert upper.bottom() <= lower.top() + 1
    assert dashboard.legend_cells["cabin"].flags() & dashboard.legend_cells["cabin"].GraphicsItemFlag.ItemClipsChildrenToShape


def test_full_size_window_keeps_full_legends_and_axis_titles(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return", size=(1600, 1000))
    settle(qtbot, window, 1600, 1000)
    scales = window.dashboard.legend_scales()
    assert scales["loop"] == 1.0 and scales["heat"] == 1.0
    assert window.dashboard.plots["loop"].getAxis("left").labelText == "Pressure [kPa]"
    assert window.dashboard.readout.columns == 5


def test_short_rows_use_short_axis_titles_and_keep_the_full_one_as_tooltip(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return", size=(1024, 768))
    settle(qtbot, window, 1024, 768)
    axis = window.dashboard.plots["loop"].getAxis("left")
    assert axis.labelText == plot_spec("loop").left.short
    # The tooltip keeps the full title and explains the series on the axis.
    assert "<b>Pressure [kPa]</b>" in axis.toolTip() and "accumulator" in axis.toolTip()
    # Growing the window brings the full title back.
    settle(qtbot, window, 1600, 1000)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: axis.labelText == "Pressure [kPa]", timeout=3000)


def test_readout_reflows_into_three_columns_on_a_narrow_window(make_window, qtbot):
    window = make_window("soyuz-ms22", size=(1024, 768))
    settle(qtbot, window, 1024, 768)
    readout = window.dashboard.readout
    assert readout.columns == 3
    assert readout.width() >= readout.width_needed(3)
    grid = readout.grid
    rows = {grid.getItemPosition(grid.indexOf(label))[0] for label in readout.labels.values()}
    assert rows == set(range(math.ceil(len(readout.labels) / 3)))  # filled row by row, no gaps
    settle(qtbot, window, 1600, 1000)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: readout.columns == 5, timeout=3000)


def test_crew_note_wraps_inside_a_narrow_crew_plot(make_window, qtbot):
    window = make_window("soyuz-ms22", size=(1024, 768))  # docked: "Crew not aboard …"
    settle(qtbot, window, 1024, 768)
    message = window.dashboard.crew_message
    assert message.isVisible() and "not aboard" in message.toPlainText()
    view = window.dashboard.plots["crew"].vb
    note = message.mapRectToScene(message.boundingRect())
    assert note.right() <= view.sceneBoundingRect().right() + 1


def test_presentation_mode_hides_controls_and_esc_brings_them_back(make_window, qtbot):
    window = make_window("soyuz-ms22", size=(1280, 800))
    assert window.controls_dock.isVisible() and window.statusBar().isVisible()
    window.actions["presentation"].trigger()
    assert window.presenting and window.actions["presentation"].isChecked()
    assert not window.controls_dock.isVisible() and not window.statusBar().isVisible()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting and not window.actions["presentation"].isChecked()
    assert window.controls_dock.isVisible() and window.statusBar().isVisible()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.actions["presentation"].shortcut().toString() == "F11"


def test_closing_in_presentation_mode_remembers_the_normal_layout(make_window, qtbot, settings_dir):
    from thermoviz.gui.app import build_window
    from thermoviz.gui.window.settings import make_settings

    window = make_window("soyuz-ms22", size=(1280, 800), remember=True)
    window.set_presentation_mode(True)
    window.close()
    _app, again = build_window(None, remember=True)
    qtbot.addWidget(again)
    again.show()
    assert again.controls_dock.isVisible()
    assert not again.windowState() & Qt.WindowState.WindowFullScreen
    assert make_settings().value("window/state") is not None


def test_station_module_disables_undock_and_landing(make_window):
    window = make_window("nauka-rtod")
    controls = window.controls
    assert not controls.undock.isEnabled() and not controls.descent.isEnabled()
    assert "never undocks" in controls.undock.toolTip()
    assert "6 h" not in controls.descent.none_box.text()
    # Back to a spacecraft: both come back with the vehicle's own descent time.
    index = controls.vehicle_combo.findData("soyuz-ms")
    controls.vehicle_combo.setCurrentIndex(index)
    assert controls.undock.isEnabled() and controls.descent.isEnabled()
    assert controls.descent.none_box.text() == "Vehicle value (6 h)"


def test_keyboard_shortcuts_help_lists_the_menu_shortcuts(make_window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from thermoviz.gui.window.shortcuts import shortcuts_html

    window = make_window("soyuz-ms22")
    text = shortcuts_html(window)
    for key, what in (("Ctrl+Z", "Undo"), ("F11", "Presentation mode"), ("Ctrl+R", "Pin as reference"),
                      ("Ctrl+E", "PDF report"), ("Ctrl+Shift+C", "Copy figure"), ("Ctrl+O", "Open scenario"),
                      ("Ctrl+Shift+Z", "Redo"), ("Ctrl+Q", "Quit")):
        assert key in text and what in text
    window.show_shortcuts()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "Menu shortcuts" in boxes[-1].text()
    boxes[-1].close()
