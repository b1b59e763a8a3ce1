"""One time base (issue 17): every time a user reads or types counts from the puncture, or says otherwise."""

from __future__ import annotations

import json

import pytest

import thermoviz
from thermoviz.cli import main
from thermoviz.io.json_io import result_summary
from thermoviz.io.lesson_steps import render_text
from thermoviz.io.scenario_source import load_scenario
from thermoviz.io.summary_text import format_summary
from thermoviz.model.scenario import ScenarioError

PRESET = "soyuz-ms22-crewed-return"  # punctured 1 h after the start, undocks 48 h after the puncture


@pytest.fixture(scope="module")
def result():
    return thermoviz.simulate(load_scenario(PRESET))


def test_json_events_count_from_the_puncture_and_keep_the_run_clock(result):
    summary = result_summary(result)
    puncture = result.events["puncture"]
    assert summary["time_base"] == {"events": "hours since the puncture", "puncture_since_start_h": puncture}
    for name, t in result.events.items():
        assert summary["events_since_start"][name] == t
        assert summary["events"][name] == (None if t is None else pytest.approx(t - puncture))
    assert summary["events"]["puncture"] == 0.0 and summary["events"]["undock"] == pytest.approx(48.0)


def test_json_without_a_puncture_counts_from_the_start_and_says_so():
    summary = result_summary(thermoviz.simulate(load_scenario("soyuz-ms23-return"), crew_strain=False))
    assert summary["time_base"]["events"] == "hours since the start (no puncture)"
    assert summary["events"] == summary["events_since_start"]


def test_summary_text_names_its_time_base(result):
    text = format_summary(result)
    assert "Events (hours since the puncture, then the run's own clock" in text
    assert "Undock                       +48.00 h  (49.00 h from start)" in text
    assert "undock at 49 h from start (48 h after the puncture)" in text


def test_verdict_counts_from_the_puncture(result):
    assert "after the puncture" in result.verdict.text and "sealed in" not in result.verdict.text


def test_set_undock_after_the_puncture(capsys):
    assert main(["run", PRESET, "--set", "undock_after_puncture_h=3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scenario"]["undock_time_h"] == 4.0  # the scenario file keeps undock_time_h (from the start)
    assert data["events"]["undock"] == pytest.approx(3.0)


@pytest.mark.parametrize("sets, message", [
    (["undock_after_puncture_h=3", "puncture_time_h=none"], "needs a puncture"),
    (["undock_after_puncture_h=3", "undock_time_h=4"], "not both"),
    (["undock_after_puncture_h=-1"], "must be a number from 0 to 240"),
])
def test_set_undock_after_the_puncture_refuses_what_cannot_apply(capsys, sets, message):
    argv = ["run", PRESET]
    for s in sets:
        argv += ["--set", s]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("thermoviz: undock_after_puncture_h: ") and message in err


def test_load_scenario_applies_the_derived_key():
    scenario = load_scenario(PRESET, changes={"undock_after_puncture_h": 10.0})
    assert scenario.undock_time_h == scenario.puncture_time_h + 10.0
    with pytest.raises(ScenarioError) as err:
        load_scenario(PRESET, changes={"undock_after_puncture_h": 239.5})
    assert err.value.field == "undock_after_puncture_h"


def test_lesson_event_placeholders_count_from_the_puncture(result):
    assert render_text("{event:undock}", result, 0.0) == "48.0 h"


def test_figure_window_counts_from_the_puncture_and_is_refused_where_it_cannot_apply(capsys, tmp_path, monkeypatch):
    import thermoviz.export.api as export_api

    seen = {}
    real = export_api.export_figures

    def spy(result, **kw):
        seen["window"], seen["plots"] = kw["view"].x_range_h, kw["view"].plots
        return real(result, **kw)

    monkeypatch.setattr(export_api, "export_figures", spy)
    png = tmp_path / "w.png"
    assert main(["run", PRESET, "--png", str(png), "--from", "46", "--to", "56", "--plots", "cabin,crew",
                 "--quiet"]) == 0
    assert capsys.readouterr().out == ""  # --quiet: nothing on success
    assert seen["window"] == (47.0, 57.0) and seen["plots"] == ("cabin", "crew")  # run hours (puncture at 1 h)
    assert main(["run", PRESET, "--svg", str(tmp_path / "w.svg"), "--from", "46", "--time-axis", "start",
                 "--quiet"]) == 0
    assert seen["window"] == (46.0, 60.0)  # --time-axis start: typed hours count from the start
    for argv, flag in ((["--csv", str(tmp_path / "a.csv"), "--from", "3"], "--from"),
                       (["--csv", str(tmp_path / "a.csv"), "--plots", "cabin"], "--plots"),
                       (["--png", str(png), "--from", "-3"], "--from"),
                       (["--json", "--quiet"], "--quiet")):
        assert main(["run", PRESET, *argv]) == 2
        assert capsys.readouterr().err.startswith(f"thermoviz: {flag}: ")


def test_csv_counts_from_the_puncture_beside_the_run_clock(result, tmp_path):
    from thermoviz.io.csv_io import read_csv, write_csv

    data = read_csv(write_csv(result, tmp_path / "r.csv"))
    puncture = result.events["puncture"]
    assert (data.columns["time_since_puncture_h"] == data.time_h - puncture).all()
    assert data.meta["time_base"] == "hours since the puncture"
    assert data.meta["events_since_puncture"]["undock"] == pytest.approx(48.0)
    assert data.events["undock"] == result.events["undock"]  # the run's own clock, exactly
