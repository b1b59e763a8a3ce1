"""Reference integration of the same equations with ``scipy.integrate.solve_ivp``.

Used by the tests (does the fast path solve the equations it claims to?) and by
the benchmark (how much faster is it?).  State
``y = [V_lost m³, T_a, T_w, T_e, T_o °C, ρ_v kg/m³]`` with the equations of
:mod:`thermoviz.model.cabin.nodes` (flags j joined, s in space, l landed; radiation to space with the
full σ·(T⁴ - T_sink⁴) law, not the fast path's secant)::

    dV/dt     = Cd·A · max(g(V), q_tail)            while V < V_liquid (terminal event "empty")
    C_a dT_a/dt = C_crew + Q_av,a + U_aw(T_w-T_a) + j·U_ea(T_e-T_a) + G(T_st-T_a) - Q_a
    C_w dT_w/dt = U_aw(T_a-T_w) + R_crew + j·U_wo(T_o-T_w) + j·U_we(T_e-T_w) - s·q_sp,w - l·U_out(T_w-T_out)
                  + L·ṁ_cond
    C_e dT_e/dt = j·[Q_av,e + U_ea(T_a-T_e) + U_we(T_w-T_e) - q_sp,e] - Q_e
    C_o dT_o/dt = j·[U_wo(T_w-T_o) + G(T_st-T_o) - q_sp,o]
    V dρ/dt   = ṁ_crew - ṁ_chx - V̇_ex(ρ-ρ_st) - ṁ_cond

Stated simplifications against the fast path: the two ideal thermostats are
high-gain proportional controllers with the same priority and capacity clipping
(``Q_e = clip(G_c·(T_e - T_e,set), 0, cap_s)``, ``Q_a = clip(G_c·(T_a - T_set), 0,
cap_s - Q_e)``, G_c = 2·10⁴ W/K), wall condensation is a fast relaxation
``ṁ_cond = V·max(ρ - ρ_sat(min(T_w, T_a)), 0)/τ`` (τ = 2 s) with its heat to the wall,
the loop capacity and circulation are held per grid step at the step's end value
as in the fast path (so the check is on the heat and vapour integration, the leak being
checked on its own), and the crew enters as the fast path's crew output (sensible heat, the part of it
radiated to the walls, and vapour per step, taken from a fast-path run: the same PHS segments).  Stiff (LSODA),
integrated piece by piece between the grid points.
"""

from __future__ import annotations

import numpy as np
from scipy.integrate import solve_ivp

from .. import psychro
from ..cabin.nodes import air_conductance_w_k
from ..cabin.radiant import SIGMA_W_M2_K4
from ..psychro import LATENT_HEAT_J_KG
from .simulate import run_scenario
from .step_inputs import leak_state
from .timing import cabin_constants, configuration, scenario_timing

CONTROL_GAIN_W_K = 2e4
WALL_CONDENSATION_TAU_S = 2.0


def _radiated_w(c, area_m2, temp_c):
    """σ·ε*·A·(T⁴ - T_sink⁴) [W]."""
    return c.mli_emissivity * SIGMA_W_M2_K4 * area_m2 * ((temp_c + 273.15) ** 4 - (c.sink_c + 273.15) ** 4)


def rhs(t, y, c, leak, step):
    """Time derivative of ``y = [V_lost, T_a, T_w, T_e, T_o, ρ_v]``; ``step`` holds the step's inputs."""
    lost, t_a, t_w, t_e, t_o, rho = (float(x) for x in y)
    cda, curve = leak
    if cda > 0:  # the caller switches the orifice off at the drain's own "empty" time
        dp = max(float(curve.gas_pressure_pa(lost)) - curve.vapour_pressure_pa, 0.0)
        dv = cda * max((2.0 * dp / curve.density_kg_m3) ** 0.5, curve.tail_flow_m_s, 1e-12)
    else:
        dv = 0.0
    avionics, av_cabin, crew_sens, crew_radiant, crew_vap, exchange, cap, phi, joined, landed = step
    chx = phi * c.chx_flow_m3_s
    m_chx = min(chx * max(rho - c.setpoint_vapour_kg_m3, 0.0), max(cap, 0.0) / LATENT_HEAT_J_KG)
    cap_s = max(cap - LATENT_HEAT_J_KG * m_chx, 0.0)
    q_e = min(max(CONTROL_GAIN_W_K * (t_e - c.equip_setpoint_c), 0.0), cap_s)
    q_a = min(max(CONTROL_GAIN_W_K * (t_a - c.setpoint_c), 0.0), cap_s - q_e)
    coldest = min(t_w, t_a)
    m_cond = c.volume_m3 * max(rho - float(psychro.saturation_vapour_density_kg_m3(coldest)), 0.0) \
        / WALL_CONDENSATION_TAU_S
    cond_w = LATENT_HEAT_J_KG * m_cond
    g = float(air_conductance_w_k(exchange))
    radiant = crew_radiant
    j = joined
    d_a = (crew_sens - radiant + av_cabin + c.air_wall_ua * (t_w - t_a) + j * c.equip_air_ua * (t_e - t_a)
           + g * (c.station_temp_c - t_a) - q_a + (cond_w if t_a < t_w else 0.0)) / c.air_c
    d_w = (c.air_wall_ua * (t_a - t_w) + radiant + j * c.orbital_wall_ua * (t_o - t_w)
           + j * c.equip_wall_ua * (t_e - t_w) - (1.0 - landed) * _radiated_w(c, c.wall_area_m2, t_w)
           - landed * c.landed_ua * (t_w - c.outside_c) + (cond_w if t_w <= t_a else 0.0)) / c.wall_c
    d_e = (j * (avionics - av_cabin + c.equip_air_ua * (t_a - t_e) + c.equip_wall_ua * (t_w - t_e)
                - _radiated_w(c, c.equip_area_m2, t_e)) - q_e) / c.equip_c
    d_o = j * (c.orbital_wall_ua * (t_w - t_o) + g * (c.station_temp_c - t_o)
               - _radiated_w(c, c.orbital_area_m2, t_o)) / c.orbital_c
    d_rho = (crew_vap - m_chx - exchange * (rho - c.station_vapour_kg_m3) - m_cond) / c.volume_m3
    return [dv, d_a, d_w, d_e, d_o, d_rho]


