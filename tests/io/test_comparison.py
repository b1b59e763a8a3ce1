"""A pinned reference (--compare) in the data outputs, with a difference table (issue 17)."""

from __future__ import annotations

import json

import pytest

import thermoviz
from thermoviz.cli import main
from thermoviz.io.csv_io import read_csv

RUN, REF = "soyuz-ms22-crewed-return", "soyuz-ms23-return"


@pytest.fixture(scope="module")
def runs():
    return thermoviz.simulate(thermoviz.load_scenario(RUN)), thermoviz.simulate(thermoviz.load_scenario(REF))


def test_compare_with_json_alone_gives_the_reference_and_the_differences(capsys, runs):
    result, ref = runs
    assert main(["run", RUN, "--compare", REF, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reference"]["scenario"]["title"] == ref.scenario.title
    assert data["reference"]["verdict"]["crew_grade"] == ref.verdict.crew_grade
    diff = data["difference"]
    assert diff["peaks"]["cabin_temp_c"] == pytest.approx(result.peaks["cabin_temp_c"] - ref.peaks["cabin_temp_c"])
    # event times since each run's own puncture (MS-23 has none: since its start)
    undock = (result.events["undock"] - result.events["puncture"]) - ref.events["undock"]
    assert diff["events"]["undock"] == pytest.approx(undock)
    assert diff["events"]["puncture"] is None  # the reference is never punctured
    assert "this run minus the reference" in diff["method"]


@pytest.mark.parametrize("fmt", ["script", "spreadsheet"])
def test_compare_with_csv_alone_keeps_the_reference_in_the_metadata(tmp_path, runs, fmt):
    result, ref = runs
    path = tmp_path / "c.csv"
    assert main(["run", RUN, "--compare", REF, "--csv", str(path), "--csv-format", fmt, "--quiet"]) == 0
    meta = read_csv(path).meta
    assert meta["reference"]["title"] == ref.scenario.title
    assert meta["difference"]["peaks"]["crew_core_temp_c"] == pytest.approx(
        result.peaks["crew_core_temp_c"] - ref.peaks["crew_core_temp_c"])
    assert "puncture" not in meta["difference"]["events"]  # missing on one side: left out (TOML has no null)


def test_compare_alone_is_refused(capsys):
    assert main(["run", RUN, "--compare", REF]) == 2
    assert capsys.readouterr().err.startswith("thermoviz: --compare: adds a reference to the outputs")
