"""The decision's odds with both crew models: the README's grade table for PHS and JOS-3.

Run: ``.venv/bin/python scripts/odds_by_crew_model.py [N] [SEED]`` (default 200 vehicles, seed 0).

``thermoviz run soyuz-ms22-crewed-return --uncertainty 200 --json`` grades the plausible vehicles with
PHS only (the batched crew; JOS-3 steps one person at a time, ≈0.3 s a run).  This runs the same
vehicles (the same Latin hypercube over every estimate's ``range``, seed 0, the calibrated Cd
sampled as the band does) one by one with ``crew_model = "jos3"`` and with PHS, for 1, 2 and 3
crew, grades each run with the one outcome scale (core and wet-bulb peaks while the crew is aboard,
:func:`thermoviz.model.outcome.grades.crew_grade`) and prints, per crew count and model, the share
of vehicles at each grade or worse, and the share of (vehicle, model) pairs.  The README's
"The decision's odds" paragraph quotes it (about 4 minutes on 2 cores).
"""

from __future__ import annotations

import sys

import numpy as np

import thermoviz
from thermoviz.analysis.uncertainty import default_ranges, latin_hypercube, vehicle_with
from thermoviz.io.vehicles import resolve
from thermoviz.model.outcome.grades import BOUNDARY_GRADE_IDS, crew_grade, grade

PRESET = "soyuz-ms22-crewed-return"


def _rank(result) -> int:
    aboard = np.asarray(result.crew_aboard, bool)
    core = np.asarray(result.series["crew_core_temp_c"])[aboard]
    wet = np.asarray(result.series["wet_bulb_c"])[aboard]
    core_peak = float(np.nanmax(core)) if np.isfinite(core).any() else None
    wet_peak = float(np.nanmax(wet)) if np.isfinite(wet).any() else None
    return crew_grade(core_peak, wet_peak).rank


def grade_ranks(n: int = 200, seed: int = 0, models=("phs", "jos3"), progress: bool = False) -> dict:
    """(model, crew) -> grade ranks of the ``n`` sampled vehicles (single runs, one by one)."""
    scenario = thermoviz.load_scenario(PRESET)
    vehicle, _loop, _coolant = resolve(scenario)
    ranges, _fallback = default_ranges(scenario.vehicle)
    cd_name = f"loops.{scenario.loop}.calibrated_discharge_coefficient"
    names = list(ranges)
    samples = latin_hypercube(ranges, n, seed)
    ranks = {}  # (model, crew) -> ranks over the vehicles
    for k in range(n):
        values = dict(zip(names, samples[k]))
        v = vehicle_with(vehicle, values)
        cd = float(values.get(cd_name, scenario.discharge_coefficient))
        for model in models:
            for crew in range(1, int(vehicle.max_crew) + 1):
                r = thermoviz.simulate(scenario.replace(crew=crew, crew_model=model, discharge_coefficient=cd),
                                       vehicle=v)
                ranks.setdefault((model, crew), []).append(_rank(r))
        if progress and (k + 1) % 20 == 0:
            print(f"  {k + 1}/{n} vehicles", file=sys.stderr, flush=True)
    return ranks


def main(n: int = 200, seed: int = 0) -> None:
    ranks = grade_ranks(n, seed, progress=True)
    seats = max(crew for _model, crew in ranks)
    print(f"{n} plausible Soyuz vehicles (seed {seed}), {PRESET}: share at each grade or worse")
    print("crew  model  " + "  ".join(f"{g:>15}" for g in BOUNDARY_GRADE_IDS))
    for crew in range(seats, 0, -1):
        for model in ("phs", "jos3", "both"):
            r = (np.concatenate([ranks[("phs", crew)], ranks[("jos3", crew)]]) if model == "both"
                 else np.asarray(ranks[(model, crew)]))
            cells = "  ".join(f"{100 * np.mean(r >= grade(g).rank):14.1f}%" for g in BOUNDARY_GRADE_IDS)
            print(f"{crew:>4}  {model:>5}  {cells}")
    phs3, phs2 = np.asarray(ranks[("phs", 3)]), np.asarray(ranks[("phs", 2)])
    jos3, jos2 = np.asarray(ranks[("jos3", 3)]), np.asarray(ranks[("jos3", 2)])
    na = grade("not_acceptable").rank
    print(f"agencies' decision (3 crew not acceptable or worse, 2 better): PHS {100 * np.mean((phs3 >= na) & (phs2 < na)):.1f} %, "
          f"JOS-3 {100 * np.mean((jos3 >= na) & (jos2 < na)):.1f} %")
    print(f"the two models give the same grade: 3 crew {100 * np.mean(phs3 == jos3):.1f} %, "
          f"2 crew {100 * np.mean(phs2 == jos2):.1f} %")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
