"""Scenario -> physics time series: leak, heat rejection, cabin, walls, equipment bay, crew.

``simulate_physics(scenario, vehicle, loop, coolant, crew_coupled=...)`` runs one
scenario; ``simulate_batch`` runs the *same* equations and the same stepping code
(:func:`thermoviz.model.cabin.nodes.advance`, :func:`thermoviz.model.crew.body.step`) for N
scenarios at once as numpy arrays (maps).

Pipeline
--------
1. Leak (:mod:`thermoviz.model.loop.leak`): liquid lost V(t) from the pre-integrated
   drain curve, exact for any hole size; loop pressure, inventory fraction f.
2. Heat rejection: circulation factor φ(f) (pump degrades then stops),
   capacity = φ · capacity(punctured loop) + capacities of the intact loops.
3. Timeline: docked (station air if the hatch is open, equipment in standby; shut
   down some hours after a docked leak if the vehicle says so) -> undock (crew
   aboard a vehicle that undocks, equipment on) -> landing = undock + descent
   duration (crew out, equipment off).  A station module never undocks and its
   crew is always aboard.  Puncture before/after undock or never.
4. Cabin (:mod:`thermoviz.model.cabin.nodes`): air, walls, equipment bay and vapour,
   implicit-Euler steps on a non-uniform grid whose breakpoints include puncture,
   undock, landing, shutdown, half lost, empty and the pump-degradation window.
5. Crew: with ``crew_coupled`` every aboard step first advances one PHS body per
   person (:mod:`thermoviz.model.crew.body`) in the air of the start of the step and the
   cabin then receives what the bodies actually gave off (10-min steps aboard): their
   vapour, the heat they radiate to the walls (the body model's own radiation term) and the
   rest of their sensible heat as convection to the air.
   Without it (the GUI's instant preview) each person gives a nominal
   metabolic heat with a fixed latent share: a preliminary cabin, marked as such.

The initial state is the steady state of the configuration at t = 0 with the loop
intact (crew at the nominal output).  The same equations as a right-hand side for
``scipy.integrate.solve_ivp`` live in :mod:`thermoviz.model.engine.reference`.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from .. import psychro
from ..cabin import nodes as cabin
from ..cabin.radiant import crew_radiant_w
from ..crew import body as crew_model, jos3
from ..crew.clothing import crew_params as clothing_params
from ..loop.coolant import CoolantParams
from ..outcome.events import events as _events
from ..outcome.notes import physics_notes
from ..outcome.result import SERIES, Result
from ..outcome.verdict import make_verdict
from ..params import LoopParams, VehicleParams
from ..scenario import Scenario
from .batch_grid import batch_scenario_grid
from .books import CONDENSED, OUT_NAMES, ROW_SIZE, run_energy
from .crew_output import crew_inputs, new_body, nominal_crew
from .grid import scenario_grid
from .step_inputs import StepInputs, step_inputs, time_column
from .timing import Timing, batch_timing, configuration, scenario_timing, shutdown_h


@dataclass(frozen=True)
class BatchResult:
    """Series of shape (K, N) on the common grid ``time_h`` (K,), events of shape (N,) (NaN = none)."""

    time_h: np.ndarray
    series: dict
    events: dict
    crew_aboard: np.ndarray

    def column(self, j: int) -> tuple[np.ndarray, dict, np.ndarray]:
        """Scenario ``j`` alone: (time_h, series, crew_aboard), the padding points of per-cell grids dropped."""
        time_h = self.time_h[:, j] if self.time_h.ndim == 2 else self.time_h
        real = np.concatenate([[True], np.diff(time_h) > 0])  # a padding point repeats the one before
        series = {name: np.ascontiguousarray(values[real, j]) for name, values in self.series.items()}
        return time_h[real], series, self.crew_aboard[real, j]

    def take(self, columns) -> "BatchResult":
        """The batch of the scenarios ``columns`` only (indices or a boolean mask), in that order."""
        time_h = self.time_h[:, columns] if self.time_h.ndim == 2 else self.time_h
        return BatchResult(time_h=time_h, series={name: v[:, columns] for name, v in self.series.items()},
                           events={name: np.asarray(v)[columns] for name, v in self.events.items()},
                           crew_aboard=self.crew_aboard[:, columns])


def integrate(vehicle, loop, coolant, timing: Timing, time_h: np.ndarray, crew_params, coupled: bool,
              stop_at_limit: bool = False, inputs: StepInputs | None = None):
    """Run the leak, cabin and (optionally coupled) crew model on ``time_h`` (K,) or (K, N) for N scenarios.

    ``stop_at_limit`` (per-cell grids only): once a cell's crew reaches the core limit its
    bodies keep their last output (no more PHS steps); everything up to the crossing is unchanged.
    ``inputs``: the step inputs (default: :func:`step_inputs` of this vehicle); stacked inputs of
    several vehicles (:func:`~thermoviz.model.engine.step_inputs.stack_inputs`, per-cell grids) advance N
    vehicles at once.
    """
    if inputs is None:
        inputs = step_inputs(vehicle, loop, coolant, timing, time_h)
    consts, cfg0, full_cap = inputs.consts, inputs.cfg0, inputs.full_capacity_w
    lost = inputs.lost_m3
    dt_s = np.diff(time_h, axis=0) * 3600.0
    k, n = lost.shape
    scalar = n == 1 and time_h.ndim == 1
    per_cell = time_h.ndim == 2  # each cell on its own grid: (K, N), zero-length steps are padding
    o = cabin.ScalarOps if scalar else cabin.Ops
    sens0, vap0 = nominal_crew(crew_params, cfg0["crew"][0])
    pick = (lambda a: float(a[0])) if scalar else (lambda a: a)
    state = cabin.steady_state(o, consts, pick(cfg0["avionics"][0]), pick(sens0), pick(vap0),
                               pick(cfg0["exchange"][0]), full_cap, 1.0, pick(cfg0["avionics_cabin"][0]))
    out = {name: np.zeros((k, n)) for name in OUT_NAMES}
    for name, value in zip(OUT_NAMES[:5], state):
        out[name][0] = value
    # the first row's flows are the steady state's (one more long step from it: the same state, its flows)
    _same, flows0 = cabin.advance(o, consts, state, 3.0e7, pick(cfg0["avionics"][0]), pick(sens0), pick(vap0),
                                  pick(cfg0["exchange"][0]), full_cap, 1.0, pick(cfg0["avionics_cabin"][0]))
    for name, value in zip(OUT_NAMES[5:ROW_SIZE], flows0.row() + (sens0, vap0)):
        out[name][0] = 0.0 if name == "condensed" else value
    out["t_re"][:] = np.nan
    out["sweat_g"][:] = np.nan
    sweat_g_per_load = 2.67 * crew_model.dubois_area_m2(crew_params.body_mass_kg, crew_params.height_m) / 1.8 / 60
    limit_h = np.full(n, np.nan)
    cols = list(inputs.cols)
    if scalar:
        cols = [c[:, 0].tolist() for c in cols]
        dts = dt_s.tolist()
    if crew_params.model != "phs" and not scalar:
        raise ValueError(f"crew model {crew_params.model!r} runs one scenario at a time: batches use phs")
    body = new_body(crew_params, () if scalar else (n,))
    was_aboard = np.zeros(n, dtype=bool)
    last_output = nominal_crew(crew_params, 1.0) + (None,)  # per person: sensible, vapour, radiant
    if per_cell:
        last_output = tuple(np.full(n, float(v)) for v in last_output[:2]) + (
            np.full(n, float(crew_radiant_w(last_output[0]))),)
    t_a, t_w, t_e, t_o, rho = state
    rows = []
    no_one = np.zeros(n, dtype=bool)
    prev_row = None
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for i in range(k - 1):
            dt = dts[i] if scalar else dt_s[i]
            step_in = tuple(c[i] for c in cols)
            avionics, n_crew, exchange, cap, phi, avionics_cabin, joined, landed = step_in
            crew_here = (n_crew > 0) if scalar else bool(np.any(n_crew > 0))
            if per_cell:
                body, limit_h, was_aboard, last_output, prev_row = _step_cells(
                    i, o, consts, (t_a, t_w, t_e, t_o, rho), dt, step_in,
                    coupled, body, limit_h, was_aboard, last_output, out, time_h, crew_params, sweat_g_per_load,
                    prev_row, stop_at_limit)
                t_a, t_w, t_e, t_o, rho = prev_row[:5]
                for name, value in zip(OUT_NAMES[:ROW_SIZE], prev_row):
                    out[name][i + 1] = value
                continue
            if coupled and crew_here:
                aboard = np.atleast_1d(np.asarray(n_crew) > 0)
                minutes = int(round(dt / 60.0))
                if minutes == 0:
                    # a sub-minute step (the 1-s sample before landing): the bodies keep their last output
                    sens, vap = last_output[0] * n_crew, last_output[1] * n_crew
                    radiant = None if last_output[2] is None else last_output[2] * n_crew
                    out["t_re"][i + 1] = out["t_re"][i]
                    out["sweat_g"][i + 1] = out["sweat_g"][i]
                else:
                    boarding = aboard & ~was_aboard
                    if boarding.any():
                        fresh = new_body(crew_params, () if scalar else (n,))
                        body = fresh if scalar else {key: np.where(boarding, fresh[key], body[key]) for key in body}
                        # the curve starts at the rested body where the crew boards
                        out["t_re"][i] = np.where(boarding, fresh["t_re"], out["t_re"][i])
                        out["sweat_g"][i] = np.where(boarding, 0.0, out["sweat_g"][i])
                    step_body = jos3.step if crew_params.model == "jos3" else crew_model.step
                    air_c, surface_c, rh = crew_inputs(time_h[i], t_a, t_w, rho)
                    s = step_body(body, air_c, rh, minutes, crew_params, tr_c=surface_c)
                    body = s.state
                    sens, vap, radiant = s.sensible_w * n_crew, s.vapour_kg_s * n_crew, s.radiant_w * n_crew
                    last_output = (s.sensible_w, s.vapour_kg_s, s.radiant_w)
                    out["stored_body"][i + 1] = s.stored_j * n_crew
                    out["t_re"][i + 1] = np.where(aboard, s.t_re_c, np.nan)
                    out["sweat_g"][i + 1] = np.where(aboard, body["evap_load_wm2_min"] * sweat_g_per_load, np.nan)
                    hit = np.isnan(limit_h) & aboard & np.isfinite(np.atleast_1d(s.limit_min))
                    limit_h = np.where(hit, time_h[i] + np.atleast_1d(s.limit_min) / 60.0, limit_h)
                was_aboard = aboard
            else:
                sens, vap = nominal_crew(crew_params, n_crew, t_a)
                radiant = None  # no body model: the linear split (cabin.radiant.crew_radiant_w)
                was_aboard = no_one
            (t_a, t_w, t_e, t_o, rho), fl = cabin.advance(o, consts, (t_a, t_w, t_e, t_o, rho), dt, avionics, sens,
                                                          vap, exchange, cap, phi, avionics_cabin, joined, landed,
                                                          radiant)
            rows.append((t_a, t_w, t_e, t_o, rho) + fl.row() + (sens, vap))
    if rows:
        table = np.array(rows, dtype=float) if scalar else np.array(
            [[np.broadcast_to(x, (n,)) for x in row] for row in rows], dtype=float)
        for j, name in enumerate(OUT_NAMES[:ROW_SIZE]):
            out[name][1:] = table[:, j, None] if scalar else table[:, j]
    out["exchanged"] = out["station"] + out["space"] + out["outside"]
    return inputs, out, limit_h


def _step_cells(i, o, consts, state, dt, inputs, coupled, body, limit_h, was_aboard, last_output, out, time_h,
                crew_params, sweat_g_per_load, prev_row, stop_at_limit=False):
    """Step ``i`` of N cells, each on its own grid (``time_h`` (K, N)): the same crew and cabin step code.

    Riding cells are advanced by one PHS call per distinct step length (the phase-aligned
    grids of :mod:`thermoviz.model.engine.batch_grid` make that one call per crew segment); a
    zero-length (padding) step leaves the cell unchanged; a sub-minute step (the 1-s
    sample before landing) keeps the bodies' last output, as in the single path.
    """
    avionics, n_crew, exchange, cap, phi, avionics_cabin, joined, landed = inputs
    n = dt.shape[0]
    t_a, t_w, t_e, t_o, rho = state
    active = dt > 0
    if coupled and np.any(n_crew > 0):
        aboard = n_crew > 0
        sens, vap, radiant = np.zeros(n), np.zeros(n), np.zeros(n)
        boarding = aboard & ~was_aboard & active
        if boarding.any():
            fresh = crew_model.initial_state((n,))
            body = {key: np.where(boarding, fresh[key], body[key]) for key in body}
            out["t_re"][i] = np.where(boarding, crew_model.hs.PHS_INITIAL_STATE["t_re"], out["t_re"][i])
            out["sweat_g"][i] = np.where(boarding, 0.0, out["sweat_g"][i])
        minutes = np.rint(dt / 60.0).astype(int)
        if stop_at_limit:
            minutes[np.isfinite(limit_h)] = 0  # crossing known: the bodies keep their last output
        for m in np.unique(minutes[aboard]):
            sel = np.flatnonzero(aboard & (minutes == m))
            if m == 0:
                sens[sel] = last_output[0][sel] * n_crew[sel]
                vap[sel] = last_output[1][sel] * n_crew[sel]
                radiant[sel] = last_output[2][sel] * n_crew[sel]
                out["t_re"][i + 1, sel] = out["t_re"][i, sel]
                out["sweat_g"][i + 1, sel] = out["sweat_g"][i, sel]
                continue
            air_c, surface_c, rh = crew_inputs(time_h[i, sel], t_a[sel], t_w[sel], rho[sel])
            s = crew_model.step({key: v[sel] for key, v in body.items()}, air_c, rh, int(m), crew_params,
                                tr_c=surface_c)
            for key in body:
                body[key][sel] = s.state[key]
            sens[sel], vap[sel] = s.sensible_w * n_crew[sel], s.vapour_kg_s * n_crew[sel]
            radiant[sel] = s.radiant_w * n_crew[sel]
            last_output[0][sel], last_output[1][sel], last_output[2][sel] = s.sensible_w, s.vapour_kg_s, s.radiant_w
            out["stored_body"][i + 1, sel] = s.stored_j * n_crew[sel]
            out["t_re"][i + 1, sel] = s.t_re_c
            out["sweat_g"][i + 1, sel] = s.state["evap_load_wm2_min"] * sweat_g_per_load
            hit = np.isnan(limit_h[sel]) & np.isfinite(s.limit_min)
            limit_h[sel[hit]] = time_h[i, sel[hit]] + s.limit_min[hit] / 60.0
        was_aboard = np.where(active, aboard, was_aboard)
    else:
        sens, vap = nominal_crew(crew_params, n_crew, t_a)
        radiant = None  # no body model: the linear split
        was_aboard = np.where(active, False, was_aboard)
    safe_dt = np.where(active, dt, 1.0)
    new_state, fl = cabin.advance(o, consts, state, safe_dt, avionics, sens, vap, exchange, cap, phi,
                                  avionics_cabin, joined, landed, radiant)
    row = tuple(new_state) + fl.row() + (sens, vap)
    if not active.all():
        prev = prev_row if prev_row is not None else (*state, *(np.zeros(n),) * (ROW_SIZE - 5))
        row = tuple(np.where(active, new, 0.0 if j == CONDENSED else old)
                    for j, (new, old) in enumerate(zip(row, prev)))
        # a padding step keeps the state (the first five) whatever the previous row held
        row = tuple(np.where(active, row[j], state[j]) for j in range(5)) + row[5:]
    return body, limit_h, was_aboard, last_output, row


#: Series the events need (limit crossings); always computed.
EVENT_SERIES = frozenset({"cabin_temp_c", "equipment_temp_c"})


def output_series(vehicle, time_h, timing, curve, lost, remaining, cap_pt, out, crew_params, only=None):
    """The output series (K, N) and the crew-aboard mask; ``only``: compute just these (plus
    :data:`EVENT_SERIES`), e.g. a map metric that needs no humidity or loop pressure."""
    cfg_pt = configuration(vehicle, timing, time_column(time_h))
    @functools.cache
    def rh():  # read by two series: computed once
        return psychro.relative_humidity_pct(out["rho"], out["t_a"])

    make = {
        "loop_pressure_kpa": lambda: curve.loop_pressure_pa(lost) / 1e3,
        "coolant_remaining_pct": lambda: 100.0 * remaining,
        "heat_rejection_w": lambda: out["q_air"] + out["q_equip"] + out["latent"],
        "heat_rejection_capacity_w": lambda: cap_pt,
        "heat_load_w": lambda: cfg_pt["avionics"] + cfg_pt["crew"] * crew_model.metabolic_w(crew_params),
        "cabin_temp_c": lambda: out["t_a"],
        "cabin_rh_pct": rh,
        "wet_bulb_c": lambda: psychro.wet_bulb_c(out["t_a"], rh()),
        "wall_temp_c": lambda: out["t_w"],
        "mean_radiant_temp_c": lambda: out["t_w"],  # the crew sees the cabin's surfaces (radiant module)
        "orbital_module_temp_c": lambda: out["t_o"],
        "equipment_temp_c": lambda: out["t_e"],
        "condensed_water_kg": lambda: np.cumsum(out["condensed"], axis=0),
        "crew_core_temp_c": lambda: np.where(cfg_pt["aboard"] & (cfg_pt["crew"] > 0), out["t_re"], np.nan),
    }
    wanted = make if only is None else [name for name in make if name in only or name in EVENT_SERIES]
    return {name: make[name]() for name in wanted}, cfg_pt["aboard"]


def simulate_batch(vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams, *,
                   hole_diameter_mm, discharge_coefficient, puncture_time_h, undock_time_h=np.nan,
                   crew=0, hatch_open=True, duration_h=72.0, descent_duration_h=None,
                   time_h=None, step_h=0.25, crew_strain: bool = False, crew_clothing: str | None = None,
                   crew_stop_at_limit: bool = False, series=None) -> BatchResult:
    """N scenarios of one vehicle/loop/coolant at once (array arguments broadcast to shape (N,)).

    ``puncture_time_h`` / ``undock_time_h``: NaN = never / stays docked.  The grid is
    common (uniform ``step_h`` unless ``time_h`` is given), so events inside a step are
    resolved by interpolation only.  ``crew_strain=True`` couples one PHS body per
    person to every scenario's cabin (arrays through pythermalcomfort's ``phs``) and
    returns ``crew_core_temp_c`` (K, N) and ``crew_limit`` events; the steps must
    then be whole minutes.  Otherwise the crew gives its nominal output and the crew
    series is NaN.

    ``time_h="scenario"`` puts every scenario on its own single-scenario grid
    (:func:`thermoviz.model.engine.batch_grid.batch_scenario_grid`: the points
    :func:`thermoviz.model.engine.grid.scenario_grid` gives each of them, crew segments from
    each one's own undock, phases padded so the crew segments share step indices);
    ``duration_h`` may then be an array (N,).  The result's ``time_h`` is (K, N) and
    every column equals what :func:`run_scenario` computes for that scenario (to float
    rounding; padding points repeat the previous point).  ``descent_duration_h`` may be
    an array (N,) too.  ``crew_stop_at_limit=True`` (per-cell grids) stops each cell's
    body model once its crew reaches the core limit: the ``crew_limit`` event stays
    exact, the crew and cabin series after it are then not the full model's (maps of
    the crew margin need nothing after the crossing).  ``series``: names of the series to
    return (default all; those the events need are always computed).
    """

    timing = batch_timing(vehicle, hole_diameter_mm, discharge_coefficient, puncture_time_h, undock_time_h,
                          crew, hatch_open, descent_duration_h)
    if isinstance(time_h, str):
        if time_h != "scenario":
            raise ValueError(f"time_h: must be an array of times or 'scenario', got {time_h!r}")
        duration = np.broadcast_to(np.asarray(duration_h, dtype=float), timing.crew.shape)
        time_h = batch_scenario_grid(vehicle, loop, coolant, timing, shutdown_h(vehicle, timing), duration,
                                     timing.cda_m2 > 0, crew_strain)
    elif time_h is None:
        steps = max(int(math.ceil(duration_h / step_h)), 1)
        time_h = np.linspace(0.0, duration_h, steps + 1)
    time_h = np.asarray(time_h, dtype=float)
    if crew_strain and time_h.ndim == 1:
        minutes = np.diff(time_h) * 60.0
        if np.any(np.abs(minutes - np.round(minutes)) > 1e-6) or np.any(minutes < 0.5):
            raise ValueError("crew_strain=True needs steps of whole minutes (e.g. step_h=0.25)")
    if series is not None:
        unknown = sorted(set(series) - set(SERIES))
        if unknown:
            raise ValueError(f"series: no series named {unknown[0]!r}; known: {', '.join(SERIES)}")
    params = clothing_params(crew_clothing)
    inputs, out, limit_h = integrate(vehicle, loop, coolant, timing, time_h, params, crew_strain,
                                     crew_stop_at_limit)
    curve = inputs.curves[0]
    series_out, aboard = output_series(vehicle, time_h, timing, curve, inputs.lost_m3, inputs.remaining,
                                       inputs.capacity_w, out, params, series)
    end_h = float(time_h[-1]) if time_h.ndim == 1 else time_h[-1]
    ev = _events(vehicle, curve, timing, time_h, series_out, end_h, shutdown_h(vehicle, timing))
    ev["crew_limit"] = limit_h if crew_strain else np.full(limit_h.shape, np.nan)
    return BatchResult(time_h=time_h, series=series_out, events=ev, crew_aboard=aboard & (timing.crew > 0))


def run_scenario(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams,
                 coupled: bool, crew_params=None):
    """Grid, series, events, aboard mask and raw step output of one scenario (used by simulate and tests)."""

    timing = scenario_timing(scenario, vehicle)
    params = clothing_params(scenario.crew_clothing, model=scenario.crew_model) if crew_params is None \
        else crew_params
    time_h = scenario_grid(scenario, vehicle, loop, coolant, timing, shutdown_h(vehicle, timing), coupled)
    inputs, out, limit_h = integrate(vehicle, loop, coolant, timing, time_h, params, coupled)
    curve = inputs.curves[0]
    series2d, aboard2d = output_series(vehicle, time_h, timing, curve, inputs.lost_m3, inputs.remaining,
                                       inputs.capacity_w, out, params)
    ev = _events(vehicle, curve, timing, time_h, series2d, scenario.duration_h, shutdown_h(vehicle, timing))
    ev["crew_limit"] = limit_h
    series = {name: np.ascontiguousarray(values[:, 0]) for name, values in series2d.items()}
    events = {name: (None if np.isnan(v[0]) else float(v[0])) for name, v in ev.items()}
    aboard = np.ascontiguousarray(aboard2d[:, 0]) & (scenario.crew > 0)
    return time_h, series, events, aboard, curve, {k: v[:, 0] for k, v in out.items()}, params


def simulate_physics(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams,
                     coolant: CoolantParams) -> Result:
    """Loop and cabin physics of one scenario, crew at a nominal output (the fast preview)."""

    time_h, series, events, aboard, curve, out, params = run_scenario(scenario, vehicle, loop, coolant, False)
    verdict = make_verdict(scenario, vehicle, time_h, series, events, aboard, False, frozenset())
    notes = physics_notes(scenario, vehicle, loop, coolant, curve, events)
    return Result(scenario=scenario, time_h=time_h, series=series, events=events, verdict=verdict,
                  crew_aboard=aboard, notes=notes, crew_strain_computed=False, vehicle=vehicle,
                  energy=run_energy(scenario, vehicle, time_h, out, aboard, params))
