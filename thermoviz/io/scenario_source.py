"""The one way to read a scenario: a preset id or a file path, plus changes, checked once.

:func:`load_scenario` is what the CLI, the window and the Python API call.  It
sits above both :mod:`thermoviz.io.presets` and :mod:`thermoviz.io.scenario_file`
(which import neither this module nor each other's loaders), so there is no
import cycle.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..model.language import translate
from ..model.scenario import Scenario, ScenarioError, quote_value
from .overrides import apply_changes
from .presets import known_preset_ids, presets_dir
from .scenario_file import check_catalogue as _check_catalogue
from .scenario_file import read_scenario_file


def load_scenario(preset_or_path: str | os.PathLike[str], *, changes: Mapping[str, Any] | None = None,
                  check_catalogue: bool = True) -> Scenario:
    """A preset id (see :func:`thermoviz.io.presets.list_presets`) or a ``.toml`` path, with ``changes``.

    Parameters
    ----------
    preset_or_path : str or path-like
        Preset id, or the path of a scenario file.
    changes : mapping, optional
        Field -> value applied after reading (e.g. the CLI's ``--set``), each checked
        like a file value.
    check_catalogue : bool
        Check vehicle, loop, coolant and crew against the vehicle catalogue (once,
        after the changes).  False when the caller resolves the vehicle itself.

    Raises :class:`ScenarioError` (one line naming the file, the field and what is
    allowed) for an unknown preset, a missing, unreadable, oversized or malformed
    file, an unknown field, a newer schema, a wrong type or an out-of-range value.
    """
    path = resolve_scenario_path(preset_or_path)
    scenario, _meta = read_scenario_file(path, check_vehicles=False)
    if changes:
        scenario = apply_changes(scenario, changes)
    if check_catalogue:
        _check_catalogue(scenario, source=None if changes else os.fspath(path))
    return scenario


def resolve_scenario_path(preset_or_path: str | os.PathLike[str]) -> Path:
    """The file behind a preset id or a path; raises ScenarioError if there is none."""
    text = os.fspath(preset_or_path)
    if "\x00" in text:
        raise ScenarioError("scenario", translate("Errors", "not a preset id or a file name: {given}").format(
            given=quote_value(text)))
    looks_like_path = isinstance(preset_or_path, os.PathLike) or text.lower().endswith(".toml") or any(
        sep in text for sep in ("/", os.sep, os.altsep or "/")
    )
    try:
        if not looks_like_path:
            candidate = presets_dir() / f"{text}.toml"
            if text and candidate.is_file():
                return candidate
            if Path(text).is_file():  # a scenario file without the .toml suffix
                return Path(text)
            raise ScenarioError(
                "scenario",
                translate("Errors", "unknown preset {given}; presets: {presets}; or give the path of a .toml "
                          "scenario file").format(given=quote_value(text), presets=", ".join(known_preset_ids())),
            )
        path = Path(text)
        if not path.exists():
            raise ScenarioError("scenario file", translate("Errors", "not found (give a preset id or the path of a "
                                                                ".toml scenario file)"), source=text)
    except OSError as exc:  # e.g. a 5,000-character name: "File name too long"
        raise ScenarioError("scenario file", translate("Errors", "cannot be read ({reason})").format(
            reason=(exc.strerror or str(exc)).lower()), source=text) from None
    if path.is_dir():
        raise ScenarioError("scenario file", translate("Errors", "is a directory, not a .toml scenario file"), source=text)
    return path
