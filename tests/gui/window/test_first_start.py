"""A first start never loses work (issue 18): the lesson gives back the controls and a file opened
during it; Reset returns to the shipped preset; "(modified)" once and never into a saved file."""

from __future__ import annotations

from thermoviz.io.presets import get_preset
from thermoviz.io.scenario_file import read_scenario_file, save_scenario
from thermoviz.gui.window.scenario_text import MODIFIED_SUFFIX


def edit_crew(window, crew: int) -> None:
    edited = window.session.scenario.replace(crew=crew)
    window.controls.show_scenario(edited)
    window._scenario_edited(edited)
    assert window.wait_idle(60)


def test_closing_the_first_start_lesson_gives_back_the_controls_for_good(make_window):
    first = make_window(None, remember=True, size=(1400, 900))
    panel = first.lesson_panel
    assert panel.active and not first.controls_dock.isVisible()
    panel.leave_button.click()
    assert first.controls_dock.isVisible()
    first.close()
    again = make_window(None, remember=True, size=(1400, 900))
    assert again.controls_dock.isVisible() and getattr(again, "lesson_panel", None) is None


def test_a_file_opened_during_the_lesson_stays_loaded(make_window, tmp_path):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    window = make_window("soyuz-ms22")
    path = tmp_path / "friend.toml"
    save_scenario(get_preset("progress-ms21").scenario.replace(title="My friend's scenario"), path)
    panel = open_lesson(window, "ms22-why", 2)
    assert window.wait_idle(60)
    assert window.file_actions.open_path(path)
    assert window.wait_idle(60)
    assert not panel.active
    assert window.session.source_path == path and window.session.scenario.title == "My friend's scenario"
    panel.leave()  # closing again changes nothing
    assert window.session.scenario.title == "My friend's scenario"


def test_after_a_restart_reset_returns_to_the_shipped_preset_and_modified_is_added_once(make_window, tmp_path,
                                                                                       monkeypatch):
    preset = get_preset("soyuz-ms22-crewed-return")
    first = make_window(preset.id, remember=True)
    first.controls.set_scenario(preset.scenario, preset.id)
    first.session.load(preset.scenario, preset.id, None)
    edit_crew(first, 2)
    assert first.session.scenario.title == preset.scenario.title + MODIFIED_SUFFIX
    first.close()

    again = make_window(None, remember=True)
    assert again.session.scenario.crew == 2
    assert again.session.scenario.title.count("(modified)") == 1
    assert again.controls.base_scenario == preset.scenario
    edit_crew(again, 1)
    assert again.session.scenario.title.count("(modified)") == 1
    # Saving writes the title without the automatic mark.
    path = tmp_path / "mine.toml"
    monkeypatch.setattr(again.file_actions, "ask_save_path", lambda *a: str(path))
    monkeypatch.setattr(again.file_actions, "show_info", lambda text: None)
    assert again.file_actions.save_as()
    saved, _extra = read_scenario_file(path)
    assert "(modified)" not in saved.title and saved.crew == 1
    # Reset to preset goes back to the shipped preset, not the remembered edits.
    again.controls.set_scenario(again.session.scenario, preset.id)
    again.controls.reset_button.click()
    assert again.wait_idle(60)
    assert again.session.scenario == preset.scenario


def test_picking_the_preset_already_shown_resets_it(make_window):
    preset = get_preset("soyuz-ms22-crewed-return")
    window = make_window(preset.id)
    window.controls.set_scenario(preset.scenario, preset.id)
    window.session.load(preset.scenario, preset.id, None)
    edit_crew(window, 2)
    combo = window.controls.preset_combo
    combo.activated.emit(combo.currentIndex())  # the user picks the entry that is already shown
    assert window.wait_idle(60)
    assert window.session.scenario == preset.scenario


def test_a_crew_above_the_vehicles_seats_is_refused_in_the_status_bar(make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window("soyuz-ms22-crewed-return")
    spin = window.controls.crew_spin
    assert spin.maximum() == 3  # the Soyuz has three seats
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "4")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert window.session.scenario.crew <= 3
    assert "Crew 4 refused: this vehicle has 3 seats" in window.statusBar().currentMessage()
