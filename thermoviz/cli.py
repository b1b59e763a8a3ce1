"""Command line: ``thermoviz run | presets | lesson | gui`` (bare ``thermoviz`` opens the GUI).

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
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from .io.scenario_file import NONE_WORDS
from .model.scenario import FIELD_SPECS, ScenarioError, check_field, quote_value

EXIT_OK = 0
EXIT_RUNTIME = 1
EXIT_USAGE = 2

SCALES = (1, 2, 4)
EXPORT_FLAGS = ("png", "svg", "pdf")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}
#: Plain ASCII decimal numbers only (see the README's "Numbers" section).
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)


def _version() -> str:
    from . import __version__

    return __version__


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thermoviz",
        description="What a coolant-loop puncture does to a spacecraft and its crew "
        "(Soyuz MS-22, Progress MS-21, Nauka). Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"thermoviz {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="simulate a preset or scenario file and print a summary",
        description="Simulate SCENARIO (a preset id from `thermoviz presets` or a .toml scenario file).",
    )
    run.add_argument("scenario", metavar="SCENARIO", help="preset id or path of a .toml scenario file")
    run.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="change one field (repeatable), e.g. --set hole_diameter_mm=2 --set undock_time_h=none; "
        f"fields: {', '.join(FIELD_SPECS)}",
    )
    run.add_argument("--json", action="store_true", help="print one JSON object instead of the summary")
    run.add_argument("--csv", metavar="PATH", help="write every series (units in the header) to a CSV file")
    run.add_argument("--csv-format", choices=("script", "spreadsheet"), default="script",
                     help="script (default): metadata as '# ' comment lines, then the table; spreadsheet: "
                          "header on row 1, UTF-8 BOM, metadata in two columns beside the table")
    exports = run.add_argument_group("figure and report export (headless)")
    exports.add_argument("--png", metavar="PATH", help="write the dashboard as a PNG image")
    exports.add_argument("--svg", metavar="PATH", help="write the dashboard as an SVG (vector) image")
    exports.add_argument("--pdf", metavar="PATH", help="write a PDF report (several A4 pages: summary tables, "
                         "the figure, assumptions and sources)")
    exports.add_argument("--scale", metavar="N", default="1", help="PNG scale factor: 1, 2 or 4 (default 1)")
    exports.add_argument("--compare", metavar="SCENARIO",
                         help="also draw this preset or .toml scenario, faded, in the figures (as View > Pin as "
                              "reference), aligned at undock, else at the puncture")

    presets = sub.add_parser("presets", help="list the historic presets (id, title, description)")
    presets.add_argument("--json", action="store_true",
                         help="print every preset with its reported timeline and sources as JSON")

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("scenario", metavar="SCENARIO", nargs="?", help="preset id or .toml file to open")
    gui.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window and quit (for docs/tests)")

    from .cli_lesson import add_subcommands as add_lesson_subcommands

    add_lesson_subcommands(sub)
    return parser


# --------------------------------------------------------------------------- --set


def parse_override(text: str) -> tuple[str, Any]:
    """``FIELD=VALUE`` -> (field, checked value) using the field's FieldSpec.

    Numbers for numeric fields in plain ASCII decimal notation (``2``, ``0.8``,
    ``-1.5``, ``1e-3``; no ``1_0``, no full-width digits, no inf/nan), true/false
    (yes/no, on/off, 1/0) for booleans, ``none`` for optional fields.  The value
    is range-checked here; the message quotes what was typed.  Raises
    :class:`ScenarioError`.
    """
    name, sep, raw = text.partition("=")
    name, raw = name.strip(), raw.strip()
    if not sep or not name:
        raise ScenarioError("--set", f"expected FIELD=VALUE (e.g. hole_diameter_mm=2), got {quote_value(text)}")
    spec = FIELD_SPECS.get(name)
    if spec is None:
        raise ScenarioError(name, f"unknown field; allowed: {', '.join(FIELD_SPECS)}")
    shown = raw if _NUMBER.fullmatch(raw) and len(raw) <= 60 else quote_value(raw)  # exactly as typed
    bad = ScenarioError(name, f"must be {spec.allowed()}, got {shown}")
    lowered = raw.lower()
    if spec.optional and lowered in NONE_WORDS:
        return name, None
    if spec.kind is bool:
        if lowered in _TRUE:
            return name, True
        if lowered in _FALSE:
            return name, False
        raise bad
    if spec.kind is str:
        value: Any = raw
    else:
        if not _NUMBER.fullmatch(raw):
            raise bad
        value = float(raw)
        if spec.kind is int and value.is_integer() and abs(value) < 2**53:
            value = int(value)
    try:
        return name, check_field(spec, value)
    except ScenarioError:
        raise bad from None


def parse_overrides(texts: Sequence[str]) -> dict[str, Any]:
    """Every ``--set`` parsed and checked (the last one wins for a repeated field)."""
    return dict(parse_override(text) for text in texts)


# --------------------------------------------------------------------------- commands


def _check_outputs(args: argparse.Namespace) -> int:
    """Validate --scale and every output path before simulating; returns the scale."""
    from .io.atomic import FileWriteError, check_writable

    try:
        scale = int(args.scale)
    except ValueError:
        scale = None
    if scale not in SCALES:
        raise ScenarioError("--scale", f"must be 1, 2 or 4, got {args.scale}")
    seen: dict[str, str] = {}
    for flag in ("csv", *EXPORT_FLAGS):
        path = getattr(args, flag)
        if not path:
            continue
        if path in seen:
            raise ScenarioError(f"--{flag}", f"same output path as --{seen[path]}: {path}")
        seen[path] = flag
        try:
            check_writable(path)
        except FileWriteError as exc:
            raise ScenarioError(f"--{flag}", str(exc)) from None
    return scale


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    from . import api
    from .io.atomic import FileWriteError
    from .io.scenario_source import load_scenario
    from .io.vehicles import resolve

    changes = parse_overrides(args.overrides)  # syntax and values first: no file needed for that
    scale = _check_outputs(args)
    if args.compare and not any(getattr(args, flag) for flag in EXPORT_FLAGS):
        raise ScenarioError("--compare", "draws into figures: add --png, --svg or --pdf")
    scenario = load_scenario(args.scenario, changes=changes, check_catalogue=False)
    resolved = resolve(scenario)  # the catalogue check, once; simulate reuses it
    reference = None
    if args.compare:
        try:
            reference = api.simulate(load_scenario(args.compare))
        except ScenarioError as err:
            raise ScenarioError("--compare", str(err)) from None
    result = api.simulate(scenario, resolved=resolved)

    outputs = [flag for flag in ("csv", *EXPORT_FLAGS) if getattr(args, flag)]
    if outputs:
        try:
            _write_outputs(args, result, scale, reference)
        except FileWriteError as exc:  # paths were checked above: a disk or renderer failure
            flag = next((f for f in outputs if str(exc.path) == str(getattr(args, f))), outputs[0])
            print(f"thermoviz: --{flag}: {exc}; nothing was written", file=sys.stderr)
            return EXIT_USAGE

    if args.json:
        from .io.json_io import summary_json

        out.write(summary_json(result) + "\n")
    else:
        from .io.summary_text import format_summary

        out.write(format_summary(result))
        for flag in outputs:
            out.write(f"Wrote {getattr(args, flag)}\n")
    return EXIT_OK


def _write_outputs(args: argparse.Namespace, result, scale: int, reference) -> None:
    """Every requested file, all or nothing: written to hidden temporaries, verified, then renamed."""
    from .io import verify
    from .io.atomic import FileWriteError, staged_writes

    with staged_writes() as stage:
        if args.csv:
            from .io.csv_io import write_csv

            write_csv(result, stage.reserve(args.csv), fmt=args.csv_format)  # verified by reading it back
        figures = {flag: getattr(args, flag) for flag in EXPORT_FLAGS if getattr(args, flag)}
        if figures:
            from .export.cli_export import export_from_cli

            checks = {"png": verify.verify_png, "svg": verify.verify_svg, "pdf": verify.verify_pdf}
            temps = {flag: stage.reserve(path, verify=checks[flag]) for flag, path in figures.items()}
            try:
                export_from_cli(result, scale=scale, reference=reference, **temps)
            except ScenarioError as err:  # export_from_cli names the flag; keep the real cause
                raise FileWriteError(getattr(args, err.field.lstrip("-"), "export") or "export",
                                     stage.target_of(err.message).partition(": ")[2] or err.message) from None


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


def cmd_gui(scenario_arg: str | None, screenshot: str | None) -> int:
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
        print(f"thermoviz: gui: the desktop app cannot start ({exc})", file=sys.stderr)
        return EXIT_RUNTIME
    return int(run_gui(scenario, screenshot=screenshot) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``thermoviz`` command; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors (status 2)
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    try:
        if args.command == "run":
            return cmd_run(args, sys.stdout)
        if args.command == "presets":
            return cmd_presets(sys.stdout, as_json=args.json)
        if args.command == "gui":
            return cmd_gui(args.scenario, args.screenshot)
        if hasattr(args, "handler"):  # subcommands added by other modules (cli_lesson)
            return args.handler(args, sys.stdout)
        return cmd_gui(None, None)  # bare `thermoviz`
    except ScenarioError as exc:
        print(f"thermoviz: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl+C: temporary files are already removed, no target was touched
        print("thermoviz: interrupted (no file is left half-written)", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `thermoviz presets | head -2`: not an error worth a traceback
        _silence_stdout()
        return EXIT_RUNTIME


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
