"""Checks of command-line values that several sub-commands share (output paths, numbers, hour windows).

Every numeric option goes through :func:`cli_number`: plain ASCII decimals (``2``,
``0.8``, ``-1.5``, ``1e-3``; no ``1_0``, full-width digits, ``inf``/``nan``, hex or
decimal commas, as the README's "Numbers" section says), checked against the option's
bounds, and quoted shortened in the message.

Each raises :class:`~thermoviz.model.scenario.ScenarioError` naming the flag, which the
CLI prints as one line (exit 2) before anything is simulated or written.
"""

from __future__ import annotations

import math
import os
import re
from typing import Any

from ..model.language import number, translate
from ..model.scenario import ScenarioError, quote_value
from .atomic import FileWriteError, check_writable

#: Plain ASCII decimal numbers only (see the README's "Numbers" section).
NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)
#: Longest number text read (a longer one is refused before Python converts it).
MAX_NUMBER_CHARS = 40


def cli_number(flag: str, text: Any, lo: float, hi: float, *, whole: bool = False, what: str = "") -> float | int:
    """``text`` as a number from ``lo`` to ``hi`` (a whole number with ``whole``); ScenarioError naming ``flag``."""
    raw = str(text).strip()
    if what:
        rule = (translate("Errors", "must be a whole number of {what} from {low} to {high}, got {given}") if whole
                else translate("Errors", "must be a number of {what} from {low} to {high}, got {given}"))
    else:
        rule = (translate("Errors", "must be a whole number from {low} to {high}, got {given}") if whole
                else translate("Errors", "must be a number from {low} to {high}, got {given}"))
    bad = ScenarioError(flag, rule.format(what=what, low=number(f"{lo:g}"), high=number(f"{hi:g}"),
                                          given=quote_value(raw, limit=40)))
    if len(raw) > MAX_NUMBER_CHARS or not NUMBER.fullmatch(raw):
        raise bad
    value = float(raw)
    if not math.isfinite(value) or not lo <= value <= hi or (whole and not value.is_integer()):
        raise bad
    return int(value) if whole else value


def output_identity(path: str) -> tuple:
    """What a path writes to: its real path (links and ``..`` resolved) and, if it exists, its inode."""
    real = os.path.normcase(os.path.realpath(path))
    try:
        info = os.stat(path)
    except OSError:
        return (real,)
    return (real, (info.st_dev, info.st_ino))


def check_output_paths(args: Any, flags, claimed: dict[str, str] | None = None) -> dict[str, str]:
    """Every ``--FLAG PATH`` of ``flags`` is writable and no two name the same file.

    The same file is the same real path (``o/same.bin`` and ``o/sub/../same.bin``, or a
    symlinked folder) or the same inode (a hard link); refused before anything is written.
    ``claimed`` maps paths other flags already write to their flag's name; the returned
    mapping adds these flags' paths to it.
    """
    seen = dict(claimed or {})
    owners: dict = {}
    for path, flag in seen.items():
        for key in output_identity(path):
            owners[key] = flag
    for flag in flags:
        path = getattr(args, flag, None)
        if not path:
            continue
        ids = output_identity(path)
        other = next((owners[key] for key in ids if key in owners), None)
        if other is not None:
            raise ScenarioError(f"--{flag}", translate("Errors", "names the same file as --{other}: {path}; give each "
                                                                "output its own file").format(
                other=other, path=quote_value(path, limit=80, quotes=False)))
        seen[path] = flag
        for key in ids:
            owners[key] = flag
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
    return cli_number(flag, text, 0.0, 1e4, what=translate("Errors", "hours (up to the run's length)"))
