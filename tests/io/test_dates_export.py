"""run --json and CSV carry calendar time when the scenario knows its start (start_utc)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import numpy as np
import pytest

import thermoviz
from thermoviz.cli import main
from thermoviz.io.csv_io import read_csv, result_to_csv, write_csv
from thermoviz.io.json_io import result_summary
from thermoviz.io.scenario_source import load_scenario
from thermoviz.model import clock

UTC = timezone.utc


@pytest.fixture(scope="module")
def ms22_result():
    return thermoviz.simulate(load_scenario("soyuz-ms22"), crew_strain=False)


def test_json_has_start_and_each_event_in_utc(ms22_result):
    summary = result_summary(ms22_result)
    assert summary["start_utc"] == "2022-12-14T23:45Z"
    assert set(summary["events_utc"]) == set(summary["events"])
    assert summary["events_utc"]["puncture"] == "2022-12-15T00:45Z"  # NASA: detection 00:45 UTC
    start = clock.parse_utc(summary["start_utc"])
    assert summary["time_base"]["events"] == "hours since the puncture"
    for name, hours in summary["events_since_start"].items():
        text = summary["events_utc"][name]
        if hours is None:
            assert text is None
        else:
            assert abs(clock.hours_between(start, clock.parse_utc(text)) - hours) <= 0.5 / 3600


def test_json_without_a_start_has_nulls():
    result = thermoviz.simulate(load_scenario("soyuz-ms22").replace(start_utc=None), crew_strain=False)
    summary = result_summary(result)
    assert summary["start_utc"] is None and set(summary["events_utc"].values()) == {None}


def test_cli_run_json_carries_dates(capsys):
    assert main(["run", "progress-ms21", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["start_utc"] == "2023-02-11T08:40Z"
    assert out["events_utc"]["puncture"] == "2023-02-11T09:40Z"
    undock = clock.parse_utc(out["events_utc"]["undock"])  # reported: 02:26 UTC 18 Feb (preset: 161.8 h)
    assert abs(clock.hours_between(datetime(2023, 2, 18, 2, 26, tzinfo=UTC), undock)) < 3 / 60


def test_csv_has_a_utc_column_that_reads_back(ms22_result, tmp_path):
    path = write_csv(ms22_result, tmp_path / "ms22.csv")
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")][0]
    assert header.startswith("time_h [h],time_utc [UTC],")
    data = read_csv(path)
    utc = data.columns["time_utc"]
    assert utc.dtype == np.dtype("datetime64[s]") and len(utc) == len(data.time_h)
    assert utc[0] == np.datetime64("2022-12-14T23:45:00")
    hours = (utc - np.datetime64("2022-12-14T23:45:00")) / np.timedelta64(1, "h")
    np.testing.assert_allclose(hours, ms22_result.time_h, atol=0.5 / 3600)
    np.testing.assert_array_equal(data.time_h, ms22_result.time_h)  # the float columns are unchanged
    np.testing.assert_array_equal(data.columns["cabin_temp_c"], ms22_result.series["cabin_temp_c"])
    assert data.scenario == ms22_result.scenario


def test_csv_without_a_start_has_no_utc_column():
    result = thermoviz.simulate(load_scenario("soyuz-ms22").replace(start_utc=None), crew_strain=False)
    assert "time_utc" not in result_to_csv(result)


def test_text_summary_gives_event_dates(ms22_result):
    from thermoviz.io.summary_text import format_summary

    text = format_summary(ms22_result)
    assert "Events (hours since the puncture, then the run's own clock, then UTC; t = 0 at 2022-12-14 23:45 UTC):" \
        in text
    assert "+0.00 h  (1.00 h from start)  2022-12-15 00:45 UTC" in text
    plain = format_summary(thermoviz.simulate(load_scenario("soyuz-ms22").replace(start_utc=None), crew_strain=False))
    assert "Events (hours since the puncture, then the run's own clock):" in plain and " UTC" not in plain.split("Peaks")[0]
