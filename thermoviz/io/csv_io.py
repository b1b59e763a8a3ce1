"""CSV export of a Result: every series with its unit, plus the scenario and verdict.

Two formats, the same table and metadata (:data:`CSV_FORMATS`):

``script`` (the CLI's default; for pandas, R, numpy) -- metadata as comment lines
before the header::

    # thermoviz_version = "0.1.0"
    # verdict_severity = "danger"
    # verdict = "Crew at risk: ..."
    # notes = [ ... ]
    #
    # [scenario]
    # schema_version = 1
    # title = "Soyuz MS-22 coolant leak"
    # ...
    #
    # [events]
    # puncture = 1.0
    # ...
    time_h [h],loop_pressure_kpa [kPa],coolant_remaining_pct [%],...,crew_aboard [0/1],crew_core_extrapolated [0/1]
    0.0,301.325,100.0,...,0

* Comment lines start with ``# ``; with that prefix removed the block is a TOML
  document (``[scenario]`` is exactly a scenario file, ``[events]`` lists the
  events that happen, in hours).  ``pandas.read_csv(path, comment="#")`` reads the
  table directly.
* One header row: ``name [unit]``.  Columns: ``time_h``, every series of
  :data:`thermoviz.model.outcome.result.SERIES` in that order, then ``crew_aboard`` (1
  while the crew is aboard), then ``crew_core_extrapolated`` (1 where the crew core is
  beyond the crew model's validated range, 0 where validated, empty without a crew value).
* Numbers are written with Python's shortest round-trip ``repr``, so reading
  gives back exactly the same floats.  NaN (a series undefined there, e.g. crew
  core temperature while nobody is aboard) is an **empty cell**.
* When the scenario has a start time (``start_utc``), a ``time_utc [UTC]`` column
  follows ``time_h``: ISO-8601 UTC to the nearest second (``2022-12-15T00:45:00Z``);
  :func:`read_csv` returns it as ``datetime64[s]`` (UTC).
* Temperatures follow the chosen unit (View ▸ Units, ``--units F``): in °F the
  columns read ``cabin_temp_f [°F]`` and hold °F values (the verdict text too);
  :func:`read_csv` converts them back to ``cabin_temp_c`` in °C (then to within
  one rounding step, not bit-identical).

``spreadsheet`` (for Excel, LibreOffice, Numbers) -- UTF-8 with a byte-order mark
(so "°C" opens as °C), the header on row 1, CRLF line ends, and the metadata in two
columns beside the table after one empty column::

    time_h [h],loop_pressure_kpa [kPa],...,crew_core_extrapolated [0/1],,metadata,value
    0.0,301.325,...,0,,,scenario.crew,3
    0.1,301.2,...,0,,,scenario.hole_diameter_mm,0.8

  Each metadata cell holds a plain value (``0.8``, ``true``, text without quotes; lists as
  ``notes.1``, ``notes.2``: :mod:`thermoviz.io.csv_plain_meta`), and :func:`read_csv` rebuilds
  the same data as the script format's comment block.  Files written with TOML-quoted cells
  by earlier versions still read.
"""

from __future__ import annotations

import csv
import io
import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import tomli_w

from .. import __version__
from ..model import clock
from ..model.outcome.result import SERIES, Result
from ..model.scenario import Scenario
from ..model.units import c_to_unit, localise_temps, temp_symbol, temp_unit, unit_to_c
from .comparison import comparison, without_nulls
from .csv_plain_meta import flat_plain, unflatten
from .atomic import VerifyError, atomic_write_text
from .scenario_file import scenario_from_dict, scenario_to_dict


COMMENT = "# "
#: ``script``: comment-line metadata (default on the CLI); ``spreadsheet``: BOM, header on row 1.
CSV_FORMATS = ("script", "spreadsheet")
#: Header cells of the spreadsheet format's metadata columns.
META_HEADER = ("metadata", "value")
TIME_COLUMN = ("time_h", "h")  # the run's own clock (hours since the start)
#: The one time base: hours since the puncture (written when the run has a puncture).
PUNCTURE_TIME_COLUMN = ("time_since_puncture_h", "h")
CREW_COLUMN = ("crew_aboard", "0/1")
#: The crew core's validity: 1 where it is an extrapolation (beyond the crew model's validated range,
#: ``Result.outside_validity``), 0 where validated, empty where there is no crew value.
VALIDITY_COLUMN = ("crew_core_extrapolated", "0/1")
UTC_COLUMN = ("time_utc", "UTC")


def _version() -> str:
    return __version__


def csv_metadata(result: Result, reference: Result | None = None) -> dict[str, Any]:
    """The metadata of a CSV export (version, verdict, notes, scenario, events) as TOML data.

    ``reference`` (``--compare``): its scenario, verdict, events and peaks, and the difference table.
    """
    meta: dict[str, Any] = {
        "thermoviz_version": _version(),
        "verdict_severity": result.verdict.severity,
        "verdict": localise_temps(result.verdict.text),
    }
    if result.notes:
        meta["notes"] = [localise_temps(note) for note in result.notes]
    meta["scenario"] = scenario_to_dict(result.scenario)
    puncture = result.events.get("puncture")  # the one time base, and the run's own clock beside it
    meta["time_base"] = clock.time_origin(puncture)[1]
    if puncture is not None:
        meta["events_since_puncture"] = {name: float(t) - float(puncture) for name, t in result.events.items()
                                         if t is not None}
    meta["events_since_start"] = {name: float(t) for name, t in result.events.items() if t is not None}
    if reference is not None:
        meta.update(without_nulls(comparison(result, reference)))
    return meta


