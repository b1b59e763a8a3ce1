"""Issue 10 in the window: time axis and timeline toggles (remembered), reported-timeline markers with
sources, explanations on every legend entry / limit line / event / axis / verdict, the time window,
and a status bar for users."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent

from thermoviz.io.presets import get_preset


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_time_axis_choice_is_remembered_and_dates_need_a_start_time(make_window, settings_dir):
    window = make_window("soyuz-ms22", remember=True)
    assert window.dashboard.time_mode == "puncture"  # the default
    assert window.dashboard.time_axis.labelText == "Hours since the puncture"
    window.actions["time_axis_utc"].trigger()
    assert window.dashboard.time_axis.labelText == "Date and time (UTC)"
    assert window.dashboard.view_state().time_axis == "utc"  # so the exports show dates too
    window.close()
    again = make_window("soyuz-ms22", remember=True)
    assert again.dashboard.time_mode == "utc" and again.actions["time_axis_utc"].isChecked()
    # A scenario without a start time: dates disabled, hours shown, the remembered choice kept.
    again.set_scenario(dataclasses.replace(again.scenario, start_utc=None))
    assert not again.actions["time_axis_utc"].isEnabled() and not again.actions["time_axis_zone"].isEnabled()
    assert again.actions["time_axis_puncture"].isChecked()
    assert again.dashboard.time_axis.labelText == "Hours since the puncture"
    assert again.view_options.mode == "utc"


def test_reported_timeline_markers_carry_date_event_and_source(make_window, settings_dir):
    window = make_window("soyuz-ms22", remember=True)
    markers = window.dashboard.timeline
    timeline = get_preset("soyuz-ms22").timeline
    assert markers.placement is not None
    shown, outside = markers.placement.inside, markers.placement.outside
    assert len(shown) + len(outside) == len(timeline)  # none silently dropped
    tips = markers.tooltips()
    assert len(tips) == len(shown) > 0
    for placed, tip in zip(shown, tips):
        assert placed.entry.event in tip and f"Source: {placed.entry.source}" in tip and "Reported" in tip
    # The entries outside the run are counted in the note and listed in its tooltip.
    assert f"{len(shown)} in the run" in markers.note.toPlainText()
    for placed in outside:
        assert placed.entry.event in markers.note.toolTip()
    dialog = window.view_options.timeline_dialog()
    table = dialog.findChild(__import__("PySide6.QtWidgets", fromlist=["QTableWidget"]).QTableWidget)
    assert table.rowCount() == len(timeline)
    dialog.close()
    # The toggle hides them and is remembered.
    window.actions["timeline"].trigger()
    assert markers.tooltips() == [] and not markers.note.isVisible()
    window.close()
    again = make_window("soyuz-ms22", remember=True)
    assert not again.actions["timeline"].isChecked() and again.dashboard.timeline.tooltips() == []


def test_every_legend_entry_limit_line_event_and_axis_is_explained(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    dash = window.dashboard
    entries = 0
    for key, legend in dash.legends.items():
        for sample, label in legend.items:
            text = plain(label.text)
            tip = plain(label.toolTip())
            assert sample.toolTip() == label.toolTip()
            # More than the label: what it is, why it matters, and its source.
            assert len(tip) > len(text) + 60 and "Source:" in tip, (key, text, tip)
            entries += 1
    assert entries >= 18  # 9 series + 9 limit captions
    for key, items in dash.limit_items.items():
        for item in items:
            graphic = getattr(item, "line", None) or item.region
            tip = plain(graphic.toolTip())
            assert "Source:" in tip and len(tip) > len(item.limit.text) + 60, (key, item.limit.text)
    for name in dash.events.times:
        assert "Source:" in plain(dash.events.labels[name].toolTip())
    for plot in dash.plots.values():
        assert len(plain(plot.getAxis("left").toolTip())) > 40
    assert "UTC" in plain(dash.time_axis.toolTip()) or "hours" in plain(dash.time_axis.toolTip()).lower()
    assert "Source:" in plain(window.verdict_banner.toolTip())
    assert "Source:" in plain(window.verdict_banner.whatsThis())


# The offscreen platform cannot raise or grab for the What's-this popup; a real screen can.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_whats_this_click_on_a_legend_entry_explains_it(make_window, request):
    from PySide6.QtWidgets import QWhatsThis

    # Close the popup even when an assertion fails: a leftover popup's keyboard-grab warning
    # otherwise fails whichever Qt test runs next (it made the fit/zoom test fail on main).
    request.addfinalizer(QWhatsThis.hideText)
    window = make_window("soyuz-ms22")
    dash = window.dashboard
    # By name, not position: the three-node cabin put "Walls" and "Equipment bay" before the wet-bulb entry.
    label = next(label for _sample, label in dash.legends["cabin"].items if label.text.startswith("Wet-bulb"))
    viewport = dash.graphics.viewport()
    pos = dash.graphics.mapFromScene(label.sceneBoundingRect().center())
    event = QHelpEvent(QEvent.Type.WhatsThis, pos, viewport.mapToGlobal(pos))
    assert window.explain.eventFilter(viewport, event)
    assert "sweat" in window.explain.last_text and "Source:" in window.explain.last_text
    # Anywhere else on the plots: a hint, never nothing.
    window.explain.eventFilter(viewport, QHelpEvent(QEvent.Type.WhatsThis, QPoint(1, 1), QPoint(1, 1)))
    assert window.explain.last_text


def test_fit_to_return_flight_and_zoom_set_the_time_window_the_exports_use(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    undock, landing = window.result.events["undock"], window.result.events["landing"]
    assert window.actions["fit_return"].isEnabled()
    window.actions["fit_return"].trigger()
    x0, x1 = window.dashboard.view_state().x_range_h
    assert (x0, x1) == (pytest.approx(undock - 0.5), pytest.approx(landing + 0.5))
    window.actions["zoom_out"].trigger()
    z0, z1 = window.dashboard.view_state().x_range_h
    assert z1 - z0 == pytest.approx(1.5 * (x1 - x0))
    window.actions["zoom_in"].trigger()
    assert window.dashboard.view_state().x_range_h == (pytest.approx(x0), pytest.approx(x1))
    docked = make_window("soyuz-ms22")  # stays docked: no return flight to fit
    assert not docked.actions["fit_return"].isEnabled()


def test_status_bar_shows_notes_not_timings(make_window, monkeypatch):
    window = make_window("soyuz-ms22")
    text = window.status_label.text()
    assert "estimate" in text and " ms" not in text
    assert "calibrated" in window.status_label.toolTip()
    monkeypatch.setenv("THERMOVIZ_DEBUG", "1")
    window._update_status()
    assert "physics" in window.status_label.text() and " ms" in window.status_label.text()


def test_title_and_description_edits_are_undoable_steps_and_what_ifs_say_modified(make_window):
    window = make_window("soyuz-ms22")
    preset_title = window.scenario.title
    # A settings change of an untitled what-if marks the title (and the description) as modified.
    window.controls.crew_spin.setValue(2)
    assert window.scenario.title == preset_title + " (modified)"
    assert window.scenario.description.startswith("What-if")
    assert window.scenario_text.title_edit.text() == preset_title + " (modified)"
    # A typed title is one undoable step, kept through later control edits and fed to the result.
    window.scenario_text.title_edit.setText("Two crew, docked")
    window.scenario_text.title_edit.editingFinished.emit()
    assert window.scenario.title == "Two crew, docked" and window.result.scenario.title == "Two crew, docked"
    window.controls.crew_spin.setValue(1)
    assert window.scenario.title == "Two crew, docked"
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert window.scenario.title == preset_title + " (modified)" and window.scenario.crew == 2
    window.actions["undo"].trigger()
    assert window.scenario.title == preset_title and window.scenario.crew == 3
