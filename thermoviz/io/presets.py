"""The shipped historic presets (``assets/presets/<id>.toml``).

A preset is a normal scenario file (see :mod:`thermoviz.io.scenario_file`) plus a
``[preset]`` table::

    [preset]
    id = "soyuz-ms22"                      # must equal the file name
    t0_utc = "2022-12-14T23:45Z"           # what t = 0 h means: strict ISO-8601 UTC

    [preset.sources]                       # where each scenario number comes from
    hole_diameter_mm = "Interfax 20 Dec 2022 (Borisov): ~0.8 mm (Sources §1.1). confirmed"

    [[preset.timeline]]                    # the reported timeline, in date order
    date = "2022-12-15T00:45Z"             # or a day "2022-12-15" or a month "2010-05"
    kind = "detection"
    event = "Leak detected ..."
    source = "NASA via SpaceRef (Sources §1.1); confirmed"

The scenario's own ``title`` and ``description`` are the preset's title and
description (one source of truth); its ``start_utc`` is ``t0_utc``.  The timeline
format and its mapping onto a scenario's hours live in :mod:`thermoviz.io.timeline`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from ..model.scenario import FIELD_SPECS, Scenario, ScenarioError
from .assets import assets_dir
from .scenario_file import read_scenario_file
from .timeline import TimelineEntry, parse_timeline  # TimelineEntry: re-exported for callers
from .timeline import place_timeline


@dataclass(frozen=True)
class Preset:
    """A historic preset: its scenario plus the record it is built from."""

    id: str
    scenario: Scenario
    timeline: tuple[TimelineEntry, ...]
    sources: Mapping[str, str] = field(default_factory=dict)
    t0_utc: str = ""  # canonical UTC text, == scenario.start_utc
    path: Path | None = None

    @property
    def title(self) -> str:
        return self.scenario.title

    @property
    def description(self) -> str:
        return self.scenario.description


def presets_dir() -> Path:
    """Directory of the shipped preset files."""
    return assets_dir() / "presets"


def preset_ids() -> list[str]:
    """Ids of the shipped presets, in display order (the ``order`` key, then id)."""
    return [p.id for p in list_presets()]


def known_preset_ids() -> list[str]:
    """Ids of the preset files present (sorted; without loading them)."""
    return sorted(p.stem for p in presets_dir().glob("*.toml"))


def preset_path(preset_id: str) -> Path:
    """File of one preset; raises ScenarioError naming the known ids."""
    path = presets_dir() / f"{preset_id}.toml"
    if not path.is_file():
        raise ScenarioError("scenario", f"unknown preset {preset_id!r}; presets: {', '.join(known_preset_ids())}")
    return path


def get_preset(preset_id: str) -> Preset:
    """One preset by id."""
    for preset in list_presets():
        if preset.id == preset_id:
            return preset
    preset_path(preset_id)  # raises the "unknown preset" error
    raise AssertionError("unreachable")


def list_presets() -> list[Preset]:
    """Every shipped preset, loaded and validated (cached; the files ship read-only)."""
    return list(_load_all())


@lru_cache(maxsize=1)
def _load_all() -> tuple[Preset, ...]:
    loaded = []
    for path in sorted(presets_dir().glob("*.toml")):
        order, preset = _load_preset(path)
        loaded.append((order, preset.id, preset))
    loaded.sort(key=lambda item: (item[0], item[1]))
    return tuple(item[2] for item in loaded)


def _load_preset(path: Path) -> tuple[int, Preset]:
    source = str(path)
    scenario, meta = read_scenario_file(path)
    preset_id = meta.get("id")
    if preset_id != path.stem:
        raise ScenarioError("preset.id", f"must equal the file name {path.stem!r}, got {preset_id!r}", source=source)
    order = meta.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        raise ScenarioError("preset.order", f"must be a whole number, got {order!r}", source=source)
    sources = meta.get("sources", {})
    if not isinstance(sources, dict):
        raise ScenarioError("preset.sources", "must be a table of field = \"source\"", source=source)
    for key, text in sources.items():
        if key not in FIELD_SPECS:
            raise ScenarioError(f"preset.sources.{key}", "is not a scenario field", source=source)
        if not isinstance(text, str) or not text.strip():
            raise ScenarioError(f"preset.sources.{key}", "must be a non-empty text", source=source)
    timeline = parse_timeline(meta.get("timeline"), source=source)
    if scenario.start_utc is None:
        raise ScenarioError("preset.t0_utc", "missing; a preset needs the UTC time of t = 0, "
                            "e.g. t0_utc = \"2022-12-14T23:45Z\"", source=source)
    extra = set(meta) - {"id", "order", "sources", "timeline", "t0_utc"}
    if extra:
        raise ScenarioError(f"preset.{sorted(extra)[0]}", "unknown preset key; allowed: id, order, t0_utc, "
                            "sources, timeline", source=source)
    preset = Preset(
        id=preset_id,
        scenario=scenario,
        timeline=timeline,
        sources=MappingProxyType(dict(sources)),
        t0_utc=scenario.start_utc,
        path=path,
    )
    return order, preset


def preset_summary(preset: Preset) -> dict[str, Any]:
    """Plain dict (for JSON): id, title, description, t0, timeline, sources.

    Each timeline entry also says where it lies on the preset's own run: ``start_h``
    and ``end_h`` (hours after t = 0; equal for a moment) and ``in_run`` (False for
    entries before or after the simulated span, which are listed all the same).
    """
    placement = place_timeline(preset.timeline, preset.t0_utc, preset.scenario.duration_h)
    placed = {id(p.entry): (p, True) for p in placement.inside}
    placed.update({id(p.entry): (p, False) for p in placement.outside})
    timeline = []
    for entry in preset.timeline:  # file order
        p, in_run = placed[id(entry)]
        timeline.append({**entry.to_dict(), "start_h": round(p.start_h, 4), "end_h": round(p.end_h, 4),
                         "in_run": in_run})
    return {
        "id": preset.id,
        "title": preset.title,
        "description": preset.description,
        "t0_utc": preset.t0_utc,
        "timeline": timeline,
        "sources": dict(preset.sources),
    }
