"""User vehicles: read, check, write and copy vehicle TOML files; the user's vehicle folder.

A user vehicle file has exactly the format of the shipped ``assets/vehicles/*.toml``
(every number an inline table ``{ value, unit, source, confidence[, range] }``),
plus an optional top-level ``based_on = "<id>"`` naming the vehicle it was copied
from.  Everything is checked *generically*, from the fields of
:class:`~thermoviz.model.params.VehicleParams` / ``LoopParams`` and the file's own
per-parameter metadata, never from a list of parameter names:

* the checks of the shipped catalogue (:func:`thermoviz.io.vehicle_parse.entry_from_data`:
  unknown or missing keys, confidence tags, a ``range`` that contains its value,
  the accumulator numbers of each loop agreeing with each other);
* each value's type from the dataclass annotation (whole number, number, text),
  finite, and a physical bound read from the name's unit suffix
  (:func:`physical_bounds`: ``_c`` from -150 to 150 °C, ``_pct`` 0-100, a
  ``fraction`` 0-1, heat capacities 0 (excluded) to 1e9 J/K, … see
  :data:`~thermoviz.io.vehicle_checks.HARD_BOUNDS`; seats 0-12), and every estimate's
  plausible ``range`` finite and inside the same bounds;
* ids that are lowercase slugs, and loops whose pump fractions are ordered.

**Ranges.**  An estimate's ``range`` is where the *shipped* vehicle's value
plausibly lies.  A user vehicle is a different spacecraft, so the editor lets a
value leave that range, with a visible warning; the saved entry then has
confidence ``user`` and no ``range`` (its source keeps the original value, range
and source).  A file that states a ``range`` must still contain its value.

User vehicles live in ``<data folder>/vehicles/*.toml`` (:func:`user_vehicles_dir`):
``$THERMOVIZ_DATA_DIR`` if set, else the platform's user data folder (platformdirs:
``%APPDATA%\\thermoviz`` on Windows, ``~/Library/Application Support/thermoviz`` on
macOS, ``$XDG_DATA_HOME/thermoviz`` or ``~/.local/share/thermoviz`` elsewhere).  They join the catalogue after the shipped ones;
a file whose id is a shipped id is refused (listed by :func:`user_vehicle_problems`).
Vehicles embedded in a scenario file or given with ``--vehicle-file`` are
*registered* for this session only (:func:`register_vehicle`), never written.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import tomli_w
from platformdirs import user_data_dir

from ..model.params import LoopParams, VehicleParams
from ..model.scenario import escape_text, quote_value
from .atomic import atomic_write_text
from .vehicle_checks import (  # noqa: F401 (bounds_text, physical_bounds, range_warning: re-exported for the editor)
    TEXT_LIMIT, base_type, bounds_text, check_range, check_value, field_types, physical_bounds, range_warning)
from .verify import VerifyError
from .vehicle_parse import Provenance, VehicleEntry, VehicleFileError, entry_from_data, shipped_vehicle_ids

#: Largest vehicle file read [bytes] (a shipped one is about 10 KB).
MAX_VEHICLE_FILE_BYTES = 500_000
#: Top-level keys of a user vehicle file that are not parameters.
META_KEYS = ("based_on",)
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")

_session: dict[str, VehicleEntry] = {}


# --------------------------------------------------------------------------- reading


def _fail(path_name: str, key: str, why: str) -> VehicleFileError:
    return VehicleFileError(f"{path_name}: {key}: {why}")


def _check_table(path_name: str, cls, table: dict, prefix: str, skip: tuple[str, ...]) -> None:
    """Types, finiteness and physical bounds of every value in one table (before building)."""
    hints = field_types(cls)
    for key, raw in table.items():
        if key in skip or key not in hints:
            continue  # unknown keys: entry_from_data names them with the allowed ones
        value = raw.get("value") if isinstance(raw, dict) else raw
        if isinstance(raw, dict):
            unit, source = raw.get("unit", ""), raw.get("source", "")
            for what, text in (("unit", unit), ("source", source)):
                if not isinstance(text, str) or (what == "unit" and len(text) > 20):
                    raise _fail(path_name, prefix + key, f"{what} must be a text, got {quote_value(text)}")
            if "range_reason" in raw and not isinstance(raw["range_reason"], str):
                raise _fail(path_name, prefix + key, "range_reason must be a text")
        why = check_value(key, hints[key], value)
        if why:
            raise _fail(path_name, prefix + key, why)


def check_document(data: Any, path_name: str) -> None:
    """Structure and value checks of a user vehicle document, each failure one line."""
    if not isinstance(data, dict):
        raise VehicleFileError(f"{path_name}: must be a table of vehicle parameters")
    vid = data.get("id")
    if not isinstance(vid, str) or not ID_PATTERN.fullmatch(vid):
        raise _fail(path_name, "id", f"must be 1-40 lowercase letters, digits or '-' (e.g. my-soyuz), "
                                     f"got {quote_value(vid)}")
    based_on = data.get("based_on", "")
    if not isinstance(based_on, str) or len(based_on) > TEXT_LIMIT:
        raise _fail(path_name, "based_on", "must be the id of the vehicle this one was copied from")
    loops = data.get("loops")
    if not isinstance(loops, dict) or not loops:
        raise _fail(path_name, "loops", "must hold at least one [loops.<id>] table")
    _check_table(path_name, VehicleParams, data, "", ("loops", "estimates", *META_KEYS))
    for loop_id, table in loops.items():
        if not ID_PATTERN.fullmatch(loop_id):
            raise _fail(path_name, f"loops.{quote_value(loop_id, quotes=False)}",
                        "loop id must be 1-40 lowercase letters, digits or '-'")
        if not isinstance(table, dict):
            raise _fail(path_name, f"loops.{loop_id}", "must be a table of loop parameters")
        _check_table(path_name, LoopParams, table, f"loops.{loop_id}.", ("id",))


def entry_from_document(data: Any, path_name: str) -> VehicleEntry:
    """A checked user vehicle from a parsed document; :class:`VehicleFileError` (one line) if bad."""
    check_document(data, path_name)
    params_doc = {k: v for k, v in data.items() if k not in META_KEYS}
    try:
        entry = entry_from_data(params_doc, path_name)
    except VehicleFileError as exc:  # keys may hold newlines or ESC: the message stays one line
        raise VehicleFileError(escape_text(str(exc))) from None
    except (TypeError, ValueError, ArithmeticError, AttributeError) as exc:  # a combination no rule names
        raise VehicleFileError(f"{path_name}: {quote_value(str(exc), limit=120, quotes=False)}") from None
    for key, prov in entry.provenance.items():  # a plausible range inside the hard bounds: finite, sampled safely
        why = check_range(key.rsplit(".", 1)[-1], prov.range)
        if why:
            raise _fail(path_name, key, why)
    for loop in entry.params.loops:
        if not loop.pump_stop_fraction < loop.pump_full_fraction:
            raise _fail(path_name, f"loops.{loop.id}.pump_stop_fraction",
                        f"must be below pump_full_fraction = {loop.pump_full_fraction:g} (circulation degrades "
                        f"from full to nothing between them), got {loop.pump_stop_fraction:g}")
    return entry


def read_vehicle_file(path: str | os.PathLike[str]) -> VehicleEntry:
    """Read and check one vehicle TOML file (regular file, at most 500 KB, UTF-8, optional BOM)."""
    source = os.fspath(path)
    name = quote_value(source, limit=120, quotes=False)
    try:
        p = Path(source)
        if not p.is_file():
            why = "not found" if not p.exists() else "is not a regular file; give a vehicle .toml file"
            raise VehicleFileError(f"{name}: {why}")
        if p.stat().st_size > MAX_VEHICLE_FILE_BYTES:
            raise VehicleFileError(f"{name}: is larger than {MAX_VEHICLE_FILE_BYTES:,} bytes; not a vehicle file")
        raw = p.read_bytes()[: MAX_VEHICLE_FILE_BYTES + 1]
    except OSError as exc:
        raise VehicleFileError(f"{name}: cannot be read ({(exc.strerror or str(exc)).lower()})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VehicleFileError(f"{name}: is not UTF-8 text (byte {exc.start})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VehicleFileError(f"{name}: not valid TOML ({quote_value(str(exc), limit=100, quotes=False)})") from None
    except (RecursionError, ValueError) as exc:
        raise VehicleFileError(f"{name}: not valid TOML ({type(exc).__name__})") from None
    return entry_from_document(data, name)


# --------------------------------------------------------------------------- writing


def _inline(value: Any) -> str:
    """One TOML value as text (tomli_w's exact float/str spelling)."""
    return tomli_w.dumps({"v": value}).strip()[len("v = "):]


def _param_line(key: str, value: Any, prov: Provenance | None) -> str:
    if prov is None:
        return f"{key} = {_inline(value)}"
    parts = [f"value = {_inline(value)}"]
    if prov.range is not None:
        parts.append(f"range = [{_inline(prov.range[0])}, {_inline(prov.range[1])}]")
    parts += [f"unit = {_inline(prov.unit)}", f"confidence = {_inline(prov.confidence)}",
              f"source = {_inline(prov.source)}"]
    if prov.range_reason:
        parts.append(f"range_reason = {_inline(prov.range_reason)}")
    return f"{key} = {{ {', '.join(parts)} }}"


def _table_lines(obj, provenance: Mapping[str, Provenance], prefix: str, skip: tuple[str, ...]) -> list[str]:
    lines = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in skip or value is None:
            continue
        lines.append(_param_line(f.name, value, provenance.get(prefix + f.name)))
    return lines


def vehicle_to_toml(entry: VehicleEntry, *, based_on: str = "", table: str = "") -> str:
    """The vehicle file text of ``entry`` (reads back to an equal vehicle with the same provenance).

    ``table="vehicle"``: the same as a ``[vehicle]`` table, for embedding in a scenario file.
    """
    params = entry.params
    dot = f"{table}." if table else ""
    if table:
        lines = [f"# The user vehicle {params.id!r}, embedded so that this file is self-contained.", f"[{table}]"]
    else:
        lines = [f"# thermoviz user vehicle {params.id!r}: every number with its unit, source and confidence.",
                 "# Use it with: thermoviz run SCENARIO --vehicle-file THIS_FILE.toml"]
    if based_on:
        lines.append(f"based_on = {_inline(based_on)}")
    lines += _table_lines(params, entry.provenance, "", ("loops", "estimates"))
    for loop in params.loops:
        lines += ["", f"[{dot}loops.{loop.id}]"]
        lines += _table_lines(loop, entry.provenance, f"loops.{loop.id}.", ("id",))
    return "\n".join(lines) + "\n"


def vehicle_to_document(entry: VehicleEntry, *, based_on: str = "") -> dict[str, Any]:
    """The parsed form of :func:`vehicle_to_toml` (what a scenario file embeds as ``[vehicle]``)."""
    return tomllib.loads(vehicle_to_toml(entry, based_on=based_on))


def save_vehicle(entry: VehicleEntry, path: str | os.PathLike[str] | None = None, *,
                 based_on: str = "", overwrite: bool = True) -> Path:
    """Write ``entry`` atomically (default: the user folder, ``<id>.toml``); verified by reading it back."""
    target = Path(path) if path is not None else user_vehicles_dir() / f"{entry.params.id}.toml"
    if path is None:
        target.parent.mkdir(parents=True, exist_ok=True)
    text = vehicle_to_toml(entry, based_on=based_on)

    def verify(tmp: Path) -> None:
        try:
            again = entry_from_document(tomllib.loads(tmp.read_text("utf-8")), tmp.name)
        except (VehicleFileError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise VerifyError(f"the vehicle does not read back ({exc})") from None
        if again.params != entry.params:
            raise VerifyError("the vehicle read back differs from the one written")

    return atomic_write_text(target, text, overwrite=overwrite, verify=verify)


# --------------------------------------------------------------------------- copying and editing


def copy_vehicle(entry: VehicleEntry, new_id: str, new_title: str) -> VehicleEntry:
    """``entry`` under a new id and title, every parameter and its metadata kept."""
    params = dataclasses.replace(entry.params, id=new_id, title=new_title)
    return VehicleEntry(params, entry.provenance)


def edited_provenance(original: Provenance | None, value: Any, copied_from: str) -> Provenance:
    """Provenance of a value the user set: confidence ``user``, the original kept in the source."""
    if original is None:
        return Provenance(value, "", f"Set by the user (no value in {copied_from})", "user")
    if original.value == value:
        return original
    if original.confidence == "user":  # edited again: the source already says where it came from
        return dataclasses.replace(original, value=value)
    was = f"{quote_value(original.value)} {original.unit}".strip()
    rng = original.range if original.range and original.range[0] <= value <= original.range[1] else None
    span = f", plausible {original.range[0]:g}-{original.range[1]:g}" if original.range else ""
    source = f"Edited by the user from {copied_from} ({was}, {original.confidence}{span}: {original.source})"
    return Provenance(value, original.unit, source, "user", rng, original.range_reason if rng else "")


# --------------------------------------------------------------------------- the user's folder and session


#: The folder name of thermoviz's user data (inside the platform's user data folder).
APP_DIR_NAME = "thermoviz"


def data_dir() -> Path:
    """thermoviz's data folder: ``$THERMOVIZ_DATA_DIR``, else the platform's user data folder."""
    override = os.environ.get("THERMOVIZ_DATA_DIR")
    if override:
        return Path(override)
    # %APPDATA%\thermoviz, ~/Library/Application Support/thermoviz, $XDG_DATA_HOME/thermoviz
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def user_vehicles_dir() -> Path:
    return data_dir() / "vehicles"


_scan_cache: dict[tuple, tuple[dict[str, VehicleEntry], dict[str, str]]] = {}


def _scan() -> tuple[dict[str, VehicleEntry], dict[str, str]]:
    """(id -> entry, file -> problem) of the data folder, re-read only when a file there changed."""
    folder = user_vehicles_dir()
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError:  # no folder (yet), or unreadable: no user vehicles
        paths = []
    signature = tuple((p.name, *_stamp(p)) for p in paths)  # one bad entry never hides the others
    key = (str(folder), signature)
    if key not in _scan_cache:
        _scan_cache.clear()
        _scan_cache[key] = _read_folder(paths)
    return _scan_cache[key]


def _stamp(path: Path) -> tuple[int, int]:
    """(mtime, size) of a folder entry; a dangling link or an unreadable entry has its own stamp."""
    try:
        info = path.stat()
    except OSError:
        return -1, -1  # read_vehicle_file names the reason
    return info.st_mtime_ns, info.st_size


def _read_folder(paths: list[Path]) -> tuple[dict[str, VehicleEntry], dict[str, str]]:
    entries: dict[str, VehicleEntry] = {}
    problems: dict[str, str] = {}
    shipped = set(shipped_vehicle_ids())
    for path in paths:
        try:
            entry = read_vehicle_file(path)
        except VehicleFileError as exc:
            problems[str(path)] = str(exc)
            continue
        vid = entry.params.id
        if vid in shipped or vid in entries:
            what = "a shipped vehicle" if vid in shipped else "another user vehicle"
            problems[str(path)] = f"{path}: id: {vid!r} is already {what}; choose another id"
            continue
        entries[vid] = entry
    return entries, problems


def user_entries() -> Mapping[str, VehicleEntry]:
    """The user's vehicles: the data folder's, then this session's (which win for the same id)."""
    return MappingProxyType({**_scan()[0], **_session})


def user_vehicle_problems() -> dict[str, str]:
    """File -> one-line reason for every user vehicle file that was left out of the catalogue."""
    return _scan()[1]


def register_vehicle(entry: VehicleEntry) -> None:
    """Make ``entry`` part of the catalogue for this session (nothing is written)."""
    vid = entry.params.id
    if vid in shipped_vehicle_ids():
        raise VehicleFileError(f"id: {vid!r} is a shipped vehicle; a user vehicle needs its own id")
    _session[vid] = entry


def forget_session_vehicles() -> None:
    """Drop every vehicle registered with :func:`register_vehicle` (tests)."""
    _session.clear()


def is_user_vehicle(vehicle_id: str) -> bool:
    return vehicle_id not in shipped_vehicle_ids()


def _entry_doc(value: Any, prov: Provenance | None) -> Any:
    if prov is None:
        return value
    doc = {"value": value, "unit": prov.unit, "confidence": prov.confidence, "source": prov.source}
    if prov.range is not None:
        doc["range"] = list(prov.range)
    if prov.range_reason:
        doc["range_reason"] = prov.range_reason
    return doc


def document_from_parts(top: Mapping[str, tuple[Any, Provenance | None]],
                        loops: Mapping[str, Mapping[str, tuple[Any, Provenance | None]]]) -> dict[str, Any]:
    """A vehicle document from key -> (value, provenance or None) tables (None values left out).

    What the editor builds; :func:`entry_from_document` then checks it exactly as it checks a file.
    """
    doc = {key: _entry_doc(v, p) for key, (v, p) in top.items() if v is not None}
    doc["loops"] = {lid: {key: _entry_doc(v, p) for key, (v, p) in table.items() if v is not None}
                    for lid, table in loops.items()}
    return doc
