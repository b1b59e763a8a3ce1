"""The vehicle editor's row texts in the language in use: parameter names, notes, checks, warnings.

The plain words of :mod:`thermoviz.model.param_labels` are marked here (context ``Parameters``) so
that ``pyside6-lupdate`` finds them; ``tests/gui/vehicle/test_vehicle_editor_translated.py`` fails
when a label has no row here.  The rules are those of a vehicle file
(:mod:`thermoviz.io.vehicle_checks`); only their wording is the language's, with its decimal comma
and thousands separator.  Sources stay as published.
"""

from __future__ import annotations

import re
from typing import Any

from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicle_parse import Provenance
from thermoviz.model.language import QT_TRANSLATE_NOOP, language_code, number, translate
from thermoviz.model.param_labels import LOOP_LABELS, VEHICLE_LABELS

#: ``thermoviz.model.param_labels``' words, and the titles of the text fields that have none.
LABELS = (
    QT_TRANSLATE_NOOP("Parameters", "time from undocking to landing"),
    QT_TRANSLATE_NOOP("Parameters", "cabin free air volume"),
    QT_TRANSLATE_NOOP("Parameters", "heat capacity of the cabin air and light interior"),
    QT_TRANSLATE_NOOP("Parameters", "heat capacity of the cabin walls and structure"),
    QT_TRANSLATE_NOOP("Parameters", "heat transfer from cabin air to walls"),
    QT_TRANSLATE_NOOP("Parameters", "heat capacity of the equipment bay"),
    QT_TRANSLATE_NOOP("Parameters", "heat transfer from equipment bay to cabin air"),
    QT_TRANSLATE_NOOP("Parameters", "heat transfer from equipment bay to cabin walls"),
    QT_TRANSLATE_NOOP("Parameters", "heat capacity of the orbital module"),
    QT_TRANSLATE_NOOP("Parameters", "heat transfer from cabin walls to the orbital module"),
    QT_TRANSLATE_NOOP("Parameters", "cabin hull area facing space"),
    QT_TRANSLATE_NOOP("Parameters", "equipment bay hull area facing space"),
    QT_TRANSLATE_NOOP("Parameters", "orbital module hull area facing space"),
    QT_TRANSLATE_NOOP("Parameters", "effective emissivity of the insulation (heat loss to space)"),
    QT_TRANSLATE_NOOP("Parameters", "effective temperature of space the insulation sees"),
    QT_TRANSLATE_NOOP("Parameters", "module separation before landing"),
    QT_TRANSLATE_NOOP("Parameters", "heat loss to the outside air after landing"),
    QT_TRANSLATE_NOOP("Parameters", "landing-site air temperature"),
    QT_TRANSLATE_NOOP("Parameters", "equipment bay set-point"),
    QT_TRANSLATE_NOOP("Parameters", "equipment heat while docked"),
    QT_TRANSLATE_NOOP("Parameters", "equipment heat in free flight"),
    QT_TRANSLATE_NOOP("Parameters", "equipment heat after landing"),
    QT_TRANSLATE_NOOP("Parameters", "share of the equipment heat released in the cabin"),
    QT_TRANSLATE_NOOP("Parameters", "equipment heat after the shutdown"),
    QT_TRANSLATE_NOOP("Parameters", "hours from the leak to the equipment shutdown"),
    QT_TRANSLATE_NOOP("Parameters", "station air flow through the hatch"),
    QT_TRANSLATE_NOOP("Parameters", "station air temperature"),
    QT_TRANSLATE_NOOP("Parameters", "station air humidity"),
    QT_TRANSLATE_NOOP("Parameters", "cabin air set-point"),
    QT_TRANSLATE_NOOP("Parameters", "dew point of the condensing heat exchanger"),
    QT_TRANSLATE_NOOP("Parameters", "air flow through the condensing heat exchanger"),
    QT_TRANSLATE_NOOP("Parameters", "seats"),
    QT_TRANSLATE_NOOP("Parameters", "radiator area exposed to meteoroids and debris"),
    QT_TRANSLATE_NOOP("Parameters", "coolant inventory"),
    QT_TRANSLATE_NOOP("Parameters", "loop pressure before the leak"),
    QT_TRANSLATE_NOOP("Parameters", "accumulator gas volume"),
    QT_TRANSLATE_NOOP("Parameters", "accumulator liquid reserve"),
    QT_TRANSLATE_NOOP("Parameters", "accumulator charge pressure"),
    QT_TRANSLATE_NOOP("Parameters", "accumulator gas polytropic exponent"),
    QT_TRANSLATE_NOOP("Parameters", "inventory share below which the pump weakens"),
    QT_TRANSLATE_NOOP("Parameters", "inventory share at which the pump stops"),
    QT_TRANSLATE_NOOP("Parameters", "radiator heat rejection capacity"),
    QT_TRANSLATE_NOOP("Parameters", "hole discharge coefficient (Cd)"),
    QT_TRANSLATE_NOOP("Parameters", "pressure left once the liquid is gone"),
    QT_TRANSLATE_NOOP("Parameters", "Kind"), QT_TRANSLATE_NOOP("Parameters", "Display name"),
    QT_TRANSLATE_NOOP("Parameters", "Default coolant"), QT_TRANSLATE_NOOP("Parameters", "Title"),
)
#: A value the user set (``vehicle_file.edited_provenance``); the other words are the limits' own.
USER_CONFIDENCE = QT_TRANSLATE_NOOP("Confidence", "user")
#: Thousands separator of the language (1,000,000 reads 1 000 000 in Russian, 1.000.000 in Spanish).
GROUPING = {"ru": "\u00a0", "es": "."}
#: Unit suffixes of field names, left out of the row labels (the unit has its own column).
_UNIT_SUFFIX = re.compile(r"_(j_k|w_k|m3_h|m3|kpa|pct|mm|c|w|h|l)$")


