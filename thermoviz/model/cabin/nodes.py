"""Cabin: the descent module's air and walls, the instrument compartment and the orbital module as four
thermal nodes, plus water vapour.  No fixed-temperature surroundings: heat leaves only through the
loop, the station air while docked, radiation to space through the insulation and, after landing,
the outside air.

Nodes (temperatures T_a, T_w, T_e, T_o [°C]; heat capacities C_a, C_w, C_e, C_o [J/K])::

    C_a dT_a/dt = C_crew + Q_av,a + U_aw·(T_w - T_a) + j·U_ea·(T_e - T_a) + G·(T_st - T_a) - Q_a
    C_w dT_w/dt = U_aw·(T_a - T_w) + R_crew + j·U_wo·(T_o - T_w) + j·U_we·(T_e - T_w)
                  - s·G_sp,w·(T_w - T_sink) - l·U_out·(T_w - T_out) + L·ṁ_cond
    C_e dT_e/dt = j·[Q_av,e + U_ea·(T_a - T_e) + U_we·(T_w - T_e) - G_sp,e·(T_e - T_sink)] - Q_e
    C_o dT_o/dt = j·[U_wo·(T_w - T_o) + G·(T_st - T_o) - G_sp,o·(T_o - T_sink)]

* air ``a``: descent-module air and the light interior that follows it; the crew's convective heat
  ``C_crew``, the cabin's share of the equipment heat ``Q_av,a`` and ``G = ρ_air·c_p·V̇_ex`` of station air
  (docked, hatch open) act here.
* wall ``w``: the descent module's shell and structure, the crew's radiant surroundings (mean radiant
  temperature = T_w) and the sink of their radiant heat ``R_crew`` (:mod:`thermoviz.model.cabin.radiant`).
  Vapour condenses on the coldest surface, so the air's dew point cannot rise above the wall
  temperature: the excess condenses there and its latent heat ``L·ṁ_cond`` warms the wall.
* instrument compartment ``e`` (equipment bay): avionics ``Q_av,e``, cold plates ``Q_e``, coupled to
  the cabin air (``U_ea``, ducts and shared structure) and to the descent-module shell (``U_we``).
* orbital module ``o`` (air, structure and equipment as one mass): coupled to the shell through the
  hatch bulkhead and frame (``U_wo``) and, docked, ventilated by the same station air.
* ``G_sp`` = radiation to space through the MLI (secant conductance at the start of the step,
  :func:`thermoviz.model.cabin.radiant.radiation_conductance_w_k`); ``U_out`` to the outside air after landing.
* flags per step: ``j`` = modules joined (until they separate before entry; the separated modules are
  frozen, out of the books' flows), ``s`` = in space (not landed), ``l`` = landed.

The loop (capacity ``cap = φ·cap_full`` + intact loops) removes, in this order:
the condensing heat exchanger's latent load ``L·ṁ_chx`` (never more than ``cap``),
then the cold plates hold the equipment bay at its set-point (``Q_e``) and the cabin
air heat exchanger holds the air at its set-point (``Q_a``) — both exactly when the
capacity allows, else the cold plates first and the air with what is left.  So ``Q_a + Q_e + L·ṁ_chx <= cap`` at every step.

Vapour (density ρ_v [kg/m³] in the free volume V)::

    V dρ_v/dt = ṁ_crew - ṁ_chx - V̇_ex·(ρ_v - ρ_st) - ṁ_cond,
    ṁ_chx = φ·V̇_chx·max(ρ_v - ρ_set, 0)   (capped at cap/L)

Integration
-----------
Backward (implicit) Euler on each step with the step's inputs frozen: the orbital module (coupled
to the wall only) is eliminated into the wall's row, the remaining symmetric 3×3 system is solved in
closed form, and the two thermostats follow by superposition (the solution is linear in ``Q_a`` and
``Q_e``, so the heat that holds a node at its set-point is one division, then clipped to the capacity).
Implicit Euler is unconditionally stable for any step, and its discrete energy books close exactly:
over a step, heat generated - rejected - exchanged equals the change of Σ C·T + L·V·ρ_v.  The same
:func:`advance` code runs on Python floats (one scenario) or numpy arrays of shape (N,) (N scenarios at
once): see :class:`Ops`.  Condensation is checked at both ends of a step: at its start on the coldest
surface (its latent heat in the implicit solve), at its end on the node then coldest, warmed by that
latent heat until the air left is just saturated (:func:`condense_on`); the condensate stays on the walls
(not re-evaporated).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .. import psychro
from ..psychro import AIR_CP_J_KG_K, AIR_DENSITY_KG_M3, LATENT_HEAT_J_KG
from .radiant import SIGMA_W_M2_K4, crew_radiant_w

#: Latent share of a person's heat at a comfortable cabin (≈22 °C), used by the fast,
#: preliminary cabin before the crew model has run: ≈30-35 W latent of ≈105 W at rest
#: (docs/sources.md §5.1 "≈70-75 W / ≈30-35 W" at rest, 22 °C); estimate.
NOMINAL_LATENT_FRACTION = 0.32
#: The preliminary crew's sensible heat falls linearly with the air temperature and is zero
#: at about skin temperature (estimate, standard physiology: above it the air heats the body
#: and only sweat cools): S = M·(1 - f_lat)·(T_skin - T_a)/(T_skin - 22 °C); latent = M - S.
NOMINAL_SKIN_TEMP_C = 34.0


def air_conductance_w_k(flow_m3_s):
    """Heat carried per kelvin by an air flow, G = ρ_air·c_p·V̇ [W/K]."""
    return AIR_DENSITY_KG_M3 * AIR_CP_J_KG_K * flow_m3_s


class Ops:
    """The few array operations :func:`advance` needs, for numpy arrays (N scenarios)."""

    where = staticmethod(np.where)
    exp = staticmethod(np.exp)
    maximum = staticmethod(np.maximum)
    minimum = staticmethod(np.minimum)
    any = staticmethod(np.any)


class ScalarOps:
    """The same operations on Python floats: one scenario without numpy call overhead."""

    @staticmethod
    def where(cond, x, y):
        return x if cond else y

    exp = staticmethod(math.exp)
    maximum = staticmethod(max)
    minimum = staticmethod(min)
    any = staticmethod(bool)


def magnus_saturation_density(o, temp_c):
    """Saturation vapour density [kg/m³] (same formula as :mod:`psychro`, through ``o``)."""
    return 610.94 * o.exp(17.625 * temp_c / (temp_c + 243.04)) / (psychro.R_VAPOUR_J_KG_K * (temp_c + 273.15))


@dataclass(frozen=True)
class CabinConstants:
    """Per-vehicle constants of the cabin equations (SI units, °C)."""

    air_c: float
    wall_c: float
    equip_c: float
    orbital_c: float
    volume_m3: float
    air_wall_ua: float
    equip_air_ua: float
    equip_wall_ua: float
    orbital_wall_ua: float
    mli_emissivity: float
    wall_area_m2: float
    equip_area_m2: float
    orbital_area_m2: float
    sink_c: float
    landed_ua: float
    outside_c: float
    setpoint_c: float
    equip_setpoint_c: float
    setpoint_vapour_kg_m3: float  # at the CHX dew point
    station_vapour_kg_m3: float
    station_temp_c: float
    chx_flow_m3_s: float


@dataclass
class Flows:
    """What one step moved [W, or kg for the condensate]; floats or arrays like the state.

    ``station_w`` (sensible + latent of the station air), ``space_w`` (radiated) and ``outside_w``
    (to the outside air after landing) are positive outwards; ``crew_radiant_w`` is the crew's heat
    booked to the walls (part of their sensible heat).
    """

    q_air_w: object
    q_equip_w: object
    latent_w: object
    condensed_kg: object
    station_w: object
    space_w: object
    outside_w: object
    crew_radiant_w: object

    def row(self) -> tuple:
        """The flows in the engine's raw-output order (``q_air`` … ``radiant``)."""
        return (self.q_air_w, self.q_equip_w, self.latent_w, self.condensed_kg, self.station_w, self.space_w,
                self.outside_w, self.crew_radiant_w)

    @property
    def exchanged_w(self):
        """Everything that left the vehicle other than through the loop [W]."""
        return self.station_w + self.space_w + self.outside_w


