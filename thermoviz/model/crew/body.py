"""The crew as heat sources coupled to the cabin: one ISO 7933 PHS body per person.

Each step of the cabin integration while the crew is aboard is one ``phs`` call
(pythermalcomfort 4.8.1, ISO 7933:2023) of the step's whole minutes, in the cabin air
of the start of the step, started from the body state the previous step left
(:data:`heat_strain.PHS_STATE_KEYS`).  What the body gives the cabin over the step
follows from PHS's own heat balance:

* metabolic heat ``M = met·58.15 W/m²·A_Du`` (the same value for body and cabin);
* heat stored in the body ``ΔS = c_b·m·Δt_bm`` with PHS's mean body temperature
  ``t_bm = t_cr·(1 - α/2) + t_sk·α/2`` (α = ``t_sk_t_cr_wg``) and PHS's body heat
  capacity ``c_b·m = 58.15·60·weight`` J/K (its ``sp_heat``);
* so the output to the cabin is ``M - ΔS/Δt`` [W]; of it the latent part is the
  respiratory evaporation ``E_res`` plus the sweat that actually evaporates,
  ``E_p = w_p·E_max`` with ``E_max = (p_sk - p_a)/R_e,t``: evaporation is limited
  by the air's vapour pressure, and no sweat evaporates once ``p_a >= p_sk``
  (it drips).  The rest is sensible (negative when the air is hotter than the
  clothing surface: the air then heats the body).
* of the sensible heat, the part radiated to the cabin's surfaces is PHS's own radiation
  term ``f_cl·h_r·(t_cl - t_r)`` (:func:`radiation_w_m2`); the cabin books it to the walls
  and the rest (convection, possibly negative) to the air.

E_p and E_res are evaluated from the body state at the end of the step with the
PHS formulas (ISO 7933 Annex E, as coded in pythermalcomfort 4.8.1); the sum of
sensible and latent is exact by construction, so the energy books close.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import heat_strain as hs
from ..limits import CREW_CORE_LIMIT_C
from ..psychro import LATENT_HEAT_J_KG
from .params import CrewHeatParams

#: pythermalcomfort's met -> W/m² factor (``utilities.met_to_w_m2``).
MET_W_M2 = 58.15


def dubois_area_m2(weight_kg: float, height_m: float) -> float:
    """DuBois body surface area [m²], as PHS computes it."""
    return 0.202 * weight_kg ** 0.425 * height_m ** 0.725


def metabolic_w(params: CrewHeatParams) -> float:
    """Metabolic heat of one person [W] (one value for the body and for the cabin)."""
    return params.met * MET_W_M2 * dubois_area_m2(params.body_mass_kg, params.height_m)


def body_heat_capacity_j_k(params: CrewHeatParams) -> float:
    """PHS's whole-body heat capacity [J/K] (``sp_heat``·A_Du·60 s)."""
    return MET_W_M2 * params.body_mass_kg * 60.0


def mean_body_temp_c(state) -> np.ndarray:
    """PHS mean body temperature from a carried state [°C]."""
    wg = np.asarray(state["t_sk_t_cr_wg"], dtype=float)
    return np.asarray(state["t_cr"], dtype=float) * (1 - wg / 2) + np.asarray(state["t_sk"], dtype=float) * wg / 2


#: PHS's radiation constants (ISO 7933:2023 Annex E, as coded in pythermalcomfort 4.8.1; its defaults):
#: seated effective radiating share of the body A_r/A_Du 0.7, reflective clothing fraction a_p 0.54 with
#: emissivity factor f_r 0.42, non-reflective clothing 0.97.
A_R_DU_SEATED = 0.7
CLOTHING_EMISSIVITY = (1 - 0.54) * 0.97 + 0.54 * (1 - 0.42)
#: Fixed-point iterations for the clothing-surface temperature.  PHS iterates an averaged (damped)
#: update to 0.001 K; the undamped update has the same fixed point and contracts much faster (h_r varies
#: slowly with t_cl): 6 steps come within 1e-4 W/m² of the converged radiation over air -20…80 °C and
#: surfaces ±60 K from it (tests/model/crew/test_clothing_surface_iteration.py), 4× faster than 25 damped.
T_CL_ITERATIONS = 6


