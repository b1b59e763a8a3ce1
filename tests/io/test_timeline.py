"""The reported timeline: real UTC dates, kinds, sources; mapped to hours and split at the run's span."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thermoviz.io.presets import get_preset, list_presets
from thermoviz.io.timeline import (
    TIMELINE_KINDS,
    describe_offset,
    parse_date,
    parse_timeline,
    place_timeline,
)
from thermoviz.model.scenario import ScenarioError

UTC = timezone.utc


def entry(date, kind="observation", event="x", source="y"):
    return {"date": date, "kind": kind, "event": event, "source": source}


def test_every_preset_entry_has_a_date_kind_and_sourced_text():
    for preset in list_presets():
        for item in preset.timeline:
            assert item.kind in TIMELINE_KINDS
            assert item.start.tzinfo is UTC and item.end >= item.start
            assert item.event and item.source
            assert "domain.md" not in item.source and "/work/" not in item.source
        starts = [item.start for item in preset.timeline]
        ends = [item.end for item in preset.timeline]
        assert all(e >= s for s, e in zip(starts, ends[1:])), f"{preset.id}: timeline not in date order"


def test_ms22_timeline_has_the_story_the_issue_asks_for():
    timeline = get_preset("soyuz-ms22").timeline
    by_date = {(item.date, item.kind) for item in timeline}
    for wanted in [("2022-12-15T00:45Z", "detection"), ("2022-12-15", "observation"),
                   ("2022-12-15T18:30Z", "observation"), ("2023-01-11", "briefing"), ("2023-01-12", "decision"),
                   ("2023-02-24", "launch"), ("2023-02-26", "docking"), ("2023-03-28T09:57Z", "undocking"),
                   ("2023-03-28T11:45Z", "landing")]:
        assert wanted in by_date, wanted
    decision = next(item for item in timeline if item.kind == "decision")
    assert "Rubio" in decision.event and "Crew Dragon" in decision.event and "Gizmodo" in decision.source and "Sources §1.1" in decision.source
    kinds = {p.id: {item.kind for item in p.timeline} for p in list_presets()}
    assert {"detection", "undocking", "deorbit", "finding"} <= kinds["progress-ms21"]
    assert {"detection", "spacewalk"} <= kinds["nauka-rtod"]


def test_date_precisions():
    assert parse_date("2022-12-15T00:45Z") == (datetime(2022, 12, 15, 0, 45, tzinfo=UTC), "minute",
                                               "2022-12-15T00:45Z")
    assert parse_date("2022-12-14T19:45-05:00")[2] == "2022-12-15T00:45Z"
    assert parse_date("2022-12-15")[:2] == (datetime(2022, 12, 15, tzinfo=UTC), "day")
    assert parse_date("2010-05")[:2] == (datetime(2010, 5, 1, tzinfo=UTC), "month")
    december = parse_timeline([entry("2022-12")])[0]
    assert december.end == datetime(2023, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("raw, field, fragment", [
    ([entry("2022-12-15 00:45 UTC")], "preset.timeline[0].date", "must be"),
    ([entry("15 Dec 2022")], "preset.timeline[0].date", "a day like 2022-12-15"),
    ([entry("2023-04/05")], "preset.timeline[0].date", "a month like 2010-05"),
    ([entry("2022-02-30")], "preset.timeline[0].date", "not a real date"),
    ([entry("2022-12-15T00:45")], "preset.timeline[0].date", "add Z for UTC"),
    ([entry("2022-12-15", kind="rumour")], "preset.timeline[0].kind", "must be one of launch, docking"),
    ([entry("2022-12-15", source=" ")], "preset.timeline[0].source", "non-empty text"),
    ([{"date": "2022-12-15", "event": "x", "source": "y"}], "preset.timeline[0]", "missing kind"),
    ([{**entry("2022-12-15"), "note": "x"}], "preset.timeline[0]", "unknown key note"),
    ([entry("2022-12-16"), entry("2022-12-15")], "preset.timeline[1].date", "date order"),
    ([], "preset.timeline", "needs its reported timeline"),
    ("2022-12-15", "preset.timeline", "needs its reported timeline"),
])
def test_bad_entries_are_one_line_naming_file_entry_and_field(raw, field, fragment):
    with pytest.raises(ScenarioError) as info:
        parse_timeline(raw, source="p.toml")
    message = str(info.value)
    assert message.startswith(f"p.toml: {field}: ") and fragment in message and "\n" not in message


def test_a_day_may_follow_a_moment_on_that_day():
    parsed = parse_timeline([entry("2022-12-15T00:45Z"), entry("2022-12-15"), entry("2022-12-15T18:30Z")])
    assert [p.precision for p in parsed] == ["minute", "day", "minute"]


def test_ms22_placement_inside_and_outside_the_72_h_run():
    preset = get_preset("soyuz-ms22")
    scenario = preset.scenario
    placed = place_timeline(preset.timeline, scenario.start_utc, scenario.duration_h)
    assert len(placed.inside) + len(placed.outside) == len(preset.timeline)  # nothing dropped
    detection = next(p for p in placed.inside if p.entry.kind == "detection")
    assert detection.start_h == pytest.approx(scenario.puncture_time_h) and detection.moment
    majority = next(p for p in placed.inside if p.entry.date == "2022-12-15T18:30Z")
    assert majority.start_h - detection.start_h == pytest.approx(17.75)  # NASA: ≈18 h after detection
    day16 = next(p for p in placed.inside if p.entry.date == "2022-12-16")
    assert (day16.start_h, day16.end_h) == (pytest.approx(24.25), pytest.approx(48.25)) and not day16.moment
    outside_dates = [p.entry.date for p in placed.outside]
    assert "2022-09-21" in outside_dates and "2023-01-11" in outside_dates
    launch = next(p for p in placed.outside if p.entry.date == "2022-09-21")
    assert describe_offset(launch, scenario.duration_h) == "84 days before the run starts"
    briefing = next(p for p in placed.outside if p.entry.date == "2023-01-11")
    assert describe_offset(briefing, scenario.duration_h) == "24 days after the run ends"
    assert [p.start_h for p in placed.all] == sorted(p.start_h for p in placed.all)


def test_placement_edges_and_a_datetime_start():
    timeline = parse_timeline([entry("2022-12-14"), entry("2022-12-15T00:00Z"), entry("2022-12-15T10:00Z"),
                               entry("2022-12-15T10:01Z")])
    start = datetime(2022, 12, 15, tzinfo=UTC)
    placed = place_timeline(timeline, start, 10.0)
    # the day before ends exactly at t = 0 (touching counts as inside); 10:01 is after the 10-h run
    assert [p.entry.date for p in placed.inside] == ["2022-12-14", "2022-12-15T00:00Z", "2022-12-15T10:00Z"]
    assert [p.entry.date for p in placed.outside] == ["2022-12-15T10:01Z"]
    assert describe_offset(placed.outside[0], 10.0) == "0 h after the run ends"


def test_labels_for_moments_days_and_months():
    moment, day, month = parse_timeline([entry("2010-05"), entry("2022-12-15"), entry("2022-12-15T00:45Z")])[::-1]
    assert moment.when_text() == "2022-12-15 00:45 UTC"
    assert moment.when_text("America/New_York") == "2022-12-14 19:45 America/New_York (UTC-05:00)"
    assert day.when_text("Europe/Moscow") == "2022-12-15" and month.when_text() == "2010-05"


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(1957, 10, 4), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
       st.floats(min_value=1.0, max_value=240.0))
def test_a_moment_placed_on_any_run_lands_on_its_hour(when, duration_h):
    from thermoviz.model import clock

    (item,) = parse_timeline([entry(clock.format_utc_iso(when))])
    assert item.start == when and item.precision == "minute"
    start = clock.utc_at_hours(when, -duration_h / 2)  # the moment sits mid-run
    placed = place_timeline([item], start, duration_h)
    assert len(placed.inside) == 1 and not placed.outside
    assert placed.inside[0].start_h == pytest.approx(duration_h / 2, abs=1e-6)
