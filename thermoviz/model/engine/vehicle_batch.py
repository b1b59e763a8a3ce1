"""One scenario on N different vehicles at once (uncertainty samples), each on its own grid.

:func:`simulate_vehicles` gives every vehicle the grid a single run of it would have
(:func:`thermoviz.model.engine.grid.scenario_grid`), aligns the grids by phase as the map's
per-cell grids are (:func:`thermoviz.model.engine.batch_grid.align_phases`: zero-length
padding steps, crew segments at the same step indices), stacks the vehicles' cabin
constants and step inputs (:func:`thermoviz.model.engine.step_inputs.stack_inputs`) and
advances all of them with the one stepping code of the single run, crew bodies
coupled.  So every column equals :func:`thermoviz.simulate` of that vehicle (to float
rounding; tested), at a fraction of the cost of N single runs: the N PHS bodies of a
crew step are one array call, the N cabins one array step.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..crew.clothing import crew_params as clothing_params
from ..loop.coolant import CoolantParams
from ..outcome.events import events as _events
from ..params import VehicleParams
from ..scenario import Scenario
from .batch_grid import align_phases
from .grid import scenario_grid
from .simulate import BatchResult, integrate, output_series
from .step_inputs import stack_inputs, step_inputs
from .timing import scenario_timing, shutdown_h


def _riding_window(scenario: Scenario, vehicle: VehicleParams, timing) -> tuple[float, float]:
    """Start and end [h] of the crew's sealed ride (NaN, NaN if none), as the grids place them."""
    duration = scenario.duration_h
    if scenario.crew <= 0:
        return np.nan, np.nan
    if vehicle.is_station_module:
        return 0.0, duration
    tu, tl = float(timing.undock_h[0]), float(timing.landing_h[0])
    if not (np.isfinite(tu) and tu < duration) or min(tl, duration) - tu < 1.0 / 60.0:
        return np.nan, np.nan
    return tu, min(tl, duration)


def simulate_vehicles(scenario: Scenario, vehicles: Sequence[VehicleParams], coolant: CoolantParams, *,
                      discharge_coefficients: Sequence[float] | None = None, crew_params=None,
                      crews: Sequence[int] | None = None) -> BatchResult:
    """``scenario`` run on each of ``vehicles`` (crew coupled), one column each.

    Parameters
    ----------
    scenario : Scenario
        The one scenario; its ``loop`` is the punctured loop of every vehicle.
    vehicles : sequence of VehicleParams
        N vehicles of one kind (e.g. copies of one with estimates changed).
    coolant : CoolantParams
        The coolant of the punctured loop.
    discharge_coefficients : sequence of float, optional
        A hole discharge coefficient per vehicle (default: the scenario's).
    crew_params : optional
        Crew body and clothing (default: the scenario's clothing choice).
    crews : sequence of int, optional
        A crew count per column (default: the scenario's), so that several crew counts on the
        same vehicles are one batch (fewer, wider array steps); each column equals the single
        run of ``scenario.replace(crew=...)`` on its vehicle.

    Returns
    -------
    BatchResult
        ``time_h`` (K, N): each vehicle's own single-run grid, padded by repeating points;
        series (K, N); events (N,) [h] (NaN = none), ``crew_limit`` included.
    """

    if not vehicles:
        raise ValueError("vehicles: at least one vehicle is needed")
    params = clothing_params(scenario.crew_clothing) if crew_params is None else crew_params
    cds = [scenario.discharge_coefficient] * len(vehicles) if discharge_coefficients is None else \
        [float(c) for c in discharge_coefficients]
    if len(cds) != len(vehicles):
        raise ValueError("discharge_coefficients: one value per vehicle is needed")
    counts = [scenario.crew] * len(vehicles) if crews is None else [int(c) for c in crews]
    if len(counts) != len(vehicles):
        raise ValueError("crews: one crew count per vehicle is needed")
    scenarios = {c: scenario if c == scenario.crew else scenario.replace(crew=c) for c in set(counts)}
    runs, column_scenarios = [], []
    grids = {}  # the grid depends on the crew only through "anyone aboard" (scenario_grid): shared by counts
    for vehicle, cd, count in zip(vehicles, cds, counts):
        base = scenarios[count]
        sc = base if cd == base.discharge_coefficient else base.replace(discharge_coefficient=cd)
        column_scenarios.append(sc)
        loop = vehicle.loop(scenario.loop)
        timing = scenario_timing(sc, vehicle)
        off = shutdown_h(vehicle, timing)
        key = (id(vehicle), cd, count > 0)
        if key not in grids:
            grids[key] = scenario_grid(sc, vehicle, loop, coolant, timing, off, True)
        grid = grids[key]
        runs.append((vehicle, loop, timing, off, grid))
    width = max(len(r[4]) for r in runs)
    points = np.full((len(runs), width), np.nan)
    for k, run in enumerate(runs):
        points[k, :len(run[4])] = run[4]
    windows = np.array([_riding_window(sc, v, timing) for sc, (v, _l, timing, _o, _g) in zip(column_scenarios, runs)])
    undock = np.array([float(t.undock_h[0]) for _v, _l, t, _o, _g in runs])
    if vehicles[0].is_station_module:
        undock = windows[:, 0]
    time_h = align_phases(points, undock, windows[:, 1])
    parts = [step_inputs(v, loop, coolant, timing, time_h[:, k]) for k, (v, loop, timing, _o, _g) in enumerate(runs)]
    inputs = stack_inputs(parts)
    _inputs, out, limit_h = integrate(None, None, coolant, None, time_h, params, True, inputs=inputs)
    columns, events, aboard = [], [], []
    for k, (vehicle, _loop, timing, off, _grid) in enumerate(runs):
        t_k = time_h[:, k:k + 1]
        out_k = {name: values[:, k:k + 1] for name, values in out.items()}
        part = parts[k]
        series, aboard_k = output_series(vehicle, t_k, timing, part.curves[0], part.lost_m3, part.remaining,
                                         part.capacity_w, out_k, params)
        ev = _events(vehicle, part.curves[0], timing, t_k, series, scenario.duration_h, off)
        ev["crew_limit"] = limit_h[k:k + 1]
        columns.append(series)
        events.append(ev)
        aboard.append(aboard_k & (column_scenarios[k].crew > 0))
    series = {name: np.concatenate([c[name] for c in columns], axis=1) for name in columns[0]}
    ev = {name: np.concatenate([e[name] for e in events]) for name in events[0]}
    return BatchResult(time_h=time_h, series=series, events=ev, crew_aboard=np.concatenate(aboard, axis=1))
