"""The window end to end: control -> model -> plot, on the real model (offscreen)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from thermoviz.api import load_scenario
from thermoviz.figure.spec import DATA_ONLY_SERIES


def _curve_y(window, name):
    x, y = window.dashboard.curves[name].getData()
    return np.asarray(x), np.asarray(y)


def test_window_shows_preset_and_public_names(make_window):
    window = make_window("soyuz-ms22")
    preset = load_scenario("soyuz-ms22")
    assert window.scenario == preset
    assert preset.title in window.windowTitle()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "Vehi&cle", "&Help"]
    assert set(window.dashboard.plots) == {"loop", "heat", "cabin", "crew"}
    assert window.result.crew_strain_computed
    assert window.verdict_banner.text == window.result.verdict.text
    assert window.verdict_banner.severity == window.result.verdict.severity
    assert window.controls.preset_description.text() == preset.description
    # Every series is drawn from the result arrays, but for those the figure leaves to the data outputs.
    for name, values in window.result.series.items():
        if name in DATA_ONLY_SERIES:
            assert name not in window.dashboard.curves
            continue
        x, y = _curve_y(window, name)
        np.testing.assert_array_equal(x, window.result.time_h)
        np.testing.assert_array_equal(y, values)


def test_no_leak_flattens_pressure_and_verdict_is_not_danger(make_window, qtbot):
    window = make_window("soyuz-ms22")
    _, before = _curve_y(window, "loop_pressure_kpa")
    assert np.nanmax(before) - np.nanmin(before) > 0.1 * np.nanmax(before)  # the leak drains the loop
    assert window.result.events["puncture"] is not None
    with qtbot.waitSignal(window.result_shown, timeout=5000):
        qtbot.mouseClick(window.controls.hole.no_leak, Qt.MouseButton.LeftButton)
    assert window.scenario.hole_diameter_mm == 0
    assert not window.controls.hole.slider.isEnabled()
    assert window.wait_idle(30)
    _, after = _curve_y(window, "loop_pressure_kpa")
    finite = after[np.isfinite(after)]
    assert finite.max() - finite.min() < 1e-6 * max(1.0, finite.max())
    assert window.result.events["coolant_depleted"] is None
    assert window.verdict_banner.severity in ("safe", "info")
    assert "puncture" not in window.dashboard.events.visible_labels()
    # Un-ticking restores the previous hole size.
    qtbot.mouseClick(window.controls.hole.no_leak, Qt.MouseButton.LeftButton)
    assert window.scenario.hole_diameter_mm == pytest.approx(load_scenario("soyuz-ms22").hole_diameter_mm)


def test_undocking_earlier_moves_the_landing_marker(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    events = window.dashboard.events
    landing_before = window.result.events["landing"]
    undock_before = window.scenario.undock_time_h
    assert landing_before is not None and "landing" in events.visible_labels()
    assert events.lines["landing"][0].value() == pytest.approx(landing_before)
    window.controls.undock.spin.setValue(undock_before - 6.0)
    landing_after = window.result.events["landing"]
    assert landing_after == pytest.approx(landing_before - 6.0, abs=0.05)
    for line in events.lines["landing"]:  # the strip and all four plots
        assert line.value() == pytest.approx(landing_after)
    # The default time axis counts from the puncture; labels follow it.
    since_puncture = landing_after - window.result.events["puncture"]
    assert f"{since_puncture:+.1f} h" in events.visible_labels()["landing"]
    assert events.overlapping_labels() == []


def test_event_lines_are_painted_by_one_item_per_plot_and_keep_their_tooltips(make_window):
    from PySide6.QtWidgets import QGraphicsItem

    window = make_window("soyuz-ms22-crewed-return")
    events = window.dashboard.events
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    landing = window.result.events["landing"]
    for painter, line in zip(events.painters, events.lines["landing"], strict=True):
        assert line in painter.lines
        assert line.flags() & no_contents  # not painted by itself: its plot's EventLines paints it
        # Hovering the line still shows its tooltip (the painter item is never hit).
        view = painter.getViewBox()
        (_x0, _x1), (y0, y1) = view.viewRange()
        pos = view.mapViewToScene(QPointF(landing, (y0 + y1) / 2))
        tipped = [item for item in line.scene().items(pos) if item.toolTip()]
        assert tipped and tipped[0] is line
        assert f"{landing - window.result.events['puncture']:+.1f} h" in line.toolTip()
    # Exports let the lines paint themselves (pyqtgraph's SVG exporter calls paint() directly).
    for painter in events.painters:
        painter.setExportMode(True, {})
    assert not any(line.flags() & no_contents for line in events.lines["landing"])
    for painter in events.painters:
        painter.setExportMode(False)
    assert all(line.flags() & no_contents for line in events.lines["landing"])


def test_stays_docked_hides_undock_and_landing(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    window.controls.undock.none_box.setChecked(True)
    assert window.scenario.undock_time_h is None
    shown = window.dashboard.events.visible_labels()
    assert "undock" not in shown and "landing" not in shown


def test_cursor_readout_matches_result_arrays(make_window, qtbot):
    from thermoviz.figure.spec import SERIES_SPECS, format_value

    window = make_window("soyuz-ms22-crewed-return")
    dash, result = window.dashboard, window.result
    i = len(result.time_h) * 2 // 3
    t = float(result.time_h[i])
    # Dragging one cursor line moves all of them and updates the readout.
    dash.cursor_lines["heat"].setValue(t)
    for line in dash.cursor_lines.values():
        assert line.value() == pytest.approx(t)
    assert dash.cursor_time_h == pytest.approx(t)
    values = dash.cursor_values()
    for row in SERIES_SPECS:
        expected = float(result.series[row.key][i])
        if np.isfinite(expected):
            assert values[row.key] == pytest.approx(expected, rel=1e-9, abs=1e-9)
            assert dash.readout.texts[row.key] == format_value(expected, row.unit, row.decimals)
    # Clicking a plot puts the cursor there.
    plot = dash.plots["cabin"]
    target_t = float(result.time_h[-1]) * 0.25
    scene_pos = plot.vb.mapViewToScene(QPointF(target_t, np.mean(plot.vb.viewRange()[1])))
    view_pos = dash.graphics.mapFromScene(scene_pos)
    qtbot.mouseClick(dash.graphics.viewport(), Qt.MouseButton.LeftButton, pos=view_pos)
    x0, x1 = plot.vb.viewRange()[0]
    assert dash.cursor_time_h == pytest.approx(target_t, abs=(x1 - x0) / plot.vb.width() * 2)


def test_stale_crew_strain_result_is_dropped(make_window):
    from thermoviz.api import simulate

    window = make_window("soyuz-ms22-crewed-return")
    old_generation = window.session.generation
    old = simulate(window.scenario, crew_strain=True)  # a finished result for the OLD scenario
    window.controls.hole.spin.setValue(3.0)  # a newer change
    newer = window.result
    assert window.session.generation == old_generation + 1
    assert window.crew_strain_pending
    assert window.session.crew_arrived(old_generation, old) is False
    assert window.result is newer  # the stale result did not overwrite the newer one
    assert window.crew_strain_pending
    assert window.wait_idle(30)
    assert window.result.scenario.hole_diameter_mm == 3.0
    assert window.result.crew_strain_computed


def test_rapid_changes_end_on_the_newest_scenario(make_window):
    window = make_window("soyuz-ms22-crewed-return", wait=False)
    for mm in (0.3, 1.5, 5.0, 0.9):
        window.controls.hole.spin.setValue(mm)
    assert window.wait_idle(30)
    assert window.result.scenario.hole_diameter_mm == 0.9
    assert window.result.crew_strain_computed


def test_crew_strain_arrives_and_fills_the_crew_plot(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return", wait=False)
    if window.crew_strain_pending:
        assert window.dashboard.crew_message.isVisible()
        assert "computing" in window.dashboard.crew_message.toPlainText()
        with qtbot.waitSignal(window.result_shown, timeout=30000) as blocker:
            pass
        assert blocker.args[0].crew_strain_computed
    assert not window.crew_strain_pending
    _, core = _curve_y(window, "crew_core_temp_c")
    assert np.isfinite(core).sum() > 10
    # The solid crew curve is the model's core where the model is valid; beyond it the figure draws a
    # dotted, capped line (figure/crew_display.py) and the solid one leaves a gap.
    raw = window.result.series["crew_core_temp_c"]
    drawn = np.isfinite(core)
    np.testing.assert_array_equal(core[drawn], raw[drawn])
    gaps = ~drawn & np.isfinite(raw)
    outside = window.result.outside_validity.get("crew_core_temp_c")
    assert not gaps.any() or (outside is not None and np.asarray(outside)[gaps].all())
    assert not window.dashboard.crew_message.isVisible()


def test_reset_to_preset(make_window, qtbot):
    window = make_window("soyuz-ms22")
    preset = load_scenario("soyuz-ms22")
    window.controls.hole.spin.setValue(4.0)
    window.controls.crew_spin.setValue(1)
    assert window.scenario != preset and window.isWindowModified()
    qtbot.mouseClick(window.controls.reset_button, Qt.MouseButton.LeftButton)
    assert window.scenario == preset
    assert window.controls.hole.spin.value() == pytest.approx(preset.hole_diameter_mm)
    assert not window.isWindowModified()


def test_choosing_a_preset_loads_it(make_window):
    window = make_window("soyuz-ms22")
    combo = window.controls.preset_combo
    combo.setCurrentIndex(combo.findData("progress-ms21"))
    progress = load_scenario("progress-ms21")
    assert window.scenario == progress
    assert window.controls.preset_description.text() == progress.description
    assert progress.title in window.windowTitle()


def test_keyboard_steps_the_log_slider(make_window, qtbot):
    window = make_window("soyuz-ms22")
    slider = window.controls.hole.slider
    before = window.scenario.hole_diameter_mm
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    after = window.scenario.hole_diameter_mm
    assert after > before
    assert after / before == pytest.approx((20 / 0.05) ** (10 / 1000), rel=0.05)


def test_log_slider_spans_0_05_to_20_mm():
    from thermoviz.gui.window.inputs import HoleDiameterInput as H

    assert H.slider_to_mm(0) == pytest.approx(0.05)
    assert H.slider_to_mm(H.STEPS) == pytest.approx(20.0)
    assert H.slider_to_mm(H.mm_to_slider(1.0)) == pytest.approx(1.0, rel=0.01)


def test_validity_shading_follows_result_flags(make_window):
    import dataclasses

    window = make_window("soyuz-ms22-crewed-return")
    result = window.result
    mask = np.zeros(len(result.time_h), dtype=bool)
    n = len(mask)
    mask[n // 4: n // 3] = True
    mask[n // 2: n // 2 + 5] = True
    flagged = dataclasses.replace(result, outside_validity={"crew_core_temp_c": mask})
    window.dashboard.set_result(flagged)
    shading = window.dashboard.validity["crew"]
    assert shading.shown == 2
    assert shading.regions[0].getRegion() == pytest.approx((result.time_h[n // 4], result.time_h[n // 3 - 1]))
    assert shading.labels[0].isVisible() and "outside model validity" in shading.labels[0].toPlainText()
    window.dashboard.set_result(dataclasses.replace(result, outside_validity={}))
    assert not any(r.isVisible() for r in shading.regions)


def test_slider_drag_coalesces_to_the_latest_value(make_window, qtbot):
    """Many valueChanged events of one drag within one event-loop pass cost one
    recompute, of the latest position; nothing is left queued after release."""
    from thermoviz.gui.window.inputs import HoleDiameterInput as H

    window = make_window("soyuz-ms22")
    slider = window.controls.hole.slider
    shown = []
    window.result_shown.connect(shown.append)
    generation = window.session.generation
    positions = [H.mm_to_slider(mm) for mm in (0.3, 0.5, 1.2, 2.0, 3.5)]
    slider.setSliderDown(True)  # what QSlider does while the mouse drags its handle
    for position in positions:
        slider.setValue(position)
    # The spin box follows every move at once; the physics has not run yet.
    assert window.controls.hole.spin.value() == pytest.approx(H.slider_to_mm(positions[-1]), abs=0.01)
    assert window.session.generation == generation and shown == []
    qtbot.waitUntil(lambda: window.session.generation == generation + 1, timeout=2000)
    assert len(shown) == 1
    assert window.result.scenario.hole_diameter_mm == pytest.approx(H.slider_to_mm(positions[-1]), abs=0.01)
    # A move and the release in the same pass: the release flushes it at once.
    slider.setValue(H.mm_to_slider(6.0))
    slider.setSliderDown(False)
    assert window.session.generation == generation + 2
    assert window.result.scenario.hole_diameter_mm == pytest.approx(6.0, rel=0.02)
    qtbot.wait(20)
    assert window.session.generation == generation + 2  # nothing stale fired afterwards
    assert window.wait_idle(30)
    assert window.result.scenario.hole_diameter_mm == pytest.approx(6.0, rel=0.02)


def test_real_mouse_drag_of_the_hole_slider_ends_on_the_release_position(make_window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    window = make_window("soyuz-ms22")
    slider = window.controls.hole.slider
    generation = window.session.generation
    y = slider.height() // 2
    handle_x = slider.style().sliderPositionFromValue(slider.minimum(), slider.maximum(), slider.value(),
                                                      slider.width())
    start = QPoint(max(2, min(slider.width() - 2, handle_x + 4)), y)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    assert slider.isSliderDown()
    for dx in range(4, 60, 4):  # moves delivered back to back, no event processing between them
        pos = QPoint(min(slider.width() - 2, start.x() + dx), y)
        QApplication.sendEvent(slider, QMouseEvent(QMouseEvent.Type.MouseMove, pos, slider.mapToGlobal(pos),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                                   Qt.KeyboardModifier.NoModifier))
    assert window.session.generation == generation  # coalesced: nothing computed yet
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.generation == generation + 1
    assert window.scenario.hole_diameter_mm == pytest.approx(window.controls.hole.spin.value())
    assert window.result.scenario.hole_diameter_mm > 0.8


def test_live_view_drops_antialiasing_while_editing_and_restores_it(make_window, qtbot):
    window = make_window("soyuz-ms22")
    assert window.dashboard.antialiased
    window.controls.hole.spin.setValue(2.0)  # a new result: every curve gets new data
    assert not any(c.curve.opts["antialias"] for c in window.dashboard.curves.values())
    qtbot.waitUntil(lambda: window.dashboard.antialiased, timeout=3000)
