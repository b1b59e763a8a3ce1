"""Where the heat went: the energy books of one run, whole and while the crew is aboard.

From the raw step output of :func:`thermoviz.model.engine.simulate.run_scenario` (implicit-Euler
flows per step, node temperatures at the grid points)::

    generated = Σ (equipment heat + crew metabolic heat)·Δt
    stored    = Σ_nodes C·ΔT + L·V·Δρ_v + heat stored in the bodies
    residual  = generated - rejected (loop) - station - space - outside_air - stored

All in MJ; ``stored_mj`` per node.  The implicit steps close the books to rounding, so the
residual measures only what the output cannot show (none expected): a test holds it ≤ 1 %.
"""

from __future__ import annotations

import numpy as np

from ..psychro import LATENT_HEAT_J_KG

#: Node -> (raw output name, vehicle heat-capacity field).
_NODES = {"cabin_air": ("t_a", "air_heat_capacity_j_k"), "cabin_wall": ("t_w", "wall_heat_capacity_j_k"),
          "equipment_bay": ("t_e", "equipment_heat_capacity_j_k"),
          "orbital_module": ("t_o", "orbital_module_heat_capacity_j_k")}


def _window(time_h, out, cfg, vehicle, metabolic_w, lo: int, hi: int) -> dict:
    """Books over grid points ``lo..hi`` (steps lo+1..hi)."""
    dt = np.diff(time_h)[lo:hi] * 3600.0
    step = slice(lo + 1, hi + 1)
    mid = slice(lo, hi)
    mj = 1e-6
    generated = np.sum((cfg["avionics"][mid, 0] + cfg["crew"][mid, 0] * metabolic_w) * dt)
    rejected = np.sum((out["q_air"][step] + out["q_equip"][step] + out["latent"][step]) * dt)
    station = np.sum(out["station"][step] * dt)
    space = np.sum(out["space"][step] * dt)
    outside = np.sum(out["outside"][step] * dt)
    stored = {node: getattr(vehicle, cap) * (out[key][hi] - out[key][lo]) for node, (key, cap) in _NODES.items()}
    stored["cabin_vapour"] = LATENT_HEAT_J_KG * vehicle.cabin_free_volume_m3 * (out["rho"][hi] - out["rho"][lo])
    stored["crew_bodies"] = float(np.sum(out["stored_body"][step]))
    residual = generated - rejected - station - space - outside - sum(stored.values())
    return {"generated_mj": generated * mj, "rejected_mj": rejected * mj, "station_mj": station * mj,
            "space_mj": space * mj, "outside_air_mj": outside * mj,
            "stored_mj": {node: float(v) * mj for node, v in stored.items()}, "residual_mj": residual * mj}


def energy_budget(time_h, out, cfg, aboard, vehicle, metabolic_w: float) -> dict:
    """``{"whole_run": books, "crew_aboard": books or None}`` (see the module docstring).

    ``out``: raw step output; ``cfg``: :func:`~thermoviz.model.engine.timing.configuration` at the step
    midpoints (K-1, 1); ``aboard``: crew-aboard mask at the grid points; the crew-aboard window
    runs from the first to the last aboard point.
    """
    books = {"whole_run": _window(time_h, out, cfg, vehicle, metabolic_w, 0, time_h.size - 1),
             "crew_aboard": None}
    on = np.flatnonzero(aboard)
    if on.size >= 2:
        books["crew_aboard"] = _window(time_h, out, cfg, vehicle, metabolic_w, int(on[0]), int(on[-1]))
    return {name: (None if b is None else {k: (v if isinstance(v, dict) else float(v)) for k, v in b.items()})
            for name, b in books.items()}
