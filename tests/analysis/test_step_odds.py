"""The lesson's decision odds come from the model (issue 16 item 4): ``{odds:GRADE}`` of the two-crew
step equals the shares of ``thermoviz run … --uncertainty 200 --json`` and of the crew grades run
directly on the same 200 plausible vehicles; ``thermoviz lesson`` fills it; the window's job
answers it as plain data."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

from thermoviz.analysis import crew_grades
from thermoviz.analysis.jobs import JOBS, answer_problem, odds_job
from thermoviz.analysis.step_odds import odds_for, step_odds
from thermoviz.analysis.uncertainty import default_ranges, latin_hypercube, vehicle_with
from thermoviz.cli import main
from thermoviz.io.lesson_catalogue import get_lesson
from thermoviz.io.lesson_odds import ODDS_SAMPLES, ODDS_SEED, LessonOdds, odds_phrase
from thermoviz.io.vehicles import resolve


@pytest.fixture(scope="module")
def two_crew():
    return next(s for s in get_lesson("ms22-why").steps if s.overrides.get("crew") == 2)


@pytest.fixture(scope="module")
def cli_grades(two_crew):
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(["run", two_crew.preset, "--set", "crew=2", "--uncertainty", "200", "--json"]) == 0
    block = json.loads(out.getvalue())["uncertainty"]
    assert block["sample_count"] == ODDS_SAMPLES and block["seed"] == ODDS_SEED
    return block["grades"]


def test_step_odds_are_the_cli_uncertainty_shares(two_crew, cli_grades):
    odds = step_odds(two_crew.scenario)
    assert odds.samples == 200 and odds.vehicle_name == "Soyuz"
    assert {k: dict(v) for k, v in odds.grades.items()} == cli_grades
    assert sorted(odds.grades, key=int) == ["1", "2", "3"]


def test_step_odds_are_the_crew_grades_of_the_same_200_vehicles(two_crew):
    """Oracle: the 200 Latin-hypercube vehicles built here, graded in one batch by crew_grades."""
    scenario = two_crew.scenario
    vehicle, _, coolant = resolve(scenario)
    ranges, _fallback = default_ranges(scenario.vehicle)
    cd_name = f"loops.{scenario.loop}.calibrated_discharge_coefficient"
    samples = latin_hypercube(ranges, ODDS_SAMPLES, ODDS_SEED)
    values = [dict(zip(ranges, row)) for row in samples]
    vehicles = [vehicle_with(vehicle, v) for v in values]
    cds = [float(v[cd_name]) for v in values] if cd_name in ranges else None
    expected = crew_grades.grade_shares(scenario, vehicles, coolant, discharge_coefficients=cds)
    got = step_odds(scenario).grades
    for crew, shares in expected.items():
        for grade_id, share in shares.items():
            assert got[crew][grade_id] == pytest.approx(share, abs=1e-9), (crew, grade_id)
    # the shares are cumulative and fewer crew never do worse
    for crew in got:
        assert got[crew]["stop_work"] >= got[crew]["not_acceptable"] >= got[crew]["not_survivable"]
    assert got["3"]["not_acceptable"] >= got["2"]["not_acceptable"] >= got["1"]["not_acceptable"]


def test_cached_once_per_scenario_and_only_when_quoted(two_crew):
    step_odds(two_crew.scenario)
    start = time.perf_counter()
    assert step_odds(two_crew.scenario) is step_odds(two_crew.scenario)
    assert time.perf_counter() - start < 0.05
    assert odds_for(get_lesson("ms22-why").steps[0]) is None  # step 1 does not quote the odds


def test_cli_lesson_step_fills_the_reveal_with_the_shares(two_crew, cli_grades, capsys):
    expected = odds_phrase(LessonOdds(cli_grades, 200, "Soyuz"), "not_acceptable")
    pct = {c: f"{100 * cli_grades[c]['not_acceptable']:.0f}\u00a0%" for c in cli_grades}
    assert expected.startswith(f'3 crew reach "not acceptable" in {pct["3"]} of 200 plausible Soyuz, 2 crew in {pct["2"]}')
    assert main(["lesson", "ms22-why", "--step", str(two_crew.number), "--json"]) == 0
    reveal = json.loads(capsys.readouterr().out)["predict"]["reveal"]
    assert expected in reveal and "…" not in reveal and "{" not in reveal
    assert main(["lesson", "ms22-why", "--step", str(two_crew.number)]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert " ".join(expected.split()) in text


def test_the_window_job_answers_plain_checked_data(two_crew):
    assert JOBS["odds_job"] is odds_job
    answer = odds_job(two_crew.scenario, progress=lambda f: None, cancel=lambda: False, partial=None)
    assert answer_problem("odds_job", answer) is None
    assert LessonOdds.from_dict(answer[1]) == step_odds(two_crew.scenario)
    assert answer_problem("odds_job", (two_crew.scenario, {"grades": "x"})) is not None
    assert np.isfinite([s for v in answer[1]["grades"].values() for s in v.values()]).all()
