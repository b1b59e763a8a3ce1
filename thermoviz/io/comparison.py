"""A pinned reference in the data outputs: its own object in ``run --json`` and the CSV metadata,
with a difference table (this run minus the reference).

Event times count hours since each run's own puncture (the one time base; since the start for
a run without one), so "undock 48 h after the puncture" compares with the reference's own.
"""

from __future__ import annotations

import math
from typing import Any

from ..model import clock
from ..model.outcome.result import Result

METHOD = ("this run minus the reference; peaks over each whole run; event times in hours since each run's "
          "own puncture (since its start without one); null where either value is missing")


def _num(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(float(x)) else float(x)


def events_since_origin(result: Result) -> dict[str, float | None]:
    origin, _words = clock.time_origin(result.events.get("puncture"))
    return {name: None if t is None else float(t) - origin for name, t in result.events.items()}


def comparison(result: Result, reference: Result) -> dict[str, Any]:
    """``{"reference": {...}, "difference": {...}}`` (plain JSON/TOML-able data; no NaN)."""
    ours, theirs = events_since_origin(result), events_since_origin(reference)
    peaks, ref_peaks = result.peaks, reference.peaks

    def minus(a, b):
        a, b = _num(a), _num(b)
        return None if a is None or b is None else a - b

    return {
        "reference": {
            "title": reference.scenario.title or "reference scenario",
            "scenario": reference.scenario.to_dict(),
            "verdict": {"text": reference.verdict.text, "severity": reference.verdict.severity,
                        "crew_grade": reference.verdict.crew_grade},
            "events": {k: _num(v) for k, v in theirs.items()},
            "peaks": {k: _num(v) for k, v in ref_peaks.items()},
        },
        "difference": {
            "method": METHOD,
            "peaks": {k: minus(peaks.get(k), ref_peaks.get(k)) for k in peaks},
            "events": {k: minus(ours.get(k), theirs.get(k)) for k in ours},
        },
    }


def without_nulls(data: Any) -> Any:
    """The same data with None dropped (TOML has no null: the CSV metadata leaves a missing value out)."""
    if isinstance(data, dict):
        return {k: without_nulls(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [without_nulls(v) for v in data if v is not None]
    return data
