"""The window shows the new physics honestly: capped crew core, clothing, Cd range, schematic dock."""

from __future__ import annotations

import numpy as np
import pytest

from thermoviz.api import load_scenario
from thermoviz.model.crew.clothing import CLOTHING
from thermoviz.model.limits import CORE_DISPLAY_CAP_C


def test_long_descent_draws_the_core_dotted_and_capped_with_a_label(make_window):
    scenario = load_scenario("soyuz-ms22-crewed-return").replace(descent_duration_h=48.0, duration_h=110.0)
    window = make_window(scenario)
    result = window.session.result
    assert np.nanmax(result.series["crew_core_temp_c"]) > CORE_DISPLAY_CAP_C  # raw series untouched
    beyond = window.dashboard.crew_beyond
    solid = window.dashboard.curves["crew_core_temp_c"].yData
    assert np.nanmax(solid) <= CORE_DISPLAY_CAP_C
    assert np.nanmax(beyond.curve.yData) == pytest.approx(CORE_DISPLAY_CAP_C)
    assert beyond.label.isVisible() and "beyond the model" in beyond.label.toPlainText()
    y_top = window.dashboard.plots["crew"].vb.viewRange()[1][1]
    assert y_top < CORE_DISPLAY_CAP_C + 2  # the axis is not stretched to 60 °C


def test_clothing_combo_changes_the_scenario_undoably_with_its_source(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return")
    combo = window.controls.clothing_combo
    assert combo.currentData() == window.scenario.crew_clothing
    target = combo.findData("flight-clothing")
    combo.setCurrentIndex(target)
    assert window.scenario.crew_clothing == "flight-clothing"
    assert CLOTHING["flight-clothing"].source[:30] in combo.toolTip()
    window.actions["undo"].trigger()
    assert window.scenario.crew_clothing != "flight-clothing"
    assert combo.currentData() == window.scenario.crew_clothing


def test_clothing_is_saved_in_the_scenario_file(make_window, tmp_path):
    from thermoviz.io.scenario_file import read_scenario_file, save_scenario

    window = make_window("soyuz-ms22-crewed-return")
    window.controls.clothing_combo.setCurrentIndex(window.controls.clothing_combo.findData("sokol-unventilated"))
    path = tmp_path / "s.toml"
    save_scenario(window.scenario, path)
    assert read_scenario_file(path)[0].crew_clothing == "sokol-unventilated"


def test_cd_control_shows_the_range_the_record_allows(make_window):
    window = make_window("soyuz-ms22")
    note = window.controls.cd_note.text()
    assert note.startswith("record allows ") and "calibrated 0.12" in note and "17.75 h" in note
    assert note in window.controls.cd_spin.toolTip()


def test_schematic_dock_follows_the_cursor_only_while_shown(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return")
    dock = window.schematic_dock
    assert not dock.isVisible()
    window.dashboard.set_cursor(10.0)
    assert dock.view.state is None  # hidden: no work on a cursor move
    window.actions["schematic"].trigger() if "schematic" in window.actions else dock.toggleViewAction().trigger()
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert dock.view.state is not None and dock.view.state.time_h == pytest.approx(10.0)
    window.dashboard.set_cursor(50.0)
    assert dock.view.state.time_h == pytest.approx(50.0)
    assert dock.view.state.equipment_air_w is not None and dock.view.state.wall_air_w is not None


def test_play_runs_the_dashboard_cursor(make_window, qtbot):
    window = make_window("soyuz-ms22")
    dock = window.schematic_dock
    dock.show()
    window.dashboard.set_cursor(5.0)
    dock.controller.step(1.0)  # one second of playback at the default speed
    assert window.dashboard.cursor_time_h > 5.0
    assert dock.view.state.time_h == pytest.approx(window.dashboard.cursor_time_h)


def test_export_animation_writes_the_asked_frames(make_window, tmp_path):
    from PIL import Image

    from thermoviz.export.animation import AnimationOptions
    from thermoviz.gui.schematic.schematic_dock import export_animation_dialog

    window = make_window("soyuz-ms22")
    options = AnimationOptions(width_px=320, height_px=180, fps=5, frames=4, from_h=1.0, to_h=20.0)
    written = export_animation_dialog(window, options=options, path=str(tmp_path / "a.gif"))
    assert written
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames == 4 and gif.size == (320, 180)
    assert "animation" in window.actions


def test_condensed_water_axis_grows_for_a_long_return_and_stays_0_5_kg_otherwise(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    assert window.dashboard.right_views["heat"].viewRange()[1] == [0.0, 5.0]
    long = window.scenario.replace(descent_duration_h=48.0, duration_h=110.0)
    window.set_scenario(long)
    assert window.wait_idle(60)
    top = float(np.nanmax(window.session.result.series["condensed_water_kg"]))
    assert top > 5.0 and window.dashboard.right_views["heat"].viewRange()[1][1] >= top


def test_space_still_ticks_a_check_box_with_the_schematic_shown(make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window("soyuz-ms22")
    window.schematic_dock.show()
    box = window.controls.hatch
    before = box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() != before and not window.schematic_dock.controller.is_playing()
