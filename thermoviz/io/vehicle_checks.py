"""Generic checks of one vehicle parameter, from its dataclass annotation and its name's unit suffix.

No parameter is named here: a new field of :class:`~thermoviz.model.params.VehicleParams`
or ``LoopParams`` is checked by its type (``float``, ``int``, ``str``, optional) and
the hard physical bound its unit suffix implies (:func:`physical_bounds`, :data:`HARD_BOUNDS`;
seats :data:`SEATS`); an estimate's plausible range must lie inside the same bounds.  Used by
:mod:`thermoviz.io.vehicle_file` (files) and the vehicle editor (typed values).
"""

from __future__ import annotations

import math
import typing
from typing import Any

from ..model.scenario import MAX_SEATS, quote_value
from .vehicle_parse import Provenance

TEXT_LIMIT = 200
#: Plausible temperatures anywhere in a crewed vehicle model [°C].
TEMPERATURE_BOUNDS_C = (-150.0, 150.0)
#: Seats a vehicle may have (0: an uncrewed cargo ship; 12: beyond any crewed vehicle flown or planned).
SEATS = (0, MAX_SEATS)

#: Hard physical bounds by the name's unit suffix: (suffix, lo, hi, lo exclusive).  Far wider than any
#: plausible range (a whole station module is about 1e8 J/K, a few kW of avionics, a few bar in a loop),
#: they keep a user vehicle inside what the model can integrate: never infinite, never zero capacity.
HARD_BOUNDS: tuple[tuple[str, float, float, bool], ...] = (
    ("_c", *TEMPERATURE_BOUNDS_C, False),
    ("_pct", 0.0, 100.0, False),
    ("fraction", 0.0, 1.0, False),
    ("emissivity", 0.0, 1.0, False),
    ("coefficient", 0.0, 1.0, True),
    ("exponent", 0.0, 5.0, True),
    ("_j_k", 0.0, 1e9, True),      # heat capacity [J/K]
    ("_w_k", 0.0, 1e5, False),     # conductance [W/K]
    ("_w", 0.0, 1e6, False),       # power [W]
    ("_kpa", 0.0, 1e4, False),     # pressure [kPa] (100 bar)
    ("_l", 0.0, 1e5, True),        # volume [L]
    ("_m3_h", 0.0, 1e5, False),    # air flow [m³/h]
    ("_m3", 0.0, 1e4, True),       # volume [m³]
    ("_m2", 0.0, 1e4, False),      # area [m²]
    ("_h", 0.0, 1e4, False),       # duration [h]
)
#: Any other number: finite, from 0 to this.
DEFAULT_MAX = 1e9


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
    if name == "max_crew":
        return float(SEATS[0]), float(SEATS[1]), False
    for suffix, lo, hi, open_lo in HARD_BOUNDS:
        if name.endswith(suffix) or (suffix in ("fraction", "emissivity", "coefficient", "exponent")
                                     and suffix in name):
            return lo, hi, open_lo
    return 0.0, DEFAULT_MAX, False


def _number(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1e4 else f"{x:g}"


def bounds_text(name: str) -> str:
    lo, hi, open_lo = physical_bounds(name)
    return f"> {_number(lo)} and <= {_number(hi)}" if open_lo else f"from {_number(lo)} to {_number(hi)}"


def _outside(name: str, number: float) -> bool:
    lo, hi, open_lo = physical_bounds(name)
    return not math.isfinite(number) or number < lo or number > hi or (open_lo and number <= lo)


def check_range(name: str, rng: tuple[float, float] | None) -> str | None:
    """Why an estimate's plausible ``range`` cannot belong to parameter ``name`` (None if it can)."""
    if rng is None:
        return None
    if any(_outside(name, float(x)) for x in rng):
        return (f"range must be finite and inside the hard bounds ({bounds_text(name)}), "
                f"got [{quote_value(rng[0])}, {quote_value(rng[1])}]")
    return None


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
    if _outside(name, number):
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
