"""Limit finder: the largest hole, the latest undock, the most crew that stay below a grade.

"Safe" here means the crew stays below the asked grade of the one outcome scale
(:mod:`thermoviz.model.outcome.grades`; default ``not_acceptable``, core 39 °C): the run's
``verdict.crew_grade`` is graded below it.  The limit is found on the exact
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

from ..api import simulate
from ..io.vehicles import get_vehicle, resolve
from ..model.language import QT_TRANSLATE_NOOP, number, translate
from ..model.outcome import grades
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
    limit lies beyond it); ``others`` holds the same search for fewer crew; ``grade``
    is the grade id the crew must stay below (:data:`thermoviz.model.outcome.grades.GRADE_IDS`).
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
    grade: str = grades.DEFAULT_BOUNDARY_GRADE

    def to_dict(self) -> dict:
        return {"field": self.field, "value": self.value, "unit": self.unit, "crew": self.crew,
                "grade": self.grade, "grade_meaning": grades.grade(self.grade).meaning,
                "direction": self.direction, "bracket": list(self.bracket) if self.bracket else None,
                "search_range": list(self.search_range), "tolerance": self.tolerance,
                "simulations": self.simulations, "sentence": self.sentence,
                "other_crew": {str(c): o.to_dict() for c, o in self.others.items()}}


def stays_below(scenario: Scenario, grade_id: str = grades.DEFAULT_BOUNDARY_GRADE,
                vehicle: VehicleParams | None = None) -> bool:
    """True when the run's crew grade (``verdict.crew_grade``, exact path) is below ``grade_id``."""
    reached = simulate(scenario, vehicle=vehicle).verdict.crew_grade or grades.WITHIN_LIMITS.id
    return not grades.at_least(reached, grade_id)


def _search_range(scenario: Scenario, name: str) -> tuple[float, float]:
    info = field_info(name)
    lo, hi = info.minimum, info.maximum
    descent = scenario.descent_duration_h
    if descent is None:
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
        raise ScenarioError("crew", "must be at least 1 to find a limit for the crew")
    if scenario.undock_time_h is None and name not in ("undock_time_h", UNDOCK_AFTER_PUNCTURE):
        raise ScenarioError("undock_time_h", "must be set: the crew rides (and can be at risk) only after undocking")
    if name == UNDOCK_AFTER_PUNCTURE and scenario.puncture_time_h is None:
        raise ScenarioError("puncture_time_h", f"must be set (not none) to search {UNDOCK_AFTER_PUNCTURE}")


def find_limit(scenario: Scenario, name: str, *, crew: int | None = None, vehicle: VehicleParams | None = None,
               lo: float | None = None, hi: float | None = None, other_crews: bool = True,
               grade: str = grades.DEFAULT_BOUNDARY_GRADE) -> SafeLimit:
    """The limit of field ``name`` around ``scenario`` below which the crew stays under ``grade``.

    ``crew`` replaces the scenario's crew if given.  With ``other_crews`` the same search
    runs for every smaller crew count down to 1 (the "(2 crew: 1.10 mm)" of the sentence).
    Raises ScenarioError for an unknown grade, a field that cannot be searched or a
    scenario in which no crew rides.
    """
    try:
        grades.grade(grade)
    except ValueError as err:
        raise ScenarioError("grade", str(err).removeprefix("grade ")) from None
    if grade == grades.WITHIN_LIMITS.id:
        raise ScenarioError("grade", f"must be one of {', '.join(grades.BOUNDARY_GRADE_IDS)} "
                                     f"(every crew is at least {grade}); got {grade!r}")
    if crew is not None:
        scenario = scenario.replace(crew=crew)
    if name == "crew":
        return _most_crew(scenario, vehicle, grade)
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
        return stays_below(cell_scenario(scenario, {name: v}), grade, vehicle)

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
    limit = SafeLimit(name, info.unit, scenario.crew, value, direction, bracket, (lo, hi), tol, runs, grade=grade)
    others = {}
    if other_crews:
        for c in range(scenario.crew - 1, 0, -1):
            others[c] = find_limit(scenario.replace(crew=c), name, vehicle=vehicle, lo=lo, hi=hi, other_crews=False,
                                   grade=grade)
    sentence = describe(limit, others)
    return SafeLimit(**{**limit.__dict__, "sentence": sentence, "others": others})


def _most_crew(scenario: Scenario, vehicle: VehicleParams | None, grade: str) -> SafeLimit:
    seats = (vehicle or resolve(scenario)[0]).max_crew
    if scenario.undock_time_h is None:
        raise ScenarioError("undock_time_h", "must be set: the crew rides (and can be at risk) only after undocking")
    if seats < 1:
        raise ScenarioError("crew", f"cannot be searched: vehicle {scenario.vehicle} has no seats")
    runs, best, first_bad = 0, None, None
    for c in range(seats, 0, -1):
        runs += 1
        if stays_below(scenario.replace(crew=c), grade, vehicle):
            best = c
            break
        first_bad = c
    bracket = None if best is None else (float(best), float(first_bad if first_bad is not None else best))
    limit = SafeLimit("crew", "", scenario.crew, None if best is None else float(best), "largest", bracket,
                      (1.0, float(seats)), 1.0, runs, grade=grade)
    return SafeLimit(**{**limit.__dict__, "sentence": describe(limit)})


