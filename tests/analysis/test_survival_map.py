"""Survivability maps: the batch path against single simulate() runs, monotone boundaries, cancel."""

from __future__ import annotations

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.evaluate import MARGIN_TOLERANCE_H, PEAK_TOLERANCE_C, Cancelled
from thermoviz.analysis.fields import cell_scenario
from thermoviz.analysis.metrics import MARGIN_NOT_REACHED_H, metric_from_result
from thermoviz.analysis.survival_map import COARSE_N, survival_map
from thermoviz.model.scenario import ScenarioError

HOLE = ("hole_diameter_mm", 0.3, 3.0, 12)
UNDOCK = ("undock_after_puncture_h", 0.0, 30.0, 10)


@pytest.fixture(scope="module")
def crewed_return():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return")


@pytest.fixture(scope="module")
def margin_map(crewed_return):
    return survival_map(crewed_return, HOLE, UNDOCK, "crew_margin_h")


def _exact(m, i, j, metric):
    return metric_from_result(thermoviz.simulate(m.cell_scenario(i, j)), metric)


def test_map_shape_axes_and_units(margin_map):
    assert margin_map.values.shape == (10, 12)
    assert margin_map.x.log and not margin_map.y.log
    assert margin_map.x.values[0] == pytest.approx(0.3) and margin_map.x.values[-1] == pytest.approx(3.0)
    assert np.allclose(np.diff(np.log(margin_map.x.values)), np.log(10) / 11)
    assert margin_map.unit == "h" and margin_map.metric == "crew_margin_h"
    # both sides of the boundary are on this map
    assert (margin_map.values == MARGIN_NOT_REACHED_H).any() and (margin_map.values < 0).any()


