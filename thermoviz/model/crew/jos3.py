"""The second crew model: JOS-3, a 17-segment transient thermoregulation model, coupled to the cabin.

JOS-3 (Takahashi et al. 2021, Energy & Buildings 231:110575, "Thermoregulation model JOS-3 with
new open source code"; as implemented in pythermalcomfort 4.8.1, ``pythermalcomfort.models.JOS3``)
splits the body into 17 segments, each with core, muscle, fat and skin nodes plus arterial and
venous blood, and regulates skin blood flow, sweating and shivering from the set-point errors of
core and skin.  ISO 7933 PHS (:mod:`.heat_strain`) is one lumped body fitted for occupational
limits; JOS-3 is a physiological model.  Both are run on the same coupled cabin so their spread is
a model uncertainty, not a modelling choice hidden in one number.

Coupling (the same contract as the PHS body, :func:`.body.step`)
------------------------------------------------------------------
Each cabin step sets the person's air temperature, mean radiant temperature (the cabin surfaces),
humidity, air speed, clothing and posture (sitting) and advances JOS-3 by the step's whole minutes
in one implicit step (JOS-3 solves its node temperatures with a matrix inverse, so a 10-min step
gives the same core as ten 1-min steps: 37.483 vs 37.481 °C after 6 h at 40 °C, measured).
What the body gives the cabin follows from its own heat balance, as for PHS:

* metabolic heat ``M = met·58.15 W/m²·A_Du``, the same number as PHS and the cabin's books: JOS-3's
  physical-activity ratio ``par`` is set so that its thermogenesis in a neutral cabin equals M
  (:func:`activity_ratio`; JOS-3's own ``par`` is a multiple of its basal rate, not of 58.15 W/m²);
* heat stored ``ΔS = Σ C_i·ΔT_i`` over JOS-3's 85 nodes;
* latent: evaporation from the skin (limited by the air's vapour pressure in JOS-3) plus respiratory
  latent heat; sensible = ``M - ΔS/Δt -`` latent.  So the energy books close exactly.

The core temperature is JOS-3's pelvis core (the rectal analogue, stack notes).  The body starts
after two hours in station air (22 °C, 50 % RH, :data:`PRECONDITION`): JOS-3's own start state is
a set-point, not a person who has just lived in a 22 °C station.

Validity: JOS-3 was validated against exposures of healthy adults in mild to hot rooms, not at
heat-stroke cores (:data:`thermoviz.model.limits.CORE_VALIDATED_MAX_C`); it runs one case at a time
(~0.2 s for a 6-h return), so maps and the uncertainty band of many vehicles keep PHS and say so.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from ..limits import CREW_CORE_LIMIT_C
from ..psychro import LATENT_HEAT_J_KG
from .body import CrewStep, dubois_area_m2, metabolic_w
from .params import CrewHeatParams

#: Crew model ids of the scenario field ``crew_model``.
MODEL_IDS = ("phs", "jos3")
#: Station air the body lives in before it boards: (air °C, RH %, seconds).
PRECONDITION = (22.0, 50.0, 7200)
#: JOS-3's pelvis core node: the rectal-temperature analogue.
PELVIS = 4
#: Latent heat JOS-3 uses for sweat [J/g] (pythermalcomfort 4.8.1).
JOS3_LATENT_J_G = 2418.0
#: Subject age [years] (estimate: ISS crew are typically 35-55; JOS-3 default 20).
AGE_YEARS = 45


def _new_body(params):
    from pythermalcomfort.models import JOS3  # heavy import (numba, ~1.3 s): on first use only

    return JOS3(height=float(params.height_m), weight=float(params.body_mass_kg), age=AGE_YEARS)


def _set_environment(body, tdb_c, tr_c, rh_pct, params, par):
    body.tdb, body.tr, body.rh = float(tdb_c), float(tr_c), float(rh_pct)
    body.v, body.clo, body.par, body.posture = float(params.air_speed_m_s), float(params.clo), par, "sitting"


@functools.lru_cache(maxsize=32)
def activity_ratio(met: float, body_mass_kg: float, height_m: float) -> float:
    """JOS-3 ``par`` whose thermogenesis in a neutral room (25 °C) equals PHS's metabolic heat."""
    params = CrewHeatParams(met=met, body_mass_kg=body_mass_kg, height_m=height_m)
    target = metabolic_w(params)
    body = _new_body(params)
    lo, hi = 0.8, 4.0
    for _ in range(30):
        mid = 0.5 * (lo + hi)
        _set_environment(body, 25.0, 25.0, 50.0, params, mid)
        q = float(body._run(dtime=60, output=True).q_thermogenesis_total)
        lo, hi = (mid, hi) if q < target else (lo, mid)
    return 0.5 * (lo + hi)


