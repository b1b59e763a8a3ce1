"""Generic checks of one vehicle parameter, from its dataclass annotation and its name's unit suffix.

No parameter is named here: a new field of :class:`~thermoviz.model.params.VehicleParams`
or ``LoopParams`` is checked by its type (``float``, ``int``, ``str``, optional) and
the physical bound its unit suffix implies (:func:`physical_bounds`).  Used by
:mod:`thermoviz.io.vehicle_file` (files) and the vehicle editor (typed values).
"""

from __future__ import annotations

import math
import typing
from typing import Any

from ..model.scenario import quote_value
from .vehicles import Provenance

TEXT_LIMIT = 200
#: Plausible temperatures anywhere in a crewed vehicle model [°C].
TEMPERATURE_BOUNDS_C = (-150.0, 150.0)


def field_types(cls) -> dict[str, Any]:
    """Resolved annotation of every dataclass field (``float``, ``int``, ``str``, ``float | None`` …)."""
    return typing.get_type_hints(cls)


def base_type(hint: Any) -> tuple[type | None, bool]:
    """(float/int/str or None, optional?) of an annotation."""
    args = typing.get_args(hint)
    optional = type(None) in args
    if optional:
        rest = [a for a in args if a is not type(None)]
        hint = rest[0] if len(rest) == 1 else None
    return (hint if hint in (float, int, str) else None), optional


def physical_bounds(name: str) -> tuple[float, float, bool]:
    """(lo, hi, lo_exclusive) a parameter must lie in whatever its source, from its name's unit suffix."""
    if name.endswith("_c"):
        return (*TEMPERATURE_BOUNDS_C, False)
    if name.endswith("_pct"):
        return 0.0, 100.0, False
    if "fraction" in name:
        return 0.0, 1.0, False
    if name.endswith(("_j_k", "_m3", "_l", "exponent")):
        return 0.0, math.inf, True
    return 0.0, math.inf, False


def bounds_text(name: str) -> str:
    lo, hi, open_lo = physical_bounds(name)
    if math.isinf(hi):
        return f"{'>' if open_lo else '>='} {lo:g}"
    return f"from {lo:g} to {hi:g}"


def check_value(name: str, hint: Any, value: Any) -> str | None:
    """Why ``value`` cannot be parameter ``name`` (annotation ``hint``), or None if it can."""
    base, optional = base_type(hint)
    if value is None:
        return None if optional else "is required"
    if base is str:
        if not isinstance(value, str) or not value.strip():
            return f"must be a text, got {quote_value(value)}"
        if len(value) > TEXT_LIMIT or not value.isprintable():
            return f"must be one printable line of at most {TEXT_LIMIT} characters"
        return None
    if base is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (base is int and isinstance(value, float)):
        kind = "a whole number" if base is int else "a number"
        return f"must be {kind} {bounds_text(name)}, got {quote_value(value)}"
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    lo, hi, open_lo = physical_bounds(name)
    if not math.isfinite(number) or number < lo or number > hi or (open_lo and number <= lo):
        return f"must be a finite number {bounds_text(name)}, got {quote_value(value)}"
    return None


def range_warning(key: str, value: float, prov: Provenance | None) -> str | None:
    """A warning when ``value`` leaves the plausible range of the estimate it was copied from."""
    if prov is None or prov.range is None or not isinstance(value, (int, float)):
        return None
    lo, hi = prov.range
    if lo <= value <= hi:
        return None
    return (f"outside the estimate's plausible range {lo:g} to {hi:g} {prov.unit}".rstrip()
            + "; allowed, saved as a user value")
