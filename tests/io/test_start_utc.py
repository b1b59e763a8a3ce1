"""Scenario start time (``start_utc`` / ``[preset] t0_utc``): validated, canonical, round-tripped."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thermoviz.cli import parse_override
from thermoviz.io.presets import list_presets
from thermoviz.io.scenario_file import load_scenario, save_scenario, scenario_from_toml
from thermoviz.model import clock
from thermoviz.model.scenario import Scenario, ScenarioError

UTC = timezone.utc
BASE = """schema_version = 1
vehicle = "soyuz-ms"
loop = "external"
hole_diameter_mm = 0.8
discharge_coefficient = 0.11
puncture_time_h = 1.0
hatch_open = true
crew = 3
duration_h = 72.0
"""


def test_every_preset_carries_its_start_as_a_utc_datetime():
    for preset in list_presets():
        start = preset.scenario.start_datetime
        assert start is not None and start.tzinfo is UTC, preset.id
        assert preset.t0_utc == preset.scenario.start_utc == clock.format_utc_iso(start)
        assert load_scenario(preset.id).start_utc == preset.t0_utc


def test_ms22_puncture_is_the_reported_detection_time():
    scenario = load_scenario("soyuz-ms22")
    detection = clock.utc_at_hours(scenario.start_datetime, scenario.puncture_time_h)
    assert detection == datetime(2022, 12, 15, 0, 45, tzinfo=UTC)  # NASA: 19:45 EST 14 Dec


def test_start_is_normalised_to_canonical_utc_text():
    scenario = Scenario(start_utc="2022-12-15T02:45:00+03:00")
    assert scenario.start_utc == "2022-12-14T23:45Z"
    assert Scenario(start_utc="").start_utc is None
    assert Scenario().start_datetime is None


def test_scenario_file_round_trips_the_start(tmp_path):
    scenario = load_scenario("soyuz-ms22").replace(crew=2)
    path = save_scenario(scenario, tmp_path / "what-if.toml")
    assert 'start_utc = "2022-12-14T23:45Z"' in path.read_text(encoding="utf-8")
    assert load_scenario(path) == scenario
    plain = Scenario()
    assert load_scenario(save_scenario(plain, tmp_path / "plain.toml")) == plain
    body = [line for line in (tmp_path / "plain.toml").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert not any(line.startswith("start_utc") for line in body)


@pytest.mark.parametrize("extra, field, fragment", [
    ('start_utc = "2022-12-14 23:45 UTC"\n', "start_utc", "ISO-8601"),
    ('start_utc = "2022-12-14T23:45"\n', "start_utc", "add Z for UTC"),
    ('start_utc = 2022-12-14T23:45:00Z\n', "start_utc", "must be an ISO-8601"),
    ('[preset]\nt0_utc = "≈2023-09-27 03:15 UTC"\n', "preset.t0_utc", "ISO-8601"),
    ('[preset]\nt0_utc = "2022-13-01T00:00Z"\n', "preset.t0_utc", "not a real date"),
    ('start_utc = "2022-12-15T00:00Z"\n[preset]\nt0_utc = "2022-12-14T23:45Z"\n', "start_utc", "contradicts"),
])
def test_malformed_start_is_one_line_naming_file_and_field(extra, field, fragment):
    with pytest.raises(ScenarioError) as info:
        scenario_from_toml(BASE + extra, source="my.toml")
    message = str(info.value)
    assert message.startswith(f"my.toml: {field}: ") and fragment in message and "\n" not in message


def test_preset_t0_sets_the_start_and_an_equal_start_utc_is_allowed():
    scenario, meta = scenario_from_toml(BASE + 'start_utc = "2022-12-14T23:45:00Z"\n[preset]\n'
                                        't0_utc = "2022-12-14T23:45Z"\n', source="x.toml")
    assert scenario.start_utc == "2022-12-14T23:45Z" and meta["t0_utc"] == "2022-12-14T23:45Z"


def test_cli_set_start_utc_validates():
    name, value = parse_override("start_utc=2023-02-11T08:40Z")
    assert Scenario().replace(**{name: value}).start_utc == "2023-02-11T08:40Z"
    assert parse_override("start_utc=none") == ("start_utc", None)
    with pytest.raises(ScenarioError, match="^start_utc: must be an ISO-8601"):
        Scenario().replace(**dict([parse_override("start_utc=yesterday")]))


@settings(max_examples=60, deadline=None)
@given(st.datetimes(min_value=datetime(1957, 10, 4), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
       st.sampled_from(["UTC", "Europe/Moscow", "America/Chicago", "Asia/Kolkata", "Pacific/Chatham"]))
def test_a_start_written_in_any_zone_comes_back_as_the_same_utc(when, zone):
    scenario = Scenario(start_utc=clock.format_iso_in_zone(when, zone))
    assert scenario.start_datetime == when
    from_file, _meta = scenario_from_toml(BASE + f'start_utc = "{scenario.start_utc}"\n')
    assert from_file.start_utc == scenario.start_utc and from_file.start_datetime == when


def test_a_preset_without_t0_is_a_one_line_error(tmp_path, monkeypatch):
    from thermoviz.io import presets

    text = (BASE + '[preset]\nid = "dateless"\n[[preset.timeline]]\ndate = "2022-12-15"\nkind = "observation"\n'
            'event = "x"\nsource = "y"\n')
    (tmp_path / "dateless.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        presets._load_preset(tmp_path / "dateless.toml")
    message = str(info.value)
    assert message.endswith("dateless.toml: preset.t0_utc: missing; a preset needs the UTC time of t = 0, "
                            'e.g. t0_utc = "2022-12-14T23:45Z"') and "\n" not in message