def _dynamic_clothing(params: CrewHeatParams):
    """PHS's dynamic clothing at the crew's air speed and activity (ISO 7933 Annex E):
    ``(f_cl, I_tot,dyn, I_cl,dyn, corr_tot, relative air speed)``."""
    clo, v_r, met = params.clo, params.air_speed_m_s, params.met * MET_W_M2
    walk = min(0.0052 * (met - 58), 0.7)
    corr_cl = min(1.044 * math.exp((0.066 * v_r - 0.398) * v_r + (0.094 * walk - 0.378) * walk), 1.0)
    corr_ia = min(math.exp((0.047 * v_r - 0.472) * v_r + (0.117 * walk - 0.342) * walk), 1.0)
    corr_tot = corr_cl if clo > 0.6 else ((0.6 - clo) * corr_ia + clo * corr_cl) / 0.6
    fcl = 1 + 0.28 * clo
    i_tot_dyn = (clo * 0.155 + 0.111 / fcl) * corr_tot
    i_cl_dyn = i_tot_dyn - corr_ia * 0.111 / fcl
    return fcl, i_tot_dyn, i_cl_dyn, corr_tot, v_r


def _evaporation_resistance(params: CrewHeatParams) -> float:
    """Dynamic total evaporative resistance R_e,t of the clothing [m²·kPa/W] (ISO 7933 Annex E)."""
    _fcl, i_tot_dyn, _i_cl, corr_tot, _v = _dynamic_clothing(params)
    im_dyn = min(params.i_mst * ((2.6 * corr_tot - 6.5) * corr_tot + 4.9), 0.9)
    return i_tot_dyn / im_dyn / 16.7


def radiation_w_m2(state, tdb_c, tr_c, params: CrewHeatParams):
    """What the body radiates to its surroundings [W/m² of DuBois area]: PHS's own radiation term
    ``f_cl·h_r·(t_cl - t_r)`` at the skin temperature of ``state`` (ISO 7933:2023 Annex E).

    The clothing surface ``t_cl`` settles between skin, air and surfaces,
    ``t_cl = [f_cl·(h_c·t_a + h_r·t_r) + t_sk/I_cl] / [f_cl·(h_c + h_r) + 1/I_cl]``, with PHS's
    convective coefficient ``max(2.38·|t_r + 0.1 - t_a|^0.25, 3.5 + 5.2·v)`` and its radiative one
    ``h_r = ε_cl·σ·(A_r/A_Du)·[(t_cl + 273)⁴ - (t_r + 273)⁴]/(t_cl - t_r)``.  A body hotter than the walls
    radiates to them even when the air is hotter still and heats it (its net sensible heat < 0).
    Floats or arrays."""
    fcl, _i_tot, i_cl_dyn, _corr, v_r = _dynamic_clothing(params)
    tdb = np.asarray(tdb_c, dtype=float)
    tr = np.asarray(tr_c, dtype=float)
    t_sk = np.asarray(state["t_sk"], dtype=float)
    z = 3.5 + 5.2 * v_r if v_r <= 1 else 8.7 * v_r ** 0.6
    hc = np.maximum(2.38 * np.abs(tr + 0.1 - tdb) ** 0.25, z)
    aux_r = CLOTHING_EMISSIVITY * 5.67e-08 * A_R_DU_SEATED
    tr_k = tr + 273.0

    def h_rad(t_cl):
        t_k = t_cl + 273.0
        return aux_r * (t_k * t_k + tr_k * tr_k) * (t_k + tr_k)  # (T⁴ - T_r⁴)/(T - T_r), no 0/0

    t_cl = tr + 0.1
    for _ in range(T_CL_ITERATIONS):
        h_r = h_rad(t_cl)
        t_new = (fcl * (hc * tdb + h_r * tr) + t_sk / i_cl_dyn) / (fcl * (hc + h_r) + 1 / i_cl_dyn)
        t_cl = t_new
    return fcl * h_rad(t_cl) * (t_cl - tr)


