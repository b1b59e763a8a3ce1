"""Scenario files: human-readable TOML holding every input of a simulation.

Format (schema 1)::

    schema_version = 1
    title = "Soyuz MS-22 coolant leak"
    description = "..."
    vehicle = "soyuz-ms"
    loop = "external"
    hole_diameter_mm = 0.8
    discharge_coefficient = 0.2
    puncture_time_h = 1.0
    # undock_time_h absent: the vehicle stays docked
    hatch_open = true
    crew = 3
    duration_h = 72.0

    [preset]            # optional; only the shipped presets carry it
    id = "soyuz-ms22"
    ...

One key per :class:`~thermoviz.model.scenario.Scenario` field, with the same
name, unit and allowed range as :data:`~thermoviz.model.scenario.FIELD_SPECS`.
TOML has no null, so an *optional* field whose value is None is simply absent
(``puncture_time_h`` absent = never punctured, ``undock_time_h`` absent = stays
docked, ``descent_duration_h`` absent = the vehicle's documented value,
``coolant`` absent = the vehicle's assumed coolant); ``"none"`` (any case) is
accepted as the one explicit spelling of the same.  ``thermoviz_version`` records
the thermoviz that wrote the file (informational; ``schema_version`` is checked).  Every other field is required, except
``title`` and ``description`` (default empty).

``start_utc`` (optional) is when t = 0 was, strict ISO-8601 with its zone
(``start_utc = "2022-12-14T23:45Z"``); a preset may give it instead as
``[preset] t0_utc`` and the scenario then carries that value.  Both present and
different is an error.

Loading checks everything and raises :class:`ScenarioError` whose one-line
message names the file, the field and what is allowed.  Saving is atomic
(:mod:`thermoviz.io.atomic`).
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from .. import __version__
from ..model.crew.clothing import DEFAULT_CLOTHING
from ..model.language import QT_TRANSLATE_NOOP, translate
from ..model.scenario import (DEFAULT_CREW_MODEL, FIELD_SPECS, SCHEMA_VERSION, Scenario, ScenarioError, check_field,
                              quote_value)
from .scenario_view import SavedView, view_from_dict
from .atomic import FileWriteError, atomic_write_text
from .vehicle_file import entry_from_document, is_user_vehicle, register_vehicle
from .vehicle_parse import VehicleFileError
from .vehicles import embedded_vehicle_toml, resolve
from .verify import verify_toml


#: Key order in written files: what the scenario is first, then the physics inputs.
FIELD_ORDER: tuple[str, ...] = (
    "title",
    "description",
    "start_utc",
    "vehicle",
    "loop",
    "coolant",
    "hole_diameter_mm",
    "discharge_coefficient",
    "puncture_time_h",
    "undock_time_h",
    "descent_duration_h",
    "hatch_open",
    "crew",
    "crew_clothing",
    "crew_model",
    "duration_h",
)
assert set(FIELD_ORDER) == set(FIELD_SPECS), "FIELD_ORDER must list every Scenario field"

#: Top-level keys that are not Scenario fields.
#: What read_capped reads, named in its messages.
FILE_KINDS = (QT_TRANSLATE_NOOP("Errors", "scenario file"), QT_TRANSLATE_NOOP("Errors", "lesson file"))
META_KEYS = ("schema_version", "thermoviz_version", "preset", "view")

#: Fields that may be left out of a file (optional ones mean None; text ones mean "").
_DEFAULT_WHEN_ABSENT = {"title": "", "description": "", "crew_clothing": DEFAULT_CLOTHING,
                        "crew_model": DEFAULT_CREW_MODEL}

#: The one spelling of "no value" for an optional field, in files and ``--set`` (any case).
NONE_WORDS = ("none",)

#: Largest scenario file read [bytes]; a real one is about 1 KB, a preset with its timeline 10 KB.
MAX_FILE_BYTES = 1_000_000

_HEADER = (
    "# thermoviz scenario file (schema {schema}). Times are hours from the start of the run.\n"
    "# Optional fields left out mean: puncture_time_h = never punctured; undock_time_h = stays docked;\n"
    "# descent_duration_h = the vehicle's documented value; coolant = the vehicle's assumed coolant;\n"
    "# start_utc (when t = 0 was, e.g. \"2022-12-14T23:45Z\") = no calendar date.\n"
    "# Run it with: thermoviz run THIS_FILE.toml\n\n"
)


def allowed_fields_text() -> str:
    """Comma-separated list of the keys a scenario file may hold."""
    return ", ".join((*META_KEYS[:1], *FIELD_ORDER, "[preset]"))


# --------------------------------------------------------------------------- reading


def read_scenario_file(path: str | os.PathLike[str], *,
                       check_vehicles: bool = True) -> tuple[Scenario, dict[str, Any]]:
    """Parse and validate one scenario file: (Scenario, the raw ``[preset]`` table or {}).

    Only regular files are read (a FIFO or ``/dev/zero`` is refused without blocking),
    and at most :data:`MAX_FILE_BYTES`.
    """
    source = os.fspath(path)
    data = toml_document(read_capped(source), "scenario file", source)
    return scenario_from_dict(data, source=source, check_vehicles=check_vehicles)


def read_capped(source: str, what: str = "scenario file", limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ScenarioError naming ``what`` otherwise.

    Opened without blocking, so a FIFO or a device is refused at once instead of hanging or
    filling memory (``/dev/zero``).
    """
    def fail(message: str) -> ScenarioError:
        return ScenarioError(what, message, source=source)

    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise fail(translate("Errors", "not found")) from None
    except OSError as exc:
        raise fail(translate("Errors", "cannot be read ({reason})").format(
            reason=(exc.strerror or str(exc)).lower())) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise fail(translate("Errors", "is not a regular file (a device, pipe or socket); give a .toml {what}").format(
                what=translate("Errors", what)))
        if info.st_size > limit:
            raise fail(translate("Errors", "is {size} bytes; a {what} is at most {limit} bytes").format(
                size=f"{info.st_size:,}", what=translate("Errors", what), limit=f"{limit:,}"))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise fail(translate("Errors", "cannot be read ({reason})").format(
            reason=(exc.strerror or str(exc)).lower())) from None
    finally:
        os.close(fd)
    if total > limit:  # grew while being read
        raise fail(translate("Errors", "is larger than {limit} bytes").format(limit=f"{limit:,}"))
    return b"".join(chunks)