def reference_solution(scenario, vehicle, loop, coolant, time_h=None, rtol: float = 1e-6, coupled: bool = False):
    """Integrate :func:`rhs` with solve_ivp (LSODA) on the fast path's grid.

    Returns ``(time_h, series)`` with ``series`` = dict of ``volume_lost_m3``,
    ``cabin_temp_c``, ``wall_temp_c``, ``equipment_temp_c``, ``orbital_module_temp_c``, ``vapour_kg_m3``.
    Start state and the crew's output per step are those of a fast-path run
    (``coupled`` selects the crew model of that run).
    """

    grid, _series, _ev, _ab, curve, out, _p = run_scenario(scenario, vehicle, loop, coolant, coupled)
    c = cabin_constants(vehicle)
    timing = scenario_timing(scenario, vehicle)
    cfg = configuration(vehicle, timing, (0.5 * (grid[1:] + grid[:-1]))[:, None])
    _c, _lost, _rem, phi_pt, cap_pt = leak_state(vehicle, loop, coolant, timing, grid[:, None])
    phi_chx = phi_pt[:, 0] if vehicle.other_loops_capacity_w(loop.id) == 0 else np.ones(grid.size)
    tp = timing.puncture_h[0]
    y = np.array([0.0, out["t_a"][0], out["t_w"][0], out["t_e"][0], out["t_o"][0], out["rho"][0]])
    result = np.empty((6, grid.size))
    result[:, 0] = y
    for i in range(grid.size - 1):
        t0, t1 = grid[i] * 3600.0, grid[i + 1] * 3600.0
        leaking = np.isfinite(tp) and grid[i] >= tp - 1e-12 and timing.cda_m2[0] > 0
        step = (cfg["avionics"][i, 0], cfg["avionics_cabin"][i, 0], out["crew_sens"][i + 1], out["radiant"][i + 1],
                out["crew_vap"][i + 1],
                cfg["exchange"][i, 0], cap_pt[i + 1, 0] * cfg["joined"][i, 0], phi_chx[i + 1],
                cfg["joined"][i, 0], cfg["landed"][i, 0])
        cda = timing.cda_m2[0] if leaking else 0.0
        # Split the step at "empty" (the drain's closed form) instead of switching the orifice off inside
        # the solver: integrating across that discontinuity made LSODA crawl for minutes on large holes.
        t_empty = tp * 3600.0 + float(curve.time_to_lose_s(curve.inventory_m3, cda)) if cda > 0 else t0
        for a, b, on in ((t0, min(t1, t_empty), True), (max(t0, t_empty), t1, False)):
            if b <= a:
                continue
            sol = solve_ivp(rhs, (a, b), y, method="LSODA", args=(c, (cda if on else 0.0, curve), step),
                            rtol=rtol, atol=[1e-9, 1e-6, 1e-6, 1e-6, 1e-6, 1e-8])
            y = sol.y[:, -1].copy()
            y[0] = min(y[0], curve.inventory_m3)
        result[:, i + 1] = y
    keys = ("volume_lost_m3", "cabin_temp_c", "wall_temp_c", "equipment_temp_c", "orbital_module_temp_c",
            "vapour_kg_m3")
    series = dict(zip(keys, result))
    if time_h is not None:
        series = {k: np.interp(time_h, grid, v) for k, v in series.items()}
        grid = np.asarray(time_h, dtype=float)
    return grid, series
