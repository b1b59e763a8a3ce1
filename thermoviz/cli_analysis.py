"""Command line for the analyses: ``thermoviz map``, ``thermoviz limit`` and ``run --uncertainty N``.

Examples::

    thermoviz map soyuz-ms22-crewed-return --x hole_diameter_mm=0.2:5:100 \\
        --y undock_after_puncture_h=0:48:100 --crew-contours --png map.png
    thermoviz limit soyuz-ms22-crewed-return hole_diameter_mm --set undock_time_h=3 --json
    thermoviz run soyuz-ms22-crewed-return --uncertainty 200 --json

Bad input follows ``run``'s rules: one line naming the flag or field and what is
allowed, exit status 2, before anything is simulated or written.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from .io.cli_args import cli_number
from .model.language import translate
from .model.scenario import FIELD_SPECS, MAX_SEATS, ScenarioError, quote_value

COMMANDS = ("map", "limit")
#: The boundary grades and the default one (:mod:`thermoviz.model.outcome.grades`; not imported here, so the
#: parser starts without numpy; a test keeps them equal).
BOUNDARY_GRADE_IDS = ("stop_work", "not_acceptable", "not_survivable")
DEFAULT_BOUNDARY_GRADE = "not_acceptable"
#: The map metrics (:data:`thermoviz.analysis.metrics.METRICS`; a test keeps the two equal).
METRIC_NAMES = ("margin_to_stop_work_k", "margin_to_not_acceptable_k", "margin_to_not_survivable_k",
                "crew_margin_h", "crew_core_peak_c", "cabin_peak_c", "coolant_depleted_h", "verdict")
DEFAULT_POINTS = 60
#: Most points on one map axis (the engine's own limit).
MAX_POINTS = 1000
MAP_OUTPUTS = ("csv", "png", "svg")


def add_subcommands(sub) -> None:
    """Add ``map`` and ``limit`` to the ``thermoviz`` parser, and ``--uncertainty`` to ``run``."""
    # parser help without importing numpy (the bare command opens the window; `presets` stays quick)
    fields = ", ".join([n for n, s in FIELD_SPECS.items() if s.kind in (int, float)] + ["undock_after_puncture_h"])
    sets = dict(dest="overrides", action="append", default=[], metavar="FIELD=VALUE",
                help=translate("CLI", "change one field of the scenario first (repeatable); fields: {fields}").format(
                    fields=", ".join(FIELD_SPECS)))
    m = sub.add_parser("map", help=translate("CLI", "survivability map: a metric over two inputs"),
                       description=translate("CLI", "Evaluate a metric over a grid of two inputs of SCENARIO "
                                   "(batched: the loop, cabin and crew models for all cells at once)."))
    m.add_argument("scenario", metavar="SCENARIO", help=translate("CLI", "preset id or path of a .toml scenario file"))
    m.add_argument("--set", **sets)
    m.add_argument("--x", required=True, metavar="FIELD=LO:HI[:N]",
                   help=translate("CLI", "horizontal axis: field, range and points (default {points}); fields: {fields}").format(
                       points=DEFAULT_POINTS, fields=fields))
    m.add_argument("--y", required=True, metavar="FIELD=LO:HI[:N]", help=translate("CLI", "vertical axis, as --x"))
    m.add_argument("--metric", default=None,
                   help=translate("CLI", "one of {metrics} (default margin_to_GRADE_k: kelvin below --grade)").format(
                       metrics=", ".join(METRIC_NAMES)))
    m.add_argument("--grade", metavar="GRADE", default=None,
                   help=translate("CLI", "the crew grade whose boundary is drawn: one of {grades} (default {default}, "
                                  "core 39 °C)").format(grades=", ".join(BOUNDARY_GRADE_IDS), default=DEFAULT_BOUNDARY_GRADE))
    m.add_argument("--crew-contours", action="store_true",
                   help=translate("CLI", "also draw the boundary of --grade for every crew count (1 to the seats)"))
    m.add_argument("--csv", metavar="PATH", help=translate("CLI", "write one row per cell (units in the header)"))
    m.add_argument("--png", metavar="PATH", help=translate("CLI", "write the map as a 1600 x 1000 PNG"))
    m.add_argument("--svg", metavar="PATH", help=translate("CLI", "write the map as SVG"))
    m.add_argument("--json", action="store_true", help=translate("CLI", "print the map as one JSON object"))

    lim = sub.add_parser("limit", help=translate("CLI", "limit of one input (largest hole, latest undock, most crew) for a crew grade"),
                         description=translate("CLI", "Find, by bisection on single simulations, the value of FIELD at which "
                                     "the crew of SCENARIO reaches GRADE (default not_acceptable: core 39 °C)."))
    lim.add_argument("scenario", metavar="SCENARIO", help=translate("CLI", "preset id or path of a .toml scenario file"))
    lim.add_argument("field", metavar="FIELD", help=translate("CLI", "the input to search; one of {fields}").format(fields=fields))
    lim.add_argument("--set", **sets)
    lim.add_argument("--crew", metavar="N", help=translate("CLI", "crew aboard for the search (default: the scenario's)"))
    lim.add_argument("--grade", metavar="GRADE", default=None,
                     help=translate("CLI", "the crew grade to stay below: one of {grades} (default {default}, core 39 °C)").format(
                         grades=", ".join(BOUNDARY_GRADE_IDS), default=DEFAULT_BOUNDARY_GRADE))
    lim.add_argument("--json", action="store_true", help=translate("CLI", "print value, grade, crew, field, unit and bracket as JSON"))

    run = sub.choices.get("run")
    if run is not None:
        run.add_argument("--uncertainty", metavar="N",
                         help=translate("CLI", "also run N plausible vehicles (Latin hypercube over the estimates' ranges): "
                              "5-95 %% bands, share reaching each limit, dominant parameter"))
        run.add_argument("--crew-band", action="store_true",
                         help=translate("CLI", "also run both crew models (phs, jos3) and the spread of the crew assumptions "
                              "(acclimatised, 1.0-1.4 met, air speed, clothing): a band on the crew plot, one "
                              "sentence, crew_band in --json (a second or two)"))


# --------------------------------------------------------------------------- parsing


def parse_axis(flag: str, text: str) -> tuple[str, float, float, int]:
    """``FIELD=LO:HI[:N]`` -> (field, lo, hi, n); ScenarioError naming the flag or field."""
    from .analysis.fields import axis_values, field_info

    name, sep, spec = (text or "").partition("=")
    parts = spec.split(":")
    if not sep or not name.strip() or len(parts) not in (2, 3):
        raise ScenarioError(flag, translate("Errors", "expected FIELD=LO:HI[:N] (e.g. hole_diameter_mm=0.2:5:50), "
                                                "got {given}").format(given=quote_value(text, limit=60)))
    name = name.strip()
    info = field_info(name)
    lo = cli_number(f"{flag} {name} LO", parts[0], info.minimum, info.maximum)
    hi = cli_number(f"{flag} {name} HI", parts[1], info.minimum, info.maximum)
    n = cli_number(f"{flag} {name} N", parts[2], 2, MAX_POINTS, whole=True) if len(parts) == 3 else DEFAULT_POINTS
    axis_values(name, lo, hi, n)  # range, count and log checks
    return name, lo, hi, n


def check_uncertainty(args: argparse.Namespace) -> int | None:
    """The ``--uncertainty`` sample count (None if absent); ScenarioError naming the flag."""
    raw = getattr(args, "uncertainty", None)
    if raw is None:
        return None
    return cli_number("--uncertainty", raw, 10, 5000, whole=True, what=translate("Errors", "samples"))


def _check_outputs(args: argparse.Namespace, flags) -> None:
    from .io.cli_args import check_output_paths

    check_output_paths(args, flags)


def _scenario(args: argparse.Namespace):
    from .io.overrides import parse_override
    from .io.scenario_source import load_scenario

    changes = dict(parse_override(text) for text in args.overrides)  # syntax and values before any file
    return load_scenario(args.scenario, changes=changes)


# --------------------------------------------------------------------------- commands


def run_command(args: argparse.Namespace, out: TextIO) -> int:
    """Dispatch ``map`` / ``limit``; returns the exit status (ScenarioError propagates to ``main``)."""
    if args.command == "map":
        return cmd_map(args, out)
    return cmd_limit(args, out)


def cmd_map(args: argparse.Namespace, out: TextIO) -> int:
    from .analysis.metrics import get_metric
    from .analysis.survival_map import survival_map

    from .analysis.metrics import grade_metric

    x = parse_axis("--x", args.x)
    y = parse_axis("--y", args.y)
    if x[0] == y[0]:
        raise ScenarioError("--y", translate("Errors", "must name another field than --x ({field})").format(field=x[0]))
    grade = check_grade("--grade", args.grade)
    if args.metric is None:
        args.metric = grade_metric(grade)
    try:
        get_metric(args.metric)
    except ScenarioError as err:
        raise ScenarioError("--metric", err.message) from None
    _check_outputs(args, MAP_OUTPUTS)
    scenario = _scenario(args)
    crew_counts = None
    if args.crew_contours:
        from .io.vehicles import get_vehicle

        seats = get_vehicle(scenario.vehicle).max_crew
        if seats < 1:
            raise ScenarioError("--crew-contours", translate("Errors", "vehicle {vehicle} has no seats").format(
                vehicle=scenario.vehicle))
        if "crew" in (x[0], y[0]):
            raise ScenarioError("--crew-contours", translate("Errors", "cannot be combined with a crew axis"))
        crew_counts = tuple(range(1, seats + 1))
    from .analysis.fields import axis_values
    from .io.job_budget import ProgressLine, check_memory, map_mb

    cells = axis_values(*x).size * axis_values(*y).size
    check_memory("--x", map_mb(cells, 1 + len(crew_counts or ())),
                 "use fewer points (--x/--y FIELD=LO:HI:N) or leave out --crew-contours")
    line = ProgressLine("map")
    result = survival_map(scenario, x, y, args.metric, crew_counts, grade=grade, progress=line)
    line.done()
    if args.csv:
        from .io.atomic import FileWriteError, atomic_write_text

        try:
            atomic_write_text(args.csv, result.to_csv_text())
        except FileWriteError as exc:
            raise ScenarioError("--csv", str(exc)) from None
    for flag in ("png", "svg"):
        path = getattr(args, flag)
        if path:
            from .figure import map_plot

            writer = map_plot.export_map_png if flag == "png" else map_plot.export_map_svg
            try:
                writer(result, path)
            except OSError as exc:
                raise ScenarioError(f"--{flag}", str(exc)) from None
    if args.json:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        return 0
    out.write(map_summary(result))
    for flag in MAP_OUTPUTS:
        if getattr(args, flag):
            out.write(translate("CLI", "Wrote {path}").format(path=getattr(args, flag)) + "\n")
    return 0


def map_summary(result) -> str:
    """A few lines: what was mapped and how much of it stays below the map's grade."""
    from .model.outcome.grades import grade as grade_of

    title = translate("Grades", grade_of(result.grade).title).lower()
    def axis(a):
        unit = f" {a.unit}" if a.unit else ""
        return f"{a.label.lower()} {a.values[0]:g} to {a.values[-1]:g}{unit} ({len(a.values)} points{', log' if a.log else ''})"

    lines = [f"{result.label} over {axis(result.x)} x {axis(result.y)}"]
    share = result.safe_share()
    if share is not None:
        lines.append(translate("CLI", "On the safe side of the colour scale ({crew} crew): {share} of the cells").format(
            crew=result.scenario.crew, share=f"{share:.0%}"))
    for crew, margins in result.crew_margins.items():
        import numpy as np

        finite = margins[np.isfinite(margins)]
        if finite.size:
            lines.append("  " + translate("CLI", "{crew} crew: {share} of the cells below \"{grade}\"").format(
                crew=crew, share=f"{np.mean(finite > 0):.0%}", grade=title))
    return "\n".join(lines) + "\n"