def title(name: str) -> str:
    """The English row title of a parameter (its plain words, capitalised)."""
    label = LOOP_LABELS.get(name) or VEHICLE_LABELS.get(name)
    if label:
        return label[0].upper() + label[1:]
    words = _UNIT_SUFFIX.sub("", name).replace("_", " ")
    return re.sub(r"\b(ua|chx)\b", lambda m: m.group(1).upper(), words.capitalize())


def row_label(name: str) -> str:
    """The row title in the language in use."""
    label = LOOP_LABELS.get(name) or VEHICLE_LABELS.get(name)
    text = translate("Parameters", label) if label else translate("Parameters", title(name))
    return text[0].upper() + text[1:] if text else text


def _number(x: float) -> str:
    if abs(x) >= 1e4:
        return f"{x:,.0f}".replace(",", GROUPING.get(language_code(), ","))
    return number(f"{x:g}")


def bounds(name: str) -> str:
    """The hard bounds of ``name`` (``from 0 to 100``, ``> 0 and <= 10,000``) in the language in use."""
    lo, hi, open_lo = vf.physical_bounds(name)
    rule = (translate("VehicleEditor", "> {low} and <= {high}") if open_lo
            else translate("VehicleEditor", "from {low} to {high}"))
    return rule.format(low=_number(lo), high=_number(hi))


def note(name: str, base: Any, prov: Provenance | None, optional: bool = False) -> str:
    """Confidence, plausible range and allowed range of a row, joined by " · "."""
    plausible = (translate("VehicleEditor", "plausible {low} to {high}").format(
        low=number(f"{prov.range[0]:g}"), high=number(f"{prov.range[1]:g}")) if prov and prov.range else "")
    allowed = "" if base is str or base is None else translate("VehicleEditor", "allowed {bounds}").format(
        bounds=bounds(name))
    if optional and allowed:
        allowed += translate("VehicleEditor", "; empty = derived / none")
    confidence = translate("Confidence", prov.confidence) if prov and prov.confidence else ""
    return " · ".join(x for x in (confidence, plausible, allowed) if x)


def not_a_number(name: str, base: Any) -> str:
    """What a typed text that is no number is told."""
    rule = (translate("VehicleEditor", "must be a whole number {bounds}") if base is int
            else translate("VehicleEditor", "must be a number {bounds}"))
    return rule.format(bounds=bounds(name))


def value_error(name: str, hint: Any, value: Any) -> str | None:
    """Why ``value`` cannot be parameter ``name`` (the vehicle file's rule), in the language in use."""
    if vf.check_value(name, hint, value) is None:
        return None
    base, _optional = vf.base_type(hint)
    if value is None:
        return translate("VehicleEditor", "is required")
    if base is str:
        if not isinstance(value, str) or not value.strip():
            return translate("VehicleEditor", "must be a text")
        return translate("VehicleEditor", "must be one printable line of at most {limit} characters").format(
            limit=vf.TEXT_LIMIT)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not (base is int and isinstance(value, float)):
        return translate("VehicleEditor", "must be a finite number {bounds}").format(bounds=bounds(name))
    return not_a_number(name, base)


def range_warning(key: str, value: Any, prov: Provenance | None) -> str | None:
    """The amber warning of a value outside the plausible range it was copied with."""
    if vf.range_warning(key, value, prov) is None:
        return None
    unit = f" {prov.unit}" if prov.unit else ""
    return translate("VehicleEditor", "outside the estimate's plausible range {low} to {high}{unit}; allowed, "
                     "saved as a user value").format(low=number(f"{prov.range[0]:g}"),
                                                     high=number(f"{prov.range[1]:g}"), unit=unit)