def test_batch_margin_equals_single_runs_at_random_and_boundary_cells(margin_map):
    rng = np.random.default_rng(7)
    cells = {(int(rng.integers(12)), int(rng.integers(10))) for _ in range(6)}
    v = margin_map.values
    # the cells on either side of the boundary are where a disagreement would change the answer
    flips = np.argwhere((v[:, :-1] >= 0) & (v[:, 1:] < 0))
    for j, i in flips[:: max(1, len(flips) // 4)]:
        cells |= {(int(i), int(j)), (int(i) + 1, int(j))}
    for i, j in sorted(cells):
        exact = _exact(margin_map, i, j, "crew_margin_h")
        assert abs(exact - v[j, i]) <= MARGIN_TOLERANCE_H, (i, j, exact, v[j, i])


@pytest.mark.parametrize("metric, tol", [("crew_core_peak_c", PEAK_TOLERANCE_C), ("cabin_peak_c", PEAK_TOLERANCE_C),
                                         ("coolant_depleted_h", 1e-6), ("verdict", 0.0)])
def test_other_metrics_equal_single_runs(crewed_return, metric, tol):
    m = survival_map(crewed_return, ("hole_diameter_mm", 0.5, 2.0, 4), ("undock_after_puncture_h", 0.0, 20.0, 3),
                     metric=metric)
    for j in range(3):
        for i in range(4):
            exact = _exact(m, i, j, metric)
            assert exact == pytest.approx(m.values[j, i], abs=tol, nan_ok=True), (metric, i, j)


def test_exact_evaluator_is_the_loop_of_single_runs(crewed_return):
    m = survival_map(crewed_return, ("hole_diameter_mm", 0.5, 2.0, 3), ("crew", 1, 3, 3), "crew_margin_h",
                     evaluator="exact")
    assert m.evaluator == "exact"
    for j, crew in enumerate((1, 2, 3)):
        for i, hole in enumerate(m.x.values):
            result = thermoviz.simulate(crewed_return.replace(hole_diameter_mm=float(hole), crew=crew))
            assert m.values[j, i] == metric_from_result(result, "crew_margin_h")


def test_bigger_hole_and_later_undock_are_never_safer(margin_map):
    v = margin_map.values
    # along a row the hole grows; along a column the undock comes later
    assert (np.diff(v, axis=1) <= MARGIN_TOLERANCE_H).all()
    assert (np.diff(v, axis=0) <= MARGIN_TOLERANCE_H).all()
    safe = v >= 0
    for row in safe:  # the survivable cells of a row are the smallest holes
        assert not (row[1:] & ~row[:-1]).any()


def test_crew_contours_one_map_per_count_fewer_crew_stay_below_more(crewed_return):
    m = survival_map(crewed_return, HOLE, ("undock_after_puncture_h", 0.0, 30.0, 4), "margin_to_not_acceptable_k",
                     crew_counts=(1, 2, 3))
    assert sorted(m.crew_margins) == [1, 2, 3] and m.grade == "not_acceptable"
    assert np.array_equal(m.crew_margins[3], m.values)
    safe = {c: (m.crew_margins[c] > 0) for c in (1, 2, 3)}
    assert (safe[3] <= safe[2]).all() and (safe[2] <= safe[1]).all()
    assert safe[1].sum() > safe[3].sum()


def test_coarse_map_first_then_full_and_progress(crewed_return):
    seen, progress = [], []
    m = survival_map(crewed_return, ("hole_diameter_mm", 0.3, 3.0, 30), ("undock_after_puncture_h", 0, 30, 25),
                     on_coarse=seen.append, progress=progress.append)
    assert len(seen) == 1 and seen[0].coarse and seen[0].values.shape == (COARSE_N, COARSE_N)
    assert not m.coarse and m.values.shape == (25, 30)
    assert progress[-1] == 1.0 and all(b >= a for a, b in zip(progress, progress[1:]))


@pytest.mark.parametrize("evaluator", ["batch", "exact"])
def test_cancel_raises_and_returns_nothing(crewed_return, evaluator):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1  # let the first chunk start, then cancel

    got = []
    with pytest.raises(Cancelled):
        got.append(survival_map(crewed_return, HOLE, UNDOCK, evaluator=evaluator, cancel=cancel,
                                on_coarse=got.append))
    assert got == []


@pytest.mark.parametrize("x, y, field", [
    (("hole_diameter_mm", 0.0, 2.0, 5), UNDOCK, "hole_diameter_mm"),  # log axis from 0
    (("hole_diameter_mm", 0.5, 25.0, 5), UNDOCK, "hole_diameter_mm"),  # beyond 20 mm
    (("colour", 0.0, 1.0, 5), UNDOCK, "colour"),
    (HOLE, ("hole_diameter_mm", 1, 2, 3), "y"),
    (HOLE, ("undock_after_puncture_h", 0.0, 239.0, 3), "undock_after_puncture_h"),
    (HOLE, ("crew", 1, 1, 3), "crew"),
])
def test_bad_axes_name_the_field(crewed_return, x, y, field):
    with pytest.raises(ScenarioError) as err:
        survival_map(crewed_return, x, y)
    assert err.value.field == field


def test_bad_metric_and_crew_counts(crewed_return):
    with pytest.raises(ScenarioError, match="metric"):
        survival_map(crewed_return, HOLE, UNDOCK, metric="fun")
    with pytest.raises(ScenarioError, match="crew"):
        survival_map(crewed_return, HOLE, ("crew", 1, 3, 3), crew_counts=(1, 2))


def test_cell_scenarios_always_reach_landing(crewed_return):
    rng = np.random.default_rng(3)
    for _ in range(30):
        after = float(rng.uniform(0, 180))
        descent = float(rng.uniform(0.5, 48))
        cell = cell_scenario(crewed_return.replace(descent_duration_h=descent), {"undock_after_puncture_h": after})
        assert cell.undock_time_h == pytest.approx(crewed_return.puncture_time_h + after)
        assert cell.duration_h >= min(cell.undock_time_h + descent, 240.0)


def test_csv_and_dict(margin_map):
    lines = margin_map.to_csv_text().splitlines()
    assert lines[0] == "hole_diameter_mm [mm],undock_after_puncture_h [h],crew_margin_h [h]"
    assert len(lines) == 1 + 12 * 10
    d = margin_map.to_dict()
    assert np.allclose(np.array(d["values"], float), margin_map.values, atol=1e-6)


def test_return_duration_axis_groups_cells_and_matches_single_runs(crewed_return):
    m = survival_map(crewed_return, ("hole_diameter_mm", 0.3, 3.0, 3), ("descent_duration_h", 1.0, 8.0, 3),
                     "crew_margin_h")
    for j in range(3):
        for i in range(3):
            assert abs(_exact(m, i, j, "crew_margin_h") - m.values[j, i]) <= MARGIN_TOLERANCE_H


@pytest.mark.parametrize("metric", ["crew_core_peak_c", "verdict", "crew_margin_h", "margin_to_not_survivable_k"])
def test_station_module_crew_rides_the_whole_run(metric):
    nauka = thermoviz.load_scenario("nauka-rtod").replace(duration_h=12.0)
    m = survival_map(nauka, ("hole_diameter_mm", 0.3, 3.0, 3), ("crew", 1, 2, 2), metric=metric)
    for j in range(2):
        for i in range(3):
            assert _exact(m, i, j, metric) == pytest.approx(m.values[j, i], abs=PEAK_TOLERANCE_C, nan_ok=True)
    if metric == "crew_margin_h":  # no landing: no margin
        assert np.isnan(m.values).all()


@pytest.mark.parametrize("seed", [11, 12])
def test_random_axes_and_cells_agree_with_single_runs(crewed_return, seed):
    """Bounded random property: any two timing/leak axes, random cells, batch = single runs."""
    rng = np.random.default_rng(seed)
    pairs = [("discharge_coefficient", 0.05, 0.7), ("puncture_time_h", 0.0, 20.0), ("descent_duration_h", 2.0, 8.0),
             ("undock_after_puncture_h", 0.0, 30.0), ("hole_diameter_mm", 0.3, 3.0)]
    i, j = rng.choice(len(pairs), 2, replace=False)
    fx, fy = pairs[i], pairs[j]
    base = crewed_return.replace(crew=int(rng.integers(1, 4)))
    m = survival_map(base, (*fx, 6), (*fy, 5), "crew_margin_h")
    g = survival_map(base, (*fx, 6), (*fy, 5))  # the default: kelvin below not_acceptable
    assert g.metric == "margin_to_not_acceptable_k"
    for _ in range(5):
        a, b = int(rng.integers(6)), int(rng.integers(5))
        assert abs(_exact(m, a, b, "crew_margin_h") - m.values[b, a]) <= MARGIN_TOLERANCE_H, (fx[0], fy[0], a, b)
        assert _exact(g, a, b, g.metric) == pytest.approx(g.values[b, a], abs=PEAK_TOLERANCE_C, nan_ok=True)


def test_nearest_cell_for_hover_and_click(margin_map):
    i, j = 7, 4
    x, y = margin_map.x.values[i], margin_map.y.values[j]
    assert margin_map.nearest_cell(x * 1.01, y + 0.1) == (i, j)
    assert margin_map.nearest_cell(1e-6, -5.0) == (0, 0)
    assert margin_map.cell_scenario(i, j).hole_diameter_mm == pytest.approx(x)


def test_batch_equals_single_runs_at_random_cells_with_arbitrary_undock_hours(crewed_return):
    """Random holes, crews and hours to undock off any 10-min lattice: each cell's crew segments start
    at its own undock, so batch and single runs agree to rounding (well inside the stated tolerances)."""
    from thermoviz.analysis.evaluate import evaluate_batch, evaluate_exact

    rng = np.random.default_rng(11)
    cols = {"hole_diameter_mm": rng.uniform(0.3, 3.0, 6), "undock_after_puncture_h": rng.uniform(0.0, 40.0, 6),
            "crew": rng.integers(1, 4, 6).astype(float)}
    cells = [{k: float(v[i]) for k, v in cols.items()} for i in range(6)]
    for metric, tol in (("crew_margin_h", MARGIN_TOLERANCE_H), ("crew_core_peak_c", PEAK_TOLERANCE_C)):
        batch = evaluate_batch(crewed_return, cols, metric)
        exact = evaluate_exact(crewed_return, cells, metric)
        assert np.allclose(batch, exact, atol=1e-6, equal_nan=True), (metric, batch, exact)
        assert np.all(np.abs(batch - exact) <= tol)


@pytest.mark.parametrize("grade", ["stop_work", "not_acceptable", "not_survivable"])
def test_grade_boundary_agrees_with_the_verdicts_grade(crewed_return, grade):
    """The map's line of a grade is where the run's verdict.crew_grade reaches it (one answer)."""
    from thermoviz.model.outcome.grades import at_least

    m = survival_map(crewed_return, ("hole_diameter_mm", 0.3, 3.0, 4), ("descent_duration_h", 3.0, 12.0, 4),
                     f"margin_to_{grade}_k", crew_counts=(1, 2))
    for crew, margins in m.crew_margins.items():
        for j in range(4):
            for i in range(4):
                reached = thermoviz.simulate(m.cell_scenario(i, j).replace(crew=crew)).verdict.crew_grade
                assert (margins[j, i] > 0) == (not at_least(reached, grade)), (crew, i, j, margins[j, i], reached)
