"""The engine's raw step output (its layout) and the energy books of one run made from it.

:func:`thermoviz.model.engine.simulate.integrate` returns a dict of (K, N) arrays named
:data:`OUT_NAMES`: the node state (first five), one row per step of flows and crew output (up to
:data:`ROW_SIZE`, :meth:`thermoviz.model.cabin.nodes.Flows.row` order), then the bodies;
``exchanged`` (station + space + outside) is added at the end.
"""

from __future__ import annotations

from ..crew import body as crew_model
from ..outcome.energy import energy_budget
from ..params import VehicleParams
from ..scenario import Scenario
from .timing import configuration, scenario_timing

OUT_NAMES = ("t_a", "t_w", "t_e", "t_o", "rho", "q_air", "q_equip", "latent", "condensed", "station", "space",
             "outside", "radiant", "crew_sens", "crew_vap", "stored_body", "t_re", "sweat_g")
ROW_SIZE = 15
CONDENSED = OUT_NAMES.index("condensed")


def run_energy(scenario: Scenario, vehicle: VehicleParams, time_h, out, aboard, crew_params) -> dict:
    """The energy books of one run (:func:`thermoviz.model.outcome.energy.energy_budget`) from its raw output."""
    cfg = configuration(vehicle, scenario_timing(scenario, vehicle), (0.5 * (time_h[1:] + time_h[:-1]))[:, None])
    return energy_budget(time_h, out, cfg, aboard, vehicle, crew_model.metabolic_w(crew_params))