def check_grade(flag: str, text: str | None) -> str:
    """The boundary grade id of ``--grade`` (the default when absent); ScenarioError naming the flag."""
    if text is None:
        return DEFAULT_BOUNDARY_GRADE
    if text not in BOUNDARY_GRADE_IDS:
        raise ScenarioError(flag, translate("Errors", "must be one of {choices}, got {given}").format(
            choices=", ".join(BOUNDARY_GRADE_IDS), given=repr(text)))
    return text


def cmd_limit(args: argparse.Namespace, out: TextIO) -> int:
    from .analysis.fields import field_info
    from .analysis.limits import find_limit

    field_info(args.field)
    grade = check_grade("--grade", args.grade)
    crew = None
    if args.crew is not None:
        crew = cli_number("--crew", args.crew, 1, MAX_SEATS, whole=True)
    scenario = _scenario(args)
    if crew is not None:
        from .io.scenario_file import check_catalogue

        scenario = scenario.replace(crew=crew)
        check_catalogue(scenario)
    limit = find_limit(scenario, args.field, grade=grade)
    if args.json:
        data = limit.to_dict()
        data["grade_is_default"] = args.grade is None
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        out.write(limit.sentence + "\n")
        if args.grade is None:
            out.write(translate("CLI", "(grade {grade}, the default; --grade {grades} asks another)").format(
                grade=grade, grades=" | ".join(BOUNDARY_GRADE_IDS)) + "\n")
    return 0