def csv_header_block(result: Result, reference: Result | None = None) -> str:
    """The ``# ``-prefixed metadata block (a TOML document once the prefix is removed)."""
    text = tomli_w.dumps(csv_metadata(result, reference))
    return "".join(f"{COMMENT}{line}".rstrip() + "\n" for line in text.splitlines())


def columns(result: Result) -> list[tuple[str, str, np.ndarray]]:
    """(name, unit, values) of every CSV column, in order."""
    cols = [(TIME_COLUMN[0], TIME_COLUMN[1], np.asarray(result.time_h, dtype=float))]
    puncture = result.events.get("puncture")
    if puncture is not None:
        cols.append((*PUNCTURE_TIME_COLUMN, np.asarray(result.time_h, dtype=float) - float(puncture)))
    for name, (unit, _label) in SERIES.items():
        values = np.asarray(result.series[name], dtype=float)
        if unit == "°C" and temp_unit() != "C":  # the chosen unit: cabin_temp_f [°F]
            name, unit, values = name.removesuffix("_c") + "_" + temp_unit().lower(), temp_symbol(), c_to_unit(values)
        cols.append((name, unit, values))
    cols.append((CREW_COLUMN[0], CREW_COLUMN[1], np.asarray(result.crew_aboard, dtype=float)))
    core = np.asarray(result.series["crew_core_temp_c"], dtype=float)
    outside = result.outside_validity.get("crew_core_temp_c")
    flag = np.zeros(core.shape) if outside is None or len(outside) != len(core) else np.asarray(outside, float)
    cols.append((VALIDITY_COLUMN[0], VALIDITY_COLUMN[1], np.where(np.isfinite(core), flag, np.nan)))
    return cols


def _cell(x: float, integer: bool) -> str:
    if math.isnan(x):
        return ""
    if integer:
        return str(int(x))
    return repr(x)


def _table_rows(result: Result) -> list[list[str]]:
    """Header row and data rows of the table (both formats)."""
    cols = columns(result)
    integer = [name in (CREW_COLUMN[0], VALIDITY_COLUMN[0]) for name, _, _ in cols]
    lists = [values.tolist() for _, _, values in cols]  # Python floats: repr round-trips
    rows = [[f"{name} [{unit}]" for name, unit, _ in cols]]
    rows += [[_cell(x, is_int) for x, is_int in zip(row, integer)] for row in zip(*lists)]
    _add_utc_column(result, rows)
    return rows


def _add_utc_column(result: Result, rows: list[list[str]]) -> None:
    """Insert ``time_utc [UTC]`` after ``time_h`` when the scenario knows its start time."""
    start = result.scenario.start_datetime
    if start is None:
        return
    rows[0].insert(1, f"{UTC_COLUMN[0]} [{UTC_COLUMN[1]}]")
    for row, t in zip(rows[1:], result.time_h.tolist()):
        row.insert(1, clock.round_to_second(clock.utc_at_hours(start, t)).strftime("%Y-%m-%dT%H:%M:%SZ"))


def result_to_csv(result: Result, fmt: str = "script", reference: Result | None = None) -> str:
    """The whole CSV file as text in format ``fmt`` (``script`` or ``spreadsheet``; see the module)."""
    if fmt not in CSV_FORMATS:
        raise ValueError(f"CSV format: must be one of {', '.join(CSV_FORMATS)}, got {fmt!r}")
    rows = _table_rows(result)
    out = io.StringIO()
    if fmt == "script":
        out.write(csv_header_block(result, reference))
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue()
    meta = [list(META_HEADER), *(list(pair) for pair in flat_plain(csv_metadata(result, reference)))]
    width = len(rows[0])
    writer = csv.writer(out, lineterminator="\r\n")
    for i in range(max(len(rows), len(meta))):
        table = rows[i] if i < len(rows) else [""] * width
        writer.writerow(table + ([""] + meta[i] if i < len(meta) else []))
    return out.getvalue()


def csv_verifier(result: Result):
    """A verifier (see :mod:`thermoviz.io.verify`): the file reads back with every row and column."""
    expected_rows = len(result.time_h)
    expected_cols = len(columns(result)) + (result.scenario.start_datetime is not None)  # + time_utc

    def verify(path: Path) -> None:
        try:
            data = read_csv(path)
        except (ValueError, OSError) as exc:
            raise VerifyError(f"the CSV does not read back ({exc})") from None
        if len(data.time_h) != expected_rows or len(data.columns) != expected_cols:
            raise VerifyError(f"the CSV has {len(data.time_h)} rows of {len(data.columns)} columns, "
                              f"expected {expected_rows} of {expected_cols}")

    return verify


