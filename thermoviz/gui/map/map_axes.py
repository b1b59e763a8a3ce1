"""The Map tab's axes: which range each field spans, log ticks, what a map leaves out of a scenario.

Qt-free helpers of :class:`thermoviz.gui.map.map_view.MapView` (which re-exports them).
"""

from __future__ import annotations

import math

from thermoviz.analysis.fields import UNDOCK_AFTER_PUNCTURE, field_info
from thermoviz.figure.map_words import grade_threshold, shown_field_label, shown_metric_label  # noqa: F401
from thermoviz.model.language import number
from thermoviz.io.vehicles import get_vehicle
from thermoviz.model.scenario import Scenario, ScenarioError

#: Axis ranges per field (lo, hi); other fields span their allowed range.
AXIS_RANGES = {
    "hole_diameter_mm": (0.2, 5.0),
    "discharge_coefficient": (0.1, 1.0),
    "puncture_time_h": (0.0, 48.0),
    "undock_time_h": (0.0, 96.0),
    UNDOCK_AFTER_PUNCTURE: (0.0, 48.0),
    "descent_duration_h": (0.5, 12.0),
    "duration_h": (1.0, 240.0),
}


def axis_spec(name: str, n: int, vehicle_id: str | None = None) -> tuple[str, float, float, int]:
    """``(field, lo, hi, n)`` of a map axis of ``n`` points over ``name`` (:data:`AXIS_RANGES`, else its
    allowed range); a crew axis runs to the seats of vehicle ``vehicle_id`` when it is known."""
    info = field_info(name)
    lo, hi = AXIS_RANGES.get(name, (info.minimum, info.maximum))
    seats = vehicle_seats(vehicle_id) if name == "crew" and vehicle_id else None
    if seats is not None:
        hi = float(seats)
    return name, lo, hi, n


def vehicle_seats(vehicle_id: str) -> int | None:
    """The seats of a vehicle (a crew axis spans 0 to them); None if it is unknown (the map names it)."""
    try:
        return get_vehicle(vehicle_id).max_crew
    except ScenarioError:
        return None


def log_ticks(lo: float, hi: float, steps=(1, 2, 5)) -> list[tuple[float, str]]:
    """Ticks of a log axis from ``lo`` to ``hi`` at ``steps`` × 10^k, as (log10 value, text)."""
    ticks = []
    for k in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 1):
        for step in steps:
            v = step * 10.0 ** k
            if lo * 0.999 <= v <= hi * 1.001:
                ticks.append((math.log10(v), number(f"{v:g}")))
    return ticks


def _axes_free(scenario: Scenario, fields: tuple[str, str]) -> dict:
    """``scenario`` as a dict without the map's inputs (and the run length a cell may extend)."""
    data = scenario.to_dict()
    drop = set(fields) | {"duration_h", "title", "description"}
    if UNDOCK_AFTER_PUNCTURE in fields:
        drop.add("undock_time_h")
    return {k: v for k, v in data.items() if k not in drop}
