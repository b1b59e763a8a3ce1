"""One vehicle document -> :class:`VehicleEntry` (parameters + provenance of every number), and the shipped vehicles.

Each TOML number is an inline table ``{ value = ..., unit = "...", source = "...",
confidence = "..." }`` (confidence tags as in ``docs/sources.md``; an
``estimate`` also says its reasoning in ``source``).  Every ``estimate`` or
``derived`` number also carries its plausible ``range = [lo, hi]`` (reasoning in
``source`` or an optional ``range_reason``).  Plain values (ids, titles) are
written bare.  The shipped files are parsed once and cached.  The catalogue (shipped + user vehicles) is
:mod:`thermoviz.io.vehicles`; user files are :mod:`thermoviz.io.vehicle_file`.
"""

from __future__ import annotations

import dataclasses
import tomllib
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping

from ..model.loop.coolant import COOLANTS
from ..model.params import LoopParams, VehicleParams
from .assets import assets_dir

CONFIDENCE_TAGS = ("confirmed", "reported once", "conflicting", "from memory", "estimate", "derived", "user")
_ESTIMATE_TAGS = ("estimate", "derived")


@dataclasses.dataclass(frozen=True)
class Provenance:
    """Where one parameter value comes from."""

    value: Any
    unit: str
    source: str
    confidence: str
    range: tuple[float, float] | None = None
    range_reason: str = ""


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
        unknown = set(raw) - {"value", "unit", "source", "confidence", "range", "range_reason"}
        if unknown:
            raise VehicleFileError(f"{path_name}: {prefix}{key}: unknown entry {sorted(unknown)[0]!r} "
                                   f"(allowed: value, unit, source, confidence, range, range_reason)")
        rng = _range(path_name, prefix + key, raw)
        if rng is None and conf in _ESTIMATE_TAGS:
            raise VehicleFileError(f"{path_name}: {prefix}{key}: an {conf} needs a plausible range = [lo, hi]")
        prov[prefix + key] = Provenance(raw["value"], raw.get("unit", ""), raw["source"], conf, rng,
                                        str(raw.get("range_reason", "")))
        return raw["value"]
    return raw


def _range(path_name: str, name: str, raw: dict) -> tuple[float, float] | None:
    """``range = [lo, hi]`` of one entry, checked: two numbers with lo <= value <= hi."""
    if "range" not in raw:
        return None
    rng = raw["range"]
    value = raw["value"]
    if (not isinstance(rng, list) or len(rng) != 2
            or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in rng)):
        raise VehicleFileError(f"{path_name}: {name}: range must be [lo, hi] with two numbers, got {rng!r}")
    lo, hi = float(rng[0]), float(rng[1])
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not lo <= value <= hi:
        raise VehicleFileError(f"{path_name}: {name}: range [{lo:g}, {hi:g}] must contain the value {value!r} "
                               f"(lo <= value <= hi)")
    return lo, hi


def _check_loop(path_name: str, loop: LoopParams) -> None:
    """The accumulator numbers of one loop must agree with each other (one line naming the field)."""
    name = f"loops.{loop.id}."
    if loop.accumulator_reserve_l is not None:
        expected = 1.0 - loop.accumulator_reserve_l / loop.liquid_inventory_l
        if abs(expected - loop.pump_full_fraction) > 0.005:
            raise VehicleFileError(
                f"{path_name}: {name}pump_full_fraction must be 1 - accumulator_reserve_l / liquid_inventory_l "
                f"= {expected:.3f} (the pump runs fully until the reserve is used up), got {loop.pump_full_fraction:g}")
    if loop.accumulator_charge_pressure_kpa is not None:
        derived = dataclasses.replace(loop, accumulator_charge_pressure_kpa=None).charge_pressure_kpa
        if abs(loop.accumulator_charge_pressure_kpa - derived) > 0.02 * derived:
            raise VehicleFileError(
                f"{path_name}: {name}accumulator_charge_pressure_kpa must be initial_pressure_kpa · (gas / (gas + "
                f"reserve))^n = {derived:.1f} within 2 %, got {loop.accumulator_charge_pressure_kpa:g}")


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
    try:
        return cls(**values, **extra)
    except ValueError as err:
        raise VehicleFileError(f"{path_name}: {prefix}{err}") from None


@dataclasses.dataclass(frozen=True)
class VehicleEntry:
    params: VehicleParams
    provenance: Mapping[str, Provenance]


def _parse(path) -> VehicleEntry:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return entry_from_data(data, path.name)


def entry_from_data(data: dict, path_name: str) -> VehicleEntry:
    """Build and check one vehicle from a parsed vehicle document (``path_name`` starts every error)."""
    prov: dict[str, Provenance] = {}
    loops = tuple(
        _build(LoopParams, path_name, dict(table), prov, prefix=f"loops.{loop_id}.", id=loop_id)
        for loop_id, table in data.get("loops", {}).items()
    )
    for loop in loops:
        _check_loop(path_name, loop)
    params = _build(VehicleParams, path_name, data, prov, loops=loops, estimates=())
    estimates = tuple(k for k, p in prov.items() if p.confidence in _ESTIMATE_TAGS)
    params = dataclasses.replace(params, estimates=estimates)
    if params.default_coolant not in COOLANTS:
        raise VehicleFileError(f"{path_name}: default_coolant must be one of {', '.join(COOLANTS)}")
    return VehicleEntry(params, MappingProxyType(prov))


@lru_cache(maxsize=1)
def shipped_entries() -> Mapping[str, VehicleEntry]:
    entries = {}
    for path in sorted((assets_dir() / "vehicles").glob("*.toml")):
        entry = _parse(path)
        entries[entry.params.id] = entry
    return MappingProxyType(entries)


def shipped_vehicle_ids() -> tuple[str, ...]:
    """Ids of the vehicles shipped with thermoviz (they cannot be replaced by a user vehicle)."""
    return tuple(shipped_entries())
