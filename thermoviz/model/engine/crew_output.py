"""What the crew gives the cabin per step when no body model runs, and the bodies that board.

* :func:`nominal_crew`: the preliminary crew of the instant preview (no body model);
* :func:`new_body`: a person about to board (a rested PHS body, or a JOS-3 body);
* :func:`rh_iso`: the cabin's relative humidity as the crew model reads it;
* :func:`crew_inputs`: the cabin air, surface and humidity a crew model is stepped in, refused if not finite
  (pythermalcomfort's compiled PHS loops without end on a NaN input).

The coupled bodies themselves step in :func:`thermoviz.model.engine.simulate.integrate`.
"""

from __future__ import annotations

import numpy as np

from .. import psychro
from ..cabin import nodes as cabin
from ..crew import body as crew_model, jos3
from ..crew.heat_strain import saturation_vapour_pressure_kpa
from ..scenario import ScenarioError


def nominal_crew(params, crew, temp_c=22.0):
    """Preliminary crew output (no body model): the metabolic heat, its sensible share falling with
    the air temperature (:data:`cabin.NOMINAL_SKIN_TEMP_C`) down to zero at skin temperature, the rest as
    vapour; no heat stored.  Never below zero: without a body model the crew cannot evaporate more than
    it produces (it used to, without limit, and so cooled a hot cabin: more crew, cooler air)."""
    m = crew_model.metabolic_w(params) * crew
    share = (1 - cabin.NOMINAL_LATENT_FRACTION) * (cabin.NOMINAL_SKIN_TEMP_C - temp_c) / (
        cabin.NOMINAL_SKIN_TEMP_C - 22.0)
    share = max(share, 0.0) if isinstance(share, float) else np.maximum(share, 0.0)
    sens = m * share
    return sens, (m - sens) / psychro.LATENT_HEAT_J_KG


def new_body(params, shape):
    """A person about to board: a rested PHS body (arrays of ``shape``) or a JOS-3 body (one case)."""
    return jos3.initial_state(params) if params.model == "jos3" else crew_model.initial_state(shape)


def rh_iso(temp_c, rho):
    """Relative humidity [%] as PHS reads it (ISO 7933's Magnus form) from vapour density."""
    p_a_kpa = rho * psychro.R_VAPOUR_J_KG_K * (np.asarray(temp_c) + 273.15) / 1e3

    rh = 100.0 * p_a_kpa / saturation_vapour_pressure_kpa(temp_c)
    return float(rh) if np.ndim(rh) == 0 else rh


def crew_inputs(time_h, t_a, t_w, rho):
    """``(air °C, mean radiant °C, RH %)`` for a crew step, or a one-line :class:`ScenarioError`.

    A cabin that leaves finite numbers (vehicle values at the very edge of their allowed ranges) is
    refused here, before a crew model sees it: PHS's compiled iteration never returns on a NaN."""
    rh = rh_iso(t_a, rho)
    if not (np.all(np.isfinite(t_a)) and np.all(np.isfinite(t_w)) and np.all(np.isfinite(rh))):
        hours = float(np.min(time_h))
        raise ScenarioError("vehicle", f"the cabin has no finite temperature or humidity at {hours:.2f} h; its "
                            "values are too extreme to integrate, choose values inside their plausible ranges")
    return t_a, t_w, rh
