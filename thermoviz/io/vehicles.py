"""Vehicle catalogue: ``assets/vehicles/*.toml`` -> model parameter dataclasses.

Each TOML number is an inline table ``{ value = ..., unit = "...", source = "...",
confidence = "..." }`` (confidence tags as in ``shared/reference/domain.md``; an
``estimate`` also says its reasoning in ``source``).  Plain values (ids, titles)
are written bare.  Parsed once and cached.
"""

from __future__ import annotations

import dataclasses
import tomllib
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping

from ..model.coolant import COOLANTS, CoolantParams
from ..model.params import LoopParams, VehicleParams
from ..model.scenario import Scenario, ScenarioError
from .assets import assets_dir

CONFIDENCE_TAGS = ("confirmed", "reported once", "conflicting", "from memory", "estimate", "derived")
_ESTIMATE_TAGS = ("estimate", "derived")


@dataclasses.dataclass(frozen=True)
class Provenance:
    """Where one parameter value comes from."""

    value: Any
    unit: str
    source: str
    confidence: str


class VehicleFileError(ValueError):
    """A vehicle TOML file is malformed (one line naming file and key)."""


def _plain(path_name: str, key: str, raw: Any, prov: dict[str, Provenance], prefix: str = "") -> Any:
    if isinstance(raw, dict):
        if "value" not in raw:
            raise VehicleFileError(f"{path_name}: {prefix}{key}: inline table needs a 'value'")
        conf = raw.get("confidence", "")
        if conf not in CONFIDENCE_TAGS:
            raise VehicleFileError(f"{path_name}: {prefix}{key}: confidence must be one of "
                                   f"{', '.join(CONFIDENCE_TAGS)}, got {conf!r}")
        if not raw.get("source"):
            raise VehicleFileError(f"{path_name}: {prefix}{key}: needs a 'source' (or the estimate's reasoning)")
        prov[prefix + key] = Provenance(raw["value"], raw.get("unit", ""), raw["source"], conf)
        return raw["value"]
    return raw


def _build(cls, path_name: str, table: dict, prov: dict[str, Provenance], prefix: str = "", **extra):
    names = {f.name for f in dataclasses.fields(cls)} - set(extra) - {"estimates"}
    values = {}
    for key, raw in table.items():
        if key in extra or key == "loops":
            continue
        if key not in names:
            raise VehicleFileError(f"{path_name}: unknown key {prefix}{key}")
        values[key] = _plain(path_name, key, raw, prov, prefix)
    required = {f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.name in names}
    missing = sorted(required - set(values))
    if missing:
        raise VehicleFileError(f"{path_name}: missing {', '.join(prefix + m for m in missing)}")
    return cls(**values, **extra)


@dataclasses.dataclass(frozen=True)
class VehicleEntry:
    params: VehicleParams
    provenance: Mapping[str, Provenance]


def _parse(path) -> VehicleEntry:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    prov: dict[str, Provenance] = {}
    loops = tuple(
        _build(LoopParams, path.name, dict(table), prov, prefix=f"loops.{loop_id}.", id=loop_id)
        for loop_id, table in data.get("loops", {}).items()
    )
    params = _build(VehicleParams, path.name, data, prov, loops=loops, estimates=())
    estimates = tuple(k for k, p in prov.items() if p.confidence in _ESTIMATE_TAGS)
    params = dataclasses.replace(params, estimates=estimates)
    if params.default_coolant not in COOLANTS:
        raise VehicleFileError(f"{path.name}: default_coolant must be one of {', '.join(COOLANTS)}")
    return VehicleEntry(params, MappingProxyType(prov))


@lru_cache(maxsize=1)
def _catalogue() -> Mapping[str, VehicleEntry]:
    entries = {}
    for path in sorted((assets_dir() / "vehicles").glob("*.toml")):
        entry = _parse(path)
        entries[entry.params.id] = entry
    return MappingProxyType(entries)


def vehicle_ids() -> tuple[str, ...]:
    """Ids of the shipped vehicles (``soyuz-ms``, ``progress-ms``, ``nauka``)."""
    return tuple(_catalogue())


def get_vehicle(vehicle_id: str) -> VehicleParams:
    """The parameters of one vehicle; ScenarioError naming ``vehicle`` if unknown."""
    try:
        return _catalogue()[vehicle_id].params
    except KeyError:
        raise ScenarioError("vehicle", f"must be one of {', '.join(vehicle_ids())}, got {vehicle_id!r}") from None


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
        raise ScenarioError("loop", f"must be one of {', '.join(vehicle.loop_ids)} for vehicle "
                                    f"{vehicle.id}, got {scenario.loop!r}")
    coolant_id = scenario.coolant or vehicle.default_coolant
    if coolant_id not in COOLANTS:
        raise ScenarioError("coolant", f"must be one of {', '.join(COOLANTS)} (or empty for the vehicle's "
                                       f"assumed coolant), got {coolant_id!r}")
    if vehicle.is_station_module and scenario.undock_time_h is not None:
        raise ScenarioError("undock_time_h", f"must be none for station module {vehicle.id} "
                                             f"(it never undocks), got {scenario.undock_time_h:g}")
    if scenario.crew > vehicle.max_crew:
        what = "an uncrewed cargo ship" if vehicle.max_crew == 0 else f"{vehicle.max_crew} seats"
        raise ScenarioError("crew", f"must be from 0 to {vehicle.max_crew} for vehicle {vehicle.id} "
                                    f"({what}), got {scenario.crew}")
    return vehicle, vehicle.loop(scenario.loop), COOLANTS[coolant_id]
