"""``FIELD=VALUE`` scenario overrides, as typed on the command line (``--set``).

One parser for every command that takes ``--set`` (``run``, ``map``, ``limit``, ``lesson``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model.language import number, translate
from ..model.scenario import FIELD_SPECS, Scenario, ScenarioError, check_field, quote_value
from .cli_args import NUMBER as _NUMBER
from .scenario_file import NONE_WORDS

#: An input typed in the one time base: hours from the puncture to the undock.  A scenario file stores
#: ``undock_time_h`` (hours from the start of the run); this key is turned into it (:func:`apply_changes`).
UNDOCK_AFTER_PUNCTURE = "undock_after_puncture_h"
_MISSING = object()
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def parse_override(text: str) -> tuple[str, Any]:
    """``FIELD=VALUE`` -> (field, checked value) using the field's FieldSpec.

    Numbers for numeric fields in plain ASCII decimal notation (``2``, ``0.8``,
    ``-1.5``, ``1e-3``; no ``1_0``, no full-width digits, no inf/nan), true/false
    (yes/no, on/off, 1/0) for booleans, ``none`` for optional fields.  The value
    is range-checked here; the message quotes what was typed.  Raises
    :class:`ScenarioError`.
    """
    name, sep, raw = text.partition("=")
    name, raw = name.strip(), raw.strip()
    if not sep or not name:
        raise ScenarioError("--set", translate("Errors", "expected FIELD=VALUE (e.g. hole_diameter_mm=2), got {given}")
                            .format(given=quote_value(text)))
    spec = FIELD_SPECS.get(name if name != UNDOCK_AFTER_PUNCTURE else "undock_time_h")
    if spec is None:
        raise ScenarioError(name, translate("Errors", "unknown field; allowed: {fields}").format(
            fields=", ".join([*FIELD_SPECS, UNDOCK_AFTER_PUNCTURE])))
    shown = raw if _NUMBER.fullmatch(raw) and len(raw) <= 60 else quote_value(raw)  # exactly as typed
    bad = ScenarioError(name, translate("Errors", "must be {allowed}, got {given}").format(allowed=spec.allowed(True), given=shown))
    lowered = raw.lower()
    if spec.optional and lowered in NONE_WORDS:
        return name, None
    if spec.kind is bool:
        if lowered in _TRUE:
            return name, True
        if lowered in _FALSE:
            return name, False
        raise bad
    if spec.kind is str:
        value: Any = raw
    else:
        if not _NUMBER.fullmatch(raw):
            raise bad
        value = float(raw)
        if spec.kind is int and value.is_integer() and abs(value) < 2**53:
            value = int(value)
    try:
        return name, check_field(spec, value)
    except ScenarioError:
        raise bad from None


def apply_changes(scenario: Scenario, changes: Mapping[str, Any]) -> Scenario:
    """``scenario`` with ``changes`` (field -> checked value) applied; ``undock_after_puncture_h``
    becomes ``undock_time_h`` = puncture + that many hours (the key a scenario file stores).

    Raises :class:`ScenarioError` naming the field when it cannot apply (no puncture, both keys given).
    """
    changes = dict(changes)
    after = changes.pop(UNDOCK_AFTER_PUNCTURE, _MISSING)
    scenario = scenario.replace(**changes) if changes else scenario
    if after is _MISSING:
        return scenario
    if "undock_time_h" in changes:
        raise ScenarioError(UNDOCK_AFTER_PUNCTURE, translate("Errors", "give either undock_time_h (from the start) or "
                                                                     "undock_after_puncture_h (from the puncture), not both"))
    if after is None:
        return scenario.replace(undock_time_h=None)
    if scenario.puncture_time_h is None:
        raise ScenarioError(UNDOCK_AFTER_PUNCTURE, translate("Errors", "needs a puncture (puncture_time_h is none); "
                                                                     "use undock_time_h (hours from the start)"))
    undock = scenario.puncture_time_h + float(after)
    try:
        return scenario.replace(undock_time_h=undock)
    except ScenarioError as err:
        raise ScenarioError(UNDOCK_AFTER_PUNCTURE, translate(
            "Errors", "puncture at {puncture} h + {after} h = undock at {undock} h from the start: {error}").format(
            puncture=number(f"{scenario.puncture_time_h:g}"), after=number(f"{after:g}"),
            undock=number(f"{undock:g}"), error=err.message)) from None
