"""The Map tab's "weight by odds": fade the holes that are unlikely, so the unsafe *and* likely ones stand out.

For a map with the hole diameter on an axis, every cell gets the chance of a hole at least that
big in a 6-month mission (:func:`thermoviz.puncture_odds`, central value) and a weight from 1 (the
likeliest hole on the axis) down to :data:`FLOOR` for holes 1000 times less likely or rarer.
"""

from __future__ import annotations

import numpy as np

from thermoviz.api_odds import MISSION_DAYS, radiator_area
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.odds import perforation_odds
from thermoviz.model.odds.words import one_in
from thermoviz.model.scenario import ScenarioError

HOLE = "hole_diameter_mm"
FLOOR = 0.12  # weight of the least likely holes (still visible)
DECADES = 3.0  # a hole this many powers of ten less likely than the likeliest reaches the floor
KEY_NOTE = QT_TRANSLATE_NOOP("Map", "Faded: holes less likely to happen (odds of a hole this big or bigger per "
                             "6-month mission, meteoroid and debris flux models; vivid = likelier).")


def hole_axis(result) -> str | None:
    """"x" or "y" when the map has the hole diameter on that axis, else None."""
    if result.x.field == HOLE:
        return "x"
    if result.y.field == HOLE:
        return "y"
    return None


def hole_probabilities(vehicle_id: str, holes_mm, days: float = MISSION_DAYS) -> np.ndarray | None:
    """Central chance of a hole >= each of ``holes_mm`` in ``days``; None for a vehicle without a radiator area."""
    try:
        area = radiator_area(vehicle_id)
    except ScenarioError:
        return None
    return np.array([perforation_odds(area, days, float(h)).probability.central for h in holes_mm])


def odds_weights(result) -> np.ndarray | None:
    """Weights (ny, nx) in [FLOOR, 1] for ``result``'s cells, or None (no hole axis, no radiator area)."""
    axis = hole_axis(result)
    if axis is None:
        return None
    holes = (result.x if axis == "x" else result.y).values
    p = hole_probabilities(result.scenario.vehicle, holes)
    if p is None or not np.any(p > 0):
        return None
    decades = np.log10(np.maximum(p, 1e-300) / p.max())
    w = np.clip(1.0 + decades / DECADES, 0.0, 1.0) * (1.0 - FLOOR) + FLOOR
    ny, nx = len(result.y.values), len(result.x.values)
    return np.broadcast_to(w[None, :] if axis == "x" else w[:, None], (ny, nx)).copy()


def cell_odds_text(result, i: int, j: int) -> str:
    """"hole this big or bigger: 1 in N per 6-month mission" for cell (column ``i``, row ``j``), or ""."""
    axis = hole_axis(result)
    if axis is None:
        return ""
    hole = float(result.x.values[i] if axis == "x" else result.y.values[j])
    p = hole_probabilities(result.scenario.vehicle, [hole])
    return "" if p is None else translate("Map", "a hole this big or bigger: {odds} per 6-month mission").format(
        odds=one_in(float(p[0])))

