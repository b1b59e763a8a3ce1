"""View ▸ Pin as reference: a faded copy of a result to compare the current scenario against."""

from __future__ import annotations

import numpy as np
import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.figure.reference import reference_shift_h


def pick(window, preset_id):
    combo = window.controls.preset_combo
    combo.setCurrentIndex(combo.findData(preset_id))


def test_shift_aligns_undock_else_puncture_else_start():
    crewed = simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=False)
    nominal = simulate(load_scenario("soyuz-ms23-return"), crew_strain=False)
    docked = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    shift, anchor = reference_shift_h(nominal, crewed)
    assert anchor == "undock"
    assert shift == pytest.approx(crewed.events["undock"] - nominal.events["undock"])
    shift, anchor = reference_shift_h(docked, crewed)  # docked never undocks: align the punctures
    assert anchor == "puncture"
    assert shift == pytest.approx(crewed.events["puncture"] - docked.events["puncture"])
    no_leak = simulate(load_scenario("soyuz-ms22").replace(puncture_time_h=None), crew_strain=False)
    assert reference_shift_h(no_leak, docked) == (0.0, "start")


def test_pinned_nominal_return_stays_while_another_preset_is_loaded(make_window):
    window = make_window("soyuz-ms23-return")
    nominal = window.result
    assert not window.actions["clear_reference"].isEnabled()
    window.actions["pin"].trigger()
    assert window.actions["clear_reference"].isEnabled()
    pick(window, "soyuz-ms22-crewed-return")
    assert window.wait_idle(30)
    dash = window.dashboard
    ref = dash.reference_curves["cabin_temp_c"]
    assert ref.isVisible()
    x, y = ref.getData()
    np.testing.assert_array_equal(y, nominal.series["cabin_temp_c"])
    shift = window.result.events["undock"] - nominal.events["undock"]
    assert ref.pos().x() == pytest.approx(shift)  # both undock at the same moment on the plot
    # The reference's crew curve is the completed one, and the legend names it.
    core = dash.reference_curves["crew_core_temp_c"].getData()[1]
    assert np.isfinite(core).any()
    legend_texts = [label.text for _sample, label in dash.legends["loop"].items]
    assert any("aligned at undock" in t for t in legend_texts)
    assert any(nominal.scenario.title[:20] in t for t in legend_texts)
    # Faded: same colour as the live series, but translucent.
    live, faded = dash.curves["cabin_temp_c"].opts["pen"].color(), ref.opts["pen"].color()
    assert faded.rgb() == live.rgb() and faded.alpha() < live.alpha()


def test_pin_before_crew_strain_is_done_gets_the_crew_curve_when_it_arrives(make_window):
    window = make_window("soyuz-ms22-crewed-return", wait=False)
    assert window.crew_strain_pending
    window.actions["pin"].trigger()
    assert window.wait_idle(30)
    core = window.dashboard.reference_curves["crew_core_temp_c"].getData()[1]
    np.testing.assert_array_equal(core, window.result.series["crew_core_temp_c"])
    assert np.isfinite(core).any()


def test_y_range_makes_room_for_the_reference(make_window):
    window = make_window("soyuz-ms23-return")
    low_top = window.dashboard.plots["cabin"].vb.viewRange()[1][1]
    pick(window, "soyuz-ms22-crewed-return")
    assert window.wait_idle(30)
    window.actions["pin"].trigger()  # hot reference (cabin ~41 °C) ...
    pick(window, "soyuz-ms23-return")  # ... over a cool return
    assert window.wait_idle(30)
    top = window.dashboard.plots["cabin"].vb.viewRange()[1][1]
    assert top > low_top and top >= np.nanmax(window.dashboard.reference.series["cabin_temp_c"])


def test_clear_reference_removes_curves_and_legend_rows(make_window):
    window = make_window("soyuz-ms22")
    rows = len(window.dashboard.legends["loop"].items)
    window.actions["pin"].trigger()
    assert len(window.dashboard.legends["loop"].items) == rows + 2
    window.actions["clear_reference"].trigger()
    assert window.dashboard.reference is None
    assert not any(c.isVisible() for c in window.dashboard.reference_curves.values())
    assert len(window.dashboard.legends["loop"].items) == rows
    assert not window.actions["clear_reference"].isEnabled()


def test_exports_from_the_window_include_the_reference(make_window):
    from thermoviz.export.figure import export_figure

    window = make_window("soyuz-ms23-return")
    window.actions["pin"].trigger()
    pick(window, "soyuz-ms22-crewed-return")
    assert window.wait_idle(30)
    with export_figure(window.result, window.dashboard.view_state()) as copy:
        assert copy.reference is window.dashboard.reference
        assert copy.reference_curves["cabin_temp_c"].isVisible()
    with export_figure(window.result) as plain:  # the CLI has no reference
        assert plain.reference is None


@pytest.mark.parametrize("interactive", [False, True])
def test_pin_while_the_crew_curve_computes_then_edit_still_gets_the_curve(make_window, interactive):
    """Issue 21: pinned while its crew curve was computing, then edited: the reference never got it (0/10)."""
    window = make_window("soyuz-ms22-crewed-return", wait=False)
    if interactive:  # a drag: the crew job waits behind the debounce when the pin comes
        window._recompute(window.scenario.replace(hole_diameter_mm=0.9), interactive=True)
    assert window.crew_strain_pending
    pinned = window.session.scenario
    window.actions["pin"].trigger()
    window.load_scenario_step(window.scenario.replace(hole_diameter_mm=1.5))  # an edit at once
    assert window.wait_idle(60)
    for _ in range(100):  # the reference's own job may finish after the shown one
        if window.session.reference.crew_strain_computed:
            break
        window.crew_runner.wait(50)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
    reference = window.session.reference
    assert reference.scenario == pinned and reference.crew_strain_computed
    core = window.dashboard.reference_curves["crew_core_temp_c"].getData()[1]
    assert np.isfinite(core).any()
