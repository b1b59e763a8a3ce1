"""File menu of the real MainWindow: save -> open round trip, bad files, drops, exports, recent files.

Dialogs are replaced through ``window.file_actions`` hooks (``ask_save_path``,
``ask_open_path``, ``show_error``, ``confirm_overwrite``); everything else is the real code.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from synthetic import synthetic_result
from thermoviz.export.figure import DASHBOARD_SIZE, PLOT_SIZE
from thermoviz.model.scenario import Scenario


@pytest.fixture
def window(make_window):
    scenario = Scenario(title="Round trip", hole_diameter_mm=1.7, discharge_coefficient=0.55,
                        puncture_time_h=2.5, undock_time_h=30.0, hatch_open=False, crew=2, duration_h=60.0,
                        description="Saved by the export tests")
    win = make_window(scenario, size=None)  # the crew worker must not replace a result a test sets
    errors: list[tuple[str, str]] = []
    win.file_actions.show_error = lambda title, text: errors.append((title, text))
    win.file_actions.confirm_overwrite = lambda path: False
    win.errors = errors
    return win


def show(window, result):
    """Make ``result`` the window's complete, current result (through its session)."""
    window.session.set_physics(result)
    assert window.session.crew_arrived(window.session.generation, result)


def _answer_save(win, path):
    win.file_actions.ask_save_path = lambda title, suggested, file_filter: str(path)


def test_shortcuts(window):
    actions = window.actions
    assert actions["open"].shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Open)
    assert actions["save"].shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Save)
    assert actions["save_as"].shortcut().toString() == "Ctrl+Shift+S"
    assert actions["pdf"].shortcut().toString() == "Ctrl+E"
    assert actions["copy_figure"].shortcut().toString() == "Ctrl+Shift+C"


def test_save_as_then_open_gives_the_identical_scenario(window, tmp_path):
    original = window.scenario
    _answer_save(window, tmp_path / "saved")  # no suffix: .toml is added
    assert window.actions["save_as"].isEnabled()
    window.actions["save_as"].trigger()
    saved = tmp_path / "saved.toml"
    assert saved.exists() and window.errors == []
    assert window.source_path == saved

    window.set_scenario(Scenario(title="Something else"))
    assert window.scenario != original
    window.file_actions.ask_open_path = lambda: str(saved)
    window.actions["open"].trigger()
    assert window.scenario == original
    assert window.file_actions.recent_files()[0] == str(saved.resolve())
    assert [a.data() for a in window.file_actions.recent_menu.actions() if a.data()] == [str(saved.resolve())]


def test_save_writes_to_the_current_file(window, tmp_path):
    target = tmp_path / "current.toml"
    _answer_save(window, target)
    window.file_actions.save()  # no file yet: behaves as Save As
    edited = window.scenario.replace(hole_diameter_mm=3.0)
    window.set_scenario(edited, source_path=target)
    window.actions["save"].trigger()
    from thermoviz.io.scenario_file import read_scenario_file

    assert read_scenario_file(target)[0] == edited


def test_save_as_never_overwrites_silently(window, tmp_path):
    existing = tmp_path / "keep.toml"
    existing.write_text("precious")
    _answer_save(window, tmp_path / "keep")  # the dialog confirmed "keep", not "keep.toml"
    assert window.file_actions.save_as() is False  # confirm_overwrite said no
    assert existing.read_text() == "precious"


@pytest.mark.parametrize("text, field, allowed", [
    ("schema_version = 1\nvehicle = \"soyuz-ms\"\nloop = \"external\"\nhole_diameter_mm = 35\n",
     "hole_diameter_mm", "0 to 20"),
    ("schema_version = 99\nvehicle = \"soyuz-ms\"\n", "schema_version", "1"),
    ("schema_version = 1\nhole_diameter_mm = = 2\n", "", ""),
])
def test_bad_file_names_file_and_field_and_keeps_the_scenario(window, tmp_path, text, field, allowed):
    before = window.scenario
    bad = tmp_path / "broken.toml"
    bad.write_text(text)
    assert window.file_actions.open_path(bad) is False
    assert window.scenario == before
    (title, message), = window.errors
    assert "broken.toml" in message and "kept" in message
    assert field in message and allowed in message


