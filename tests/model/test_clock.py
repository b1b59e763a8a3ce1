"""Scenario clock: strict UTC text, hours <-> datetimes, display in a named zone (round trips)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thermoviz.model import clock

UTC = timezone.utc
ZONES = ["UTC", "Europe/Moscow", "America/Chicago", "Asia/Kolkata", "Australia/Adelaide", "Pacific/Chatham",
         "America/St_Johns", "Asia/Kathmandu"]

# bounded: the historic era of thermoviz's presets, to the microsecond
instants = st.datetimes(min_value=datetime(1957, 10, 4), max_value=datetime(2100, 1, 1),
                        timezones=st.just(UTC))


def test_strict_iso_forms_parse_to_aware_utc():
    expected = datetime(2022, 12, 14, 23, 45, tzinfo=UTC)
    for text in ("2022-12-14T23:45Z", "2022-12-14T23:45:00Z", "2022-12-14T23:45:00+00:00",
                 "2022-12-15T02:45+03:00", "2022-12-14T18:45:00.000-05:00", " 2022-12-14T23:45Z "):
        when = clock.parse_utc(text)
        assert when == expected and when.tzinfo is UTC, text
    assert clock.format_utc_iso(expected) == "2022-12-14T23:45Z"
    assert clock.format_utc_iso(expected.replace(second=7)) == "2022-12-14T23:45:07Z"
    assert clock.format_utc_iso(expected.replace(microsecond=500000)) == "2022-12-14T23:45:00.5Z"


@pytest.mark.parametrize("bad, hint", [
    ("2022-12-14 23:45 UTC", "ISO-8601"),
    ("2022-12-14T23:45", "add Z for UTC"),
    ("2022-12-14 23:45", "add Z for UTC"),
    ("2022-12-14", "ISO-8601"),
    ("≈2023-09-27T03:15Z", "ISO-8601"),
    ("2022-02-30T00:00Z", "not a real date"),
    ("2022-12-14T25:00Z", "not a real date"),
    ("1850-01-01T00:00Z", "year must be from 1900"),
    ("", "ISO-8601"),
])
def test_malformed_start_times_are_one_line_errors(bad, hint):
    with pytest.raises(ValueError) as info:
        clock.parse_utc(bad)
    message = str(info.value)
    assert hint in message and "\n" not in message


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="without a time zone"):
        clock.hours_between(datetime(2022, 12, 14), datetime(2022, 12, 15, tzinfo=UTC))


def test_hours_and_formatting_against_the_ms22_record():
    t0 = clock.parse_utc("2022-12-14T23:45Z")
    detection = clock.utc_at_hours(t0, 1.0)
    assert clock.format_time(detection) == "2022-12-15 00:45 UTC"
    # NASA: leak at 19:45 EST on 14 Dec; Moscow is UTC+3 all year since 2014
    assert clock.format_time(detection, "America/New_York") == "2022-12-14 19:45 America/New_York (UTC-05:00)"
    assert clock.format_time(detection, "Europe/Moscow") == "2022-12-15 03:45 Europe/Moscow (UTC+03:00)"
    majority = clock.parse_utc("2022-12-15T13:30-05:00")  # "majority leaked by 13:30 EST"
    assert clock.hours_between(detection, majority) == pytest.approx(17.75)
    assert clock.hours_since_puncture(18.75, 1.0) == pytest.approx(17.75)
    assert clock.hours_since_puncture(0.0, 1.0) == -1.0
    assert clock.hours_since_puncture(5.0, None) is None


def test_unknown_zone_is_a_one_line_error():
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        clock.format_time(datetime(2023, 1, 1, tzinfo=UTC), "Mars/Olympus")


@settings(max_examples=150, deadline=None)
@given(instants)
def test_utc_text_round_trips_exactly(when):
    assert clock.parse_utc(clock.format_utc_iso(when)) == when


@settings(max_examples=150, deadline=None)
@given(instants, st.sampled_from(ZONES))
def test_local_zone_text_gives_back_the_same_utc(when, zone):
    text = clock.format_iso_in_zone(when, zone)
    back = clock.parse_utc(text)
    assert back == when and back.tzinfo is UTC
    # the readable label names the zone; its wall time minus its stated offset is the same UTC minute
    label = clock.format_time(when, zone)
    if zone == "UTC":
        wall, offset = label.removesuffix(" UTC"), "+00:00"
    else:
        wall, rest = label.split(f" {zone} (UTC")
        offset = rest.rstrip(")")
    assert clock.parse_utc(wall.replace(" ", "T") + offset) == when.replace(second=0, microsecond=0)


@settings(max_examples=150, deadline=None)
@given(instants, st.floats(min_value=-5000.0, max_value=5000.0, allow_nan=False))
def test_hours_round_trip_to_the_microsecond(start, hours):
    when = clock.utc_at_hours(start, hours)
    assert abs(clock.hours_between(start, when) - hours) * 3.6e9 <= 1.0  # within 1 µs
    assert clock.utc_at_hours(start, clock.hours_between(start, when)) == when
