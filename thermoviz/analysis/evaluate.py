"""The one seam behind every map: metric values of many cells, exact or batched.

Two evaluators compute the same numbers:

* :func:`evaluate_exact` — a loop of single :func:`thermoviz.simulate` calls on
  :func:`~thermoviz.analysis.fields.cell_scenario`: the definition, and the oracle
  of the tests.  About 10-20 ms a cell with the crew model.
* :func:`evaluate_batch` — the same cells at once: the loop and cabin through
  :func:`thermoviz.model.simulate.simulate_batch` (the same stepping code on arrays),
  the crew through the same chained ISO 7933 PHS (:func:`thermoviz.model.heat_strain.chain_phs`)
  on arrays of cells, with the same 1-minute cabin sampling and 10-minute segment
  means as the single path.

Where they differ, and by how much (held in tests, crewed-return preset):

* The batch grid is common to all cells: a uniform step (:data:`DOCKED_STEP_H`
  while every cell is docked, :data:`FLIGHT_STEP_H` after the first undock) plus
  every cell's puncture, undock and landing times, so configuration switches are
  exact; the leak's pump-degradation window is sampled by that step, not refined.
* PHS's 38 °C crossing is kept to the whole minute (the single path interpolates
  within the minute): the batch crew limit is up to 1 min late.
* Together: crew margin within :data:`MARGIN_TOLERANCE_H` (0.05 h = 3 min) of the
  exact path, peaks within 0.1 °C.

Cancel and progress: ``cancel()`` is polled between chunks of cells; when it
returns True :class:`Cancelled` is raised and nothing is returned.
``progress(fraction)`` is called with 0..1 as chunks finish.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from ..model.params import VehicleParams
from ..model.result import SEVERITIES
from ..model.scenario import Scenario
from .fields import RUN_AFTER_LANDING_H, UNDOCK_AFTER_PUNCTURE, cell_scenario
from .metrics import MARGIN_NOT_REACHED_H, crew_margin_h, get_metric, metric_from_result

#: Agreement of the batch path with single runs (tests hold it).
MARGIN_TOLERANCE_H = 0.05
PEAK_TOLERANCE_C = 0.1
#: Batch grid step [h] while all cells are docked, and from the first undock on.
DOCKED_STEP_H = 0.5
FLIGHT_STEP_H = 1.0 / 6.0
#: Bands of undock time per return duration when there are many cells (see :func:`_groups`).
UNDOCK_BANDS = 8
#: Fewest cells per band (below that the per-step overhead of another band costs more than it saves).
BAND_MIN_CELLS = 1000
#: Largest number of (time x cell) values per series in one chunk (memory bound).
CHUNK_ELEMENTS = 1_500_000
#: Cells per PHS call (cancel is polled between calls).
PHS_CHUNK_CELLS = 2500
#: One second [h]: the single path's last aboard sample lies this long before landing.
_PRE_SWITCH_H = 1.0 / 3600.0

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
    from ..api import simulate

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
    # the crew's ride: undock to 1 s before landing (a spacecraft), or the whole run (a station module)
    if vehicle.kind == "station_module":
        arr["ride_start_h"] = np.zeros(n)
        arr["ride_min"] = np.round(arr["duration_h"] * 60.0)
    else:
        arr["ride_start_h"] = arr["undock_time_h"]
        arr["ride_min"] = np.where(np.isfinite(landing), np.round((arr["descent_duration_h"] - _PRE_SWITCH_H) * 60.0),
                                   -1.0)
    return arr


def _grid(arr: dict, idx: np.ndarray) -> np.ndarray:
    """Common grid [h] of the cells ``idx``: uniform steps plus every cell's switch times."""
    end = float(arr["duration_h"][idx].max())
    undock = arr["undock_time_h"][idx]
    first_undock = float(np.nanmin(undock)) if np.isfinite(undock).any() else end
    docked = np.arange(0.0, first_undock, DOCKED_STEP_H)
    flight = np.arange(first_undock, end, FLIGHT_STEP_H)
    switches = [arr[k][idx] for k in ("puncture_time_h", "undock_time_h", "landing_h")]
    points = np.concatenate([docked, flight, [end], *switches])
    points = points[np.isfinite(points) & (points >= 0.0) & (points <= end)]
    grid = np.unique(points)
    return grid[np.concatenate([[True], np.diff(grid) > 1e-9])]


