"""JSON summary of a Result (what ``thermoviz run --json`` prints).

One object::

    {
      "version": "0.1.0",            # thermoviz version
      "schema_version": 1,           # scenario schema
      "scenario": {...},             # every Scenario field (null = optional field unset)
      "start_utc": "2022-12-14T23:45Z",                   # when t = 0 was (null = no calendar date)
      "time_base": {"events": "hours since the puncture", "puncture_since_start_h": 1.0},
      "events": {"puncture": 0.0, "undock": 48.0, ...},   # hours since the puncture, null = does not happen
      "events_since_start": {"puncture": 1.0, ...},       # the run's own clock (t = 0 at the start)
      "events_utc": {"puncture": "2022-12-15T00:45Z", ...},  # the same as UTC times (null without a start)
      "peaks": {"cabin_temp_c": 29.1, ...},               # each series' maximum, null if undefined
      "peaks_extrapolated": ["crew_core_temp_c"],        # peaks where their model is outside its validity range
      "peaks_crew_aboard": {"cabin_rh_pct": 66.5, ...},  # crew-relevant peaks while the crew is aboard ({} if never)
      "crew_validity": {...},                             # the crew model's validated range, stated
      "units": {"cabin_temp_c": "°C", ...},
      "verdict": {"text": "...", "severity": "caution",   # crew_grade: thermoviz.model.outcome.grades id,
                  "crew_grade": "stop_work"},            # null when no crew rides
      "notes": ["..."],
      "crew_strain_computed": true
    }

Strict JSON: no NaN/Infinity (undefined values are ``null``).
"""

from __future__ import annotations

import json
import math
from typing import Any

from .. import __version__
from ..model import clock
from .comparison import comparison
from ..model.crew.heat_strain import TDB_RANGE_C, VAPOUR_PRESSURE_RANGE_KPA
from ..model.limits import CORE_VALIDATED_MAX_C
from ..model.outcome.result import SERIES, Result
from ..model.scenario import SCHEMA_VERSION


#: The validated range of the crew models, as ``run --json`` states it.
CREW_VALIDITY = {
    "core_below_c": CORE_VALIDATED_MAX_C,
    "phs_air_c": list(TDB_RANGE_C),
    "phs_vapour_pressure_kpa": list(VAPOUR_PRESSURE_RANGE_KPA),
    "note": ("crew core values at or above core_below_c, or after the cabin leaves the PHS input range, are "
             "extrapolations (listed in peaks_extrapolated, crew_core_extrapolated in the CSV); crew-relevant "
             "peaks in peaks_crew_aboard are taken over the crew-aboard period only"),
}


def _finite_or_none(x: float | None) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def result_summary(result: Result) -> dict[str, Any]:
    """The summary object (plain JSON-able dict)."""
    origin, origin_words = clock.time_origin(result.events.get("puncture"))
    since_start = {name: _finite_or_none(t) for name, t in result.events.items()}
    return {
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "scenario": result.scenario.to_dict(),
        "start_utc": result.scenario.start_utc,
        "time_base": {"events": origin_words,
                      "puncture_since_start_h": _finite_or_none(result.events.get("puncture"))},
        "events": {name: None if t is None else t - origin for name, t in since_start.items()},
        "events_since_start": since_start,
        "events_utc": events_utc(result),
        "peaks": {name: _finite_or_none(v) for name, v in result.peaks.items()},
        "peaks_extrapolated": sorted(result.extrapolated_peaks),
        "peaks_crew_aboard": {name: _finite_or_none(v) for name, v in result.crew_peaks.items()},
        "crew_validity": CREW_VALIDITY,
        "units": {name: unit for name, (unit, _label) in SERIES.items()},
        "verdict": {"text": result.verdict.text, "severity": result.verdict.severity,
                    "crew_grade": result.verdict.crew_grade},
        "notes": list(result.notes),
        "crew_strain_computed": bool(result.crew_strain_computed),
        **({} if result.energy is None else {"energy": result.energy}),
    }


def events_utc(result: Result) -> dict[str, str | None]:
    """Each event's UTC time (canonical ISO text, to the second); all None if the start is unknown."""
    start = result.scenario.start_datetime
    out: dict[str, str | None] = {}
    for name, t in result.events.items():
        t = _finite_or_none(t)
        if start is None or t is None:
            out[name] = None
        else:
            out[name] = clock.format_utc_iso(clock.round_to_second(clock.utc_at_hours(start, t)))
    return out


def summary_json(result: Result, *, indent: int | None = 2, reference: Result | None = None) -> str:
    """:func:`result_summary` as strict JSON text (UTF-8 characters kept, e.g. °C).

    ``reference``: a pinned run (``--compare``), added as ``reference`` and ``difference`` objects.
    """
    data = result_summary(result)
    if reference is not None:
        data.update(comparison(result, reference))
    return json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)
