"""Safe-limit finder: the largest hole, the latest undock, the most crew that still come home.

"Safe" here means the crew's core temperature stays below the crew limit (38 °C,
the ``crew_limit`` event) until landing.  The limit is found on the exact
single-scenario path (:func:`thermoviz.simulate`) by bisection: the two ends of the
field's range are simulated; if they differ, the interval that holds the change is
halved until it is no wider than the field's tolerance (:data:`TOLERANCES`).  The
reported value is the *safe* end of the final bracket, so it errs on the safe side
by at most one tolerance.  Bisection assumes one change along the range, which
the physics gives for the fields it is meant for (a bigger hole, a later undock, a
longer return, more crew are never safer).

Crew counts are whole numbers: every count from the vehicle's seats down is tried.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.params import VehicleParams
from ..model.scenario import Scenario, ScenarioError
from .fields import UNDOCK_AFTER_PUNCTURE, cell_scenario, field_info

#: Bisection stops when the bracket is this narrow, by field unit (mm, h, -).
TOLERANCES = {"mm": 0.005, "h": 0.01, "": 0.001}
#: Decimals of the value in the sentence, by unit.
_DECIMALS = {"mm": 2, "h": 1, "": 3}


@dataclass(frozen=True)
class SafeLimit:
    """A safe limit of one field for one crew count.

    ``value`` is None when no value in the searched range is safe; ``direction`` is
    "largest" (safe below) or "smallest" (safe above); ``bracket`` = (safe, unsafe)
    ends of the final interval (equal ends when the whole range is safe: then the
    limit lies beyond it); ``others`` holds the same search for fewer crew.
    """

    field: str
    unit: str
    crew: int
    value: float | None
    direction: str
    bracket: tuple[float, float] | None
    search_range: tuple[float, float]
    tolerance: float
    simulations: int
    sentence: str = ""
    others: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"field": self.field, "value": self.value, "unit": self.unit, "crew": self.crew,
                "direction": self.direction, "bracket": list(self.bracket) if self.bracket else None,
                "search_range": list(self.search_range), "tolerance": self.tolerance,
                "simulations": self.simulations, "sentence": self.sentence,
                "other_crew": {str(c): o.to_dict() for c, o in self.others.items()}}


def crew_survives(scenario: Scenario, vehicle: VehicleParams | None = None) -> bool:
    """True when the crew rides and its core stays below the limit until landing (exact path)."""
    from ..api import simulate

    result = simulate(scenario, vehicle=vehicle)
    return result.events["crew_limit"] is None


def _search_range(scenario: Scenario, name: str) -> tuple[float, float]:
    info = field_info(name)
    lo, hi = info.minimum, info.maximum
    descent = scenario.descent_duration_h
    if descent is None:
        from ..io.vehicles import get_vehicle

        descent = get_vehicle(scenario.vehicle).descent_duration_h
    latest_landing = 240.0 - 1.0  # the run must reach landing (duration_h is at most 240 h)
    if name == "undock_time_h":
        lo = scenario.puncture_time_h or 0.0
        hi = latest_landing - descent
    elif name == UNDOCK_AFTER_PUNCTURE:
        hi = latest_landing - descent - (scenario.puncture_time_h or 0.0)
    elif name == "descent_duration_h" and scenario.undock_time_h is not None:
        hi = min(hi, latest_landing - scenario.undock_time_h)
    elif name == "hole_diameter_mm":
        lo = 0.01  # 0 mm is "no leak"; the smallest hole that still leaks
    return float(lo), float(hi)


def _check(scenario: Scenario, name: str) -> None:
    field_info(name)
    if scenario.crew < 1 and name != "crew":
        raise ScenarioError("crew", "must be at least 1 to find the limit the crew survives")
    if scenario.undock_time_h is None and name not in ("undock_time_h", UNDOCK_AFTER_PUNCTURE):
        raise ScenarioError("undock_time_h", "must be set: the crew rides (and can be at risk) only after undocking")
    if name == UNDOCK_AFTER_PUNCTURE and scenario.puncture_time_h is None:
        raise ScenarioError("puncture_time_h", f"must be set (not none) to search {UNDOCK_AFTER_PUNCTURE}")


def find_limit(scenario: Scenario, name: str, *, crew: int | None = None, vehicle: VehicleParams | None = None,
               lo: float | None = None, hi: float | None = None, other_crews: bool = True) -> SafeLimit:
    """The safe limit of field ``name`` around ``scenario`` (with ``crew`` aboard if given).

    With ``other_crews`` the same search runs for every smaller crew count down to 1
    (the "(2 crew: 1.10 mm)" of the sentence).  Raises ScenarioError for a field that
    cannot be searched or a scenario in which no crew rides.
    """
    if crew is not None:
        scenario = scenario.replace(crew=crew)
    if name == "crew":
        return _most_crew(scenario, vehicle)
    _check(scenario, name)
    info = field_info(name)
    r_lo, r_hi = _search_range(scenario, name)
    lo = r_lo if lo is None else float(lo)
    hi = r_hi if hi is None else float(hi)
    tol = TOLERANCES.get(info.unit, (hi - lo) * 1e-4)
    runs = 0

    def safe(v: float) -> bool:
        nonlocal runs
        runs += 1
        return crew_survives(cell_scenario(scenario, {name: v}), vehicle)

    safe_lo, safe_hi = safe(lo), safe(hi)
    if safe_lo == safe_hi:
        value = hi if safe_lo else None
        direction = "largest"
        bracket = (hi, hi) if safe_lo else None
    else:
        direction = "largest" if safe_lo else "smallest"
        good, bad = (lo, hi) if safe_lo else (hi, lo)
        while abs(bad - good) > tol:
            mid = 0.5 * (good + bad)
            if safe(mid):
                good = mid
            else:
                bad = mid
        value, bracket = good, (good, bad)
    limit = SafeLimit(name, info.unit, scenario.crew, value, direction, bracket, (lo, hi), tol, runs)
    others = {}
    if other_crews:
        for c in range(scenario.crew - 1, 0, -1):
            others[c] = find_limit(scenario.replace(crew=c), name, vehicle=vehicle, lo=lo, hi=hi, other_crews=False)
    sentence = describe(limit, others)
    return SafeLimit(**{**limit.__dict__, "sentence": sentence, "others": others})


def _most_crew(scenario: Scenario, vehicle: VehicleParams | None) -> SafeLimit:
    from ..io.vehicles import resolve

    seats = (vehicle or resolve(scenario)[0]).max_crew
    if scenario.undock_time_h is None:
        raise ScenarioError("undock_time_h", "must be set: the crew rides (and can be at risk) only after undocking")
    if seats < 1:
        raise ScenarioError("crew", f"cannot be searched: vehicle {scenario.vehicle} has no seats")
    runs, best, first_bad = 0, None, None
    for c in range(seats, 0, -1):
        runs += 1
        if crew_survives(scenario.replace(crew=c), vehicle):
            best = c
            break
        first_bad = c
    bracket = None if best is None else (float(best), float(first_bad if first_bad is not None else best))
    limit = SafeLimit("crew", "", scenario.crew, None if best is None else float(best), "largest", bracket,
                      (1.0, float(seats)), 1.0, runs)
    if best is None:
        text = "No crew survives this return: even 1 crew member reaches the crew limit before landing"
    else:
        text = f"Most crew that survive: {best} of {seats}"
    return SafeLimit(**{**limit.__dict__, "sentence": text})


def _fmt(value: float, unit: str) -> str:
    digits = _DECIMALS.get(unit, 3)
    text = f"{value:.{digits}f}"
    return f"{text} {unit}" if unit else text


def describe(limit: SafeLimit, others: dict | None = None) -> str:
    """One sentence, e.g. "Largest hole the crew survives: 0.98 mm (2 crew: 1.10 mm)"."""
    info = field_info(limit.field)
    lo, hi = limit.search_range
    if limit.value is None:
        return (f"No {info.label.lower()} from {_fmt(lo, info.unit)} to {_fmt(hi, info.unit)} lets "
                f"{limit.crew} crew survive")
    if limit.bracket and limit.bracket[0] == limit.bracket[1]:
        head = f"The crew ({limit.crew}) survives over the whole range searched, up to {_fmt(hi, info.unit)}"
    elif limit.field in ("undock_time_h", UNDOCK_AFTER_PUNCTURE):
        after = "after the puncture" if limit.field == UNDOCK_AFTER_PUNCTURE else "after the start"
        word = "Latest" if limit.direction == "largest" else "Earliest"
        head = f"{word} safe undock: {_fmt(limit.value, 'h')} {after}"
    elif limit.field == "hole_diameter_mm":
        head = f"Largest hole the crew survives: {_fmt(limit.value, 'mm')}" if limit.direction == "largest" else \
            f"Smallest hole the crew survives: {_fmt(limit.value, 'mm')}"
    else:
        word = "Largest" if limit.direction == "largest" else "Smallest"
        head = f"{word} {info.label.lower()} the crew survives: {_fmt(limit.value, info.unit)}"
    parts = []
    for c, other in (others or {}).items():
        if other.value is None:
            parts.append(f"{c} crew: none")
        elif other.bracket and other.bracket[0] == other.bracket[1]:
            parts.append(f"{c} crew: all up to {_fmt(other.search_range[1], info.unit)}")
        else:
            parts.append(f"{c} crew: {_fmt(other.value, info.unit)}")
    return head + (f" ({', '.join(parts)})" if parts else "")


__all__ = ["SafeLimit", "TOLERANCES", "crew_survives", "describe", "find_limit"]