def evaluate_batch(base: Scenario, columns: dict[str, np.ndarray], metric: str, *,
                   vehicle: VehicleParams | None = None, progress: Progress = None,
                   cancel: Cancel = None) -> np.ndarray:
    """Metric of N cells at once; ``columns`` maps field -> values (N,) (as :func:`evaluate_exact`'s cells)."""
    from ..io.vehicles import resolve

    needs_crew = get_metric(metric).needs_crew
    catalogue_vehicle, loop, coolant = resolve(base)
    vehicle = vehicle or catalogue_vehicle
    loop = vehicle.loop(base.loop)
    n = len(next(iter(columns.values()))) if columns else 1
    arr = _cell_arrays(base, vehicle, columns, n)
    out = np.full(n, np.nan)
    # cells of one return duration share a PHS chain length: one group each
    groups = _groups(arr, n)
    done = 0
    for group in groups:
        physics = _physics_chunks(base, vehicle, loop, coolant, arr, group, metric, needs_crew, cancel,
                                  lambda k: progress and progress(0.6 * (done + k) / n))
        if needs_crew:
            _crew(arr, group, physics, metric, out, base, cancel,
                  lambda k: progress and progress(0.6 + 0.4 * (done + k) / n))
        else:
            out[group] = physics["value"]
        done += len(group)
    if progress is not None:
        progress(1.0)
    return out


