"""What a map shows in each cell: the metrics and how each is read from one Result.

``crew_margin_h`` — crew margin at landing [h]
    ``t(crew limit) - t(landing)`` when the crew's core temperature reaches the
    limit (38 °C, ISO 7933 stop-work) while aboard: negative, and minus the hours
    the crew would still have had to ride with a core above the limit.  When the
    limit is *not* reached before landing the margin is **+MARGIN_NOT_REACHED_H**
    (+1 h), a stated cap: the crew leaves the vehicle at landing, so no later
    crossing time exists to measure.  Its 0 line is the stop-work boundary (38 °C).
    NaN where nobody rides (no crew, or the vehicle never undocks).
``margin_to_<grade>_k`` (one per boundary grade of :mod:`thermoviz.model.outcome.grades`)
    How far the crew stays below that grade while aboard [K]: the smaller of
    (grade's core threshold - core peak) and, for ``not_survivable``, (35 °C -
    wet-bulb peak).  + = below the grade; the grade's boundary is margin = 0, the
    same line at which the run's ``verdict.crew_grade`` reaches that grade.
``crew_core_peak_c``
    Peak crew core temperature while aboard [°C] (NaN where nobody rides).
``cabin_peak_c``
    Peak cabin air temperature over the run [°C].
``coolant_depleted_h``
    Hours from the puncture until the loop is empty (NaN if not within the run).
``verdict``
    The verdict's severity class: index in :data:`thermoviz.model.outcome.result.SEVERITIES`
    (0 safe, 1 info, 2 caution, 3 danger).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..model.language import QT_TRANSLATE_NOOP
from ..model.outcome import grades
from ..model.outcome.result import SEVERITIES, Result
from ..model.scenario import ScenarioError

#: Margin [h] reported when the crew limit is not reached before landing (a stated cap).
MARGIN_NOT_REACHED_H = 1.0


@dataclass(frozen=True)
class Metric:
    """One map metric: name, unit, label, and whether it needs the crew heat-strain model."""

    name: str
    unit: str
    label: str
    needs_crew: bool
    #: Value that separates safe from unsafe (the map's colour centre), or None.
    limit: float | None = None

    def axis_label(self) -> str:
        return f"{self.label} [{self.unit}]" if self.unit else self.label


def grade_metric(grade_id: str) -> str:
    """The name of the map metric whose 0 line is the boundary of grade ``grade_id``."""
    return f"margin_to_{grades.grade(grade_id).id}_k"


def _threshold(g: grades.Grade) -> str:
    core = f"core {g.core_c:g} °C"
    return core if g.wet_bulb_c is None else f"{core} or wet-bulb {g.wet_bulb_c:g} °C"


#: Metric name -> the grade it measures the margin to.
GRADE_METRICS: dict[str, grades.Grade] = {grade_metric(g.id): g for g in grades.GRADES[1:]}

METRICS: dict[str, Metric] = {m.name: m for m in (
    *(Metric(name, "K", f"Crew margin below {g.title.lower()} ({_threshold(g)})", True, 0.0)
      for name, g in GRADE_METRICS.items()),
    Metric("crew_margin_h", "h", QT_TRANSLATE_NOOP("Map", "Crew margin at landing to the 38 °C stop-work line"), True, 0.0),
    Metric("crew_core_peak_c", "°C", QT_TRANSLATE_NOOP("Map", "Crew core temperature peak"), True, 38.0),
    Metric("cabin_peak_c", "°C", QT_TRANSLATE_NOOP("Map", "Cabin air temperature peak"), True, None),  # the crew heats the cabin
    Metric("coolant_depleted_h", "h", QT_TRANSLATE_NOOP("Map", "Hours from puncture to coolant depleted"), False, None),
    Metric("verdict", "", QT_TRANSLATE_NOOP("Map", "Verdict (0 safe, 1 info, 2 caution, 3 danger)"), True, None),
)}


def get_metric(name: str) -> Metric:
    """The :class:`Metric` called ``name``; ScenarioError naming the allowed ones otherwise."""
    try:
        return METRICS[name]
    except KeyError:
        raise ScenarioError("metric", f"must be one of {', '.join(METRICS)}, got {name!r}") from None


def crew_rides(result: Result) -> bool:
    """True when a crew is aboard at some time and the vehicle lands within the run."""
    return result.scenario.crew > 0 and bool(np.any(result.crew_aboard))


def crew_margin_h(landing_h, crew_limit_h):
    """Margin [h] from landing and crew-limit times (NaN = none); arrays or floats."""
    landing = np.asarray(landing_h, dtype=float)
    limit = np.asarray(crew_limit_h, dtype=float)
    margin = np.where(np.isnan(limit), MARGIN_NOT_REACHED_H, limit - landing)
    margin = np.where(np.isnan(landing), np.nan, margin)
    return float(margin) if margin.ndim == 0 else margin


def grade_margin_k(grade: grades.Grade, core_peak_c, wet_bulb_peak_c):
    """Margin [K] below ``grade`` from the crew-aboard peaks (NaN core = nobody rides); arrays or floats."""
    core = np.asarray(core_peak_c, dtype=float)
    margin = grade.core_c - core
    if grade.wet_bulb_c is not None:
        wet = np.asarray(wet_bulb_peak_c, dtype=float)
        margin = np.minimum(margin, np.where(np.isfinite(wet), grade.wet_bulb_c - wet, np.inf))
    return float(margin) if margin.ndim == 0 else margin


def metric_from_result(result: Result, metric: str) -> float:
    """The value of ``metric`` for one simulated scenario (the exact path's definition)."""
    events = result.events
    if metric in GRADE_METRICS:
        if not crew_rides(result):
            return math.nan
        aboard = np.asarray(result.crew_aboard, bool)
        core, wet = (np.asarray(result.series[k])[aboard] for k in ("crew_core_temp_c", "wet_bulb_c"))
        core, wet = core[np.isfinite(core)], wet[np.isfinite(wet)]
        if not core.size:
            return math.nan
        return grade_margin_k(GRADE_METRICS[metric], core.max(), wet.max() if wet.size else math.nan)
    if metric == "crew_margin_h":
        if not crew_rides(result) or events["landing"] is None:
            return math.nan
        limit = events["crew_limit"]
        return crew_margin_h(events["landing"], math.nan if limit is None else limit)
    if metric == "crew_core_peak_c":
        if not crew_rides(result):
            return math.nan
        core = np.asarray(result.series["crew_core_temp_c"])[np.asarray(result.crew_aboard, bool)]
        core = core[np.isfinite(core)]
        return float(core.max()) if core.size else math.nan
    if metric == "cabin_peak_c":
        cabin = np.asarray(result.series["cabin_temp_c"])
        return float(np.nanmax(cabin))
    if metric == "coolant_depleted_h":
        depleted, puncture = events["coolant_depleted"], events["puncture"]
        return math.nan if depleted is None or puncture is None else depleted - puncture
    if metric == "verdict":
        return float(SEVERITIES.index(result.verdict.severity))
    raise ScenarioError("metric", f"must be one of {', '.join(METRICS)}, got {metric!r}")