# --------------------------------------------------------------------------- run --uncertainty


def run_uncertainty(scenario, n: int | None):
    """The uncertainty result for ``run --uncertainty N`` (None without the flag)."""
    if n is None:
        return None
    from .analysis.uncertainty import uncertainty_band
    from .io.job_budget import ProgressLine, band_mb, check_memory

    check_memory("--uncertainty", band_mb(n), "use fewer samples")
    line = ProgressLine("uncertainty band")
    band = uncertainty_band(scenario, n, progress=line)
    line.done()
    return band


def run_crew_band(args, scenario, resolved):
    """The crew band for ``run --crew-band`` (None without the flag or when no crew rides)."""
    if not getattr(args, "crew_band", False):
        return None
    from .analysis.crew_band import crew_band

    return crew_band(scenario, *resolved)


def json_with_crew_band(text: str, band) -> str:
    """``run --json``'s object with a ``crew_band`` block (null when no crew rides)."""
    data = json.loads(text)
    data["crew_band"] = None if band is None else band.to_dict()
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)


def json_with_uncertainty(text: str, uncertainty) -> str:
    """``run --json``'s object with an ``uncertainty`` block added."""
    data = json.loads(text)
    data["uncertainty"] = uncertainty.to_dict()
    return json.dumps(data, indent=2, ensure_ascii=False)


def uncertainty_text(uncertainty) -> str:
    text = translate("CLI", "Uncertainty ({count} plausible vehicles): {sentence}").format(
        count=uncertainty.n, sentence=uncertainty.sentence) + "\n"
    if uncertainty.grades_sentence:
        text += translate("CLI", "Crew grades over the same vehicles: {sentence}.").format(
            sentence=uncertainty.grades_sentence) + "\n"
    return text
