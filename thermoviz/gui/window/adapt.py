"""Fit a scenario to a newly picked vehicle, and say in plain words why a scenario cannot be computed.

Qt-free.  A vehicle switch must never leave the window in a state the model refuses
(e.g. Nauka, a station module, with an undock time): :func:`adapt_to_vehicle` changes
only the fields that do not fit and returns one plain sentence per change, which the
window shows (the whole switch is one undo step).  :func:`plain_reason` turns a
:class:`~thermoviz.model.scenario.ScenarioError` into a sentence for the banner,
naming the control to change rather than the internal field name.
"""

from __future__ import annotations

from thermoviz.model.params import VehicleParams
from thermoviz.model.scenario import FIELD_SPECS, Scenario, ScenarioError

#: The control's label in the window, by scenario field (what the user sees and can change).
CONTROL_LABELS = {
    "vehicle": "Vehicle",
    "loop": "Punctured loop",
    "hole_diameter_mm": "Hole diameter",
    "discharge_coefficient": "Discharge coeff. Cd",
    "puncture_time_h": "Puncture at",
    "undock_time_h": "Undock at",
    "descent_duration_h": "Undock → landing",
    "hatch_open": "Hatch to the station open",
    "crew": "Crew",
    "duration_h": "Simulated span",
}


def _hours(value: float | None) -> str:
    return "none" if value is None else f"{value:g} h"


def adapt_to_vehicle(scenario: Scenario, vehicle: VehicleParams | None) -> tuple[Scenario, list[str]]:
    """``scenario`` with the fields that do not fit ``vehicle`` changed, and one sentence per change.

    - a loop the vehicle does not have -> its first (default) loop;
    - a station module (never undocks) -> "Stays docked" and the vehicle's return duration;
    - more crew than seats -> as many as the vehicle seats (0 for a cargo ship).

    Fields that fit are returned unchanged (same values, full precision).
    """
    if vehicle is None:
        return scenario, []
    changes: dict[str, object] = {}
    notes: list[str] = []
    if scenario.loop not in vehicle.loop_ids:
        loop = vehicle.loops[0]
        changes["loop"] = loop.id
        notes.append(f"punctured loop is now “{loop.title}” ({vehicle.title} has no “{scenario.loop}” loop)")
    if vehicle.kind == "station_module":
        if scenario.undock_time_h is not None:
            changes["undock_time_h"] = None
            notes.append(f"a station module never undocks, so “Undock at” is now “Stays docked” "
                         f"(was {_hours(scenario.undock_time_h)})")
        if scenario.descent_duration_h is not None:
            changes["descent_duration_h"] = None
            notes.append(f"“Undock → landing” no longer applies (was {_hours(scenario.descent_duration_h)})")
    if scenario.crew > vehicle.max_crew:
        changes["crew"] = vehicle.max_crew
        seats = "it is an uncrewed cargo ship" if vehicle.max_crew == 0 else f"it seats {vehicle.max_crew}"
        notes.append(f"crew is now {vehicle.max_crew} (was {scenario.crew}; {seats})")
    return (scenario.replace(**changes) if changes else scenario), notes


def plain_reason(err: ScenarioError, vehicle: VehicleParams | None = None) -> str:
    """Why the scenario cannot be computed, in plain words naming the control to change."""
    field = err.field
    label = CONTROL_LABELS.get(field) or (FIELD_SPECS[field].label if field in FIELD_SPECS else field)
    name = vehicle.title if vehicle is not None else "This vehicle"
    if field == "undock_time_h" and vehicle is not None and vehicle.kind == "station_module":
        return f"Cannot compute: {name} is a station module and never undocks. Tick “Stays docked” under “Undock at”."
    if field == "crew" and vehicle is not None:
        seats = "is an uncrewed cargo ship" if vehicle.max_crew == 0 else f"seats {vehicle.max_crew}"
        return f"Cannot compute: {name} {seats}. Set “Crew” to {vehicle.max_crew} or fewer."
    if field == "loop" and vehicle is not None:
        loops = ", ".join(f"“{loop.title}”" for loop in vehicle.loops)
        return f"Cannot compute: {name} has no such loop. Pick one of {loops} under “Punctured loop”."
    return f"Cannot compute: “{label}” {err.message}."
