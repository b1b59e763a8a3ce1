"""Edit ▸ Undo/Redo of scenario changes, and the "Unsaved changes" question for scenario files.

Drives the real window: controls, preset picker, File actions (only the dialogs are
answered by the test).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from thermoviz.api import load_scenario
from thermoviz.gui.window import history as history_module


def test_undo_and_redo_a_control_edit(make_window, qtbot):
    window = make_window("soyuz-ms22")
    before = window.scenario
    assert not window.actions["undo"].isEnabled()  # loading the first scenario is not a step
    window.controls.hole.spin.setValue(3.0)
    assert window.scenario.hole_diameter_mm == pytest.approx(3.0)
    assert window.actions["undo"].isEnabled()
    assert "hole" in window.actions["undo"].text().lower()
    window.actions["undo"].trigger()
    assert window.scenario == before and window.result.scenario == before
    assert window.controls.hole.spin.value() == pytest.approx(before.hole_diameter_mm)
    assert not window.isWindowModified()
    window.actions["redo"].trigger()
    assert window.scenario.hole_diameter_mm == pytest.approx(3.0)
    assert window.controls.hole.spin.value() == pytest.approx(3.0)
    assert window.result.scenario.hole_diameter_mm == pytest.approx(3.0)


def test_keyboard_shortcuts_undo_and_redo(make_window, qtbot):
    window = make_window("soyuz-ms22")
    before = window.scenario
    window.controls.crew_spin.setValue(1)
    window.dashboard.graphics.setFocus()
    qtbot.keyClick(window.dashboard.graphics, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.scenario == before
    qtbot.keyClick(window.dashboard.graphics, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.scenario.crew == 1


def test_a_slider_drag_is_one_undo_step_but_separate_edits_are_not(make_window, qtbot, monkeypatch):
    from thermoviz.gui.window.inputs import HoleDiameterInput as H

    window = make_window("soyuz-ms22")
    start = window.scenario
    slider = window.controls.hole.slider
    slider.setSliderDown(True)
    for mm in (0.5, 1.0, 2.0, 4.0):
        slider.setValue(H.mm_to_slider(mm))
        qtbot.wait(5)  # each position is computed (the drag coalesces within one pass only)
    slider.setSliderDown(False)
    assert window.history.stack.count() == 1
    window.actions["undo"].trigger()
    assert window.scenario == start
    # Two edits of the same field far apart in time stay two steps.
    window.actions["redo"].trigger()
    monkeypatch.setattr(history_module, "MERGE_WINDOW_S", -1.0)
    window.controls.hole.spin.setValue(7.0)
    assert window.history.stack.count() == 2
    window.actions["undo"].trigger()
    assert window.scenario.hole_diameter_mm == pytest.approx(4.0, rel=0.02)


def test_picking_a_preset_can_be_undone_with_the_what_ifs_intact(make_window):
    window = make_window("soyuz-ms22")
    window.controls.hole.spin.setValue(2.5)
    window.controls.crew_spin.setValue(2)
    what_if = window.scenario
    combo = window.controls.preset_combo
    combo.setCurrentIndex(combo.findData("progress-ms21"))
    assert window.scenario == load_scenario("progress-ms21")
    window.actions["undo"].trigger()
    assert window.scenario == what_if
    assert window.controls.base_scenario == load_scenario("soyuz-ms22")  # Reset target is back too
    assert window.controls.preset_id == "soyuz-ms22" and window.isWindowModified()
    window.actions["redo"].trigger()
    assert window.scenario == load_scenario("progress-ms21")


def test_preset_detaches_the_file_and_undo_reattaches_it(make_window, tmp_path):
    window = make_window("soyuz-ms22")
    fa = window.file_actions
    fa.ask_save_path = lambda title, suggested, file_filter: str(tmp_path / "mine.toml")
    assert fa.save_as()
    assert window.source_path == tmp_path / "mine.toml"
    combo = window.controls.preset_combo
    combo.setCurrentIndex(combo.findData("nauka-rtod"))
    assert window.source_path is None  # Ctrl+S must not write Nauka into mine.toml
    window.actions["undo"].trigger()
    assert window.source_path == tmp_path / "mine.toml"
    assert "mine.toml" in window.windowTitle()


def test_saving_is_not_an_undo_step_and_undo_keeps_the_file(make_window, tmp_path):
    window = make_window("soyuz-ms22")
    window.controls.hole.spin.setValue(1.5)
    fa = window.file_actions
    fa.ask_save_path = lambda title, suggested, file_filter: str(tmp_path / "a.toml")
    assert fa.save_as()
    steps = window.history.stack.count()
    window.actions["undo"].trigger()
    assert window.history.stack.count() == steps
    assert window.scenario.hole_diameter_mm == pytest.approx(0.8)
    assert window.source_path == tmp_path / "a.toml"  # undoing an edit never "unsaves" the file
    assert window.isWindowModified()  # 0.8 mm differs from the saved 1.5 mm


@pytest.fixture
def file_window(make_window, tmp_path):
    window = make_window("soyuz-ms22")
    fa = window.file_actions
    fa.ask_save_path = lambda title, suggested, file_filter: str(tmp_path / "lesson.toml")
    assert fa.save_as()
    window.controls.hole.spin.setValue(5.0)  # unsaved change to lesson.toml
    assert window.isWindowModified()
    asked = []
    window.asked = asked
    return window


def _answer(window, answer):
    def ask(path, reason):
        window.asked.append((path.name, reason))
        return answer
    window.file_actions.ask_save_changes = ask


def test_opening_another_file_asks_about_unsaved_changes_cancel_keeps_them(file_window, tmp_path):
    from thermoviz.io.scenario_file import save_scenario

    other = tmp_path / "other.toml"
    save_scenario(load_scenario("progress-ms21"), other)
    _answer(file_window, "cancel")
    assert not file_window.file_actions.open_path(other)
    assert file_window.asked == [("lesson.toml", "opening other.toml")]
    assert file_window.scenario.hole_diameter_mm == pytest.approx(5.0)
    _answer(file_window, "save")
    assert file_window.file_actions.open_path(other)
    from thermoviz.io.scenario_file import read_scenario_file

    saved, _ = read_scenario_file(tmp_path / "lesson.toml")
    assert saved.hole_diameter_mm == pytest.approx(5.0)
    assert file_window.source_path == other


def test_closing_with_unsaved_file_changes_asks_and_cancel_keeps_the_window(file_window, qtbot):
    _answer(file_window, "cancel")
    assert not file_window.close()
    assert file_window.isVisible()
    assert file_window.asked == [("lesson.toml", "closing")]
    _answer(file_window, "discard")
    assert file_window.close()


def test_changes_to_a_preset_do_not_ask_on_close(make_window):
    window = make_window("soyuz-ms22")
    window.controls.hole.spin.setValue(5.0)
    asked = []
    window.file_actions.ask_save_changes = lambda path, reason: asked.append(path) or "cancel"
    assert window.close()  # kept by the session memory instead
    assert asked == []
