"""What a figure file carries so it can be rebuilt exactly: title, scenario, version, library
versions, the vehicle's parameter values and the command that rebuilds it.

Written into PNG text chunks, SVG ``<metadata>`` and the PDF's last page
(:mod:`thermoviz.export`); plain text values, one per key (:data:`KEYS`).
"""

from __future__ import annotations

import dataclasses
import shlex
import sys
from importlib import metadata
from typing import Any

from .. import __version__
from .scenario_file import scenario_to_toml


#: The keys, in order (PNG text keywords: Latin-1 letters and spaces, at most 79 bytes).
KEYS = ("Title", "Software", "Libraries", "Scenario", "Vehicle", "Command")
#: The libraries whose versions the curves depend on.
LIBRARIES = ("numpy", "scipy", "pythermalcomfort", "pyqtgraph", "PySide6")


def library_versions() -> str:
    """``numpy 2.1.3, scipy 1.14.1, ...`` (``not installed`` for one that is missing)."""
    out = []
    for name in LIBRARIES:
        version = None
        for dist in (name, f"{name}-Essentials", f"{name}_Essentials"):  # PySide6 ships as PySide6-Essentials
            try:
                version = metadata.version(dist)
                break
            except metadata.PackageNotFoundError:
                continue
        if version is None and name in sys.modules:  # imported from a path without package metadata
            version = getattr(sys.modules[name], "__version__", None)
        out.append(f"{name} {version}" if version else f"{name} not installed")
    return ", ".join(out)


def vehicle_values(vehicle: Any) -> str:
    """Every parameter of the vehicle the result was computed with, ``name = value`` per line."""
    if vehicle is None or not dataclasses.is_dataclass(vehicle):
        return "not known"
    lines = []

    def walk(prefix: str, value: Any) -> None:
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                if f.name != "estimates":  # provenance names, not values
                    walk(f"{prefix}{f.name}.", getattr(value, f.name))
        elif isinstance(value, (tuple, list)) and value and all(dataclasses.is_dataclass(v) for v in value):
            for v in value:
                walk(f"{prefix}{getattr(v, 'name', getattr(v, 'id', '?'))}.", v)
        else:
            lines.append(f"{prefix.rstrip('.')} = {value!r}")

    walk("", vehicle)
    return "\n".join(lines)


def rebuild_command(argv: list[str] | None, outputs: str = "--png FIGURE.png") -> str:
    """The command line that rebuilds the file: the CLI's own (``argv`` without the program name), or,
    for a window export, a run of the scenario text kept beside it."""
    if argv:
        return "thermoviz " + shlex.join(argv)
    return (f"thermoviz run SCENARIO.toml {outputs}   (SCENARIO.toml = the Scenario text of this file, as "
            "File > Save writes it)")


def provenance(result, *, title: str | None = None, argv: list[str] | None = None,
               outputs: str = "--png FIGURE.png") -> dict[str, str]:
    """The provenance of a figure of ``result`` as ``{key: text}`` in :data:`KEYS` order."""
    scenario = result.scenario
    return {
        "Title": title or scenario.title or "thermoviz figure",
        "Software": f"thermoviz {__version__}",
        "Libraries": library_versions(),
        "Scenario": scenario_to_toml(scenario),
        "Vehicle": vehicle_values(result.vehicle),
        "Command": rebuild_command(argv, outputs),
    }
