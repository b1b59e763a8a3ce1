"""The time axis: a known UTC instant lands on its tick label; hour modes count from the right origin;
dates only where the scenario has a start time; exports honour the choice (FigureView)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from thermoviz.figure.time_axis import (DATE_LABEL_PX, TimeAxisItem, TimeFrame, available_modes, axis_title, effective_mode,
                                        time_label)
from thermoviz.model import clock

START = clock.parse_utc("2022-12-14T23:45Z")  # MS-22's t = 0
FRAME = TimeFrame(START, 1.0)


@pytest.fixture
def axis(qapp):
    item = TimeAxisItem()
    yield item


def ticks(axis, lo, hi, px=800):
    (step, values), = axis.tickValues(lo, hi, px)
    return step, values, axis.tickStrings(values, 1.0, step)


def test_a_known_utc_instant_lands_on_its_tick_label(axis):
    axis.set_mode("utc", FRAME)
    step, values, labels = ticks(axis, 0.0, 72.0)
    midnight = clock.parse_utc("2022-12-16T00:00Z")
    at = values.index(pytest.approx(clock.hours_between(START, midnight)))
    assert labels[at] == "16 Dec"
    # Every tick's label is the UTC time at that hour (round trip: hour -> label -> the same instant).
    for value, label in zip(values, labels):
        when = clock.utc_at_hours(START, value)
        assert label.endswith(when.strftime("%H:%M")) or label == f"{when.day} {when.strftime('%b')}"
        assert when.minute == 0 and when.hour % step == 0  # on whole calendar hours


def test_named_zone_shows_local_times_and_names_its_offset(axis):
    axis.set_mode("zone", FRAME, "Europe/Moscow")
    _step, values, labels = ticks(axis, 0.0, 24.0)
    for value, label in zip(values, labels):
        local = clock.utc_at_hours(START, value).astimezone(clock.get_zone("Europe/Moscow"))
        assert local.strftime("%H:%M") in label or label == f"{local.day} {local.strftime('%b')}"
    assert axis_title("zone", "Europe/Moscow", FRAME) == "Date and time (Moscow time, UTC+03:00)"
    assert axis_title("utc") == "Date and time (UTC)"


def test_hours_since_the_puncture_put_zero_on_the_puncture(axis):
    assert axis.set_mode("puncture", TimeFrame(START, 1.7)) == "puncture"
    _step, values, labels = ticks(axis, 0.0, 60.0)
    assert values[labels.index("0")] == pytest.approx(1.7)
    assert axis_title("puncture") == "Hours since the puncture"
    assert time_label(19.7, "puncture", TimeFrame(START, 1.7)) == "+18.0 h"


def test_no_start_time_offers_only_the_hour_modes():
    no_start = TimeFrame(None, 1.0)
    assert available_modes(no_start) == ("puncture", "start")
    assert effective_mode("utc", no_start) == "puncture"
    assert effective_mode("utc", TimeFrame(None, None)) == "start"
    with pytest.raises(ValueError, match="time axis: must be one of puncture, start, utc, zone"):
        effective_mode("dates", FRAME)


@settings(max_examples=60, deadline=None)
@given(lo=st.floats(-5, 2000), span=st.floats(0.5, 3000), px=st.integers(200, 3000))
@example(lo=1032.75715934875, span=1.0, px=200)  # a tick 1 µs before 01:00 was labelled "00:59"
def test_ticks_are_readable_at_any_zoom(lo, span, px):
    """Labels never closer than the space one needs, and every label parses back to its instant."""
    from thermoviz.gui.app import ensure_app

    ensure_app()
    axis = TimeAxisItem()
    axis.set_mode("utc", FRAME)
    step, values, labels = ticks(axis, lo, lo + span, px)
    assert len(values) <= max(2, px // DATE_LABEL_PX + 1)
    # Neighbouring labels never touch at the 11 pt tick font.
    from PySide6.QtGui import QFontMetricsF

    from thermoviz.figure.style import TICK_PT, ui_font

    metrics = QFontMetricsF(ui_font(TICK_PT))
    px_per_h = px / span
    for (a, la), (b, lb) in zip(zip(values, labels), list(zip(values, labels))[1:]):
        room = (b - a) * px_per_h
        assert room >= (metrics.horizontalAdvance(la) + metrics.horizontalAdvance(lb)) / 2 + 2, (la, lb, room)
    for value, label in zip(values, labels):
        when = clock.utc_at_hours(START, value)
        day = datetime(when.year, when.month, when.day, tzinfo=clock.UTC)
        assert label.split()[:2] == [str(when.day), when.strftime("%b")] or label == when.strftime("%H:%M")
        assert (when - day) % timedelta(hours=min(step, 24)) < timedelta(seconds=1)


def test_exports_honour_the_time_axis_of_the_view(qapp):
    from thermoviz.api import load_scenario, simulate
    from thermoviz.export.figure import export_figure
    from thermoviz.figure.view import FigureView

    result = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    with export_figure(result, FigureView(time_axis="utc")) as figure:
        assert figure.time_axis.labelText == "Date and time (UTC)"
        assert figure.view_state().time_axis == "utc"
    no_date = dataclasses.replace(result.scenario, start_utc=None)
    with export_figure(simulate(no_date, crew_strain=False), FigureView(time_axis="utc")) as figure:
        assert figure.time_axis.labelText == "Hours since the puncture"
    with pytest.raises(ValueError, match="time axis"):
        FigureView(time_axis="calendar")


def test_pdf_text_shows_the_start_and_event_dates_when_the_start_is_known():
    from thermoviz.api import load_scenario, simulate
    from thermoviz.export.report_text import header_html

    result = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    text = header_html(result, "test", datetime(2026, 1, 1))
    assert "starts 2022-12-14 23:45 UTC" in text and "Date and time (UTC)" in text
    puncture = clock.utc_at_hours(START, result.events["puncture"])
    assert clock.format_time(puncture) in text  # 2022-12-15 00:45 UTC
    undated = simulate(dataclasses.replace(result.scenario, start_utc=None), crew_strain=False)
    undated_text = header_html(undated, "test", datetime(2026, 1, 1))
    assert "starts " not in undated_text and "Date and time (UTC)" not in undated_text


def test_cli_time_axis_choices_are_the_figure_modes():
    from thermoviz.cli import TIME_AXIS_CHOICES
    from thermoviz.figure.time_axis import MODES

    assert TIME_AXIS_CHOICES == tuple(MODES)


def test_cli_png_export_shows_dates_and_the_reported_timeline(tmp_path, qapp, monkeypatch):
    """``run PRESET --png --time-axis utc`` draws the same figure as the window: date axis, timeline."""
    from thermoviz.export import figure as export_figure_module
    from thermoviz.cli import main

    seen = []
    original = export_figure_module.build_figure

    def spy(result, view=None, **kwargs):
        seen.append(view)
        return original(result, view, **kwargs)

    monkeypatch.setattr(export_figure_module, "build_figure", spy)
    out = tmp_path / "fig.png"
    assert main(["run", "soyuz-ms22", "--png", str(out), "--time-axis", "utc"]) == 0
    assert out.stat().st_size > 10_000
    assert seen and seen[0].time_axis == "utc" and len(seen[0].timeline) > 5
