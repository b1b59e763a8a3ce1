"""The one seam behind every map: metric values of many cells, exact or batched.

Two evaluators compute the same numbers:

* :func:`evaluate_exact` — a loop of single :func:`thermoviz.simulate` calls on
  :func:`~thermoviz.analysis.fields.cell_scenario`: the definition, and the oracle
  of the tests.  About 50 ms a cell with the coupled crew model.
* :func:`evaluate_batch` — the same cells at once through
  :func:`thermoviz.model.engine.simulate.simulate_batch` with ``time_h="scenario"``: each
  cell integrated on its own single-scenario grid (its own puncture, undock and
  landing; 10-min crew segments from its own undock), with the same coupled
  crew-cabin step code (:func:`thermoviz.model.cabin.nodes.advance`,
  :func:`thermoviz.model.crew.body.step`) on arrays of cells.  There is no second physics.

Agreement (held in tests at random and boundary cells): the two paths run the same
equations on the same grids, so they agree to floating-point rounding; the stated
contract is crew margin within :data:`MARGIN_TOLERANCE_H` (0.05 h) and peaks within
:data:`PEAK_TOLERANCE_C` (0.1 °C).  For the crew margin the batch stops a cell's
body model once its crew has reached the limit (the crossing time is all the margin
needs), which changes nothing in the margin.

Cancel and progress: ``cancel()`` is polled between chunks of cells; when it
returns True :class:`Cancelled` is raised and nothing is returned.
``progress(fraction)`` is called with 0..1 as chunks finish.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from ..api import simulate
from ..io.vehicles import resolve
from ..model.engine.coupled import final_verdict
from ..model.engine.simulate import simulate_batch
from ..model.outcome.result import SEVERITIES
from ..model.params import VehicleParams
from ..model.scenario import Scenario
from .fields import RUN_AFTER_LANDING_H, UNDOCK_AFTER_PUNCTURE, cell_scenario
from .metrics import (GRADE_METRICS, MARGIN_NOT_REACHED_H, crew_margin_h, get_metric, grade_margin_k,
                      metric_from_result)


#: Agreement of the batch path with single runs (tests hold it).
MARGIN_TOLERANCE_H = 0.05
PEAK_TOLERANCE_C = 0.1
#: Cells per simulate_batch call (memory ~ cells x grid points x series; cancel is polled between calls).
CHUNK_CELLS = 2500

Progress = Callable[[float], None] | None
Cancel = Callable[[], bool] | None


class Cancelled(Exception):
    """The computation was cancelled; no partial result exists."""


def _check(cancel: Cancel) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def evaluate_exact(base: Scenario, cells: Sequence[dict], metric: str, *, vehicle: VehicleParams | None = None,
                   progress: Progress = None, cancel: Cancel = None) -> np.ndarray:
    """Metric of every cell (a dict field -> value) by single :func:`thermoviz.simulate` runs."""
    needs_crew = get_metric(metric).needs_crew
    out = np.empty(len(cells))
    for i, values in enumerate(cells):
        _check(cancel)
        result = simulate(cell_scenario(base, values), crew_strain=needs_crew, vehicle=vehicle)
        out[i] = metric_from_result(result, metric)
        if progress is not None:
            progress((i + 1) / len(cells))
    return out


def _cell_arrays(base: Scenario, vehicle: VehicleParams, columns: dict[str, np.ndarray], n: int) -> dict:
    """Per-cell inputs (N,) as in :func:`cell_scenario` (puncture/undock NaN = none)."""
    def col(name, default):
        return np.asarray(columns[name], float) if name in columns else np.full(n, np.nan if default is None
                                                                                   else float(default))
    arr = {name: col(name, getattr(base, name)) for name in (
        "hole_diameter_mm", "discharge_coefficient", "puncture_time_h", "undock_time_h", "crew", "duration_h")}
    descent = base.descent_duration_h if base.descent_duration_h is not None else vehicle.descent_duration_h
    arr["descent_duration_h"] = col("descent_duration_h", descent)
    if UNDOCK_AFTER_PUNCTURE in columns:
        arr["undock_time_h"] = arr["puncture_time_h"] + np.asarray(columns[UNDOCK_AFTER_PUNCTURE], float)
    if vehicle.kind == "station_module":
        arr["undock_time_h"] = np.full(n, np.nan)
    arr["crew"] = np.round(arr["crew"])
    landing = arr["undock_time_h"] + arr["descent_duration_h"]
    longer = np.isfinite(landing) & (landing > arr["duration_h"])
    arr["duration_h"] = np.where(longer, np.minimum(landing + RUN_AFTER_LANDING_H, 240.0), arr["duration_h"])
    arr["landing_h"] = landing
    return arr


def evaluate_batch(base: Scenario, columns: dict[str, np.ndarray], metric: str, *,
                   vehicle: VehicleParams | None = None, progress: Progress = None,
                   cancel: Cancel = None) -> np.ndarray:
    """Metric of N cells at once; ``columns`` maps field -> values (N,) (as :func:`evaluate_exact`'s cells).

    One :func:`thermoviz.model.engine.simulate.simulate_batch` call per chunk of cells with
    ``time_h="scenario"``: every cell on its own single-scenario grid, crew and cabin
    coupled by the same step code as :func:`thermoviz.simulate`.  Cells are sorted by
    undock time first, so a chunk's cells have docked phases of similar length.
    """
    needs_crew = get_metric(metric).needs_crew
    catalogue_vehicle, loop, coolant = resolve(base)
    vehicle = vehicle or catalogue_vehicle
    loop = vehicle.loop(base.loop)
    n = len(next(iter(columns.values()))) if columns else 1
    arr = _cell_arrays(base, vehicle, columns, n)
    out = np.full(n, np.nan)
    order = np.lexsort((arr["descent_duration_h"], np.nan_to_num(arr["undock_time_h"], nan=np.inf)))
    done = 0
    for start in range(0, n, CHUNK_CELLS):
        _check(cancel)
        idx = order[start:start + CHUNK_CELLS]
        batch = simulate_batch(
            vehicle, loop, coolant, hole_diameter_mm=arr["hole_diameter_mm"][idx],
            discharge_coefficient=arr["discharge_coefficient"][idx], puncture_time_h=arr["puncture_time_h"][idx],
            undock_time_h=arr["undock_time_h"][idx], crew=arr["crew"][idx], hatch_open=base.hatch_open,
            duration_h=arr["duration_h"][idx], descent_duration_h=arr["descent_duration_h"][idx], time_h="scenario",
            crew_strain=needs_crew, crew_clothing=base.crew_clothing,
            crew_stop_at_limit=metric == "crew_margin_h", series=METRIC_SERIES.get(metric))
        _check(cancel)  # a cancel during the chunk discards it
        out[idx] = _metric_values(batch, metric, base, vehicle, arr, idx)
        done += len(idx)
        if progress is not None:
            progress(done / n)
    return out


#: The series each metric reads (None = all: the verdict reads them all).
METRIC_SERIES = {"crew_margin_h": (), "crew_core_peak_c": ("crew_core_temp_c",), "cabin_peak_c": ("cabin_temp_c",),
                 "coolant_depleted_h": (), "verdict": None,
                 **{name: ("crew_core_temp_c", "wet_bulb_c") for name in GRADE_METRICS}}


def _aboard_peak(batch, name: str) -> np.ndarray:
    """Each column's peak of series ``name`` while the crew is aboard (NaN where none)."""
    values = np.where(batch.crew_aboard, batch.series[name], np.nan)
    with np.errstate(all="ignore"):
        peak = np.nanmax(np.where(np.isfinite(values), values, -np.inf), axis=0)
    return np.where(np.isfinite(peak), peak, np.nan)


def _metric_values(batch, metric: str, base: Scenario, vehicle: VehicleParams, arr: dict, idx) -> np.ndarray:
    """The metric of each column of ``batch``, as :func:`metric_from_result` reads it from one Result."""
    ev = batch.events
    rides = batch.crew_aboard.any(axis=0)
    if metric == "crew_margin_h":
        return np.where(rides & np.isfinite(ev["landing"]), crew_margin_h(ev["landing"], ev["crew_limit"]), np.nan)
    if metric == "crew_core_peak_c":
        return np.where(rides, _aboard_peak(batch, "crew_core_temp_c"), np.nan)
    if metric in GRADE_METRICS:
        core = np.where(rides, _aboard_peak(batch, "crew_core_temp_c"), np.nan)
        return grade_margin_k(GRADE_METRICS[metric], core, _aboard_peak(batch, "wet_bulb_c"))
    if metric == "cabin_peak_c":
        return np.nanmax(batch.series["cabin_temp_c"], axis=0)
    if metric == "coolant_depleted_h":
        return ev["coolant_depleted"] - ev["puncture"]
    if metric == "verdict":
        return _verdicts(batch, base, vehicle, arr, idx)
    return get_metric(metric) and np.full(len(idx), np.nan)


def _verdicts(batch, base: Scenario, vehicle: VehicleParams, arr: dict, idx) -> np.ndarray:
    """The verdict class of each cell: :func:`thermoviz.model.engine.coupled.final_verdict` on its own columns."""
    values = np.empty(len(idx))
    for j, cell in enumerate(idx):
        scenario = base.replace(**{k: (None if math.isnan(arr[k][cell]) else float(arr[k][cell]))
                                   for k in ("puncture_time_h", "undock_time_h")},
                                crew=int(arr["crew"][cell]), duration_h=float(arr["duration_h"][cell]),
                                hole_diameter_mm=float(arr["hole_diameter_mm"][cell]),
                                discharge_coefficient=float(arr["discharge_coefficient"][cell]),
                                descent_duration_h=(float(arr["descent_duration_h"][cell]) if vehicle.undocks
                                                    else base.descent_duration_h))
        time_h, series, aboard = batch.column(j)
        events = {k: (None if math.isnan(v[j]) else float(v[j])) for k, v in batch.events.items()}
        verdict = final_verdict(scenario, vehicle, time_h, series, events, aboard)
        values[j] = SEVERITIES.index(verdict.severity)
    return values


__all__ = ["Cancelled", "evaluate_batch", "evaluate_exact", "MARGIN_TOLERANCE_H", "MARGIN_NOT_REACHED_H"]
