"""The limits the README states (issue 21) are the ones the code applies."""

from __future__ import annotations

from pathlib import Path

from thermoviz.analysis import worker_process
from thermoviz.io import job_budget, vehicle_checks
from thermoviz.io.lessons import MAX_LESSON_BYTES
from thermoviz.io.scenario_file import MAX_FILE_BYTES
from thermoviz.io.vehicle_file import MAX_VEHICLE_FILE_BYTES

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8").split())


def test_the_readme_states_the_limits_the_code_applies():
    assert MAX_FILE_BYTES == MAX_LESSON_BYTES == 1_000_000
    assert "Scenario and lesson files: at most 1,000,000 bytes" in README
    assert f"vehicle files: {MAX_VEHICLE_FILE_BYTES:,} bytes" in README
    assert vehicle_checks.SEATS == (0, 12) and "0–12 seats" in README
    bounds = {suffix: hi for suffix, _lo, hi, _open in vehicle_checks.HARD_BOUNDS}
    assert bounds["_j_k"] == 1e9 and bounds["_w_k"] == 1e5 and bounds["_w"] == 1e6
    assert "heat capacities up to 1e9 J/K, conductances 1e5 W/K, powers 1 MW" in README
    assert job_budget.MEMORY_BUDGET_MB == 2048 and "over 2,048 MB of memory" in README
    assert job_budget.QUIET_S == 1.0 and "longer than a second prints its progress" in README
    assert worker_process.JOB_BUDGET_S == 300 and "job has 5 minutes" in README
