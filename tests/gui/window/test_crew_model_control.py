"""The crew model in the window: a control, JOS-3 computed in the background, the window live meanwhile."""

from __future__ import annotations

import numpy as np


def test_model_combo_switches_to_jos3_in_the_background_and_undoes(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return")
    phs_peak = float(np.nanmax(window.session.result.series["crew_core_temp_c"]))
    combo = window.controls.model_combo
    assert combo.currentData() == "phs" and "JOS-3" in combo.itemData(1, 3)  # tooltip role names the model
    combo.setCurrentIndex(combo.findData("jos3"))
    assert window.scenario.crew_model == "jos3"
    # The edit returns before JOS-3 is done: its crew curve is still being computed in the worker
    # (speed itself is measured by benchmarks/bench_crew.py, not by a timed test).
    assert window.crew_strain_pending
    assert window.wait_idle(30)
    result = window.session.result
    assert result.crew_strain_computed and result.scenario.crew_model == "jos3"
    assert abs(float(np.nanmax(result.series["crew_core_temp_c"])) - phs_peak) > 0.3
    assert any("JOS-3" in note for note in result.notes)
    window.actions["undo"].trigger()
    assert window.scenario.crew_model == "phs" and combo.currentData() == "phs"

