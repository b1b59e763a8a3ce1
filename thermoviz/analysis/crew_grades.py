"""The decision with its odds: how many plausible vehicles bring each crew count to each grade.

For one scenario and the vehicles of an uncertainty sample, :func:`grade_shares` runs the
scenario with 1, 2, … up to the vehicle's seats (the same coupled crew-cabin physics as
the band: :func:`thermoviz.model.engine.vehicle_batch.simulate_vehicles`), grades every run with
the one outcome scale (:func:`thermoviz.model.outcome.grades.crew_grade`, peaks of crew core and
cabin wet-bulb temperature taken over the crew-aboard period only) and reports, per crew
count, the share of runs that reach each grade or worse::

    {"3": {"stop_work": 1.0, "not_acceptable": 0.81, "not_survivable": 0.4}, "2": {...}, "1": {...}}

The shares are cumulative ("at least this bad"), so within one crew count they never rise
from ``stop_work`` to ``not_survivable``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..model.engine.simulate import BatchResult
from ..model.engine.vehicle_batch import simulate_vehicles
from ..model.language import number, translate
from ..model.outcome.grades import BOUNDARY_GRADE_IDS, crew_grade, grade


def grade_ranks(batch: BatchResult) -> np.ndarray:
    """The grade rank (0 = within limits … 3 = not survivable) of every column of ``batch``.

    Core and wet-bulb peaks are taken where the crew is aboard; a column without a crew
    aboard is within limits.
    """
    aboard = np.asarray(batch.crew_aboard, bool)
    core = np.where(aboard, batch.series["crew_core_temp_c"], np.nan)
    wet = np.where(aboard, batch.series["wet_bulb_c"], np.nan)
    ranks = np.zeros(aboard.shape[1], dtype=int)
    for j in range(aboard.shape[1]):
        if not aboard[:, j].any():
            continue
        c, w = core[:, j], wet[:, j]
        core_peak = float(np.nanmax(c)) if np.isfinite(c).any() else None
        wet_peak = float(np.nanmax(w)) if np.isfinite(w).any() else None
        ranks[j] = crew_grade(core_peak, wet_peak).rank
    return ranks


def shares(ranks: np.ndarray) -> dict[str, float]:
    """Share of runs at each boundary grade or worse."""
    ranks = np.asarray(ranks)
    return {g: round(float(np.mean(ranks >= grade(g).rank)), 4) if ranks.size else 0.0
            for g in BOUNDARY_GRADE_IDS}


def crew_counts(scenario, vehicle) -> tuple[int, ...]:
    """1 … seats for a vehicle whose crew is at risk aboard; () for an uncrewed ship."""
    return tuple(range(1, int(vehicle.max_crew) + 1))


def crew_batches(scenario, vehicles: Sequence, coolant, counts, *, discharge_coefficients=None,
                 crew_params=None) -> dict[int, BatchResult]:
    """``{crew count: batch over vehicles}`` for ``counts`` (> 0), all counts advanced as ONE batch.

    Every column equals its single run (:func:`simulate_vehicles`), so this gives the same numbers
    as one batch per count, in fewer and wider array steps (issue 16: the band with grades ≤ 1 s).
    """
    counts = sorted({int(c) for c in counts})
    if not counts:
        return {}
    m = len(vehicles)
    cds = None if discharge_coefficients is None else list(discharge_coefficients) * len(counts)
    batch = simulate_vehicles(scenario, list(vehicles) * len(counts), coolant, discharge_coefficients=cds,
                              crew_params=crew_params, crews=[c for c in counts for _ in range(m)])
    return {c: batch.take(slice(i * m, (i + 1) * m)) for i, c in enumerate(counts)}


def grade_shares(scenario, vehicles: Sequence, coolant, *, discharge_coefficients=None, crew_params=None,
                 known: Mapping[int, BatchResult] | None = None) -> dict[str, dict[str, float]]:
    """``{"3": {grade id: share}, "2": …, "1": …}`` over ``vehicles`` (see the module doc).

    ``known``: batches already computed for some crew counts (e.g. the scenario's own), reused;
    the missing counts run together as one batch (:func:`crew_batches`).
    """
    wanted = sorted(crew_counts(scenario, vehicles[0]), reverse=True)
    batches = dict(known or {})
    batches.update(crew_batches(scenario, vehicles, coolant, [n for n in wanted if n not in batches],
                                discharge_coefficients=discharge_coefficients, crew_params=crew_params))
    return {str(n): shares(grade_ranks(batches[n])) for n in wanted}


def merge(parts: Sequence[tuple[dict[str, dict[str, float]], int]]) -> dict[str, dict[str, float]]:
    """Shares of several chunks of ``(shares, sample count)`` combined, weighted by their counts."""
    total: dict[str, dict[str, float]] = {}
    count = sum(n for _s, n in parts)
    for part, n in parts:
        for crew, by_grade in part.items():
            slot = total.setdefault(crew, dict.fromkeys(BOUNDARY_GRADE_IDS, 0.0))
            for g, v in by_grade.items():
                slot[g] += v * n / count
    return {crew: {g: round(v, 4) for g, v in by_grade.items()} for crew, by_grade in total.items()}


def sentence(grades: Mapping[str, Mapping[str, float]], n: int, asked: str = "not_acceptable",
             vehicle_name: str = "vehicles") -> str:
    """e.g. "3 crew reach not acceptable (core 39 °C) in 81 % of 200 plausible Soyuz, 2 crew in 35 %, 1 crew in 4 %"."""
    if not grades:
        return ""
    g = grade(asked)
    counts = sorted(grades, key=int, reverse=True)
    first = translate("Uncertainty", "{crew} crew reach \"{grade}\" (core {core} °C or worse) in {pct} % of {n} "
                                     "plausible {vehicle}")
    parts = [first.format(crew=counts[0], grade=translate("Grades", g.title).lower(), core=number(f"{g.core_c:g}"),
                          pct=f"{100 * grades[counts[0]][asked]:.0f}", n=n, vehicle=vehicle_name)]
    parts += [translate("Uncertainty", "{crew} crew in {pct} %").format(crew=c, pct=f"{100 * grades[c][asked]:.0f}")
              for c in counts[1:]]
    return ", ".join(parts)
