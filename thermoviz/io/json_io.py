"""JSON summary of a Result (what ``thermoviz run --json`` prints).

One object::

    {
      "version": "0.1.0",            # thermoviz version
      "schema_version": 1,           # scenario schema
      "scenario": {...},             # every Scenario field (null = optional field unset)
      "events": {"puncture": 1.0, "undock": null, ...},   # hours from start, null = does not happen
      "peaks": {"cabin_temp_c": 29.1, ...},               # each series' maximum, null if undefined
      "peaks_extrapolated": ["crew_core_temp_c"],        # peaks where their model is outside its validity range
      "units": {"cabin_temp_c": "°C", ...},
      "verdict": {"text": "...", "severity": "caution"},
      "notes": ["..."],
      "crew_strain_computed": true
    }

Strict JSON: no NaN/Infinity (undefined values are ``null``).
"""

from __future__ import annotations

import json
import math
from typing import Any

from ..model.result import SERIES, Result
from ..model.scenario import SCHEMA_VERSION


def _finite_or_none(x: float | None) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def result_summary(result: Result) -> dict[str, Any]:
    """The summary object (plain JSON-able dict)."""
    from .. import __version__

    return {
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "scenario": result.scenario.to_dict(),
        "events": {name: _finite_or_none(t) for name, t in result.events.items()},
        "peaks": {name: _finite_or_none(v) for name, v in result.peaks.items()},
        "peaks_extrapolated": sorted(result.extrapolated_peaks),
        "units": {name: unit for name, (unit, _label) in SERIES.items()},
        "verdict": {"text": result.verdict.text, "severity": result.verdict.severity},
        "notes": list(result.notes),
        "crew_strain_computed": bool(result.crew_strain_computed),
    }


def summary_json(result: Result, *, indent: int | None = 2) -> str:
    """:func:`result_summary` as strict JSON text (UTF-8 characters kept, e.g. °C)."""
    return json.dumps(result_summary(result), indent=indent, ensure_ascii=False, allow_nan=False)