def toml_document(raw: bytes | str, what: str, source: str | None) -> dict[str, Any]:
    """Parse a TOML file's bytes or text (a leading BOM allowed); ScenarioError in one line otherwise."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ScenarioError(what, translate("Errors", "is not UTF-8 text (byte {byte})").format(byte=exc.start),
                                source=source) from None
    else:
        text = raw
    text = text.removeprefix("\ufeff")  # Windows editors write a BOM; TOML itself does not allow it
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(exc, source) from None
    except RecursionError:
        raise ScenarioError(what, translate("Errors", "not valid TOML (arrays or tables nested too deeply)"),
                            source=source) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise ScenarioError(what, translate("Errors", "not valid TOML ({reason})").format(reason=str(exc)[:80]),
                            source=source) from None


def scenario_from_toml(text: str, *, source: str | None = None,
                       check_vehicles: bool = True) -> tuple[Scenario, dict[str, Any]]:
    """Validate TOML text in the scenario-file format (see the module docstring)."""
    data = toml_document(text, "scenario file", source)
    return scenario_from_dict(data, source=source, check_vehicles=check_vehicles)


def scenario_from_dict(
    data: dict[str, Any], *, source: str | None = None, check_vehicles: bool = True
) -> tuple[Scenario, dict[str, Any]]:
    """Validate a parsed scenario document: (Scenario, ``[preset]`` table or {}).

    ``check_vehicles=False`` skips the vehicle-catalogue check (used when reading
    the scenario recorded in a CSV export, which is data, not an input).
    """
    _check_schema_version(data, source)
    written_by = data.get("thermoviz_version", "")
    if not isinstance(written_by, str):
        raise ScenarioError("thermoviz_version", f"must be a text (the version that wrote the file), "
                            f"got {quote_value(written_by)}", source=source)
    unknown = [key for key in data if key not in FIELD_SPECS and key not in META_KEYS]
    if unknown:
        raise ScenarioError(unknown[0], translate("Errors", "unknown field; allowed: {fields}").format(
            fields=allowed_fields_text()), source=source)
    data, embedded = _take_embedded_vehicle(data, source)
    view_from_dict(data.get("view"), source)  # checked here; read with read_saved_view
    preset_meta = data.get("preset", {})
    if not isinstance(preset_meta, dict):
        raise ScenarioError("preset", "must be a table ([preset]) of preset metadata", source=source)

    values: dict[str, Any] = {}
    for name in FIELD_ORDER:  # first the values that are there (wrong types, ranges) ...
        if name in data:
            spec = FIELD_SPECS[name]
            value = data[name]
            if spec.optional and isinstance(value, str) and value.strip().lower() in NONE_WORDS:
                value = None
            values[name] = _checked(spec, value, source)
    for name in FIELD_ORDER:  # ... then the ones that are missing
        if name in values:
            continue
        spec = FIELD_SPECS[name]
        if spec.optional:
            values[name] = None
        elif name in _DEFAULT_WHEN_ABSENT:
            values[name] = _DEFAULT_WHEN_ABSENT[name]
        else:
            hint = f" — {translate('Fields', spec.help).rstrip('.')}" if spec.kind is str else ""
            raise ScenarioError(name, translate("Errors", "missing; must be {allowed}").format(allowed=spec.allowed(True))
                                + hint, source=source)

    values["start_utc"] = _start_from_preset(values.get("start_utc"), preset_meta, source)
    try:
        scenario = Scenario(**values)
    except ScenarioError as exc:  # cannot happen after check_field, but keep the file name
        raise ScenarioError(exc.field, exc.message, source=source) from None
    if embedded is not None:  # this session only: the catalogue on disk is not touched
        register_vehicle(embedded)
    if check_vehicles:
        check_catalogue(scenario, source=source)
    return scenario, dict(preset_meta)


def _take_embedded_vehicle(data: dict[str, Any], source: str | None):
    """``[vehicle]`` (a user vehicle embedded by save): (data naming its id, the checked vehicle) or (data, None)."""
    table = data.get("vehicle")
    if not isinstance(table, dict):
        return data, None
    try:
        entry = entry_from_document(table, "vehicle")
    except VehicleFileError as exc:
        raise ScenarioError("vehicle", str(exc).removeprefix("vehicle: "), source=source) from None
    if not is_user_vehicle(entry.params.id):
        raise ScenarioError("vehicle", f"id: {entry.params.id!r} is a shipped vehicle; an embedded vehicle needs "
                            "its own id (or write vehicle = \"<id>\" to use the shipped one)", source=source)
    return {**data, "vehicle": entry.params.id}, entry


def _start_from_preset(start_utc: str | None, preset_meta: dict[str, Any], source: str | None) -> str | None:
    """The scenario's start time: its own ``start_utc``, else the preset's ``t0_utc`` (validated)."""
    if "t0_utc" not in preset_meta:
        return start_utc
    t0 = _checked(FIELD_SPECS["start_utc"], preset_meta["t0_utc"], source, field="preset.t0_utc")
    if t0 is None:
        raise ScenarioError("preset.t0_utc", f"must be {FIELD_SPECS['start_utc'].allowed_text}", source=source)
    if start_utc is not None and start_utc != t0:
        raise ScenarioError("start_utc", f"{start_utc} contradicts [preset] t0_utc = {t0}; keep one of them",
                            source=source)
    return t0


def check_catalogue(scenario: Scenario, *, source: str | None = None) -> None:
    """Vehicle, loop and coolant must exist in the vehicle catalogue (``assets/vehicles``)."""
    try:
        resolve(scenario)
    except ScenarioError as exc:
        if exc.source is None and source is not None:
            raise ScenarioError(exc.field, exc.message, source=source) from None
        raise


def _checked(spec, value: Any, source: str | None, field: str | None = None) -> Any:
    try:
        return check_field(spec, value)
    except ScenarioError as exc:
        raise ScenarioError(field or exc.field, exc.message, source=source) from None


def _check_schema_version(data: dict[str, Any], source: str | None) -> None:
    version = data.get("schema_version")
    what = f"the scenario file schema version; this thermoviz reads schema {SCHEMA_VERSION}"
    if version is None:
        raise ScenarioError("schema_version", f"missing; must be {SCHEMA_VERSION} ({what})", source=source)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("schema_version", f"must be a whole number ({what}), got {quote_value(version)}",
                            source=source)
    if version > SCHEMA_VERSION:
        raise ScenarioError(
            "schema_version",
            f"written by a newer thermoviz (schema {version}); this version reads schema {SCHEMA_VERSION}",
            source=source,
        )
    if version < 1:
        raise ScenarioError("schema_version", f"must be {SCHEMA_VERSION}, got {version}", source=source)


_LINE_COL = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def _syntax_error(exc: tomllib.TOMLDecodeError, source: str | None) -> ScenarioError:
    message = str(exc)
    lineno = getattr(exc, "lineno", None)
    colno = getattr(exc, "colno", None)
    match = _LINE_COL.search(message)
    if match:
        lineno, colno = int(match.group(1)), int(match.group(2))
        message = message[: match.start()]
    elif " (at end of document)" in message:
        message = message.replace(" (at end of document)", "")
        lineno = lineno or "end"
    where = f"line {lineno}, column {colno}" if lineno and colno else f"line {lineno}" if lineno else "TOML"
    msg = message.strip().rstrip(".")
    msg = msg[:1].lower() + msg[1:]
    # The parser names the problem (e.g. "expected '=' after a key"); no web address: classrooms are offline
    return ScenarioError(where, translate("Errors", "not valid TOML ({reason})").format(reason=msg), source=source)


# --------------------------------------------------------------------------- writing


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """The document written to a scenario file (None fields left out)."""
    doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "thermoviz_version": __version__}
    for name in FIELD_ORDER:
        value = getattr(scenario, name)
        if value is not None:
            doc[name] = value
    return doc


def scenario_to_toml(scenario: Scenario) -> str:
    """TOML text of ``scenario`` (with a short explanatory header comment).

    A user vehicle (not shipped) is embedded as a ``[vehicle]`` table, so the file is self-contained.
    """
    doc = scenario_to_dict(scenario)
    embedded = embedded_vehicle_toml(scenario.vehicle)
    if embedded:
        del doc["vehicle"]
        return _HEADER.format(schema=SCHEMA_VERSION) + tomli_w.dumps(doc) + "\n" + embedded
    return _HEADER.format(schema=SCHEMA_VERSION) + tomli_w.dumps(doc)


def read_saved_view(path: str | os.PathLike[str]) -> SavedView | None:
    """The ``[view]`` a scenario file keeps (None without one): :mod:`thermoviz.io.scenario_view`."""
    source = os.fspath(path)
    return view_from_dict(toml_document(read_capped(source), "scenario file", source).get("view"), source)


def save_scenario(scenario: Scenario, path: str | os.PathLike[str], *, overwrite: bool = True,
                  view: SavedView | None = None) -> Path:
    """Write ``scenario`` to ``path`` atomically; the file reloads to an identical Scenario.

    ``overwrite=False`` (Save As) refuses an existing file with
    :class:`~thermoviz.io.atomic.FileExistsRefused`.  Any failure raises
    :class:`~thermoviz.io.atomic.FileWriteError` (an ``OSError``, one-line message) and
    leaves an existing file untouched.
    """
    try:
        text = scenario_to_toml(scenario) + (view.to_toml() if view is not None else "")
    except Exception as exc:  # serialisation failed: nothing has been touched yet
        raise FileWriteError(path, f"could not serialise the scenario ({exc})") from None
    return atomic_write_text(path, text, overwrite=overwrite, verify=verify_toml)
