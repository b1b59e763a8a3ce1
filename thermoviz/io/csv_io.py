"""CSV export of a Result: every series with its unit, the scenario as comment lines.

Format::

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
    time_h [h],loop_pressure_kpa [kPa],coolant_remaining_pct [%],...,crew_aboard [0/1]
    0.0,301.325,100.0,...,0

* Comment lines start with ``# ``; with that prefix removed the block is a TOML
  document (``[scenario]`` is exactly a scenario file, ``[events]`` lists the
  events that happen, in hours).  ``pandas.read_csv(path, comment="#")`` reads the
  table directly.
* One header row: ``name [unit]``.  Columns: ``time_h``, every series of
  :data:`thermoviz.model.result.SERIES` in that order, then ``crew_aboard`` (1
  while the crew is aboard).
* Numbers are written with Python's shortest round-trip ``repr``, so reading
  gives back exactly the same floats.  NaN (a series undefined there, e.g. crew
  core temperature while nobody is aboard) is an **empty cell**.
* When the scenario has a start time (``start_utc``), a ``time_utc [UTC]`` column
  follows ``time_h``: ISO-8601 UTC to the nearest second (``2022-12-15T00:45:00Z``);
  :func:`read_csv` returns it as ``datetime64[s]`` (UTC).
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

from ..model.result import SERIES, Result
from ..model.scenario import Scenario
from .atomic import atomic_write_text

COMMENT = "# "
TIME_COLUMN = ("time_h", "h")
CREW_COLUMN = ("crew_aboard", "0/1")
UTC_COLUMN = ("time_utc", "UTC")


def _version() -> str:
    from .. import __version__

    return __version__


def csv_header_block(result: Result) -> str:
    """The ``# ``-prefixed metadata block (a TOML document once the prefix is removed)."""
    from .scenario_file import scenario_to_dict

    meta: dict[str, Any] = {
        "thermoviz_version": _version(),
        "verdict_severity": result.verdict.severity,
        "verdict": result.verdict.text,
    }
    if result.notes:
        meta["notes"] = list(result.notes)
    meta["scenario"] = scenario_to_dict(result.scenario)
    meta["events"] = {name: float(t) for name, t in result.events.items() if t is not None}
    text = tomli_w.dumps(meta)
    return "".join(f"{COMMENT}{line}".rstrip() + "\n" for line in text.splitlines())


def columns(result: Result) -> list[tuple[str, str, np.ndarray]]:
    """(name, unit, values) of every CSV column, in order."""
    cols = [(TIME_COLUMN[0], TIME_COLUMN[1], np.asarray(result.time_h, dtype=float))]
    for name, (unit, _label) in SERIES.items():
        cols.append((name, unit, np.asarray(result.series[name], dtype=float)))
    cols.append((CREW_COLUMN[0], CREW_COLUMN[1], np.asarray(result.crew_aboard, dtype=float)))
    return cols


def _cell(x: float, integer: bool) -> str:
    if math.isnan(x):
        return ""
    if integer:
        return str(int(x))
    return repr(x)


def result_to_csv(result: Result) -> str:
    """The whole CSV file as text."""
    cols = columns(result)
    out = io.StringIO()
    out.write(csv_header_block(result))
    writer = csv.writer(out, lineterminator="\n")
    header = [f"{name} [{unit}]" for name, unit, _ in cols]
    cells = [[_cell(x, name == CREW_COLUMN[0]) for x in values.tolist()]  # Python floats: repr round-trips
             for name, _, values in cols]
    _add_utc_column(result, header, cells)
    writer.writerow(header)
    writer.writerows(zip(*cells))
    return out.getvalue()


def _add_utc_column(result: Result, header: list[str], cells: list[list[str]]) -> None:
    """Insert ``time_utc [UTC]`` after ``time_h`` when the scenario knows its start time."""
    from ..model import clock

    start = result.scenario.start_datetime
    if start is None:
        return
    header.insert(1, f"{UTC_COLUMN[0]} [{UTC_COLUMN[1]}]")
    cells.insert(1, [clock.round_to_second(clock.utc_at_hours(start, t)).strftime("%Y-%m-%dT%H:%M:%SZ")
                     for t in result.time_h.tolist()])


def write_csv(result: Result, path: str | os.PathLike[str], *, overwrite: bool = True) -> Path:
    """Write :func:`result_to_csv` atomically (``FileWriteError`` if it cannot be written)."""
    return atomic_write_text(path, result_to_csv(result), overwrite=overwrite)


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
        return dict(self.meta.get("events", {}))


def read_csv(path: str | os.PathLike[str]) -> CsvData:
    """Read a thermoviz CSV back: arrays (bit-identical floats), units, metadata, scenario.

    Raises ``ValueError`` with a one-line message if the file is not in this format.
    """
    source = os.fspath(path)
    comment_lines: list[str] = []
    body: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line in handle:
            if not body and line.startswith("#"):
                comment_lines.append(line[len(COMMENT):] if line.startswith(COMMENT) else line[1:])
            else:
                body.append(line)
    try:
        meta = tomllib.loads("".join(comment_lines))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{source}: comment block is not the thermoviz metadata ({exc})") from None
    rows = list(csv.reader(body))
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
        from .scenario_file import scenario_from_dict

        scenario, _ = scenario_from_dict(meta["scenario"], source=source, check_vehicles=False)
    cols = {name: data[:, j].copy() for j, name in enumerate(names)}
    if UTC_COLUMN[0] in cols:  # text column: ISO UTC -> datetime64[s]
        j = names.index(UTC_COLUMN[0])
        cols[UTC_COLUMN[0]] = np.array([row[j].removesuffix("Z") for row in rows[1:]], dtype="datetime64[s]")
    return CsvData(columns=cols, units=units, meta=meta, scenario=scenario)
