"""Issue 18 item 5, the window: the crew box follows the vehicle's seats (4 and 6 seats), a
refused value is said in the status bar, and a switch to fewer seats is said and is one Ctrl+Z."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from thermoviz.api import load_scenario
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicles import vehicle_entry


def _save_seated(seats: int, name: str) -> str:
    vid = f"{name.lower()}-{seats}"
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), vid, f"{name} {seats}-seat")
    entry = dataclasses.replace(entry, params=dataclasses.replace(entry.params, max_crew=seats, display_name=name))
    vf.save_vehicle(entry)
    return vid


def _pick_vehicle(window, qtbot, vehicle_id):
    controls = window.controls
    index = controls.vehicle_combo.findData(vehicle_id)
    assert index >= 0, vehicle_id
    with qtbot.waitSignal(controls.scenario_changed, timeout=5000):
        controls.vehicle_combo.setCurrentIndex(index)


def _type_crew(window, qtbot, text):
    spin = window.controls.crew_spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.parametrize("seats", [4, 6])
def test_the_crew_box_allows_zero_to_the_seats_and_refuses_more_out_loud(make_window, qtbot, data_dir, seats):
    vid = _save_seated(seats, "Dragonfly")
    window = make_window(load_scenario("soyuz-ms22-crewed-return").replace(vehicle=vid))
    spin = window.controls.crew_spin
    assert (spin.minimum(), spin.maximum()) == (0, seats)
    _type_crew(window, qtbot, str(seats))
    assert window.wait_idle(60)
    assert window.session.scenario.crew == seats
    _type_crew(window, qtbot, str(seats + 1))
    assert window.wait_idle(60)
    assert window.session.scenario.crew == seats
    assert f"Crew {seats + 1} refused: this vehicle has {seats} seats" in window.statusBar().currentMessage()


def test_a_switch_from_four_seats_to_three_with_four_crew_says_so_and_is_one_undo(make_window, qtbot, data_dir):
    vid = _save_seated(4, "Dragonfly")
    window = make_window(load_scenario("soyuz-ms22-crewed-return").replace(vehicle=vid, crew=4))
    assert window.controls.crew_spin.maximum() == 4 and window.scenario.crew == 4
    before = window.scenario
    _pick_vehicle(window, qtbot, "soyuz-ms")
    assert window.scenario.vehicle == "soyuz-ms" and window.scenario.crew == 3
    assert window.controls.crew_spin.maximum() == 3 and window.controls.crew_spin.value() == 3
    message = window.statusBar().currentMessage()
    assert "crew is now 3 (was 4; it seats 3)" in message and "Ctrl+Z" in message
    assert window.wait_idle(60)
    assert window.session.result_state != "error"
    window.history.stack.undo()  # one step back: vehicle and crew together
    assert window.scenario == before
    assert window.controls.crew_spin.maximum() == 4 and window.controls.crew_spin.value() == 4