def grade_words(g: grades.Grade) -> str:
    """'"not acceptable" (core 39 °C, where performance drops sharply)'."""
    text = translate("SafeLimits", "\"{grade}\" ({meaning})")
    return text.format(grade=translate("Grades", g.title).lower(), meaning=translate("Grades", g.meaning))


def _below(g: grades.Grade) -> str:
    """How a sentence says "stays below this grade"; "survive" only for not_survivable."""
    if g.id == grades.NOT_SURVIVABLE.id:
        return translate("SafeLimits", "that survive (below {meaning})").format(meaning=translate("Grades", g.meaning))
    return translate("SafeLimits", "kept below {grade}").format(grade=grade_words(g))


def _fmt(value: float, unit: str) -> str:
    digits = _DECIMALS.get(unit, 3)
    text = number(f"{value:.{digits}f}")
    return f"{text} {translate('Units', unit)}" if unit else text


#: The head of a found limit's sentence, by (field kind, direction).
_HEADS = {
    ("after_puncture", "largest"):
        QT_TRANSLATE_NOOP("SafeLimits", "Latest undock with {crew} crew {below}: {value} after the puncture"),
    ("after_puncture", "smallest"):
        QT_TRANSLATE_NOOP("SafeLimits", "Earliest undock with {crew} crew {below}: {value} after the puncture"),
    ("after_start", "largest"):
        QT_TRANSLATE_NOOP("SafeLimits", "Latest undock with {crew} crew {below}: {value} after the start"),
    ("after_start", "smallest"):
        QT_TRANSLATE_NOOP("SafeLimits", "Earliest undock with {crew} crew {below}: {value} after the start"),
    ("hole", "largest"): QT_TRANSLATE_NOOP("SafeLimits", "Largest hole with {crew} crew {below}: {value}"),
    ("hole", "smallest"): QT_TRANSLATE_NOOP("SafeLimits", "Smallest hole with {crew} crew {below}: {value}"),
    ("other", "largest"): QT_TRANSLATE_NOOP("SafeLimits", "Largest {what} with {crew} crew {below}: {value}"),
    ("other", "smallest"): QT_TRANSLATE_NOOP("SafeLimits", "Smallest {what} with {crew} crew {below}: {value}"),
}


def _kind(name: str) -> str:
    if name == UNDOCK_AFTER_PUNCTURE:
        return "after_puncture"
    return {"undock_time_h": "after_start", "hole_diameter_mm": "hole"}.get(name, "other")


def describe(limit: SafeLimit, others: dict | None = None) -> str:
    """One sentence naming the grade in the chosen language (:func:`~thermoviz.model.language.translate`,
    decimal separator included), e.g. "Largest hole with 3 crew kept below "not acceptable" (core
    39 °C, where performance drops sharply): 0.62 mm (2 crew: 0.91 mm, 1 crew: 1.40 mm)".
    ``others`` defaults to the limit's own (:attr:`SafeLimit.others`)."""
    g = grades.grade(limit.grade)
    if limit.field == "crew":
        if limit.value is None:
            text = translate("SafeLimits", "Even 1 crew member reaches {grade} on this return")
            return text.format(grade=grade_words(g))
        text = translate("SafeLimits", "Most crew {below}: {best} of {seats}")
        return text.format(below=_below(g), best=int(limit.value), seats=int(limit.search_range[1]))
    info = field_info(limit.field)
    label = translate("Fields", info.label).lower()
    lo, hi = limit.search_range
    if limit.value is None:
        text = translate("SafeLimits", "No {what} from {low} to {high} keeps {crew} crew below {grade}")
        return text.format(what=label, low=_fmt(lo, info.unit), high=_fmt(hi, info.unit), crew=limit.crew,
                           grade=grade_words(g))
    if limit.bracket and limit.bracket[0] == limit.bracket[1]:
        text = translate("SafeLimits", "{crew} crew stay below {grade} over the whole range searched, up to {high}")
        head = text.format(crew=limit.crew, grade=grade_words(g), high=_fmt(hi, info.unit))
    else:
        unit = "h" if _kind(limit.field).startswith("after") else info.unit
        head = translate("SafeLimits", _HEADS[_kind(limit.field), limit.direction]).format(
            what=label, crew=limit.crew, below=_below(g), value=_fmt(limit.value, unit))
    parts = []
    for c, other in (limit.others if others is None else others).items():
        if other.value is None:
            parts.append(translate("SafeLimits", "{count} crew: none").format(count=c))
        elif other.bracket and other.bracket[0] == other.bracket[1]:
            text = translate("SafeLimits", "{count} crew: all up to {value}")
            parts.append(text.format(count=c, value=_fmt(other.search_range[1], info.unit)))
        else:
            text = translate("SafeLimits", "{count} crew: {value}")
            parts.append(text.format(count=c, value=_fmt(other.value, info.unit)))
    return head + (f" ({', '.join(parts)})" if parts else "")


__all__ = ["SafeLimit", "TOLERANCES", "describe", "find_limit", "grade_words", "stays_below"]