def latent_w_m2(state, tdb_c, p_a_kpa, params: CrewHeatParams):
    """Respiratory + evaporated-sweat heat flow [W/m²] at a body state, limited by the air's vapour pressure."""
    met = params.met * MET_W_M2
    e_res = 0.00127 * met * (59.34 + 0.53 * tdb_c - 11.63 * p_a_kpa)
    t_sk = np.asarray(state["t_sk"], dtype=float)
    p_sk = 0.6105 * np.exp(17.27 * t_sk / (t_sk + 237.3))
    e_max = np.maximum((p_sk - p_a_kpa) / _evaporation_resistance(params), 0.0)
    sweat = np.maximum(np.asarray(state["sweat_rate_watt"], dtype=float), 0.0)
    k = e_max / np.maximum(sweat, 1e-6)
    w_p = np.minimum(np.where(k >= 0.5, -k + np.sqrt(k * k + 2.0), 1.0), 0.85 if not params.acclimatized else 1.0)
    e_p = np.where(sweat > 0, np.minimum(w_p * e_max, sweat), 0.0)
    return np.maximum(e_res, 0.0) + e_p


@dataclass
class CrewStep:
    """One person's exchange with the cabin over a step and the body after it."""

    sensible_w: np.ndarray | float
    vapour_kg_s: np.ndarray | float
    stored_j: np.ndarray | float
    state: dict
    t_re_c: np.ndarray | float
    limit_min: np.ndarray | float  # minutes into the step at which t_re reaches 38 °C (NaN if not)
    radiant_w: np.ndarray | float = 0.0  # the part of sensible_w radiated to the surfaces (walls) [W]


def initial_state(shape=()) -> dict:
    """A rested body (PHS defaults) for every case of ``shape``."""
    if shape == ():
        return dict(hs.PHS_INITIAL_STATE)
    return {k: np.full(shape, v, dtype=float) for k, v in hs.PHS_INITIAL_STATE.items()}


def step(state: dict, tdb_c, rh_pct, minutes: int, params: CrewHeatParams, tr_c=None) -> CrewStep:
    """Advance one person ``minutes`` in the given cabin air and return what they gave it.

    ``tr_c``: mean radiant temperature [°C] (the cabin's surfaces); default the air temperature."""

    kwargs = params.phs_kwargs()
    n_cases = int(np.size(tdb_c))
    with hs.phs_session(n_cases):
        out = hs.run_phs(tdb=tdb_c, tr=tdb_c if tr_c is None else tr_c, rh=rh_pct, duration=int(minutes), **kwargs, **state)
    new = {key: getattr(out, key) for key in hs.PHS_STATE_KEYS}
    if n_cases == 1 and np.ndim(tdb_c) == 0:
        new = {k: float(v) for k, v in new.items()}
    dt_s = 60.0 * minutes
    stored = body_heat_capacity_j_k(params) * (mean_body_temp_c(new) - mean_body_temp_c(state))
    total_w = metabolic_w(params) - stored / dt_s
    p_a = np.asarray(rh_pct, dtype=float) / 100.0 * hs.saturation_vapour_pressure_kpa(tdb_c)
    area = dubois_area_m2(params.body_mass_kg, params.height_m)
    latent = latent_w_m2(new, np.asarray(tdb_c, dtype=float), p_a, params) * area
    t_re = np.asarray(out.t_re, dtype=float)
    crossed = (t_re >= CREW_CORE_LIMIT_C) & (np.asarray(out.d_lim_t_re) < minutes + 0.5)
    limit = np.where(crossed & (np.asarray(state["t_re"]) < CREW_CORE_LIMIT_C),
                     np.asarray(out.d_lim_t_re, dtype=float), np.nan)
    radiant = radiation_w_m2(new, tdb_c, tdb_c if tr_c is None else tr_c, params) * area
    pick = float if np.ndim(tdb_c) == 0 else np.asarray
    return CrewStep(pick(total_w - latent), pick(latent / LATENT_HEAT_J_KG), pick(stored), new,
                    pick(t_re), pick(limit), pick(radiant))
