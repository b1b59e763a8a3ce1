"""The spreadsheet CSV's metadata cells as plain values (issue 17): ``0.8``, ``true``, ``What if: …``.

Written one value per row beside the table (``scenario.hole_diameter_mm | 0.8``), lists as numbered
keys (``notes.1``, ``notes.2``); read back to the same data as the script format's TOML comment block:
scenario fields take their declared types (a title "2" stays text), other values that read as a plain
decimal number are numbers, ``true``/``false`` are booleans, everything else is text.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.scenario import FIELD_SPECS

_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # shortest round-trip decimal
    return str(value)


def flat_plain(meta: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """(dotted key, plain text) pairs, in document order; a list becomes ``key.1``, ``key.2``, …"""
    pairs: list[tuple[str, str]] = []
    for key, value in meta.items():
        if isinstance(value, dict):
            pairs += flat_plain(value, f"{prefix}{key}.")
        elif isinstance(value, list):
            pairs += [(f"{prefix}{key}.{i}", _plain(v)) for i, v in enumerate(value, 1)]
        else:
            pairs.append((prefix + key, _plain(value)))
    return pairs


def _typed(key: str, text: str) -> Any:
    parts = key.split(".")
    spec = FIELD_SPECS.get(parts[-1]) if len(parts) >= 2 and parts[-2] == "scenario" else None
    if spec is not None:
        if spec.kind is str:
            return text
        if spec.kind is bool:
            return text == "true"
        return int(text) if spec.kind is int else float(text)
    if text in ("true", "false"):
        return text == "true"
    if _NUMBER.fullmatch(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    return text


def unflatten(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """The nested metadata back from :func:`flat_plain`'s pairs."""
    out: dict[str, Any] = {}
    for key, text in pairs:
        parts = key.split(".")
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _typed(key, text)

    def lists(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: lists(v) for k, v in node.items()}
            if node and all(k.isdigit() for k in node):
                return [node[k] for k in sorted(node, key=int)]
        return node

    return lists(out)
