"""Command line: ``thermoviz run | presets | lesson | vehicles | gui`` (bare ``thermoviz`` opens the GUI).

Examples::

    thermoviz presets
    thermoviz run soyuz-ms22
    thermoviz run soyuz-ms22 --set undock_time_h=49 --set crew=2 --json
    thermoviz run my-scenario.toml --csv out.csv
    thermoviz gui soyuz-ms22-crewed-return

Bad input (unknown field, value out of range, malformed or missing file, unknown
preset, bad ``--set`` syntax, an output path that cannot be written) prints one
line to stderr naming the field and what is allowed, and exits with status 2
before anything is simulated or written.  The output files of one ``run`` are
written all or nothing (:func:`thermoviz.io.atomic.staged_writes`): a full disk or
a failing renderer leaves none of them, prints one line naming the real cause and
exits with status 2.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from .cli_lang import use_cli_language
from .cli_outputs import EXPORT_FLAGS, with_crew, write_outputs
from .io.overrides import parse_override
from .model.language import translate
from .model.scenario import FIELD_SPECS, ScenarioError

#: ``--time-axis`` values: the keys of thermoviz.figure.time_axis.MODES (not imported here: the
#: CLI starts without Qt; a test keeps the two equal).
TIME_AXIS_CHOICES = ("puncture", "start", "utc", "zone")

#: ``--units`` values (the keys of thermoviz.model.units.TEMP_UNITS; a test keeps them equal).
UNIT_CHOICES = ("C", "F")
#: ``--lang`` values (the keys of thermoviz.io.translations.LANGUAGES; a test keeps them equal).
LANG_CHOICES = ("en", "ru", "es")

EXIT_OK = 0
EXIT_RUNTIME = 1
EXIT_USAGE = 2

SCALES = (1, 2, 4)


def _version() -> str:
    from . import __version__

    return __version__


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thermoviz",
        description=translate("CLI", "What a coolant-loop puncture does to a spacecraft and its crew "
        "(Soyuz MS-22, Progress MS-21, Nauka). Without a command, opens the desktop app."),
    )
    parser.add_argument("--version", action="version", version=f"thermoviz {_version()}")
    add_units_argument(parser, argparse.SUPPRESS)
    add_lang_argument(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help=translate("CLI", "simulate a preset or scenario file and print a summary"),
        description=translate("CLI", "Simulate SCENARIO (a preset id from `thermoviz presets` or a .toml scenario file)."),
    )
    run.add_argument("scenario", metavar="SCENARIO", help=translate("CLI", "preset id or path of a .toml scenario file"))
    run.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=translate("CLI", "change one field (repeatable), e.g. --set hole_diameter_mm=2 --set undock_time_h=none; "
                       "fields: {fields}, undock_after_puncture_h (hours from the puncture to undock)").format(
            fields=", ".join(FIELD_SPECS)),
    )
    run.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object instead of the summary "
                     "(numbers in SI units whatever --units says)"))
    run.add_argument("--quiet", "-q", action="store_true",
                     help=translate("CLI", "print nothing on success (for scripts that only write files); errors still go to stderr"))
    add_units_argument(run)
    add_lang_argument(run)
    run.add_argument("--csv", metavar="PATH", help=translate("CLI", "write every series (units in the header) to a CSV file"))
    run.add_argument("--csv-format", choices=("script", "spreadsheet"), default="script",
                     help=translate("CLI", "script (default): metadata as '# ' comment lines, then the table; spreadsheet: "
                          "header on row 1, UTF-8 BOM, metadata in two columns beside the table"))
    exports = run.add_argument_group(translate("CLI", "figure and report export (headless)"))
    exports.add_argument("--png", metavar="PATH", help=translate("CLI", "write the dashboard as a PNG image"))
    exports.add_argument("--svg", metavar="PATH", help=translate("CLI", "write the dashboard as an SVG (vector) image"))
    exports.add_argument("--pdf", metavar="PATH", help=translate("CLI", "write a PDF report (several A4 pages: summary tables, "
                         "the figure, assumptions and sources)"))
    exports.add_argument("--handout", metavar="PATH", help=translate("CLI", "write a one-page A4 handout for a class (PDF: title, "
                         "the verdict in plain words, one figure, five key numbers, three questions)"))
    exports.add_argument("--scale", metavar="N", default="1", help=translate("CLI", "PNG scale factor: 1, 2 or 4 (default 1)"))
    exports.add_argument("--time-axis", choices=TIME_AXIS_CHOICES, default=None,
                         help=translate("CLI", "time axis of the figures: hours since the puncture (default), since the start, "
                              "or date and time in UTC / Moscow time (scenarios with a start time)"))
    exports.add_argument("--compare", metavar="SCENARIO",
                         help=translate("CLI", "also draw this preset or .toml scenario, faded, in the figures (as View > Pin as "
                              "reference), aligned at undock, else at the puncture"))
    from . import cli_animation

    cli_animation.add_arguments(run)
    from .cli_slide import add_run_arguments as add_slide_arguments

    add_slide_arguments(run)

    presets = sub.add_parser("presets", help=translate("CLI", "list the historic presets (id, title, description)"))
    presets.add_argument("--json", action="store_true",
                         help=translate("CLI", "print every preset with its reported timeline and sources as JSON"))

    gui = sub.add_parser("gui", help=translate("CLI", "open the desktop app (the default)"))
    gui.add_argument("scenario", metavar="SCENARIO", nargs="?", help=translate("CLI", "preset id or .toml file to open"))
    gui.add_argument("--screenshot", metavar="PATH", help=translate("CLI", "save a PNG of the window and quit (for docs/tests)"))
    add_units_argument(gui)
    add_lang_argument(gui)

    from .cli_lesson import add_subcommands as add_lesson_subcommands
    from .cli_vehicle import add_run_options as add_vehicle_run_options
    from .cli_vehicle import add_subcommands as add_vehicle_subcommands

    add_lesson_subcommands(sub)
    add_lang_argument(sub.choices["lesson"])  # the lesson in Russian or Spanish (assets/lessons/<lang>/)
    from .cli_analysis import add_subcommands

    add_subcommands(sub)  # map, limit, run --uncertainty
    add_vehicle_subcommands(sub)
    add_vehicle_run_options(run)
    from .cli_odds import add_subcommands as add_odds_subcommands

    add_odds_subcommands(sub)
    for command in sub.choices.values():  # `thermoviz odds soyuz-ms --lang ru` as well as `thermoviz --lang ru odds …`
        if "--lang" not in command._option_string_actions:
            add_lang_argument(command)
    return parser


def add_units_argument(parser: argparse.ArgumentParser, default=argparse.SUPPRESS) -> None:
    """``--units C|F``: temperatures people read (summary, CSV, figures, PDF); inputs stay in °C."""
    parser.add_argument("--units", type=str.upper, choices=UNIT_CHOICES, default=default,
                        help=translate("CLI", "temperatures in the summary, CSV headers, figures and PDF: C (default) or F; "
                             "inputs, scenario files and --json stay in °C. In the app: View > Units (remembered)"))


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    """``--lang en|ru|es``: the language of the window and the summary (default: the system's)."""
    parser.add_argument("--lang", type=str.lower, choices=LANG_CHOICES, default=argparse.SUPPRESS,
                        help=translate("CLI", "language of the window and the text summary: en, ru or es (default: the system "
                             "locale; in the app also View > Language)"))


# --------------------------------------------------------------------------- --set


def parse_overrides(texts: Sequence[str]) -> dict[str, Any]:
    """Every ``--set`` parsed and checked (the last one wins for a repeated field)."""
    return dict(parse_override(text) for text in texts)


# --------------------------------------------------------------------------- commands


def _check_outputs(args: argparse.Namespace) -> int:
    """Validate --scale and every output path before simulating; returns the scale."""
    from .io.cli_args import check_output_paths, cli_number

    scale = cli_number("--scale", args.scale, 1, 4, whole=True)
    if scale not in SCALES:
        raise ScenarioError("--scale", translate("Errors", "must be 1, 2 or 4, got {given}").format(given=scale))

    check_output_paths(args, ("csv", *EXPORT_FLAGS, "handout"))
    return scale


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    from . import api
    from .cli_vehicle import apply_vehicle_file
    from .io.atomic import FileWriteError
    from .io.scenario_source import load_scenario
    from .io.vehicles import resolve

    changes = parse_overrides(args.overrides)  # syntax and values first: no file needed for that
    if args.quiet and args.json:
        raise ScenarioError("--quiet", translate("Errors", "prints nothing, --json prints the result: use one of them"))
    scale = _check_outputs(args)
    scenario = load_scenario(args.scenario, changes=changes, check_catalogue=False)
    scenario = apply_vehicle_file(args, scenario)  # --vehicle-file: that vehicle, for this run only
    from .cli_slide import apply_saved_view, window_to_run_hours

    apply_saved_view(args)  # a scenario file's [view], where the command line says nothing else
    window_to_run_hours(args, scenario)  # --from/--to as typed (since the puncture) -> run hours
    from . import cli_animation

    cli_animation.check(args, {getattr(args, f): f for f in ("csv", *EXPORT_FLAGS, "handout", "slide")
                               if getattr(args, f)})
    from . import cli_analysis

    uncertainty_n = cli_analysis.check_uncertainty(args)
    from .cli_slide import slide_options

    args.slide_options = slide_options(args)
    if args.compare and not any(getattr(args, flag) for flag in (*EXPORT_FLAGS, "slide", "csv", "json")):
        raise ScenarioError("--compare", translate("Errors", "adds a reference to the outputs: add --json, --csv, "
                                                              "--png, --svg, --pdf or --slide"))
    resolved = resolve(scenario)  # the catalogue check, once; simulate reuses it
    reference = None
    if args.compare:
        try:
            reference = api.simulate(load_scenario(args.compare))
        except ScenarioError as err:
            raise ScenarioError("--compare", str(err)) from None
    if args.slide_options is not None:
        from .cli_slide import check_window

        check_window(args.slide_options, scenario.duration_h)  # before simulating: bad window, nothing written
    cli_animation.check_window(args, scenario.duration_h)  # --from/--to of --gif/--mp4, likewise
    result = api.simulate(scenario, resolved=resolved)
    uncertainty = cli_analysis.run_uncertainty(scenario, uncertainty_n)  # before the files: they draw its bands
    band = cli_analysis.run_crew_band(args, scenario, resolved)
    drawn = uncertainty if uncertainty is not None else band  # figures shade one band: vehicles first

    outputs = [flag for flag in ("csv", *EXPORT_FLAGS, "handout", "slide", *cli_animation.FLAGS)
               if getattr(args, flag)]
    if outputs:
        try:
            write_outputs(args, result, scale, reference, drawn, crew_band=band)
        except FileWriteError as exc:  # paths were checked above: a disk or renderer failure
            flag = next((f for f in outputs if str(exc.path) == str(getattr(args, f))), outputs[0])
            print(f"thermoviz: --{flag}: " + translate("Errors", "{error}; nothing was written").format(error=exc),
                  file=sys.stderr)
            return EXIT_USAGE

    if args.quiet:
        return EXIT_OK
    if args.json:
        from .io.json_io import summary_json

        text = summary_json(result, reference=None if reference is None else with_crew(reference))
        text = cli_analysis.json_with_uncertainty(text, uncertainty) if uncertainty else text
        if getattr(args, "crew_band", False):
            text = cli_analysis.json_with_crew_band(text, band)
        out.write(text + "\n")
    else:
        from .io.summary_text import format_summary

        text = format_summary(result)
        if band is not None:  # read with the verdict: the answer under both crew models and their assumptions
            verdict_start = translate("Summary", "Verdict [{severity}]: {text}").split("{severity}")[0]
            head, verdict, rest = text.partition("\n" + verdict_start)  # the verdict line, in the language in use
            line, _, rest = rest.partition("\n")
            band_line = translate("CLI", "Crew band: {summary} {why}.").format(summary=band.summary(), why=band.why_central)
            text = f"{head}{verdict}{line}\n{band_line}\n{rest}"
        out.write(text)
        if uncertainty:
            out.write(cli_analysis.uncertainty_text(uncertainty))
        for flag in outputs:
            out.write(translate("CLI", "Wrote {path}").format(path=getattr(args, flag)) + "\n")
    return EXIT_OK


def cmd_presets(out: TextIO, *, as_json: bool = False) -> int:
    from .io.presets import list_presets, preset_summary

    presets = list_presets()
    if as_json:
        import json

        out.write(json.dumps([preset_summary(p) for p in presets], indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    width = max(len(p.id) for p in presets)
    for preset in presets:
        out.write(f"{preset.id:<{width}}  {preset.title}\n")
        for line in textwrap.wrap(preset.description, width=max(40, 96 - width)):
            out.write(f"{'':<{width}}  {line}\n")
    return EXIT_OK


def cmd_gui(scenario_arg: str | None, screenshot: str | None, units: str | None = None,
            lang: str | None = None) -> int:
    from .io.scenario_source import load_scenario

    scenario = load_scenario(scenario_arg) if scenario_arg else None
    if screenshot:
        from .io.atomic import FileWriteError, check_writable

        try:
            check_writable(screenshot)
        except FileWriteError as exc:
            raise ScenarioError("--screenshot", str(exc)) from None
    try:
        from .gui.app import run_gui
    except ImportError as exc:
        print("thermoviz: gui: " + translate("Errors", "the desktop app cannot start ({error})").format(error=exc),
              file=sys.stderr)
        return EXIT_RUNTIME
    options = {name: value for name, value in (("units", units), ("lang", lang)) if value}
    return int(run_gui(scenario, screenshot=screenshot, **options) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``thermoviz`` command; returns the exit status."""
    multiprocessing.freeze_support()  # a frozen bundle's spawned analysis worker starts here (no-op otherwise)
    argv_list = list(sys.argv[1:] if argv is None else argv)
    use_cli_language(argv_list, _non_english_locale(), LANG_CHOICES)  # before parsing: argparse's messages too
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.argv = list(sys.argv[1:] if argv is None else argv)  # the rebuild command in figure files
    except SystemExit as exc:  # --help, --version, usage errors (status 2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    units = getattr(args, "units", None)
    if units is not None:
        from .model.units import set_temp_unit

        set_temp_unit(units)
    lang = getattr(args, "lang", None)
    if args.command not in (None, "gui") and (lang or _non_english_locale()):  # the window chooses its own
        from .io.translations import chosen_language, use_language

        use_language(chosen_language(lang))
    try:
        if args.command == "run":
            return cmd_run(args, sys.stdout)
        if args.command == "presets":
            return cmd_presets(sys.stdout, as_json=args.json)
        if args.command == "gui":
            return cmd_gui(args.scenario, args.screenshot, units, lang)
        if args.command in ("map", "limit"):
            from .cli_analysis import run_command

            return run_command(args, sys.stdout)
        if hasattr(args, "handler"):  # subcommands added by other modules (cli_lesson)
            return args.handler(args, sys.stdout)
        return cmd_gui(None, None, units, lang)  # bare `thermoviz`
    except ScenarioError as exc:
        print(f"thermoviz: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl+C: temporary files are already removed, no target was touched
        print("thermoviz: " + translate("Errors", "interrupted (no file is left half-written)"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `thermoviz presets | head -2`: not an error worth a traceback
        _silence_stdout()
        return EXIT_RUNTIME


def _non_english_locale() -> bool:
    """Whether $THERMOVIZ_LANG or the locale variables ask for another language (Qt is loaded only then)."""
    import os

    wanted = os.environ.get("THERMOVIZ_LANG") or os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") \
        or os.environ.get("LANG") or ""
    return bool(wanted) and not wanted.lower().startswith(("en", "c.", "c", "posix"))


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the interpreter's final flush is quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
