"""scripts/odds_by_crew_model.py (quoted in README "The decision's odds"): its single PHS runs grade
the same vehicles as the batched ``run --uncertainty`` (every column of the batch equals a single
run), and it prints a row per crew count and model."""

from __future__ import annotations

import runpy
from pathlib import Path

import numpy as np

import thermoviz
from thermoviz.analysis.uncertainty import uncertainty_band
from thermoviz.model.outcome.grades import BOUNDARY_GRADE_IDS, grade

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "odds_by_crew_model.py"


def test_single_phs_runs_grade_as_the_batched_band():
    ranks = runpy.run_path(str(SCRIPT))["grade_ranks"](12, 0, models=("phs",))
    band = uncertainty_band(thermoviz.load_scenario("soyuz-ms22-crewed-return"), 12)
    for crew in (1, 2, 3):
        r = np.asarray(ranks[("phs", crew)])
        assert [round(float(np.mean(r >= grade(g).rank)), 4) for g in BOUNDARY_GRADE_IDS] == \
            [band.grades[str(crew)][g] for g in BOUNDARY_GRADE_IDS], crew


def test_script_prints_both_models_and_their_agreement(capsys):
    runpy.run_path(str(SCRIPT))["main"](10, 0)
    out = capsys.readouterr().out
    assert out.startswith("10 plausible Soyuz vehicles (seed 0)")
    for crew in (1, 2, 3):
        for model in ("phs", "jos3", "both"):
            assert f"{crew:>4}  {model:>5}  " in out
    assert "the two models give the same grade: 3 crew " in out