def test_dropping_a_scenario_file_opens_it(window, tmp_path):
    from thermoviz.io.scenario_file import save_scenario

    dropped = Scenario(title="Dropped", hole_diameter_mm=4.0)
    path = save_scenario(dropped, tmp_path / "dropped.toml")
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    pos = QtCore.QPointF(window.width() / 2, window.height() / 2)
    enter = QtGui.QDragEnterEvent(pos.toPoint(), QtCore.Qt.DropAction.CopyAction, mime,
                                  QtCore.Qt.MouseButton.LeftButton, QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QtGui.QDropEvent(pos, QtCore.Qt.DropAction.CopyAction, mime, QtCore.Qt.MouseButton.LeftButton,
                            QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(window, drop)
    assert window.scenario == dropped


def test_menu_exports_png_csv_pdf_and_copy(window, tmp_path, qtbot):
    result = synthetic_result()
    show(window, result)
    fa = window.file_actions

    _answer_save(window, tmp_path / "figure")
    window.actions["png2"].trigger()
    image = QtGui.QImage(str(tmp_path / "figure.png"))
    assert (image.width(), image.height()) == (DASHBOARD_SIZE[0] * 2, DASHBOARD_SIZE[1] * 2)

    _answer_save(window, tmp_path / "data.csv")
    window.actions["csv"].trigger()
    from thermoviz.io.csv_io import read_csv

    data = read_csv(tmp_path / "data.csv")
    np.testing.assert_array_equal(data.time_h, result.time_h)
    for name, values in result.series.items():
        np.testing.assert_array_equal(data.columns[name], values)  # NaN == NaN here
    assert data.scenario == result.scenario
    assert data.units["cabin_temp_c"] == "°C"

    _answer_save(window, tmp_path / "report.pdf")
    window.actions["pdf"].trigger()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    assert fa.copy_figure()
    copied = QtGui.QGuiApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (DASHBOARD_SIZE[0] * 2, DASHBOARD_SIZE[1] * 2)
    assert window.errors == []


def test_right_click_menu_exports_one_plot(window, tmp_path):
    show(window, synthetic_result())
    menu = window.file_actions.plot_menu("heat")
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Export this plot as PNG 1×…", "Export this plot as PNG 2×…",
                     "Export this plot as PNG 4×…", "Export this plot as SVG…"]
    _answer_save(window, tmp_path / "heat.png")
    menu.actions()[0].trigger()
    image = QtGui.QImage(str(tmp_path / "heat.png"))
    assert (image.width(), image.height()) == PLOT_SIZE
    _answer_save(window, tmp_path / "heat.svg")
    menu.actions()[3].trigger()
    assert b"<svg" in (tmp_path / "heat.svg").read_bytes()


def test_failed_export_shows_a_message_and_leaves_no_file(window, tmp_path):
    show(window, synthetic_result())
    _answer_save(window, tmp_path / "missing-folder" / "report.pdf")
    assert window.file_actions.export_pdf() is False
    (title, message), = window.errors
    assert "report.pdf" in message and "does not exist" in message
    assert not (tmp_path / "missing-folder").exists() and not list(tmp_path.glob("*.pdf*"))


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # offscreen popups
def test_right_click_on_a_plot_pops_up_its_export_menu(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    plot = window.dashboard.plots["cabin"]
    view = window.dashboard.graphics
    center = view.mapFromScene(plot.vb.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.RightButton, pos=center)
    menu = window.file_actions.plot_menu("cabin")
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    menu.hide()
    assert not window.file_actions.plot_menu("loop").isVisible()