def advance(o, c: CabinConstants, state, dt_s, avionics_w, crew_sensible_w, crew_vapour_kg_s,
            exchange_m3_s, cap_w, phi_chx, avionics_cabin_w=0.0, joined=1.0, landed=0.0, crew_radiant=None):
    """One implicit-Euler step of ``dt_s`` seconds from ``state = (t_a, t_w, t_e, t_o, rho)``.

    Returns ``((t_a, t_w, t_e, t_o, rho), Flows)``.  ``avionics_w``: all equipment heat [W], of which
    ``avionics_cabin_w`` is released in the cabin air.  ``crew_sensible_w`` / ``crew_vapour_kg_s``: the
    whole crew's sensible heat [W] (split between air and walls here) and vapour output [kg/s] over the
    step; ``cap_w``: loop capacity; ``phi_chx``: circulation factor of the loop
    feeding the condensing heat exchanger; ``joined`` (1/0): modules not yet separated; ``landed`` (1/0).
    ``crew_radiant``: the part of ``crew_sensible_w`` the bodies radiate to the walls [W] (the crew
    model's own radiation term); ``None`` (no body model: the preliminary crew) splits it with the
    linear coefficients (:func:`~thermoviz.model.cabin.radiant.crew_radiant_w`).
    """
    t_a, t_w, t_e, t_o, rho = state
    volume = c.volume_m3
    a_v = volume / dt_s
    chx = phi_chx * c.chx_flow_m3_s
    rho_st = c.station_vapour_kg_m3
    rho_set = c.setpoint_vapour_kg_m3
    # ---- vapour (implicit): with the CHX working, without it, or stuck at its set-point
    inflow = a_v * rho + crew_vapour_kg_s + exchange_m3_s * rho_st
    rho_wet = (inflow + chx * rho_set) / (a_v + exchange_m3_s + chx)
    rho_dry = inflow / (a_v + exchange_m3_s)
    rho_new = o.where(rho_wet > rho_set, rho_wet, o.minimum(rho_dry, rho_set))
    m_chx = o.maximum(inflow - (a_v + exchange_m3_s) * rho_new, 0.0)  # mass balance [kg/s]
    m_max = o.maximum(cap_w, 0.0) / LATENT_HEAT_J_KG
    over_cap = m_chx > m_max
    m_chx = o.minimum(m_chx, m_max)
    rho_new = o.where(over_cap, (inflow - m_chx) / (a_v + exchange_m3_s), rho_new)
    latent_w = LATENT_HEAT_J_KG * m_chx
    # ---- condensation on the coldest surface (walls, or the air itself if colder)
    wall_coldest = t_w <= t_a
    rho_cap = magnus_saturation_density(o, o.minimum(t_w, t_a))
    condensed_kg = volume * o.maximum(rho_new - rho_cap, 0.0)
    rho_new = o.minimum(rho_new, rho_cap)
    cond_w = LATENT_HEAT_J_KG * condensed_kg / dt_s
    # ---- couplings of this step (flags j, s, l) and the crew's radiant share
    g = AIR_DENSITY_KG_M3 * AIR_CP_J_KG_K * exchange_m3_s  # station air, as air_conductance_w_k
    space = 1.0 - landed
    u_ea = joined * c.equip_air_ua
    u_we = joined * c.equip_wall_ua
    u_wo = joined * c.orbital_wall_ua
    # radiation to space: radiation_conductance_w_k inlined (the sink's terms once per step)
    sink_k = c.sink_c + 273.15
    sink_k2 = sink_k * sink_k
    eps_sigma = c.mli_emissivity * SIGMA_W_M2_K4
    tk = t_w + 273.15
    g_w = (space * eps_sigma * c.wall_area_m2) * ((tk * tk + sink_k2) * (tk + sink_k))
    tk = t_e + 273.15
    g_e = (joined * eps_sigma * c.equip_area_m2) * ((tk * tk + sink_k2) * (tk + sink_k))
    tk = t_o + 273.15
    g_o = (joined * eps_sigma * c.orbital_area_m2) * ((tk * tk + sink_k2) * (tk + sink_k))
    g_ost = joined * g
    u_out = landed * c.landed_ua
    radiant = crew_radiant_w(crew_sensible_w) if crew_radiant is None else crew_radiant
    # ---- orbital module: coupled to the wall only, eliminated into the wall's row
    c_o = c.orbital_c / dt_s
    m_oo = c_o + u_wo + g_ost + g_o
    r_o = c_o * t_o + g_ost * c.station_temp_c + g_o * c.sink_c
    wo = u_wo / m_oo
    # ---- temperatures: symmetric 3×3 system M·T = r - Q_a·e_a - Q_e·e_e
    c_a = c.air_c / dt_s
    c_w = c.wall_c / dt_s
    c_e = c.equip_c / dt_s
    m_aa = c_a + c.air_wall_ua + u_ea + g
    m_ww = c_w + c.air_wall_ua + u_wo + u_we + g_w + u_out - u_wo * wo
    m_ee = c_e + u_ea + u_we + g_e
    d = -c.air_wall_ua
    f = -u_ea
    h = -u_we
    cond_air = o.where(wall_coldest, 0.0, cond_w)
    r_a = c_a * t_a + crew_sensible_w - radiant + avionics_cabin_w + g * c.station_temp_c + cond_air
    r_w = c_w * t_w + radiant + g_w * c.sink_c + u_out * c.outside_c + wo * r_o + (cond_w - cond_air)
    r_e = c_e * t_e + (avionics_w - avionics_cabin_w) + g_e * c.sink_c
    cof_aa = m_ww * m_ee - h * h
    cof_aw = f * h - d * m_ee
    cof_ae = d * h - m_ww * f
    inv_det = 1.0 / (m_aa * cof_aa + d * cof_aw + f * cof_ae)
    i_aa = cof_aa * inv_det
    i_aw = cof_aw * inv_det
    i_ae = cof_ae * inv_det
    i_ww = (m_aa * m_ee - f * f) * inv_det
    i_we = (d * f - m_aa * h) * inv_det
    i_ee = (m_aa * m_ww - d * d) * inv_det
    a0 = i_aa * r_a + i_aw * r_w + i_ae * r_e
    w0 = i_aw * r_a + i_ww * r_w + i_we * r_e
    e0 = i_ae * r_a + i_we * r_w + i_ee * r_e
    cap_sens = o.maximum(cap_w - latent_w, 0.0)
    # both nodes held at their set-points (2×2 solve), if that is within capacity and needs no heating
    inv_det2 = 1.0 / (i_aa * i_ee - i_ae * i_ae)
    da, de = a0 - c.setpoint_c, e0 - c.equip_setpoint_c
    q_a2 = (da * i_ee - de * i_ae) * inv_det2
    q_e2 = (de * i_aa - da * i_ae) * inv_det2
    both = (q_a2 >= 0.0) & (q_e2 >= 0.0) & (q_a2 + q_e2 <= cap_sens)
    # otherwise by priority: cold plates first, then the cabin air with what is left
    q_e1 = o.minimum(o.maximum(de / i_ee, 0.0), cap_sens)
    q_a1 = o.minimum(o.maximum((da - q_e1 * i_ae) / i_aa, 0.0), o.maximum(cap_sens - q_e1, 0.0))
    q_e = o.where(both, q_e2, q_e1)
    q_a = o.where(both, q_a2, q_a1)
    t_a_new = a0 - q_e * i_ae - q_a * i_aa
    t_w_new = w0 - q_a * i_aw - q_e * i_we
    t_e_new = e0 - q_a * i_ae - q_e * i_ee
    t_o_new = r_o / m_oo + wo * t_w_new
    station = (g * (t_a_new - c.station_temp_c) + g_ost * (t_o_new - c.station_temp_c)
               + LATENT_HEAT_J_KG * exchange_m3_s * (rho_new - rho_st))
    to_space = g_w * (t_w_new - c.sink_c) + g_e * (t_e_new - c.sink_c) + g_o * (t_o_new - c.sink_c)
    outside = u_out * (t_w_new - c.outside_c)
    # ---- vapour the surfaces of the end of the step cannot hold condenses now (operator split): on the
    # coldest node, whose latent heat warms it (:func:`condense_on`); if that leaves the other node the
    # coldest and below the dew point, it condenses there too.  The books stay closed (L·m = C·ΔT).
    for _pass in range(2):
        wall_end = t_w_new <= t_a_new
        late_kg, t_warmed = condense_on(o, o.minimum(t_w_new, t_a_new), o.where(wall_end, c.wall_c, c.air_c),
                                        rho_new, volume)
        rho_new = rho_new - late_kg / volume
        t_w_new = o.where(wall_end, t_warmed, t_w_new)
        t_a_new = o.where(wall_end, t_a_new, t_warmed)
        condensed_kg = condensed_kg + late_kg
    flows = Flows(q_a, q_e, latent_w, condensed_kg, station, to_space, outside, radiant)
    return (t_a_new, t_w_new, t_e_new, t_o_new, rho_new), flows