def _heat_content_j(body) -> float:
    return float(np.dot(body._cap, body._t_body))


def _core_c(body) -> float:
    return float(body.t_core[PELVIS])


def initial_state(params) -> dict:
    """A body that has lived in station air (:data:`PRECONDITION`) and not yet sweated in the cabin."""
    body = _new_body(params)
    par = activity_ratio(params.met, params.body_mass_kg, params.height_m)
    tdb, rh, seconds = PRECONDITION
    _set_environment(body, tdb, tdb, rh, params, par)
    body._run(dtime=seconds, output=False)
    return {"jos3": body, "t_re": _core_c(body), "evap_load_wm2_min": 0.0, "par": par}


def step(state: dict, tdb_c, rh_pct, minutes: int, params, tr_c=None) -> CrewStep:
    """Advance one JOS-3 person ``minutes`` in the cabin and return what they gave it (see module doc)."""
    body = state["jos3"]
    tr = tdb_c if tr_c is None else tr_c
    _set_environment(body, tdb_c, tr, rh_pct, params, state["par"])
    dt_s = 60.0 * int(minutes)
    before_j, core0 = _heat_content_j(body), state["t_re"]
    hc_hr = _heat_transfer_coefficients(body)  # JOS-3 takes them at the skin of the start of the step
    out = body._run(dtime=dt_s, output=True)
    stored = _heat_content_j(body) - before_j
    core1 = _core_c(body)
    latent_w = float(np.sum(_parts(out.q_skin2env_latent))) + float(out.q_res_latent)
    sweat_w = float(np.sum(_parts(out.e_sweat)))
    area = dubois_area_m2(params.body_mass_kg, params.height_m)
    sensible_w = metabolic_w(params) - stored / dt_s - latent_w
    limit = np.nan
    if core0 < CREW_CORE_LIMIT_C <= core1:
        limit = minutes * (CREW_CORE_LIMIT_C - core0) / (core1 - core0)
    # cumulative sweat in the unit PHS carries it (evaporative load [W·min/m²]; the engine turns it into
    # grams with PHS's factor 2.67·A_Du/1.8/60 g per W·min/m²): JOS-3's sweat heat / 2418 J/g
    sweat_g = sweat_w * dt_s / JOS3_LATENT_J_G
    load = state["evap_load_wm2_min"] + sweat_g / (2.67 * area / 1.8 / 60.0)
    new = {"jos3": body, "t_re": core1, "evap_load_wm2_min": load, "par": state["par"]}
    radiant_w = _radiation_w(body, _parts(out.q_skin2env_sensible), tdb_c, tr, hc_hr)
    return CrewStep(sensible_w, latent_w / LATENT_HEAT_J_KG, stored, new, core1, limit, radiant_w)


def _heat_transfer_coefficients(body):
    """JOS-3's convective and radiative coefficients per segment [W/(m²·K)] for the body's next step
    (``fixed_hc``/``fixed_hr`` of its ``_run``, at the current skin temperatures)."""
    from pythermalcomfort.jos3_functions import thermoregulation as threg  # with JOS-3 itself: on first use

    hc = threg.fixed_hc(threg.conv_coef(posture=body._posture, v=body._v, tdb=body._tdb, t_skin=body.t_skin),
                        body._v)
    hr = threg.fixed_hr(threg.rad_coef(body._posture))
    return hc, hr, threg.clo_area_factor(body._clo)


def _radiation_w(body, sensible_skin_w, tdb_c, tr_c, hc_hr) -> float:
    """What the JOS-3 body radiates to the surfaces [W]: per segment, its skin's sensible heat ``Q``
    crosses the clothing to the clothing surface ``t_cl = t_o + Q/(A·f_cl·(h_c + h_r))`` (JOS-3's
    resistance ``r_t = 1/(f_cl·(h_c + h_r)) + r_cl`` to the operative temperature ``t_o``), which
    radiates ``A·f_cl·h_r·(t_cl - t_r)``; the rest of ``Q`` is convection to the air."""
    hc, hr, fcl = hc_hr
    area = np.asarray(body._bsa, dtype=float)
    to = (hc * float(tdb_c) + hr * float(tr_c)) / (hc + hr)
    t_cl = to + sensible_skin_w / (area * fcl * (hc + hr))
    return float(np.sum(area * fcl * hr * (t_cl - float(tr_c))))


def _parts(values) -> np.ndarray:
    """JOS-3's per-segment output as an array."""
    if dataclasses.is_dataclass(values):
        return np.array([getattr(values, f.name) for f in dataclasses.fields(values)], dtype=float)
    return np.asarray(list(vars(values).values()), dtype=float)
