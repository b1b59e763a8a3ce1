"""The result of one simulation: time series, events and a plain-language verdict.

Data flows one way: Scenario -> simulate -> Result -> views (GUI, CLI, exports).
A Result is immutable; views never change it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

import numpy as np

from ..language import QT_TRANSLATE_NOOP
from ..scenario import Scenario
from .grades import GRADE_IDS

#: Every series a Result carries, with its unit and a human label (plots, CSV headers).
SERIES: dict[str, tuple[str, str]] = {
    "loop_pressure_kpa": ("kPa", QT_TRANSLATE_NOOP("Plots", "Loop pressure")),
    "coolant_remaining_pct": ("%", QT_TRANSLATE_NOOP("Plots", "Coolant remaining")),
    "heat_rejection_w": ("W", QT_TRANSLATE_NOOP("Plots", "Heat rejected by the loop")),
    "heat_rejection_capacity_w": ("W", QT_TRANSLATE_NOOP("Plots", "Heat-rejection capacity")),
    "heat_load_w": ("W", QT_TRANSLATE_NOOP("Plots", "Heat generated inside (avionics + crew)")),
    "cabin_temp_c": ("°C", QT_TRANSLATE_NOOP("Plots", "Cabin air temperature")),
    "cabin_rh_pct": ("%", QT_TRANSLATE_NOOP("Plots", "Cabin relative humidity")),
    "wet_bulb_c": ("°C", QT_TRANSLATE_NOOP("Plots", "Cabin wet-bulb temperature")),
    "wall_temp_c": ("°C", QT_TRANSLATE_NOOP("Plots", "Cabin wall (structure) temperature")),
    "equipment_temp_c": ("°C", QT_TRANSLATE_NOOP("Plots", "Equipment bay temperature")),
    "condensed_water_kg": ("kg", QT_TRANSLATE_NOOP("Plots", "Water condensed on the walls")),
    "crew_core_temp_c": ("°C", QT_TRANSLATE_NOOP("Plots", "Crew core (rectal) temperature")),
}

#: Further series a simulated Result carries for other models and for scripts (not drawn):
#: the crew's mean radiant temperature (the cabin surfaces, what the crew models read) and the orbital module.
MODEL_SERIES: dict[str, tuple[str, str]] = {
    "mean_radiant_temp_c": ("°C", "Crew mean radiant temperature (cabin surfaces)"),
    "orbital_module_temp_c": ("°C", "Orbital module temperature"),
}

#: Series whose peak matters to the crew: reported over the crew-aboard period (:attr:`Result.crew_peaks`).
CREW_SERIES = ("cabin_temp_c", "cabin_rh_pct", "wet_bulb_c", "crew_core_temp_c")

#: Event names in timeline order; values in ``Result.events`` are hours or None.  The labels are
#: English; ``translate("Events", label)`` gives them in the chosen language.
EVENTS: dict[str, str] = {
    "puncture": QT_TRANSLATE_NOOP("Events", "Puncture"),
    "coolant_half_lost": QT_TRANSLATE_NOOP("Events", "Half the coolant lost"),
    "coolant_depleted": QT_TRANSLATE_NOOP("Events", "Coolant depleted"),
    "undock": QT_TRANSLATE_NOOP("Events", "Undock"),
    "landing": QT_TRANSLATE_NOOP("Events", "Landing"),
    "cabin_temp_limit": QT_TRANSLATE_NOOP("Events", "Cabin above 27 °C"),
    "equipment_limit": QT_TRANSLATE_NOOP("Events", "Equipment bay above 40 °C"),
    "crew_limit": QT_TRANSLATE_NOOP("Events", "Crew core 38 °C"),
}

#: Units by the name's suffix, for series outside :data:`SERIES` (names carry their units).
_SUFFIX_UNITS = {"_c": "°C", "_kpa": "kPa", "_w": "W", "_pct": "%", "_kg": "kg", "_h": "h", "_mj": "MJ"}


def unit_of(name: str) -> str:
    """The unit of series ``name``: from :data:`SERIES`, else from its suffix (``_c`` -> °C); "" if none."""
    if name in SERIES:
        return SERIES[name][0]
    return next((unit for suffix, unit in _SUFFIX_UNITS.items() if name.endswith(suffix)), "")


SEVERITIES = ("safe", "info", "caution", "danger")


@dataclass(frozen=True)
class Verdict:
    """Plain-language outcome, e.g. 'Safe return: ...'; severity is one of SEVERITIES.

    ``crew_grade``: the crew's grade id on the one outcome scale
    (:data:`thermoviz.model.outcome.grades.GRADE_IDS`), None when no crew rides or the crew
    model has not run yet.
    """

    text: str
    severity: str
    crew_grade: str | None = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, got {self.severity!r}")
        if self.crew_grade is not None and self.crew_grade not in GRADE_IDS:
            raise ValueError(f"crew_grade must be one of {GRADE_IDS} or None, got {self.crew_grade!r}")


@dataclass(frozen=True)
class Result:
    """Time series and events of one simulated scenario.

    Attributes
    ----------
    scenario : Scenario
        The inputs this result was computed from.
    time_h : ndarray
        Sample times [h], strictly increasing, starting at 0 and ending at ``duration_h``.
    series : mapping str -> ndarray
        Every name in :data:`SERIES`, same length as ``time_h``.  A series may hold NaN
        where it has no meaning (e.g. ``crew_core_temp_c`` while no crew is aboard, or
        before the crew heat-strain model has run).
    events : mapping str -> float or None
        Every name in :data:`EVENTS`: time in hours, or None if it does not happen.
    verdict : Verdict
        Plain-language outcome and its severity.
    crew_aboard : ndarray of bool
        Where the crew is aboard (undock -> landing; always for a crewed station module).
    outside_validity : mapping str -> ndarray of bool
        For a model that has a validity range (``crew_core_temp_c``: ISO 7933 PHS), True
        where its inputs leave that range; values there are extrapolations.
    notes : tuple of str
        Plain-language caveats (estimates used, validity warnings).
    crew_strain_computed : bool
        False for the fast preview: the cabin was computed with the crew at a nominal
        output (not final) and the crew series is all NaN.
    vehicle : VehicleParams or None
        The vehicle parameters the result was computed with (None if not known).
    """

    scenario: Scenario
    time_h: np.ndarray
    series: Mapping[str, np.ndarray]
    events: Mapping[str, float | None]
    verdict: Verdict
    crew_aboard: np.ndarray
    outside_validity: Mapping[str, np.ndarray] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    crew_strain_computed: bool = False
    vehicle: object = field(default=None, compare=False, repr=False)
    #: Energy books ``{"whole_run": {...}, "crew_aboard": {...} or None}`` in MJ (:mod:`thermoviz.model.outcome.energy`).
    energy: object = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.time_h)
        missing = set(SERIES) - set(self.series)
        if missing:
            raise ValueError(f"Result is missing series {sorted(missing)}")
        for name, values in self.series.items():
            if len(values) != n:
                raise ValueError(f"series {name} has {len(values)} samples, time_h has {n}")
            values.flags.writeable = False
        self.time_h.flags.writeable = False
        object.__setattr__(self, "series", MappingProxyType(dict(self.series)))
        object.__setattr__(self, "events", MappingProxyType({k: self.events.get(k) for k in EVENTS}))
        object.__setattr__(self, "outside_validity", MappingProxyType(dict(self.outside_validity)))

    def __getattr__(self, name: str) -> np.ndarray:
        # result.cabin_temp_c etc.
        series = self.__dict__.get("series")
        if series is not None and name in series:
            return series[name]
        raise AttributeError(name)

    @property
    def units(self) -> dict[str, str]:
        """Each series' unit, e.g. ``{"cabin_temp_c": "°C", ...}`` (events are in hours, ``time_h`` in h)."""
        return {name: SERIES[name][0] if name in SERIES else unit_of(name) for name in self.series}

    @property
    def peaks(self) -> dict[str, float | None]:
        """Each drawn series' maximum (:data:`SERIES`; NaN ignored; None if the series is all NaN)."""
        out: dict[str, float | None] = {}
        for name, values in self.series.items():
            if name not in SERIES:
                continue
            finite = values[np.isfinite(values)]
            out[name] = float(finite.max()) if finite.size else None
        return out

    @property
    def crew_peaks(self) -> dict[str, float | None]:
        """Peaks of the crew-relevant series (:data:`CREW_SERIES`) over the crew-aboard period only
        (empty when no crew is aboard): what the crew lived through, not values after landing."""
        aboard = np.asarray(self.crew_aboard, dtype=bool)
        if self.scenario.crew <= 0 or not aboard.any():
            return {}
        out: dict[str, float | None] = {}
        for name in CREW_SERIES:
            values = np.asarray(self.series[name])[aboard]
            finite = values[np.isfinite(values)]
            out[name] = float(finite.max()) if finite.size else None
        return out

    @property
    def extrapolated_peaks(self) -> frozenset[str]:
        """Series whose maximum lies where their model is outside its validity range."""
        out = set()
        for name, mask in self.outside_validity.items():
            values = self.series[name]
            finite = np.isfinite(values)
            if finite.any() and len(mask) == len(values):
                i = int(np.argmax(np.where(finite, values, -np.inf)))
                if mask[i]:
                    out.add(name)
        return frozenset(out)

    def at(self, t_h: float) -> dict[str, float]:
        """Every series linearly interpolated at time ``t_h`` (NaN where undefined)."""
        out = {}
        for name, values in self.series.items():
            out[name] = float(np.interp(t_h, self.time_h, values))
        return out
