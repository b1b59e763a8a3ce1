"""The temperature unit people read: °C (the model's own) or °F (View ▸ Units, ``--units``).

The model, scenario files, inputs and JSON output stay in SI (°C); only what a
person reads follows the chosen unit: axis ticks and titles, limit captions,
readouts, verdicts, CSV headers and the PDF.  One process shows one unit at a time
(:func:`set_temp_unit`); every display helper below reads it unless given a unit.

Numbers in prose (``"the cabin reaches 41 °C"``) are rewritten by
:func:`localise_temps`, so a verdict or caption written once in °C reads
``"106 °F"`` in °F; a difference (``± 0.98 °C``) is scaled without the offset.
"""

from __future__ import annotations

import re

import numpy as np

from .language import number

#: Unit ids and the symbol a reader sees.
TEMP_UNITS: dict[str, str] = {"C": "°C", "F": "°F"}
DEFAULT_UNIT = "C"
_state = {"unit": DEFAULT_UNIT}


def check_unit(unit: str) -> str:
    """``unit`` upper-cased if it is one of :data:`TEMP_UNITS`; ValueError naming the choices otherwise."""
    key = str(unit).strip().upper().lstrip("°")
    if key not in TEMP_UNITS:
        raise ValueError(f"units: must be one of {', '.join(TEMP_UNITS)}, got {unit!r}")
    return key


def set_temp_unit(unit: str) -> str:
    """Show temperatures in ``unit`` (``"C"`` or ``"F"``) from now on; returns the id."""
    _state["unit"] = check_unit(unit)
    return _state["unit"]


def temp_unit() -> str:
    """The unit shown now (``"C"`` or ``"F"``)."""
    return _state["unit"]


def temp_symbol(unit: str | None = None) -> str:
    """``°C`` or ``°F``."""
    return TEMP_UNITS[unit or _state["unit"]]


def c_to_unit(value_c, unit: str | None = None):
    """A temperature [°C] (float or array) in ``unit``."""
    if (unit or _state["unit"]) == "F":
        return np.asarray(value_c, dtype=float) * 1.8 + 32.0 if np.ndim(value_c) else float(value_c) * 1.8 + 32.0
    return value_c


def unit_to_c(value, unit: str | None = None):
    """A temperature in ``unit`` (float or array) back in °C."""
    if (unit or _state["unit"]) == "F":
        return (np.asarray(value, dtype=float) - 32.0) / 1.8 if np.ndim(value) else (float(value) - 32.0) / 1.8
    return value


def delta_c_to_unit(delta_c: float, unit: str | None = None) -> float:
    """A temperature difference [K] in ``unit`` degrees (no offset)."""
    return float(delta_c) * (1.8 if (unit or _state["unit"]) == "F" else 1.0)


def temp_text(value_c: float, decimals: int = 1, unit: str | None = None) -> str:
    """``41.3 °C`` / ``106.3 °F``."""
    return f"{c_to_unit(float(value_c), unit):.{decimals}f} {temp_symbol(unit)}"


_NUMBER = r"[-−]?\d+(?:[.,]\d+)?"  # a decimal comma too (Russian, Spanish)
#: ``41 °C``, ``18–27 °C``, ``30.55 ± 0.98 °C``, ``± 2 °C``, ``+40 °C``; then any bare ``°C`` (axis titles).
_TEMPS = re.compile(rf"(?:(?P<pm0>±\s*)(?P<d0>{_NUMBER})|(?P<lo>{_NUMBER})(?:(?P<dash>\s*[–-]\s*)(?P<hi>{_NUMBER})"
                    rf"|(?P<pm>\s*±\s*)(?P<d>{_NUMBER}))?)(?P<gap>\s?)°C")


def _number(text: str) -> float:
    return float(text.replace("−", "-").replace(",", "."))


def _digits(text: str) -> int:
    return len(text.replace(",", ".").partition(".")[2])


def _converted(text: str, delta: bool, exact: bool) -> str:
    """One number of prose in °F, to as many decimals as it had (a °F is finer than a °C, so
    ``38 °C`` reads ``100 °F``: it may be a rounded 37.95, and 100.4 would claim more).
    ``exact`` (limits, thresholds): a whole number keeps its tenth, ``38 °C`` reads ``100.4 °F``."""
    value = _number(text) * 1.8 + (0.0 if delta else 32.0)
    digits = _digits(text)
    if exact and digits == 0:
        out = f"{value:.1f}"
        out = out[:-2] if out.endswith(".0") else out
    else:
        out = f"{value:.{digits}f}"
    if "," in text:  # the text's own decimal comma
        return out.replace(".", ",")
    return out if "." in text else number(out)  # a whole number: the language's separator (100,4 °F)


def localise_temps(text: str, unit: str | None = None, exact: bool = False) -> str:
    """``text`` with every °C temperature shown in ``unit`` (unchanged for °C); ``exact`` for
    limits and thresholds (see :func:`_converted`)."""
    if (unit or _state["unit"]) != "F" or "°C" not in text:
        return text

    def replace(match: re.Match) -> str:
        if match.group("d0") is not None:
            out = match.group("pm0") + _converted(match.group("d0"), True, exact)
        else:
            out = _converted(match.group("lo"), False, exact)
            if match.group("hi") is not None:
                out += match.group("dash") + _converted(match.group("hi"), False, exact)
            elif match.group("d") is not None:
                out += match.group("pm") + _converted(match.group("d"), True, exact)
        return out + match.group("gap") + "°F"

    return _TEMPS.sub(replace, text).replace("°C", "°F")
