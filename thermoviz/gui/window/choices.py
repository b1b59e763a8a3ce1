"""Where the scenario controls' choices come from: presets, the vehicle catalogue, their loops.

Qt-free helpers used by :class:`thermoviz.gui.window.controls.Controls` (which re-exports
them): one broken preset file must not hide the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.params import VehicleParams
from thermoviz.model.scenario import Scenario, ScenarioError


def _loops_of(vehicle: VehicleParams | None) -> list[tuple[str, str]]:
    """(id, title) of each loop of a vehicle (none for a vehicle missing from the catalogue)."""
    return [] if vehicle is None else [(loop.id, translate("Vehicles", loop.title)) for loop in vehicle.loops]


#: The shipped vehicles' loop names (a user vehicle's own names are shown as written).
LOOP_TITLES = (QT_TRANSLATE_NOOP("Vehicles", "External (radiator) loop"),
               QT_TRANSLATE_NOOP("Vehicles", "Main thermal-control loop"),
               QT_TRANSLATE_NOOP("Vehicles", "Backup radiator loop (RTOd)"))


@dataclass(frozen=True)
class _PresetStandIn:
    """A preset that loaded although another preset file is broken."""

    id: str
    scenario: Scenario

    @property
    def title(self) -> str:
        return self.scenario.title or self.id

    @property
    def description(self) -> str:
        return self.scenario.description


def is_station_module(vehicle) -> bool:
    """A station module never undocks (the GUI's one test of the vehicle's kind)."""
    return vehicle is not None and vehicle.is_station_module


def load_presets() -> tuple[dict[str, object], list[str]]:
    """Presets by id, and one-line problems: one broken preset file must not hide the others."""
    from thermoviz.io import presets as preset_io

    try:
        return {p.id: p for p in preset_io.list_presets()}, []
    except ScenarioError:
        pass
    from thermoviz.io.scenario_source import load_scenario

    good, problems = {}, []
    for pid in preset_io.known_preset_ids():
        try:
            good[pid] = _PresetStandIn(pid, load_scenario(preset_io.preset_path(pid)))
        except ScenarioError as err:
            problems.append(str(err))
    return good, problems


def _vehicle_catalogue() -> dict[str, VehicleParams]:
    """Vehicle id -> its parameters, from the IO layer's catalogue."""
    from thermoviz.io.vehicles import get_vehicle, vehicle_ids

    return {vid: get_vehicle(vid) for vid in vehicle_ids()}
