"""Reference integration of the same equations with ``scipy.integrate.solve_ivp``.

Used by the tests (does the fast path solve the equations it claims to?) and by
the benchmark (how much faster is it?).  State ``y = [V_lost m³, T °C, ρ_v kg/m³]``:

    dV/dt   = Cd·A · max(g(V), q_tail)         while V < V_liquid (terminal event "empty")
    C dT/dt = a(t) - b(t)·T - Q_rej(T) + L·ṁ_wall
    V dρ/dt = N·ṁ_v(T) - φ·V̇_chx·max(ρ - ρ_set, 0) - V̇_ex·(ρ - ρ_station) - ṁ_wall

with the ideal thermostat written as a high-gain proportional controller with
feed-forward, ``Q_rej = clip(a - b·T_set + G_c·(T - T_set), 0, cap_sens)``
(G_c = 2·10⁴ W/K: within 0.1 K of the ideal one), and wall condensation as a
fast relaxation ``ṁ_wall = V·max(ρ - ρ_sat(T), 0)/τ_wall`` (τ_wall = 2 s)
instead of the fast path's instantaneous cap.  Stiff (LSODA), integrated piece
by piece between the timeline breakpoints.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from scipy.integrate import solve_ivp

from . import cabin, psychro
from .coolant import CoolantParams
from .leak import LeakCurve, circulation_factor, hole_area_m2, leak_curve
from .params import LoopParams, VehicleParams
from .scenario import Scenario

CONTROL_GAIN_W_K = 2e4
WALL_CONDENSATION_TAU_S = 2.0


@dataclass(frozen=True)
class RhsParams:
    """Everything :func:`rhs` needs (time in seconds)."""

    vehicle: VehicleParams
    loop: LoopParams
    curve: LeakCurve
    consts: cabin.CabinConstants
    cda_m2: float
    puncture_s: float
    undock_s: float
    landing_s: float
    crew: float
    hatch_open: bool
    other_capacity_w: float


def make_params(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams) -> RhsParams:
    from .simulate import _cabin_constants

    inf = np.inf
    tp = scenario.puncture_time_h * 3600.0 if scenario.punctured else inf
    tu = scenario.undock_time_h * 3600.0 if (scenario.undock_time_h is not None
                                              and vehicle.kind == "spacecraft") else inf
    descent = scenario.descent_duration_h if scenario.descent_duration_h is not None else vehicle.descent_duration_h
    return RhsParams(vehicle, loop, leak_curve(loop, coolant), _cabin_constants(vehicle),
                     float(scenario.discharge_coefficient * hole_area_m2(scenario.hole_diameter_mm)),
                     tp, tu, tu + descent * 3600.0, float(scenario.crew), scenario.hatch_open,
                     vehicle.other_loops_capacity_w(loop.id))


def rhs(t: float, y, p: RhsParams):
    """Time derivative of ``y = [V_lost, T, ρ_v]`` at time ``t`` [s] (the model's equations)."""
    volume_lost, temp, vapour = float(y[0]), float(y[1]), float(y[2])
    v, c, curve = p.vehicle, p.consts, p.curve
    # leak
    if t >= p.puncture_s and p.cda_m2 > 0:
        # smooth through V = V_liquid (no cut-off): the terminal event "empty" stops it there
        dp = max(float(curve.gas_pressure_pa(volume_lost)) - curve.vapour_pressure_pa, 0.0)
        dv = p.cda_m2 * max((2.0 * dp / curve.density_kg_m3) ** 0.5, curve.tail_flow_m_s, 1e-12)
    else:
        dv = 0.0
    phi = float(circulation_factor(1.0 - min(volume_lost, curve.inventory_m3) / curve.inventory_m3, p.loop))
    capacity = phi * p.loop.heat_rejection_capacity_w + p.other_capacity_w
    phi_chx = phi if p.other_capacity_w == 0 else 1.0
    # configuration
    docked = t < p.undock_s
    landed = t >= p.landing_s
    aboard = True if v.kind == "station_module" else (not docked and not landed)
    avionics = v.avionics_docked_w if docked else (v.avionics_landed_w if landed else v.avionics_free_flight_w)
    exchange = v.station_air_exchange_m3_h / 3600.0 if (docked and p.hatch_open) else 0.0
    crew = p.crew if aboard else 0.0
    g_station = float(cabin.air_conductance_w_k(exchange))
    a = (avionics + crew * cabin.CREW_SENSIBLE_W_K * cabin.CREW_NEUTRAL_TEMP_C
         + v.hull_ua_w_k * v.surroundings_temp_c + g_station * v.station_air_temp_c)
    b = crew * cabin.CREW_SENSIBLE_W_K + v.hull_ua_w_k + g_station
    # humidity and control
    m_chx = phi_chx * c.chx_flow_m3_s * max(vapour - c.setpoint_vapour_kg_m3, 0.0)
    latent = psychro.LATENT_HEAT_J_KG * m_chx
    cap_sens = max(capacity - latent, 0.0)
    q_rej = min(max(a - b * c.setpoint_c + CONTROL_GAIN_W_K * (temp - c.setpoint_c), 0.0), cap_sens)
    rho_sat = float(psychro.saturation_vapour_density_kg_m3(temp))
    m_wall = c.volume_m3 * max(vapour - rho_sat, 0.0) / WALL_CONDENSATION_TAU_S
    m_crew = crew * float(cabin.crew_vapour_kg_s(temp))
    dtemp = (a - b * temp - q_rej + psychro.LATENT_HEAT_J_KG * m_wall) / c.heat_capacity_j_k
    dvapour = (m_crew - m_chx - exchange * (vapour - c.station_vapour_kg_m3) - m_wall) / c.volume_m3
    return [dv, dtemp, dvapour]


def reference_solution(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams,
                       time_h, initial=None, rtol: float = 1e-6):
    """Integrate :func:`rhs` with solve_ivp (LSODA) onto ``time_h``; returns (V_lost, T, ρ_v) arrays.

    ``initial`` = (T0, ρ0); default: the fast path's steady state.
    """
    p = make_params(scenario, vehicle, loop, coolant)
    t_eval = np.asarray(time_h, dtype=float) * 3600.0
    if initial is None:
        from .simulate import simulate_physics

        r = simulate_physics(scenario, vehicle, loop, coolant)
        rho0 = psychro.vapour_density_from_rh(r.cabin_temp_c[0], r.cabin_rh_pct[0])
        initial = (float(r.cabin_temp_c[0]), float(rho0))
    breaks = sorted({x for x in (p.puncture_s, p.undock_s, p.landing_s) if t_eval[0] < x < t_eval[-1]})
    edges = [t_eval[0], *breaks, t_eval[-1]]
    y = np.array([0.0, initial[0], initial[1]])
    out = np.empty((3, t_eval.size))
    out[:, 0] = y

    def empty(t, yy, pp):
        return yy[0] - pp.curve.inventory_m3
    empty.terminal = True

    for lo, hi in zip(edges[:-1], edges[1:]):
        t0 = lo
        while t0 < hi:
            mask = (t_eval > t0) & (t_eval <= hi)
            sol = solve_ivp(rhs, (t0, hi), y, method="LSODA", t_eval=t_eval[mask], args=(p,),
                            rtol=rtol, atol=[1e-9, 1e-6, 1e-8],
                            events=empty if y[0] < p.curve.inventory_m3 else None)
            n = np.asarray(sol.t).size
            idx = np.flatnonzero(mask)[:n]
            out[:, idx] = sol.y
            y = sol.y_events[0][0].copy() if (sol.status == 1 and sol.t_events[0].size) else sol.y[:, -1].copy()
            if sol.status == 1 and sol.t_events[0].size:
                # Empty: freeze V exactly (no leak term left to confuse the Jacobian).
                y[0] = p.curve.inventory_m3
                p = dataclasses.replace(p, cda_m2=0.0)
                t0 = float(sol.t_events[0][0])
            else:
                t0 = hi
    return out[0], out[1], out[2]
