"""Scenario -> physics time series: leak, heat rejection, cabin temperature and humidity.

``simulate_physics(scenario, vehicle, loop, coolant) -> Result`` is the fast path
the GUI calls on every slider move; ``simulate_batch`` runs the *same* equations
and the same stepping code (:func:`thermoviz.model.cabin.advance`) for N
scenarios at once as numpy arrays (hole size x timing maps).

Pipeline
--------
1. Leak (:mod:`thermoviz.model.leak`): liquid lost V(t) from the pre-integrated
   drain curve, exact for any hole size; loop pressure, inventory fraction f.
2. Heat rejection: circulation factor φ(f) (pump degrades then stops),
   capacity = φ · capacity(punctured loop) + capacities of the intact loops.
3. Timeline: docked (station air if the hatch is open, avionics powered down) ->
   undock (crew aboard for a spacecraft, avionics on) -> landing = undock +
   descent duration (crew out, equipment off).  A station module is always
   "docked" and always crewed.  Puncture before/after undock or never.
4. Cabin (:mod:`thermoviz.model.cabin`): exact exponential steps on a
   non-uniform grid whose breakpoints include puncture, undock, landing, half
   lost, empty and the pump-degradation window.

The initial state is the steady state of the configuration at t = 0 with the
loop intact.  The same equations as a plain right-hand side ``rhs(t, y, params)``
for ``scipy.integrate.solve_ivp`` live in :mod:`thermoviz.model.reference`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import cabin, psychro
from .coolant import CoolantParams
from .leak import circulation_factor, hole_area_m2, leak_curve
from .limits import CABIN_TEMP_LIMIT_C
from .params import LoopParams, VehicleParams
from .result import Result
from .scenario import Scenario

#: Largest step of the single-scenario grid [h] (the steps are exact; this sets plot resolution).
MAX_STEP_H = 0.5
#: Largest step [h] between undock and landing, while the crew rides a closed cabin: the
#: crew heat-strain curve (10-min PHS segments) is reported on this grid, so it matches them.
CREW_FLIGHT_STEP_H = 1.0 / 6.0
#: Offsets [h] of the extra grid points after each breakpoint (resolves fast transients).
_REFINE_AFTER_H = (0.02, 0.06, 0.15, 0.3)
#: A sample this long [h] (1 s) before undock and landing: the configuration (avionics,
#: station air, crew) switches there, and without it a plot draws the step as a ramp
#: from the previous sample (visible over short spans).
PRE_SWITCH_H = 1.0 / 3600.0
_LEAK_FRACTIONS = (0.98, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.02)


@dataclass(frozen=True)
class Timing:
    """Per-scenario inputs of a batch, numpy arrays of shape (N,); NaN = never."""

    cda_m2: np.ndarray
    puncture_h: np.ndarray
    undock_h: np.ndarray
    landing_h: np.ndarray
    crew: np.ndarray
    hatch_open: np.ndarray


@dataclass(frozen=True)
class BatchResult:
    """Series of shape (K, N) on the common grid ``time_h`` (K,), events of shape (N,) (NaN = none)."""

    time_h: np.ndarray
    series: dict
    events: dict
    crew_aboard: np.ndarray


def _timing(vehicle: VehicleParams, hole_diameter_mm, discharge_coefficient, puncture_time_h,
            undock_time_h, crew, hatch_open, descent_duration_h) -> Timing:
    arrays = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (
        hole_diameter_mm, discharge_coefficient, puncture_time_h, undock_time_h, crew, hatch_open)))
    hole, cd, tp, tu, n_crew, hatch = (np.atleast_1d(a).astype(float) for a in arrays)
    descent = vehicle.descent_duration_h if descent_duration_h is None else float(descent_duration_h)
    if vehicle.kind == "station_module":
        tu = np.full_like(tu, np.nan)
    return Timing(cda_m2=cd * hole_area_m2(hole), puncture_h=tp, undock_h=tu, landing_h=tu + descent,
                  crew=n_crew, hatch_open=hatch > 0.5)


def _cabin_constants(vehicle: VehicleParams) -> cabin.CabinConstants:
    return cabin.CabinConstants(
        heat_capacity_j_k=vehicle.cabin_heat_capacity_j_k,
        volume_m3=vehicle.cabin_free_volume_m3,
        setpoint_c=vehicle.cabin_setpoint_c,
        setpoint_vapour_kg_m3=float(psychro.saturation_vapour_density_kg_m3(vehicle.chx_dew_point_c)),
        station_vapour_kg_m3=float(psychro.vapour_density_from_rh(vehicle.station_air_temp_c,
                                                                  vehicle.station_air_rh_pct)),
        chx_flow_m3_s=vehicle.chx_air_flow_m3_h / 3600.0,
    )


def _configuration(vehicle: VehicleParams, timing: Timing, t_h):
    """Configuration at times ``t_h`` (shape (K, 1)) -> dict of (K, N) arrays."""
    undock = np.where(np.isnan(timing.undock_h), np.inf, timing.undock_h)
    landing = np.where(np.isnan(timing.landing_h), np.inf, timing.landing_h)
    docked = t_h < undock
    landed = t_h >= landing
    if vehicle.kind == "station_module":
        aboard = np.ones_like(docked)
    else:
        aboard = ~docked & ~landed
    avionics = np.where(docked, vehicle.avionics_docked_w,
                        np.where(landed, vehicle.avionics_landed_w, vehicle.avionics_free_flight_w))
    exchange = np.where(docked & timing.hatch_open, vehicle.station_air_exchange_m3_h / 3600.0, 0.0)
    crew = np.where(aboard, timing.crew, 0.0)
    g_station = cabin.air_conductance_w_k(exchange)
    a_w = (avionics + crew * cabin.CREW_SENSIBLE_W_K * cabin.CREW_NEUTRAL_TEMP_C
           + vehicle.hull_ua_w_k * vehicle.surroundings_temp_c + g_station * vehicle.station_air_temp_c)
    b_w_k = crew * cabin.CREW_SENSIBLE_W_K + vehicle.hull_ua_w_k + g_station
    return dict(aboard=aboard, avionics=avionics, exchange=exchange, crew=crew, a=a_w, b=b_w_k)


def _leak_state(vehicle, loop, coolant, timing: Timing, t_h):
    """Liquid lost, remaining fraction, circulation factor and capacity at times t_h (K, 1) -> (K, N)."""
    curve = leak_curve(loop, coolant)
    tp = np.where(np.isnan(timing.puncture_h), np.inf, timing.puncture_h)
    elapsed_s = np.where(t_h > tp, (t_h - tp) * 3600.0, 0.0)
    lost = curve.volume_lost_m3(elapsed_s, timing.cda_m2)
    remaining = 1.0 - lost / curve.inventory_m3
    phi = circulation_factor(remaining, loop)
    capacity = phi * loop.heat_rejection_capacity_w + vehicle.other_loops_capacity_w(loop.id)
    return curve, lost, remaining, phi, capacity


def _integrate(vehicle, loop, coolant, timing: Timing, time_h: np.ndarray, scalar: bool):
    """Run the leak and cabin model on the grid ``time_h`` (K,) for the N scenarios of ``timing``."""
    consts = _cabin_constants(vehicle)
    t_col = time_h[:, None]
    t_mid = (0.5 * (time_h[1:] + time_h[:-1]))[:, None]
    curve, lost, remaining, phi_pt, cap_pt = _leak_state(vehicle, loop, coolant, timing, t_col)
    _, _, _, phi_mid, cap_mid = _leak_state(vehicle, loop, coolant, timing, t_mid)
    cfg = _configuration(vehicle, timing, t_mid)
    dt_s = np.diff(time_h) * 3600.0

    cfg0 = _configuration(vehicle, timing, time_h[:1, None])
    full_cap = loop.heat_rejection_capacity_w + vehicle.other_loops_capacity_w(loop.id)
    temp0, vapour0 = cabin.steady_state(consts, cfg0["a"][0], cfg0["b"][0], full_cap, 1.0,
                                        cfg0["crew"][0], cfg0["exchange"][0])
    latent0 = psychro.LATENT_HEAT_J_KG * consts.chx_flow_m3_s * np.maximum(vapour0 - consts.setpoint_vapour_kg_m3, 0)

    k, n = lost.shape
    temp = np.empty((k, n))
    vapour = np.empty((k, n))
    latent = np.empty((k, n))
    temp[0], vapour[0], latent[0] = temp0, vapour0, latent0
    # The condensing heat exchanger sits on the internal side and works while any radiator loop
    # circulates: only a vehicle whose single loop is punctured loses it.
    phi_chx = phi_mid if vehicle.other_loops_capacity_w(loop.id) == 0 else np.ones_like(phi_mid)
    columns = (cfg["a"], cfg["b"], cap_mid, phi_chx, cfg["crew"], cfg["exchange"])
    if scalar and n == 1:
        t, v, lat = float(temp0[0]), float(vapour0[0]), float(latent0[0])
        cols = [c[:, 0].tolist() for c in columns]
        dts = dt_s.tolist()
        advance, ops = cabin.advance, cabin.ScalarOps
        for i, (a, b, cap, phi, crew, ex) in enumerate(zip(*cols)):
            t, v, lat = advance(ops, consts, t, v, lat, dts[i], a, b, cap, phi, crew, ex)
            temp[i + 1, 0], vapour[i + 1, 0], latent[i + 1, 0] = t, v, lat
    else:
        t, v, lat = temp0, vapour0, latent0
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            for i in range(k - 1):
                t, v, lat = cabin.advance(cabin.Ops, consts, t, v, lat, dt_s[i], columns[0][i], columns[1][i],
                                          columns[2][i], columns[3][i], columns[4][i], columns[5][i])
                temp[i + 1], vapour[i + 1], latent[i + 1] = t, v, lat

    # Point-wise outputs (interval i's configuration applies at grid point i).
    cfg_pt = _configuration(vehicle, timing, t_col)
    cap_sens = np.maximum(cap_pt - latent, 0.0)
    load_at_set = cfg_pt["a"] - cfg_pt["b"] * consts.setpoint_c
    tol = 1e-6
    sensible = np.where(temp > consts.setpoint_c + tol, cap_sens,
                        np.where(temp >= consts.setpoint_c - tol, np.clip(load_at_set, 0.0, cap_sens), 0.0))
    rh = psychro.relative_humidity_pct(vapour, temp)
    series = {
        "loop_pressure_kpa": curve.loop_pressure_pa(lost) / 1e3,
        "coolant_remaining_pct": 100.0 * remaining,
        "heat_rejection_w": sensible + latent,
        "heat_rejection_capacity_w": cap_pt,
        "heat_load_w": cfg_pt["avionics"] + cfg_pt["crew"] * cabin.METABOLIC_W,
        "cabin_temp_c": temp,
        "cabin_rh_pct": rh,
        "wet_bulb_c": psychro.wet_bulb_c(temp, rh),
        "crew_core_temp_c": np.full((k, n), np.nan),
    }
    return curve, series, cfg_pt["aboard"]


def _events(curve, loop, timing: Timing, time_h, temp, duration_h):
    """Event times [h] of shape (N,), NaN where the event does not happen within the run."""
    tp = timing.puncture_h
    leaking = np.isfinite(tp) & (timing.cda_m2 > 0)
    half = tp + curve.time_to_lose_s(0.5 * curve.inventory_m3, timing.cda_m2) / 3600.0
    empty = tp + curve.time_to_lose_s(curve.inventory_m3, timing.cda_m2) / 3600.0

    def within(x, ok=True):
        return np.where(ok & np.isfinite(x) & (x <= duration_h + 1e-9), x, np.nan)

    over = temp > CABIN_TEMP_LIMIT_C
    first = np.argmax(over, axis=0)
    has = over.any(axis=0)
    i0 = np.maximum(first - 1, 0)
    cols = np.arange(temp.shape[1])
    t0, t1 = time_h[i0], time_h[first]
    y0, y1 = temp[i0, cols], temp[first, cols]
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.where(y1 > y0, (CABIN_TEMP_LIMIT_C - y0) / (y1 - y0), 0.0)
    crossing = np.where(first == 0, time_h[0], t0 + np.clip(frac, 0, 1) * (t1 - t0))
    return {
        "puncture": within(tp, leaking),
        "coolant_half_lost": within(half, leaking),
        "coolant_depleted": within(empty, leaking),
        "undock": within(timing.undock_h),
        "landing": within(timing.landing_h),
        "cabin_temp_limit": np.where(has, crossing, np.nan),
        "crew_limit": np.full(temp.shape[1], np.nan),
    }


def simulate_batch(vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams, *,
                   hole_diameter_mm, discharge_coefficient, puncture_time_h, undock_time_h=np.nan,
                   crew=0, hatch_open=True, duration_h=72.0, descent_duration_h=None,
                   time_h=None, step_h=0.25) -> BatchResult:
    """N scenarios of one vehicle/loop/coolant at once (array arguments broadcast to shape (N,)).

    ``puncture_time_h`` / ``undock_time_h``: NaN = never / stays docked.  The grid is
    common (uniform ``step_h`` unless ``time_h`` is given), so events inside a step are
    resolved by interpolation only; ``simulate_physics`` adds each scenario's breakpoints.
    """
    timing = _timing(vehicle, hole_diameter_mm, discharge_coefficient, puncture_time_h, undock_time_h,
                     crew, hatch_open, descent_duration_h)
    if time_h is None:
        steps = max(int(math.ceil(duration_h / step_h)), 1)
        time_h = np.linspace(0.0, duration_h, steps + 1)
    time_h = np.asarray(time_h, dtype=float)
    curve, series, aboard = _integrate(vehicle, loop, coolant, timing, time_h, scalar=True)  # N = 1: floats
    events = _events(curve, loop, timing, time_h, series["cabin_temp_c"], float(time_h[-1]))
    return BatchResult(time_h=time_h, series=series, events=events, crew_aboard=aboard & (timing.crew > 0))


def _scenario_grid(scenario: Scenario, vehicle, loop, coolant, timing: Timing) -> np.ndarray:
    """Non-uniform grid [h] with the scenario's breakpoints and a refined leak window."""
    duration = scenario.duration_h
    points = [0.0, duration]
    breaks = [0.0]
    for t in (timing.puncture_h[0], timing.undock_h[0], timing.landing_h[0]):
        if np.isfinite(t) and t < duration:
            breaks.append(float(t))
    if scenario.punctured and timing.cda_m2[0] > 0:
        curve = leak_curve(loop, coolant)
        tp = timing.puncture_h[0]
        fractions = set(_LEAK_FRACTIONS)
        lo, hi = loop.pump_stop_fraction, loop.pump_full_fraction
        fractions.update(np.linspace(lo, hi, 9).tolist())
        lost = curve.inventory_m3 * (1.0 - np.array(sorted(fractions)))
        times = tp + curve.time_to_lose_s(np.append(lost, curve.inventory_m3), timing.cda_m2[0]) / 3600.0
        points.extend(float(t) for t in times if t < duration)
        if times[-1] < duration:
            breaks.append(float(times[-1]))
    points.extend(breaks)
    for b in breaks:
        points.extend(b + dt for dt in _REFINE_AFTER_H)
    for t in (timing.undock_h[0], timing.landing_h[0]):
        if np.isfinite(t) and PRE_SWITCH_H < t < duration:
            points.append(float(t) - PRE_SWITCH_H)
    grid = np.unique(np.clip(np.array(points), 0.0, duration))
    undock, landing = timing.undock_h[0], timing.landing_h[0]
    flight = (np.isfinite(undock) & (undock < duration) & (scenario.crew > 0)
              & (vehicle.kind == "spacecraft"))
    gaps = np.diff(grid)
    step = np.full(gaps.shape, MAX_STEP_H)
    if flight:
        end = min(landing, duration) if np.isfinite(landing) else duration
        step[(grid[:-1] >= undock - 1e-9) & (grid[1:] <= end + 1e-9)] = CREW_FLIGHT_STEP_H
    if (gaps > step).any():
        extra = [np.linspace(grid[i], grid[i + 1], int(math.ceil(g / step[i])) + 1)[1:-1]
                 for i, g in enumerate(gaps) if g > step[i]]
        grid = np.unique(np.concatenate([grid, *extra]))
    grid = grid[np.concatenate([[True], np.diff(grid) > 1e-9])]
    return grid


