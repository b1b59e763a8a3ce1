"""Vehicle ▸ Edit vehicle…: the generated form, inline validation, Save (one undo step) and Cancel."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from thermoviz.gui.vehicle.vehicle_editor import VehicleEditorDialog, edit_vehicle, parse_number
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicles import get_vehicle
from thermoviz.model.params import LoopParams, VehicleParams


pytestmark = pytest.mark.usefixtures("data_dir")  # a fresh user vehicle folder (tests/conftest.py)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_form_has_a_row_for_every_dataclass_field(qtbot):
    dialog = VehicleEditorDialog(None, start_id="soyuz-ms")
    qtbot.addWidget(dialog)
    soyuz = get_vehicle("soyuz-ms")
    top = [f.name for f in dataclasses.fields(VehicleParams) if f.name not in ("id", "title", "loops", "estimates")]
    per_loop = [f.name for f in dataclasses.fields(LoopParams) if f.name != "id"]
    assert len(dialog.rows) == len(top) + len(per_loop) * len(soyuz.loops)
    row = dialog.row("cabin_free_volume_m3")
    assert "estimate" in row.status.text() and "plausible 2.5 to 3.5" in row.status.text()
    assert "descent module" in row.widget.toolTip()
    assert save_button(dialog).isEnabled() and dialog.id_edit.text() == "my-soyuz-ms"


@pytest.mark.parametrize("typed, state", [("-1", "error"), ("abc", "error"), ("1_0", "error"), ("9", "warning"),
                                          ("3,2", "ok"), ("3.25", "ok")])
def test_typed_values_are_checked_inline_with_the_allowed_range(qtbot, typed, state):
    dialog = VehicleEditorDialog(None, start_id="soyuz-ms")
    qtbot.addWidget(dialog)
    row = dialog.row("cabin_free_volume_m3")
    row.widget.setText(typed)
    text = row.status.text()
    if state == "error":
        assert "must be a number > 0" in text or "must be a finite number > 0" in text
        assert not save_button(dialog).isEnabled() and "cabin_free_volume_m3" in dialog.summary.text()
    elif state == "warning":
        assert "outside the estimate's plausible range 2.5 to 3.5" in text and save_button(dialog).isEnabled()
    else:
        assert "must" not in text and save_button(dialog).isEnabled()


def test_inconsistent_loops_and_shipped_ids_are_refused_with_the_file_message(qtbot):
    dialog = VehicleEditorDialog(None, start_id="soyuz-ms")
    qtbot.addWidget(dialog)
    dialog.row("loops.external.pump_stop_fraction").widget.setText("0.85")
    assert not save_button(dialog).isEnabled() and "pump_full_fraction" in dialog.summary.text()
    dialog.row("loops.external.pump_stop_fraction").widget.setText("0.5")
    dialog.id_edit.setText("nauka")
    assert not save_button(dialog).isEnabled() and "already a shipped vehicle" in dialog.summary.text()


def test_parse_number_accepts_a_decimal_comma_and_refuses_underscores():
    assert parse_number("0,5", False) == 0.5 and parse_number(" 2e3 ", False) == 2000.0
    for bad in ("1_0", "1,000.5", "inf", "nan", "２"):
        with pytest.raises(ValueError):
            parse_number(bad, False)


def test_save_writes_the_user_vehicle_picks_it_and_undo_goes_back(make_window, monkeypatch, data_dir):
    window = make_window("soyuz-ms22")
    before = window.session.scenario

    def run(dialog):
        dialog.row("avionics_docked_w").widget.setText("600")
        dialog.title_edit.setText("Warm Soyuz")
        dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VehicleEditorDialog, "exec", run)
    entry = edit_vehicle(window)
    assert window.wait_idle(30)
    path = data_dir / "vehicles" / "my-soyuz-ms.toml"
    assert path.is_file() and vf.read_vehicle_file(path).params == entry.params
    assert entry.params.avionics_docked_w == 600.0 and entry.provenance["avionics_docked_w"].confidence == "user"
    assert window.controls.vehicle_combo.currentText() == "Warm Soyuz"
    assert window.session.scenario.vehicle == "my-soyuz-ms"
    assert window.result.series["cabin_temp_c"].max() > 0
    window.history.stack.undo()
    assert window.wait_idle(30)
    assert window.session.scenario.vehicle == before.vehicle


def test_cancel_changes_nothing(make_window, monkeypatch, data_dir):
    window = make_window("soyuz-ms22")
    before = window.session.scenario
    monkeypatch.setattr(VehicleEditorDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert edit_vehicle(window) is None
    assert window.session.scenario == before and not (data_dir / "vehicles").exists()


def test_the_menu_has_the_action(make_window):
    window = make_window("soyuz-ms22")
    assert window.actions["edit_vehicle"].text() == "&Edit vehicle…"


def test_a_scenario_file_with_an_embedded_vehicle_opens_with_that_vehicle_picked(make_window, tmp_path):
    from thermoviz.io.scenario_file import save_scenario
    from thermoviz.io.scenario_source import load_scenario
    from thermoviz.io.vehicles import vehicle_entry

    vf.register_vehicle(vf.copy_vehicle(vehicle_entry("soyuz-ms"), "friends-soyuz", "Friend's Soyuz"))
    path = save_scenario(load_scenario("soyuz-ms22").replace(vehicle="friends-soyuz"), tmp_path / "shared.toml")
    vf.forget_session_vehicles()  # as on the friend's machine
    window = make_window("soyuz-ms22")
    window.set_scenario(load_scenario(path), source_path=path)
    assert window.wait_idle(30)
    assert window.controls.vehicle_combo.currentText() == "Friend's Soyuz"
    assert window.controls.loop_combo.currentData() == "external" and window.session.result_state == "current"


def test_editing_a_vehicle_a_file_brought_in_takes_effect(make_window, monkeypatch, data_dir):
    from thermoviz.io.vehicles import vehicle_entry

    vf.register_vehicle(vf.copy_vehicle(vehicle_entry("soyuz-ms"), "friends-soyuz", "Friend's Soyuz"))
    window = make_window("soyuz-ms22")

    def run(dialog):
        assert dialog.source_id == "friends-soyuz" or dialog.source_combo.setCurrentIndex(
            dialog.source_combo.findData("friends-soyuz")) is None
        assert dialog.id_edit.text() == "friends-soyuz"  # a user vehicle is edited in place
        dialog.row("avionics_docked_w").widget.setText("700")
        dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(VehicleEditorDialog, "exec", run)
    edit_vehicle(window)
    assert get_vehicle("friends-soyuz").avionics_docked_w == 700.0


@pytest.mark.parametrize("vid", ["soyuz-ms", "progress-ms", "nauka"])
def test_an_untouched_copy_keeps_every_value_and_its_provenance_bit_for_bit(qtbot, vid):
    from thermoviz.io.vehicles import vehicle_entry

    dialog = VehicleEditorDialog(None, start_id=vid)
    qtbot.addWidget(dialog)
    entry, error = dialog.checked_entry()
    assert error is None
    source = vehicle_entry(vid)
    assert entry.params == dataclasses.replace(source.params, id=f"my-{vid}", title=f"My {source.params.title}")
    assert dict(entry.provenance) == dict(source.provenance)


def test_seats_set_in_the_editor_decide_the_crew_box_and_a_cut_is_said(make_window, monkeypatch, qtbot):
    """Issue 18 item 5: 4 seats typed in the editor open the crew box to 4; cutting the picked
    vehicle to 2 seats with 4 crew aboard says so in the status bar (not hidden by "Saved …")."""
    from PySide6.QtCore import Qt

    window = make_window("soyuz-ms22-crewed-return")

    def seats(n):
        def run(dialog):
            dialog.row("max_crew").widget.setText(str(n))
            dialog.save()
            return QDialog.DialogCode.Accepted
        return run

    monkeypatch.setattr(VehicleEditorDialog, "exec", seats(4))
    edit_vehicle(window)
    assert window.wait_idle(30)
    spin = window.controls.crew_spin
    assert window.session.scenario.vehicle == "my-soyuz-ms" and spin.maximum() == 4
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "4")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert window.wait_idle(30)
    assert window.session.scenario.crew == 4
    monkeypatch.setattr(VehicleEditorDialog, "exec", seats(2))
    edit_vehicle(window)
    assert window.wait_idle(30)
    assert window.session.scenario.crew == 2 and spin.maximum() == 2
    message = window.statusBar().currentMessage()
    assert "crew is now 2 (was 4; it seats 2)" in message and "Saved vehicle" in message
