"""Vehicle catalogue: the shipped vehicles, then the user's, by id -> model parameter dataclasses.

One vehicle file is read by :mod:`thermoviz.io.vehicle_parse`; the user's vehicle folder and the
vehicles of this session are :mod:`thermoviz.io.vehicle_file`.  Here: look-ups by id, provenance,
and :func:`resolve` (the vehicle, loop and coolant of a scenario, checked).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from ..model.loop.coolant import COOLANTS, CoolantParams
from ..model.language import translate
from ..model.params import LoopParams, VehicleParams
from ..model.scenario import Scenario, ScenarioError, quote_value
from .vehicle_file import is_user_vehicle, user_entries, vehicle_to_toml
from .vehicle_parse import Provenance, VehicleEntry, shipped_entries


def _catalogue() -> Mapping[str, VehicleEntry]:
    """Shipped vehicles, then the user's (:mod:`thermoviz.io.vehicle_file`: data folder and this session)."""
    return MappingProxyType({**shipped_entries(), **user_entries()})


def vehicle_entry(vehicle_id: str) -> VehicleEntry:
    """Parameters and provenance of one vehicle (shipped or user); ScenarioError naming ``vehicle``."""
    get_vehicle(vehicle_id)
    return _catalogue()[vehicle_id]


def vehicle_ids() -> tuple[str, ...]:
    """Ids of the shipped vehicles (``soyuz-ms``, ``progress-ms``, ``nauka``), then the user's."""
    return tuple(_catalogue())


def get_vehicle(vehicle_id: str) -> VehicleParams:
    """The parameters of one vehicle; ScenarioError naming ``vehicle`` if unknown."""
    try:
        return _catalogue()[vehicle_id].params
    except KeyError:
        raise ScenarioError("vehicle", translate("Errors", "must be one of {choices}, got {given}").format(
            choices=", ".join(vehicle_ids()), given=quote_value(vehicle_id))) from None


def provenance(vehicle_id: str) -> Mapping[str, Provenance]:
    """Source, unit and confidence of every number of a vehicle (keys like ``loops.external.x``)."""
    get_vehicle(vehicle_id)
    return _catalogue()[vehicle_id].provenance


def resolve(scenario: Scenario, vehicle: VehicleParams | None = None
            ) -> tuple[VehicleParams, LoopParams, CoolantParams]:
    """Vehicle, punctured loop and coolant of a scenario; ScenarioError (one line) if they don't fit.

    ``vehicle``: use these parameters instead of the catalogue entry ``scenario.vehicle``.
    """
    vehicle = get_vehicle(scenario.vehicle) if vehicle is None else vehicle
    if scenario.loop not in vehicle.loop_ids:
        ids = vehicle.loop_ids
        shown = ", ".join(ids[:8]) + (f", … ({len(ids)} in all)" if len(ids) > 8 else "")
        raise ScenarioError("loop", translate("Errors", "must be one of {choices} for vehicle {vehicle}, got {given}").format(
            choices=shown, vehicle=vehicle.id, given=quote_value(scenario.loop)))
    coolant_id = scenario.coolant or vehicle.default_coolant
    if coolant_id not in COOLANTS:
        raise ScenarioError("coolant", translate("Errors", "must be one of {choices} (or empty for the vehicle's assumed "
                                                          "coolant), got {given}").format(
            choices=", ".join(COOLANTS), given=quote_value(coolant_id)))
    if vehicle.is_station_module and scenario.undock_time_h is not None:
        raise ScenarioError("undock_time_h", translate("Errors", "must be none for station module {vehicle} (it never "
                                                                "undocks), got {given}").format(
            vehicle=vehicle.id, given=quote_value(scenario.undock_time_h)))
    if scenario.crew > vehicle.max_crew:
        rule = (translate("Errors", "must be from 0 to {seats} for vehicle {vehicle} (an uncrewed cargo ship), got {given}")
                if vehicle.max_crew == 0 else
                translate("Errors", "must be from 0 to {seats} for vehicle {vehicle} ({seats} seats), got {given}"))
        raise ScenarioError("crew", rule.format(seats=vehicle.max_crew, vehicle=vehicle.id, given=scenario.crew))
    return vehicle, vehicle.loop(scenario.loop), COOLANTS[coolant_id]


def embedded_vehicle_toml(vehicle_id: str) -> str:
    """``[vehicle]`` table text of a user vehicle for a scenario file; "" for a shipped or unknown id."""
    entry = _catalogue().get(vehicle_id)
    if entry is None or not is_user_vehicle(vehicle_id):
        return ""
    return vehicle_to_toml(entry, table="vehicle")
