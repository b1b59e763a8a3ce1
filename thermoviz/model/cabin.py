"""Lumped cabin: temperature and water vapour, with the loop's thermal control.

Energy (one node: air + structure + equipment, heat capacity C [J/K])::

    C dT/dt = Q_av + N·S(T) - UA·(T - T_surr) - G·(T - T_station) - Q_rej + L·ṁ_wall

* ``Q_av`` avionics [W]: docked (powered down) / free flight / landed value.
* ``N`` crew aboard; per person metabolic heat ``M`` = 1.2 met × 58.2 W/m² ×
  1.8 m² ≈ 126 W (ASHRAE 55; seated, light activity; docs/sources.md §5.1), split into
  sensible ``S(T) = K_b·(T_n - T)`` and latent ``M - S(T)``.  The latent part is
  the crew's vapour output ``ṁ_v(T) = (M - S(T)) / L``, anchored (estimate) at
  50 g/h per person at 22 °C (≈35 W latent, docs/sources.md §5.1) and 300 g/h at 40 °C
  (≈200 W: all metabolic heat plus heat gained from air hotter than skin has to
  be sweated off), giving K_b ≈ 9.4 W/K and T_n ≈ 31.8 °C.  The vapour output is
  floored at 30 g/h (breathing + insensible perspiration); below ≈20.6 °C that
  floor makes the split inconsistent by < 6 W per person (noted, negligible).
* ``G = ρ_air·c_p·V̇_ex`` [W/K]: air exchange with the station while docked with
  the hatch open (ventilation hose / intermodule fans).
* ``Q_rej`` sensible heat taken by the loop.  The thermal control is an ideal
  thermostat: below the set-point it does nothing; at the set-point it takes
  exactly the net load (if that is within its capacity); above the set-point it
  takes its full sensible capacity ``cap_sens = cap(φ) - L·ṁ_chx`` (the
  condensing heat exchanger's latent load shares the same radiator).
* ``L·ṁ_wall``: vapour above saturation condenses on the walls, releasing its
  latent heat L = 2.43 MJ/kg into the cabin.

Water vapour (density ρ_v [kg/m³] in the free volume V)::

    V dρ_v/dt = N·ṁ_v(T) - φ·V̇_chx·max(ρ_v - ρ_set, 0) - V̇_ex·(ρ_v - ρ_station) - ṁ_wall

with ρ_set the vapour density at the CHX dew-point set-point and ρ_v capped at saturation.

Integration (fast path)
-----------------------
Between grid points the coefficients are frozen.  T is then advanced *exactly*:
the right-hand side is linear with the same slope -b/C on both sides of the
set-point, so T relaxes exponentially toward ``T_hot = (a - cap)/b`` (above
set-point) or ``T_cold = a/b`` (below), and sticks at the set-point when
``T_hot <= T_set <= T_cold``; the set-point crossing time is computed in closed
form.  ρ_v is advanced exactly within the CHX regime of the start of the step
and clamped at the equilibrium of the regime it crosses into, then capped at
saturation (latent heat to T).  While the cabin is saturated and the crew's
vapour condenses, the condensation heat is predicted inside the exact
temperature step (the crew then heats the cabin with their whole metabolic
heat N·M) and corrected afterwards with the condensate actually formed, so
energy is conserved and the splitting error stays small (≈0.01 K with 0.5 h
steps against the solve_ivp reference, vs 0.5 K with a plain end-of-step fix).  One
step costs ~50 operations, whatever its length and however stiff the
thermostat is.

The same :func:`advance` code runs on Python floats (one scenario, ~10 µs a
step) or on numpy arrays of shape (N,) (N scenarios at once): see :class:`Ops`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import psychro
from .psychro import AIR_CP_J_KG_K, AIR_DENSITY_KG_M3, LATENT_HEAT_J_KG

# ---- crew heat and vapour (estimates anchored in docs/sources.md §5.1) ----------
METABOLIC_W = 1.2 * 58.2 * 1.8  # ≈125.7 W per person, ASHRAE met 1.2, 1.8 m²
_VAPOUR_AT_22C_KG_S = 0.050 / 3600
_VAPOUR_AT_40C_KG_S = 0.300 / 3600
CREW_VAPOUR_MIN_KG_S = 0.030 / 3600
#: dṁ_v/dT per person [kg/(s·K)] and the matching sensible conductance K_b = L·dṁ_v/dT [W/K].
CREW_VAPOUR_SLOPE_KG_S_K = (_VAPOUR_AT_40C_KG_S - _VAPOUR_AT_22C_KG_S) / 18.0
CREW_SENSIBLE_W_K = LATENT_HEAT_J_KG * CREW_VAPOUR_SLOPE_KG_S_K
#: Air temperature at which the crew's sensible heat is zero [°C].
CREW_NEUTRAL_TEMP_C = 22.0 + (METABOLIC_W - LATENT_HEAT_J_KG * _VAPOUR_AT_22C_KG_S) / CREW_SENSIBLE_W_K

_SETPOINT_TOL_K = 1e-9


def crew_vapour_kg_s(temp_c):
    """Vapour output of one crew member [kg/s] at cabin temperature ``temp_c`` [°C] (estimate)."""
    return np.maximum(_VAPOUR_AT_22C_KG_S + CREW_VAPOUR_SLOPE_KG_S_K * (np.asarray(temp_c) - 22.0),
                      CREW_VAPOUR_MIN_KG_S)


def air_conductance_w_k(flow_m3_s):
    """Heat carried per kelvin by an air flow, G = ρ_air·c_p·V̇ [W/K]."""
    return AIR_DENSITY_KG_M3 * AIR_CP_J_KG_K * flow_m3_s


class Ops:
    """The few array operations :func:`advance` needs, for numpy arrays (N scenarios)."""

    where = staticmethod(np.where)
    exp = staticmethod(np.exp)
    log = staticmethod(np.log)
    maximum = staticmethod(np.maximum)
    minimum = staticmethod(np.minimum)


class ScalarOps:
    """The same operations on Python floats: one scenario without numpy call overhead."""

    @staticmethod
    def where(cond, x, y):
        return x if cond else y

    exp = staticmethod(math.exp)
    log = staticmethod(math.log)
    maximum = staticmethod(max)
    minimum = staticmethod(min)


def magnus_saturation_density(o, temp_c):
    """Saturation vapour density [kg/m³] (same formula as :mod:`psychro`, through ``o``)."""
    return 610.94 * o.exp(17.625 * temp_c / (temp_c + 243.04)) / (psychro.R_VAPOUR_J_KG_K * (temp_c + 273.15))


@dataclass(frozen=True)
class CabinConstants:
    """Per-vehicle constants of the cabin equations (SI units)."""

    heat_capacity_j_k: float
    volume_m3: float
    setpoint_c: float
    setpoint_vapour_kg_m3: float  # at the CHX dew point
    station_vapour_kg_m3: float
    chx_flow_m3_s: float


def advance(o, c: CabinConstants, temp_c, vapour, chx_latent_w, dt_s, a_w, b_w_k, cap_w, phi, crew, exchange_m3_s):
    """Advance cabin temperature and vapour density over one step of ``dt_s`` seconds.

    ``a_w``, ``b_w_k``: the linear energy terms of the step, dT/dt = (a - b·T - Q_rej)/C;
    ``cap_w``: loop heat-rejection capacity; ``phi``: pump circulation factor;
    ``crew``: crew aboard; ``exchange_m3_s``: station air exchange.  ``chx_latent_w`` is
    the CHX latent load of the previous step.  Returns (temp_c, vapour, chx_latent_w).
    Works on floats with :class:`ScalarOps` or on arrays with :class:`Ops`.
    """
    heat_capacity = c.heat_capacity_j_k
    t_set = c.setpoint_c
    volume = c.volume_m3
    chx = phi * c.chx_flow_m3_s
    rho_set = c.setpoint_vapour_kg_m3
    rho_st = c.station_vapour_kg_m3
    # ---- saturated cabin: the crew's vapour condenses on the walls as fast as it is
    # made, so its latent heat comes back: crew heat = N·M (minus what CHX/exchange
    # carry away).  Put that into the linear energy terms of this step (predictor);
    # the vapour step below corrects for the condensate actually formed.
    rho_sat0 = magnus_saturation_density(o, temp_c)
    removal0 = chx * o.maximum(rho_sat0 - rho_set, 0.0) + exchange_m3_s * (rho_sat0 - rho_st)
    source0 = crew * o.maximum(_VAPOUR_AT_22C_KG_S + CREW_VAPOUR_SLOPE_KG_S_K * (temp_c - 22.0),
                               CREW_VAPOUR_MIN_KG_S)
    condensing = (vapour >= rho_sat0 * (1.0 - 1e-3)) & (source0 > removal0)
    a_w = o.where(condensing, a_w + crew * (METABOLIC_W - CREW_SENSIBLE_W_K * CREW_NEUTRAL_TEMP_C)
                  - LATENT_HEAT_J_KG * removal0, a_w)
    b_w_k = o.where(condensing, b_w_k - crew * CREW_SENSIBLE_W_K, b_w_k)
    # ---- temperature: exact relaxation with an ideal thermostat -----------
    cap_sens = o.maximum(cap_w - chx_latent_w, 0.0)
    t_cold = a_w / b_w_k
    t_hot = t_cold - cap_sens / b_w_k
    stable = (t_hot <= t_set) & (t_cold >= t_set)
    above = temp_c > t_set + _SETPOINT_TOL_K
    below = temp_c < t_set - _SETPOINT_TOL_K
    target = o.where(above, t_hot, o.where(below, t_cold,
                     o.where(stable, t_set, o.where(t_hot > t_set, t_hot, t_cold))))
    rate = b_w_k / heat_capacity
    free = target + (temp_c - target) * o.exp(-rate * dt_s)
    crosses = (above & (target < t_set)) | (below & (target > t_set))
    ratio = (t_set - target) / o.where(crosses, temp_c - target, 1.0)
    t_cross = -o.log(o.maximum(o.where(crosses, ratio, 1.0), 1e-300)) / rate
    crossed = crosses & (t_cross < dt_s)
    target2 = o.where(stable, t_set, o.where(above, t_cold, t_hot))
    after = target2 + (t_set - target2) * o.exp(-rate * o.maximum(dt_s - t_cross, 0.0))
    temp_new = o.where(crossed, after, free)

    # ---- vapour: exact within the CHX regime of the step start ------------
    t_mid = 0.5 * (temp_c + temp_new)
    source = crew * o.maximum(_VAPOUR_AT_22C_KG_S + CREW_VAPOUR_SLOPE_KG_S_K * (t_mid - 22.0),
                              CREW_VAPOUR_MIN_KG_S)
    wet = vapour > rho_set
    r_below = exchange_m3_s / volume
    s_below = (source + exchange_m3_s * rho_st) / volume
    r_above = r_below + chx / volume
    s_above = s_below + chx * rho_set / volume
    r = o.where(wet, r_above, r_below)
    s = o.where(wet, s_above, s_below)
    rdt = r * dt_s
    gain = o.where(rdt > 1e-9, (1.0 - o.exp(-rdt)) / o.where(rdt > 1e-9, r, 1.0), dt_s)
    rho_new = vapour * (1.0 - r * gain) + s * gain
    # a step that leaves its regime stops at the equilibrium of the regime it enters
    eq_below = s_below / o.where(r_below > 0, r_below, 1.0)
    eq_above = s_above / o.where(r_above > 0, r_above, 1.0)
    rho_new = o.where(wet & (rho_new < rho_set) & (r_below > 0), o.maximum(rho_new, eq_below), rho_new)
    rho_new = o.where((vapour <= rho_set) & (rho_new > rho_set) & (r_above > 0),
                      o.minimum(rho_new, eq_above), rho_new)
    # ---- saturation: excess condenses on the walls, latent heat to the cabin
    # Vapour above saturation condenses; the energy balance (condensate heat minus what the
    # predictor already put in) moves T by ΔT and the air stays saturated at the new T:
    # L·V·(ρ - ρ_sat(T) - ρ_sat'·ΔT) - predicted = C·ΔT   (ρ_sat linearised, ΔT ≪ 1 K).
    rho_sat = magnus_saturation_density(o, temp_new)
    excess = rho_new - rho_sat
    predicted = o.where(condensing, LATENT_HEAT_J_KG * (source - removal0) * dt_s, 0.0)
    slope = rho_sat * (17.625 * 243.04 / ((temp_new + 243.04) * (temp_new + 243.04)) - 1.0 / (temp_new + 273.15))
    wall_heat = LATENT_HEAT_J_KG * volume
    d_temp = (wall_heat * excess - predicted) / (heat_capacity + wall_heat * slope)
    over = (excess > 0.0) | condensing
    temp_new = o.where(over, temp_new + d_temp, temp_new)
    rho_new = o.where(over, rho_sat + slope * d_temp, rho_new)
    chx_latent = LATENT_HEAT_J_KG * chx * o.maximum(rho_new - rho_set, 0.0)
    return temp_new, rho_new, chx_latent


def steady_state(c: CabinConstants, a_w, b_w_k, cap_w, phi, crew, exchange_m3_s):
    """Initial steady state (numpy arrays): cabin temperature and vapour density.

    Temperature: set-point when the loop can hold it, else the saturated-capacity
    (hot) or no-cooling (cold) equilibrium.  Vapour: equilibrium of the vapour
    equation at that temperature, capped at saturation; with neither source nor
    sink it is the CHX set-point (the loop dried the air before).
    """
    a_w, b_w_k, cap_w, phi, crew, exchange = np.broadcast_arrays(
        *(np.asarray(x, dtype=float) for x in (a_w, b_w_k, cap_w, phi, crew, exchange_m3_s)))
    t_cold = a_w / b_w_k
    t_hot = (a_w - cap_w) / b_w_k
    temp = np.where(t_hot > c.setpoint_c, t_hot, np.where(t_cold < c.setpoint_c, t_cold, c.setpoint_c))
    source = crew * crew_vapour_kg_s(temp)
    chx = phi * c.chx_flow_m3_s
    with np.errstate(divide="ignore", invalid="ignore"):
        eq_below = (source + exchange * c.station_vapour_kg_m3) / exchange
        eq_above = (source + exchange * c.station_vapour_kg_m3 + chx * c.setpoint_vapour_kg_m3) / (exchange + chx)
    eq_below = np.where(exchange > 0, eq_below, np.where(source > 0, np.inf, c.setpoint_vapour_kg_m3))
    eq_above = np.where(exchange + chx > 0, eq_above, np.inf)
    vapour = np.where(eq_below <= c.setpoint_vapour_kg_m3, eq_below, eq_above)
    vapour = np.minimum(vapour, psychro.saturation_vapour_density_kg_m3(temp))
    return temp, vapour
