"""The inputs a map or a limit search can vary, and the scenario of one cell.

Every numeric scenario field can be an axis (its range and unit come from
:data:`thermoviz.model.scenario.FIELD_SPECS`), plus one derived field:

``undock_after_puncture_h``
    Hours between the puncture and the undock.  Setting it sets
    ``undock_time_h = puncture_time_h + value`` (the puncture is applied first
    when it is the other axis).

A cell whose landing (undock + return duration) falls after the end of the run
gets a longer run, ``duration_h = landing + RUN_AFTER_LANDING_H`` (at most the
field's 240 h), so the crew's fate at landing is always part of the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ..model.language import QT_TRANSLATE_NOOP
from ..io.vehicles import get_vehicle
from ..model.scenario import FIELD_SPECS, Scenario, ScenarioError


#: The derived field: hours from the puncture to the undock.
UNDOCK_AFTER_PUNCTURE = "undock_after_puncture_h"
#: Hours of run kept after a landing that the base run would not reach.
RUN_AFTER_LANDING_H = 1.0
#: Fields drawn and sampled on a logarithmic axis (sizes, and the Cd that scales the hole's area).
LOG_FIELDS = frozenset({"hole_diameter_mm", "discharge_coefficient"})
#: Scenario fields that are numbers (the others are ids, text or a switch).
SCENARIO_NUMBER_FIELDS = tuple(n for n, s in FIELD_SPECS.items() if s.kind in (int, float))


@dataclass(frozen=True)
class FieldInfo:
    """Name, unit, label and allowed range of one variable input."""

    name: str
    unit: str
    label: str
    minimum: float
    maximum: float
    integer: bool = False

    @property
    def log(self) -> bool:
        return self.name in LOG_FIELDS

    def axis_label(self) -> str:
        return f"{self.label} [{self.unit}]" if self.unit else self.label


def field_info(name: str) -> FieldInfo:
    """The :class:`FieldInfo` of ``name``; ScenarioError naming the allowed fields otherwise."""
    if name == UNDOCK_AFTER_PUNCTURE:
        return FieldInfo(name, "h", QT_TRANSLATE_NOOP("Fields", "Hours from puncture to undock"), 0.0, 240.0)
    spec = FIELD_SPECS.get(name)
    if spec is None or name not in SCENARIO_NUMBER_FIELDS:
        raise ScenarioError(name, f"cannot be varied; allowed: {', '.join(variable_fields())}")
    return FieldInfo(name, spec.unit, spec.label, float(spec.minimum), float(spec.maximum), spec.kind is int)


def variable_fields() -> tuple[str, ...]:
    """Every field a map axis or a limit search accepts."""
    return (*SCENARIO_NUMBER_FIELDS, UNDOCK_AFTER_PUNCTURE)


def base_value(scenario: Scenario, name: str) -> float | None:
    """The value of ``name`` in ``scenario`` (None where the field is "none")."""
    if name == UNDOCK_AFTER_PUNCTURE:
        if scenario.undock_time_h is None or scenario.puncture_time_h is None:
            return None
        return scenario.undock_time_h - scenario.puncture_time_h
    value = getattr(scenario, name)
    return None if value is None else float(value)


def axis_values(name: str, lo: float, hi: float, n: int) -> np.ndarray:
    """``n`` values from ``lo`` to ``hi``: geometric for a log field, whole numbers for crew.

    Raises ScenarioError naming the field when the range is outside what it allows.
    """
    info = field_info(name)
    if not (np.isfinite(lo) and np.isfinite(hi)) or not lo < hi:
        raise ScenarioError(name, f"axis range must go from a lower to a higher number, got {lo:g}:{hi:g}")
    for value in (lo, hi):
        if not info.minimum <= value <= info.maximum:
            unit = f" {info.unit}" if info.unit else ""
            raise ScenarioError(name, f"axis range must lie within {info.minimum:g} to {info.maximum:g}{unit}, "
                                      f"got {lo:g}:{hi:g}")
    if info.integer:
        values = np.arange(int(np.ceil(lo)), int(np.floor(hi)) + 1, dtype=float)
        if values.size < 2:
            raise ScenarioError(name, f"axis range must hold at least two whole numbers, got {lo:g}:{hi:g}")
        return values
    if not isinstance(n, (int, np.integer)) or not 2 <= n <= 1000:
        raise ScenarioError(name, f"axis needs from 2 to 1000 points, got {n}")
    if info.log:
        if lo <= 0:
            raise ScenarioError(name, f"axis is logarithmic: its range must start above 0, got {lo:g}")
        return np.geomspace(lo, hi, n)
    return np.linspace(lo, hi, n)


def cell_scenario(base: Scenario, values: Mapping[str, float]) -> Scenario:
    """``base`` with the fields of ``values`` set (validated), run long enough to reach landing."""
    changes: dict = {}
    derived = None
    for name, value in values.items():
        info = field_info(name)
        value = int(round(value)) if info.integer else float(value)
        if name == UNDOCK_AFTER_PUNCTURE:
            derived = value
        else:
            changes[name] = value
    scenario = base.replace(**changes) if changes else base
    if derived is not None:
        if scenario.puncture_time_h is None:
            raise ScenarioError("puncture_time_h", f"must be set (not none) to vary {UNDOCK_AFTER_PUNCTURE}")
        undock = scenario.puncture_time_h + derived
        if undock > FIELD_SPECS["undock_time_h"].maximum:
            raise ScenarioError(UNDOCK_AFTER_PUNCTURE, f"puncture + {derived:g} h = {undock:g} h is after the "
                                                       f"latest undock time, 240 h")
        scenario = scenario.replace(undock_time_h=undock)
    timing = [n for n in (UNDOCK_AFTER_PUNCTURE, "undock_time_h", "descent_duration_h") if n in values]
    return _long_enough(scenario, field=timing[0] if timing else "undock_time_h")


def _long_enough(scenario: Scenario, descent_h: float | None = None, field: str = "undock_time_h") -> Scenario:
    if scenario.undock_time_h is None:
        return scenario
    if descent_h is None:
        descent_h = scenario.descent_duration_h
    if descent_h is None:
        descent_h = get_vehicle(scenario.vehicle).descent_duration_h
    landing = scenario.undock_time_h + descent_h
    if landing <= scenario.duration_h:
        return scenario
    longest = FIELD_SPECS["duration_h"].maximum
    if landing > longest:
        raise ScenarioError(field, f"puts the landing at {landing:g} h, after the longest run ({longest:g} h)")
    return scenario.replace(duration_h=min(landing + RUN_AFTER_LANDING_H, FIELD_SPECS["duration_h"].maximum))
