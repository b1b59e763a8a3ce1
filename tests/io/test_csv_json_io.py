"""CSV and JSON output: exact round-trip, units in the header, strict JSON, atomic writes.

These tests build a Result by hand (the Result contract), so they do not depend on
the physics; the CLI tests run the same writers on real simulations.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from thermoviz.io import atomic
from thermoviz.io.atomic import FileWriteError
from thermoviz.io.csv_io import read_csv, result_to_csv, write_csv
from thermoviz.io.json_io import result_summary, summary_json
from thermoviz.model.outcome.result import EVENTS, SERIES, Result, Verdict
from thermoviz.model.scenario import Scenario


def make_result(n: int = 200) -> Result:
    rng = np.random.default_rng(7)
    time_h = np.linspace(0.0, 50.0, n)
    series = {name: rng.normal(20.0, 5.0, n) * (1 + 1e-13 * i) for i, name in enumerate(SERIES)}
    series["crew_core_temp_c"][: n // 2] = np.nan  # nobody aboard in the first half
    series["loop_pressure_kpa"][3] = 1.0 / 3.0  # needs all 17 digits
    series["heat_load_w"][:] = np.nan  # an all-NaN series
    crew = np.zeros(n, dtype=bool)
    crew[n // 2 :] = True
    scenario = Scenario(
        title='Союз МС-22 — "what if", 0.8 mm',
        description="line one\nline two °C",
        undock_time_h=25.0,
        descent_duration_h=3.5,
        duration_h=50.0,
    )
    events = {name: None for name in EVENTS}
    events.update(puncture=1.0, undock=25.0, landing=28.5, coolant_half_lost=0.1 + 0.2)
    return Result(
        scenario=scenario,
        time_h=time_h,
        series=series,
        events=events,
        verdict=Verdict("Crew at risk: core 38 °C reached", "danger"),
        crew_aboard=crew,
        notes=("PHS extrapolated above 4.5 kPa", "Cd is an effective, calibrated value"),
        crew_strain_computed=True,
    )


def test_csv_round_trips_every_series_bit_for_bit(tmp_path):
    result = make_result()
    path = write_csv(result, tmp_path / "out.csv")
    data = read_csv(path)
    assert np.array_equal(data.time_h, result.time_h)
    for name in SERIES:
        assert np.array_equal(data.columns[name], result.series[name], equal_nan=True), name
    assert data.columns["loop_pressure_kpa"][3] == 1.0 / 3.0
    assert np.array_equal(data.columns["crew_aboard"].astype(bool), result.crew_aboard)
    assert data.scenario == result.scenario
    assert data.events == {k: v for k, v in result.events.items() if v is not None}
    assert data.meta["verdict"] == result.verdict.text
    assert data.meta["verdict_severity"] == "danger"
    assert data.meta["notes"] == list(result.notes)


def test_csv_header_has_units_and_scenario_comments():
    text = result_to_csv(make_result())
    lines = text.splitlines()
    header = next(line for line in lines if not line.startswith("#"))
    # the run's clock, then the one time base (hours since the puncture), then the series
    assert header.startswith("time_h [h],time_since_puncture_h [h],loop_pressure_kpa [kPa],coolant_remaining_pct [%],")
    for name, (unit, _label) in SERIES.items():
        assert f"{name} [{unit}]" in header
    assert header.endswith("crew_aboard [0/1],crew_core_extrapolated [0/1]")
    comments = [line for line in lines if line.startswith("#")]
    assert '# thermoviz_version = "0.1.0"' in comments
    assert "# hole_diameter_mm = 0.8" in comments
    assert "# undock_time_h = 25.0" in comments
    assert all(line.startswith("# ") or line == "#" for line in comments)


def test_csv_writes_nan_as_empty_cells():
    text = result_to_csv(make_result(4))
    rows = [line.split(",") for line in text.splitlines() if not line.startswith("#")][1:]
    names = list(SERIES)
    core = 2 + names.index("crew_core_temp_c")  # after time_h and time_since_puncture_h
    load = 2 + names.index("heat_load_w")
    assert rows[0][core] == "" and rows[-1][core] != ""
    assert all(row[load] == "" for row in rows)
    assert not any(cell.lower() == "nan" for row in rows for cell in row)


def test_csv_unwritable_path_leaves_nothing(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a directory")
    with pytest.raises(FileWriteError) as err:
        write_csv(make_result(), blocker / "out.csv")
    assert "\n" not in str(err.value) and str(blocker) in str(err.value)
    with pytest.raises(FileWriteError, match="does not exist"):
        write_csv(make_result(), tmp_path / "missing-dir" / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_csv_failed_rename_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("old content")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(FileWriteError, match="disk full"):
        write_csv(make_result(), path)
    assert path.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temp file left behind


def test_json_summary_is_strict_and_complete():
    result = make_result()
    obj = json.loads(summary_json(result))
    assert set(obj) >= {"scenario", "events", "peaks", "verdict", "version", "notes", "units"}
    assert obj["version"] == "0.1.0"
    assert obj["verdict"] == {"text": result.verdict.text, "severity": "danger", "crew_grade": None}
    assert obj["scenario"] == result.scenario.to_dict()
    assert obj["scenario"]["puncture_time_h"] == 1.0 and obj["scenario"]["coolant"] is None
    assert obj["events"]["undock"] == 24.0 and obj["events"]["crew_limit"] is None  # since the puncture at 1 h
    assert obj["events_since_start"]["undock"] == 25.0
    assert obj["time_base"] == {"events": "hours since the puncture", "puncture_since_start_h": 1.0}
    assert set(obj["events"]) == set(EVENTS)
    for name, peak in result.peaks.items():
        if peak is None:
            assert obj["peaks"][name] is None
        else:
            assert obj["peaks"][name] == peak
            assert peak == np.nanmax(result.series[name])
    assert obj["peaks"]["heat_load_w"] is None  # all-NaN series: null, not NaN
    assert obj["units"]["cabin_temp_c"] == "°C"
    # strict JSON: no NaN/Infinity tokens anywhere
    json.loads(summary_json(result), parse_constant=lambda token: pytest.fail(f"non-strict JSON {token}"))


def test_json_summary_matches_result_summary_dict():
    result = make_result()
    summary = result_summary(result)
    assert json.loads(summary_json(result)) == json.loads(json.dumps(summary))
    assert all(v is None or math.isfinite(v) for v in summary["peaks"].values())