def write_csv(result: Result, path: str | os.PathLike[str], *, overwrite: bool = True,
              fmt: str = "script", reference: Result | None = None) -> Path:
    """Write :func:`result_to_csv` atomically, checked by reading it back (``FileWriteError`` if not).

    ``fmt``: ``script`` (comment-line metadata, UTF-8 without BOM, LF) or
    ``spreadsheet`` (header on row 1, metadata beside the table, UTF-8 BOM, CRLF).
    """
    text = result_to_csv(result, fmt, reference)
    encoding = "utf-8-sig" if fmt == "spreadsheet" else "utf-8"
    return atomic_write_text(path, text, overwrite=overwrite, verify=csv_verifier(result), encoding=encoding)


@dataclass(frozen=True)
class CsvData:
    """What :func:`read_csv` returns."""

    columns: dict[str, np.ndarray]  # name -> values (NaN for empty cells), file order
    units: dict[str, str]  # name -> unit text from the header
    meta: dict[str, Any] = field(default_factory=dict)  # the comment block as TOML data
    scenario: Scenario | None = None

    @property
    def time_h(self) -> np.ndarray:
        return self.columns[TIME_COLUMN[0]]

    @property
    def events(self) -> dict[str, float]:
        """Event times on the run's own clock (hours since the start), as ``Result.events``."""
        return dict(self.meta.get("events_since_start", self.meta.get("events", {})))


def read_csv(path: str | os.PathLike[str]) -> CsvData:
    """Read a thermoviz CSV (either format) back: arrays (bit-identical floats), units, metadata, scenario.

    Raises ``ValueError`` with a one-line message if the file is not in this format.
    """
    source = os.fspath(path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    if text.startswith("#"):
        comment_lines, body = [], []
        for line in text.splitlines(keepends=True):
            if not body and line.startswith("#"):
                comment_lines.append(line[len(COMMENT):] if line.startswith(COMMENT) else line[1:])
            else:
                body.append(line)
        meta_text = "".join(comment_lines)
        rows = list(csv.reader(body))
    else:
        rows = list(csv.reader(io.StringIO(text, newline="")))
        meta_text, rows = _split_meta_columns(rows, source)
    try:
        meta = tomllib.loads(meta_text) if isinstance(meta_text, str) else unflatten(meta_text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{source}: the metadata is not the thermoviz metadata ({exc})") from None
    if not rows:
        raise ValueError(f"{source}: no header row")
    names, units = [], {}
    for cell in rows[0]:
        name, _, unit = cell.partition(" [")
        names.append(name)
        units[name] = unit[:-1] if unit.endswith("]") else ""
    data = np.full((len(rows) - 1, len(names)), np.nan)
    for i, row in enumerate(rows[1:]):
        if len(row) != len(names):
            raise ValueError(f"{source}: row {i + 2} has {len(row)} cells, header has {len(names)}")
        for j, cell in enumerate(row):
            if cell != "" and names[j] != UTC_COLUMN[0]:
                data[i, j] = float(cell)
    scenario = None
    if "scenario" in meta:
        scenario, _ = scenario_from_dict(meta["scenario"], source=source, check_vehicles=False)
    cols = {name: data[:, j].copy() for j, name in enumerate(names)}
    fahrenheit = {name for name in names if units.get(name) == "°F" and name.endswith("_f")}
    if fahrenheit:  # a °F export reads back in the model's °C, columns in the same order
        cols = {(n[:-2] + "_c" if n in fahrenheit else n): (unit_to_c(v, "F") if n in fahrenheit else v)
                for n, v in cols.items()}
        units = {(n[:-2] + "_c" if n in fahrenheit else n): ("°C" if n in fahrenheit else u) for n, u in units.items()}
    if UTC_COLUMN[0] in cols:  # text column: ISO UTC -> datetime64[s]
        j = names.index(UTC_COLUMN[0])
        cols[UTC_COLUMN[0]] = np.array([row[j].removesuffix("Z") for row in rows[1:]], dtype="datetime64[s]")
    return CsvData(columns=cols, units=units, meta=meta, scenario=scenario)


def _split_meta_columns(rows: list[list[str]], source: str) -> tuple[str | list, list[list[str]]]:
    """Spreadsheet format: (metadata -- plain (key, value) pairs, or ``key = value`` TOML lines for a file
    of an earlier version whose cells hold TOML values -- and the table rows without them)."""
    if not rows:
        return "", rows
    header = rows[0]
    try:
        at = len(header) - 2
        if tuple(header[at:]) != META_HEADER or header[at - 1] != "":
            raise ValueError
    except (ValueError, IndexError):
        return "", rows  # a plain table without metadata columns
    pairs, table = [], []
    for row in rows:
        cells, meta = row[:at - 1], row[at:]
        if len(meta) == 2 and meta[0] and row is not header:
            pairs.append((meta[0], meta[1]))
        if any(cells) or row is header:
            table.append(cells)
    version = next((v for k, v in pairs if k == "thermoviz_version"), "")
    if version.startswith('"'):  # an earlier file: TOML values in the cells
        return "".join(f"{k} = {v}\n" for k, v in pairs), table
    return pairs, table
