"""Checks of command-line values that several sub-commands share (output paths, hour windows).

Each raises :class:`~thermoviz.model.scenario.ScenarioError` naming the flag, which the
CLI prints as one line (exit 2) before anything is simulated or written.
"""

from __future__ import annotations

import math
from typing import Any

from ..model.scenario import ScenarioError
from .atomic import FileWriteError, check_writable


def check_output_paths(args: Any, flags, claimed: dict[str, str] | None = None) -> dict[str, str]:
    """Every ``--FLAG PATH`` of ``flags`` is writable and no path is named twice.

    ``claimed`` maps paths other flags already write to their flag's name; the returned
    mapping adds these flags' paths to it.
    """
    seen = dict(claimed or {})
    for flag in flags:
        path = getattr(args, flag, None)
        if not path:
            continue
        if path in seen:
            raise ScenarioError(f"--{flag}", f"same output path as --{seen[path]}: {path}")
        seen[path] = flag
        try:
            check_writable(path)
        except FileWriteError as exc:
            raise ScenarioError(f"--{flag}", str(exc)) from None
    return seen


def hours_flag(args: Any, dest: str, flag: str) -> float | None:
    """The hours given with ``flag`` (stored as ``args.<dest>``), or None when it is absent."""
    text = getattr(args, dest, None)
    if text is None:
        return None
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise ScenarioError(flag, f"must be a number of hours from 0 up to the run's length, got {text!r}")
    return value