#: Newton steps of :func:`condense_on` after its first (each keeps the air at or below saturation).
CONDENSE_NEWTON_STEPS = 4


def condense_on(o, t_node, c_node, rho, volume):
    """Vapour [kg] that condenses on a node at ``t_node`` [°C] of heat capacity ``c_node`` [J/K] out of air of
    vapour density ``rho`` and ``volume``, and the node's temperature after its latent heat warmed it.

    The node ends at the temperature ``T`` where the air left is just saturated:
    ``h(T) = ρ - C·(T - t_node)/(L·V) - ρ_sat(T) = 0`` (then ``m = C·(T - t_node)/L``).  ``h`` is concave and
    falls with ``T``, so Newton's first step from ``t_node`` lands at or beyond the root (more warming, more
    condensate: the air is left unsaturated) and every further step approaches the root from that side.
    A node of little heat capacity warms to about the dew point and condenses little; a large one condenses
    the excess.  Floats or arrays; nothing condenses where the air is not above saturation.
    """
    excess = rho - magnus_saturation_density(o, t_node)
    if not o.any(excess > 0.0):  # the common case: nothing to condense, no iteration
        return 0.0 * excess, t_node
    k = c_node / (LATENT_HEAT_J_KG * volume)
    t = t_node
    for _ in range(1 + CONDENSE_NEWTON_STEPS):
        rho_sat = magnus_saturation_density(o, t)
        slope = rho_sat * (17.625 * 243.04 / ((t + 243.04) * (t + 243.04)) - 1.0 / (t + 273.15))
        t = t + (rho - k * (t - t_node) - rho_sat) / (k + slope)
    t = o.where(excess > 0.0, o.maximum(t, t_node), t_node)
    return c_node * (t - t_node) / LATENT_HEAT_J_KG, t


def steady_state(o, c: CabinConstants, avionics_w, crew_sensible_w, crew_vapour_kg_s, exchange_m3_s, cap_w,
                 phi_chx, avionics_cabin_w=0.0, start=None, steps: int = 20):
    """Initial steady state of the configuration (floats or arrays): (t_a, t_w, t_e, t_o, rho).

    Found by marching :func:`advance` with growing steps (implicit Euler converges to
    the exact steady state of the same equations, thermostats included) from the
    set-points and the CHX dew point; with neither source nor sink of vapour the
    air stays at the CHX dew point (the loop dried it before).
    """
    state = start if start is not None else (c.setpoint_c, c.setpoint_c, c.equip_setpoint_c, c.setpoint_c,
                                             c.setpoint_vapour_kg_m3)
    dt = 600.0
    for _ in range(steps):
        state, _flows = advance(o, c, state, dt, avionics_w, crew_sensible_w, crew_vapour_kg_s, exchange_m3_s,
                                cap_w, phi_chx, avionics_cabin_w)
        dt = min(dt * 3.0, 3.0e7)
    return state