def simulate_physics(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams,
                     coolant: CoolantParams) -> Result:
    """Loop and cabin physics of one scenario (crew heat strain not yet computed)."""
    from .notes import physics_notes
    from .verdict import make_verdict

    timing = _timing(vehicle, scenario.hole_diameter_mm if scenario.punctured else 0.0,
                     scenario.discharge_coefficient,
                     np.nan if scenario.puncture_time_h is None else scenario.puncture_time_h,
                     np.nan if scenario.undock_time_h is None else scenario.undock_time_h,
                     scenario.crew, scenario.hatch_open, scenario.descent_duration_h)
    time_h = _scenario_grid(scenario, vehicle, loop, coolant, timing)
    curve, series2d, aboard2d = _integrate(vehicle, loop, coolant, timing, time_h, scalar=True)
    series = {name: np.ascontiguousarray(values[:, 0]) for name, values in series2d.items()}
    ev = _events(curve, loop, timing, time_h, series2d["cabin_temp_c"], scenario.duration_h)
    events = {name: (None if np.isnan(v[0]) else float(v[0])) for name, v in ev.items()}
    aboard = np.ascontiguousarray(aboard2d[:, 0]) & (scenario.crew > 0)
    verdict = make_verdict(scenario, time_h, series, events, aboard, False)
    notes = physics_notes(scenario, vehicle, loop, coolant, curve, events)
    return Result(scenario=scenario, time_h=time_h, series=series, events=events, verdict=verdict,
                  crew_aboard=aboard, notes=notes, crew_strain_computed=False)