def _groups(arr: dict, n: int) -> list[np.ndarray]:
    """Cells that share a grid: one return duration and ride length (one PHS chain), and a band of undock times.

    A common grid must be fine (:data:`FLIGHT_STEP_H`) from the band's first undock on; banding
    the cells by undock time keeps the long docked stretch of late-undocking cells coarse.
    """
    keys = np.stack([arr["descent_duration_h"], arr["ride_min"]], axis=1)
    groups = []
    for key in np.unique(keys, axis=0):
        cells = np.flatnonzero((keys == key).all(axis=1))
        start = arr["ride_start_h"][cells]
        never = cells[~np.isfinite(start)]
        riding = cells[np.isfinite(start)]
        riding = riding[np.argsort(arr["ride_start_h"][riding], kind="stable")]
        bands = max(1, min(UNDOCK_BANDS, riding.size // BAND_MIN_CELLS))
        groups += [b for b in np.array_split(riding, bands) if b.size]
        if never.size:
            groups.append(never)
    return groups


def _physics_chunks(base, vehicle, loop, coolant, arr, group, metric, needs_crew, cancel, report) -> dict:
    """Loop and cabin of the cells ``group``, chunk by chunk; what the metric needs, per cell."""
    from ..model.simulate import simulate_batch

    grid = _grid(arr, group)
    chunk = max(1, CHUNK_ELEMENTS // len(grid))
    keep: dict[str, list] = {"value": [], "cabin": [], "rh": [], "landing": [], "depleted": [], "puncture": [],
                             "limit_cabin": []}
    for start in range(0, len(group), chunk):
        _check(cancel)
        idx = group[start:start + chunk]
        batch = simulate_batch(
            vehicle, loop, coolant, hole_diameter_mm=arr["hole_diameter_mm"][idx],
            discharge_coefficient=arr["discharge_coefficient"][idx], puncture_time_h=arr["puncture_time_h"][idx],
            undock_time_h=arr["undock_time_h"][idx], crew=arr["crew"][idx], hatch_open=base.hatch_open,
            descent_duration_h=float(arr["descent_duration_h"][idx[0]]), time_h=grid)
        within = batch.time_h[:, None] <= arr["duration_h"][idx][None, :] + 1e-9
        cabin = batch.series["cabin_temp_c"]
        if metric == "cabin_peak_c":
            keep["value"].append(np.where(within, cabin, -np.inf).max(axis=0))
        elif metric == "coolant_depleted_h":
            depleted = batch.events["coolant_depleted"]
            ok = depleted <= arr["duration_h"][idx] + 1e-9
            keep["value"].append(np.where(ok, depleted - arr["puncture_time_h"][idx], np.nan))
        if needs_crew:
            keep["cabin"].append(cabin)
            keep["rh"].append(batch.series["cabin_rh_pct"])
            if metric == "verdict":
                keep.setdefault("series", []).append(batch.series)
                keep.setdefault("events", []).append(batch.events)
                keep.setdefault("aboard", []).append(batch.crew_aboard)
        report(start + len(idx))
    out = {"grid": grid, "chunks": keep}
    if keep["value"]:
        out["value"] = np.concatenate(keep["value"])
    return out


def _crew(arr, group, physics, metric, out, base, cancel, report) -> None:
    """Chained PHS for every riding cell of ``group`` (:mod:`.crew_batch`); fills ``out[group]``."""
    from .crew_batch import crew_batch

    grid = physics["grid"]
    cabin = np.concatenate(physics["chunks"]["cabin"], axis=1)
    rh = np.concatenate(physics["chunks"]["rh"], axis=1)
    ride_start, landing = arr["ride_start_h"][group], arr["landing_h"][group]
    rides = (arr["crew"][group] > 0) & np.isfinite(ride_start)
    ride_h = float(arr["ride_min"][group[0]]) / 60.0
    limit_h = np.full(len(group), np.nan)
    peak_c = np.full(len(group), np.nan)
    seg_ends = {}
    cols = np.flatnonzero(rides)
    for start in range(0, len(cols), PHS_CHUNK_CELLS):
        _check(cancel)
        c = cols[start:start + PHS_CHUNK_CELLS]
        crew = crew_batch(grid, cabin[:, c], rh[:, c], ride_start[c], ride_h, 0.0,
                          stop_at_limit=metric == "crew_margin_h")
        limit_h[c] = crew.limit_h
        peak_c[c] = crew.core_peak_c
        if metric == "verdict":
            for j, cell in enumerate(c):
                seg_ends[cell] = (crew.seg_end_h[:, j], crew.core_c[:, j])
        report(start + len(c))
    if metric == "crew_margin_h":
        out[group] = np.where(rides, crew_margin_h(landing, limit_h), np.nan)
    elif metric == "crew_core_peak_c":
        out[group] = np.where(rides, peak_c, np.nan)
    elif metric == "verdict":
        out[group] = _verdicts(arr, group, physics, seg_ends, limit_h, base)


def _verdicts(arr, group, physics, seg_ends, limit_h, base) -> np.ndarray:
    """The verdict class of each cell, from :func:`make_verdict` on the batch series."""
    import inspect

    from ..io.vehicles import resolve
    from ..model.verdict import make_verdict

    # the physics issue adds the vehicle as make_verdict's second argument: accept either form
    takes_vehicle = list(inspect.signature(make_verdict).parameters)[1] == "vehicle"
    vehicle = resolve(base)[0]
    grid = physics["grid"]
    chunks = physics["chunks"]
    series_all = {k: np.concatenate([s[k] for s in chunks["series"]], axis=1) for k in chunks["series"][0]}
    events_all = {k: np.concatenate([e[k] for e in chunks["events"]]) for k in chunks["events"][0]}
    aboard_all = np.concatenate(chunks["aboard"], axis=1)
    values = np.empty(len(group))
    for j, cell in enumerate(group):
        scenario = base.replace(**{k: (None if math.isnan(arr[k][cell]) else float(arr[k][cell]))
                                   for k in ("puncture_time_h", "undock_time_h")},
                                crew=int(arr["crew"][cell]), duration_h=float(arr["duration_h"][cell]))
        keep = grid <= arr["duration_h"][cell] + 1e-9
        time_h = grid[keep]
        series = {k: v[keep, j] for k, v in series_all.items()}
        aboard = aboard_all[keep, j]
        if j in seg_ends:
            nodes_h, core = seg_ends[j]
            series["crew_core_temp_c"] = np.where(aboard, np.interp(time_h, nodes_h, core), np.nan)
        events = {k: (None if math.isnan(v[j]) else float(v[j])) for k, v in events_all.items()}
        events["crew_limit"] = None if math.isnan(limit_h[j]) else float(limit_h[j])
        verdict = make_verdict(*((scenario, vehicle) if takes_vehicle else (scenario,)),
                               time_h, series, events, aboard, True)
        values[j] = SEVERITIES.index(verdict.severity)
    return values


__all__ = ["Cancelled", "evaluate_batch", "evaluate_exact", "MARGIN_TOLERANCE_H", "MARGIN_NOT_REACHED_H"]
