"""The plain-language verdict of a result (one sentence + severity).

Called twice: by the physics (crew strain not yet computed, so the sentence
speaks about the cabin and says the crew model is still running) and again by
the heat-strain model once ``crew_core_temp_c`` and the ``crew_limit`` event exist.
Severity: ``danger`` (crew limit reached, or cabin above 35 °C with crew aboard),
``caution`` (hot but survivable, or cabin above the 27 °C comfort limit),
``info`` (nothing at stake: uncrewed, or crew on the station), ``safe``.
"""

from __future__ import annotations

import numpy as np

from .limits import CABIN_DANGER, CABIN_TEMP_LIMIT_C, CREW_CORE_LIMIT_C
from .result import Verdict
from .scenario import Scenario

_NAMES = {"soyuz": "Soyuz", "progress": "Progress", "nauka": "Nauka"}
#: Vehicles of kind "station_module" (the verdict sees only the scenario; the catalogue is IO).
_STATION_MODULES = {"nauka"}


def _vehicle_name(scenario: Scenario) -> str:
    for prefix, name in _NAMES.items():
        if scenario.vehicle.startswith(prefix):
            return name
    return "vehicle"


def _peak(values: np.ndarray, mask: np.ndarray | None = None) -> float | None:
    v = values if mask is None else values[mask]
    v = v[np.isfinite(v)]
    return float(v.max()) if v.size else None


def _hours(h: float) -> str:
    if h < 1.0:
        return f"{h * 60:.0f} min"
    return f"{h:.1f} h"


def make_verdict(scenario: Scenario, time_h, series, events, crew_aboard, crew_strain_computed) -> Verdict:
    """One plain-language sentence and its severity for this result."""
    name = _vehicle_name(scenario)
    cabin = np.asarray(series["cabin_temp_c"])
    aboard = np.asarray(crew_aboard, dtype=bool)
    landing, undock = events.get("landing"), events.get("undock")
    station_module = scenario.vehicle in _STATION_MODULES or (undock is None and bool(aboard.any()))
    leak = events.get("puncture") is not None
    cabin_peak = _peak(cabin)
    crewed = bool(aboard.any()) and scenario.crew > 0

    if crewed:
        cabin_aboard = _peak(cabin, aboard)
        place = "the crew must leave the module" if station_module else None
        if not crew_strain_computed:
            when = "" if station_module else (" before landing" if landing is not None else " by the end of the run")
            severity = ("danger" if cabin_aboard > CABIN_DANGER.low else
                        "caution" if cabin_aboard > CABIN_TEMP_LIMIT_C else "safe")
            if cabin_aboard > CABIN_TEMP_LIMIT_C:
                text = f"Cabin reaches {cabin_aboard:.0f} °C{when} with the crew aboard (crew heat strain still computing)"
            else:
                text = f"Cabin stays at or below {cabin_aboard:.0f} °C with the crew aboard (crew heat strain still computing)"
            return Verdict(text, severity)
        crew_limit = events.get("crew_limit")
        core = np.asarray(series["crew_core_temp_c"])
        core_peak = _peak(core, aboard)
        if crew_limit is not None:
            if station_module:
                return Verdict(f"Crew heat-strain limit (core {CREW_CORE_LIMIT_C:g} °C) reached "
                               f"{_hours(crew_limit)} into the run: {place}", "danger")
            if landing is not None and crew_limit <= landing:
                return Verdict(f"Crew heat-strain limit (core {CREW_CORE_LIMIT_C:g} °C) reached "
                               f"{_hours(landing - crew_limit)} before landing: this {name} cannot bring its "
                               f"crew home", "danger")
            since = crew_limit - (undock or 0.0)
            return Verdict(f"Crew heat-strain limit (core {CREW_CORE_LIMIT_C:g} °C) reached {_hours(since)} after "
                           f"undocking, before the end of the run", "danger")
        if core_peak is None:
            return Verdict(f"Cabin peaks at {cabin_aboard:.0f} °C with the crew aboard (crew core temperature "
                           f"could not be computed)", "caution" if cabin_aboard > CABIN_TEMP_LIMIT_C else "info")
        margin = CREW_CORE_LIMIT_C - core_peak
        hot = cabin_aboard > CABIN_TEMP_LIMIT_C
        detail = f"crew core peaks at {core_peak:.1f} °C, {margin:.1f} °C below the {CREW_CORE_LIMIT_C:g} °C limit"
        if station_module:
            head = "Crew safe but hot" if hot else "Crew safe"
        elif landing is not None:
            head = "Safe return but a hot cabin" if hot else "Safe return"
        else:
            head = "Crew still aboard at the end of the run"
        cabin_text = f" (cabin peaks at {cabin_aboard:.0f} °C)" if hot else ""
        unfinished = landing is None and not station_module
        return Verdict(f"{head}: {detail}{cabin_text}", "caution" if hot or unfinished else "safe")

    # Nobody at risk aboard.
    on_station = " (the crew lives on the station and is not at risk)" if scenario.crew > 0 else ""
    if station_module or scenario.vehicle in _STATION_MODULES:
        subject = f"Uncrewed {name} module"
        if not leak:
            return Verdict(f"{subject}, no leak: the loop holds it at or below {cabin_peak:.0f} °C", "info")
        return Verdict(f"{subject}: the cabin peaks at {cabin_peak:.0f} °C after the leak",
                       "caution" if cabin_peak > CABIN_TEMP_LIMIT_C else "info")
    if undock is None:  # docked for the whole run
        if not leak:
            text = f"No leak: the loop holds the docked {name} at or below {cabin_peak:.0f} °C"
        elif scenario.hatch_open:
            text = f"Docked with the hatch open: station air holds the cabin near {float(cabin[-1]):.0f} °C"
        else:
            text = f"Docked with the hatch closed: the cabin reaches {cabin_peak:.0f} °C"
        return Verdict(text + on_station, "caution" if cabin_peak > CABIN_TEMP_LIMIT_C else "info")
    if not leak:
        return Verdict(f"No leak, uncrewed {name}: the loop holds the cabin at or below {cabin_peak:.0f} °C", "info")
    if cabin_peak <= CABIN_TEMP_LIMIT_C:
        return Verdict(f"Uncrewed {name}: the cabin stays at or below {cabin_peak:.0f} °C despite the leak", "info")
    return Verdict(f"Uncrewed {name}: the cabin reaches {cabin_peak:.0f} °C, but no crew is aboard", "caution")
