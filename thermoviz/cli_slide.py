"""``thermoviz run SCENARIO --slide PATH``: a 16:9 slide of the run, headless.

Examples::

    thermoviz run soyuz-ms22-crewed-return --slide ms22.png --plots cabin,crew
    thermoviz run soyuz-ms22-crewed-return --slide ms22-4k.png --slide-size 3840x2160 --from 47 --to 57 \\
        --title "Why MS-22 could not bring its crew home"

Every option is checked before anything is simulated or written; a bad value is
one line naming the option and what is allowed (exit status 2), and no file is written.
"""

from __future__ import annotations

import argparse

from .model.language import number, translate
from .model.scenario import ScenarioError

PLOT_NAMES = ("loop", "heat", "cabin", "crew")


def add_run_arguments(run: argparse.ArgumentParser) -> None:
    """Add the slide options to ``thermoviz run`` (``--from``/``--to`` only if not there already)."""
    group = run.add_argument_group(translate("CLI", "slide export (16:9, headless)"))
    group.add_argument("--slide", metavar="PATH", help=translate("CLI", "write a 16:9 slide PNG: title, verdict, plots, legend below"))
    group.add_argument("--slide-size", metavar="WxH", default="1920x1080",
                       help=translate("CLI", "slide pixels: 1920x1080 (default) or 3840x2160"))
    group.add_argument("--plots", metavar="LIST",
                       help=translate("CLI", "plots on the slide or figures (--png/--svg/--pdf), comma-separated, from "
                                      "{plots}").format(plots=", ".join(PLOT_NAMES)))
    existing = getattr(run, "_option_string_actions", {})
    if "--from" not in existing:
        group.add_argument("--from", dest="from_h", metavar="H", help=translate(
            "CLI", "time window start of the slide, figures and animation [h since the puncture; since the start "
            "with --time-axis start or without a puncture]"))
    if "--to" not in existing:
        group.add_argument("--to", dest="to_h", metavar="H", help=translate(
            "CLI", "time window end of the slide, figures and animation [h since the puncture; since the start "
            "with --time-axis start or without a puncture]"))
    group.add_argument("--title", metavar="TEXT", help=translate("CLI", "slide title (default: the scenario's title)"))


def slide_options(args: argparse.Namespace) -> dict | None:
    """The checked slide options (None without ``--slide``); ScenarioError names a bad one.

    Checks that need only the command line run here, before anything is simulated;
    the window against the run's length is checked by :func:`check_window`.
    """
    from .io.cli_args import check_output_paths

    figures = any(getattr(args, flag, None) for flag in ("png", "svg", "pdf"))
    if args.plots is not None and not (figures or getattr(args, "slide", None)):
        raise ScenarioError("--plots", translate("Errors", "shapes the figures: add --slide, --png, --svg or --pdf"))
    if not getattr(args, "slide", None):
        if args.title is not None:
            raise ScenarioError("--title", translate("Errors", "shapes the slide: add --slide PATH"))
        if args.slide_size != "1920x1080":
            raise ScenarioError("--slide-size", translate("Errors", "shapes the slide: add --slide PATH"))
        return None
    from .export.slide import parse_slide_size  # Qt: only a run asked for a slide loads it

    try:
        size = parse_slide_size(args.slide_size)
    except ValueError as exc:
        raise ScenarioError("--slide-size", str(exc)) from None
    plots = figure_plots(args) or tuple(PLOT_NAMES)
    window = (_hours(args, "from_h", "--from"), _hours(args, "to_h", "--to"))
    if None not in window and window[1] <= window[0]:
        raise ScenarioError("--to", translate("Errors", "must be later than --from ({low} h), got {given}").format(
            low=number(f"{window[0]:g}"), given=number(f"{window[1]:g}")))
    title = args.title
    if title is not None and not title.strip():
        raise ScenarioError("--title", translate("Errors", "must be a non-empty text"))
    claimed = {getattr(args, flag): flag for flag in ("csv", "png", "svg", "pdf") if getattr(args, flag, None)}
    check_output_paths(args, ("slide",), claimed)  # writable, and not the same file as another output
    return {"path": args.slide, "size": size, "plots": plots, "window": window, "title": title}


def figure_plots(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The ``--plots`` keys in reading order (None when absent); ScenarioError naming the flag."""
    if args.plots is None:
        return None
    plots = tuple(p.strip() for p in args.plots.split(",") if p.strip())
    if not plots or any(p not in PLOT_NAMES for p in plots) or len(set(plots)) != len(plots):
        raise ScenarioError("--plots", translate("Errors", "must be distinct plots from {plots} separated by commas, "
                                                      "got {given}").format(plots=", ".join(PLOT_NAMES), given=repr(args.plots)))
    return tuple(p for p in PLOT_NAMES if p in plots)  # reading order, as in the window


def apply_saved_view(args: argparse.Namespace) -> None:
    """Fill ``--time-axis``, ``--from``/``--to`` and ``--plots`` from the scenario file's ``[view]``
    (:mod:`thermoviz.io.scenario_view`) where the command line gives none, for figure outputs only."""
    view = None
    if any(getattr(args, flag, None) for flag in ("png", "svg", "pdf", "slide")):
        from .io.scenario_file import read_saved_view
        from .io.scenario_source import resolve_scenario_path

        view = read_saved_view(resolve_scenario_path(args.scenario))
    if view is not None:
        if args.time_axis is None and view.time_axis is not None:
            args.time_axis = view.time_axis
        if args.from_h is None and args.to_h is None and (view.from_h, view.to_h) != (None, None):
            args.from_h = None if view.from_h is None else repr(view.from_h)
            args.to_h = None if view.to_h is None else repr(view.to_h)
        if args.plots is None and view.plots is not None:
            args.plots = ",".join(view.plots)
    if getattr(args, "time_axis", None) is None:
        args.time_axis = "puncture"


def window_to_run_hours(args: argparse.Namespace, scenario) -> None:
    """Turn ``--from``/``--to`` as typed (the figures' time base) into run hours, in place; refuse what cannot apply.

    Typed hours count since the puncture (the one time base), since the start with ``--time-axis start``
    or when the scenario has no puncture.  A window with no figure, slide or animation to shape is
    refused, never ignored.
    """
    from .io.cli_args import cli_number

    typed = {flag: getattr(args, dest, None) for flag, dest in (("--from", "from_h"), ("--to", "to_h"))}
    if all(v is None for v in typed.values()):
        return
    shaped = ("png", "svg", "pdf", "slide", "gif", "mp4")
    if not any(getattr(args, flag, None) for flag in shaped):
        flag = next(f for f, v in typed.items() if v is not None)
        raise ScenarioError(flag, translate("Errors", "sets the time window of figures: add --png, --svg, --pdf, "
                                                  "--slide, --gif or --mp4"))
    since_start = getattr(args, "time_axis", "puncture") == "start" or scenario.puncture_time_h is None
    offset = 0.0 if since_start else float(scenario.puncture_time_h)
    words = translate("Errors", "h after the start") if since_start else translate("Errors", "h since the puncture")
    lo_h, hi_h = -offset, scenario.duration_h - offset
    values = {}
    for flag, text in typed.items():
        if text is None:
            continue
        value = cli_number(flag, text, -1e4, 1e4, what=translate("Errors", "hours ({words})").format(words=words))
        if not lo_h - 1e-9 <= value <= hi_h + 1e-9:
            raise ScenarioError(flag, translate("Errors", "must be a time from {low} to {high} {words} (the run), got {given}")
                                .format(low=number(f"{lo_h:g}"), high=number(f"{hi_h:g}"), words=words, given=text))
        values[flag] = value
    if len(values) == 2 and values["--to"] <= values["--from"]:
        raise ScenarioError("--to", translate("Errors", "must be later than --from ({low} {words}), got {given}").format(
            low=number(f"{values['--from']:g}"), words=words, given=typed["--to"]))
    for flag, dest in (("--from", "from_h"), ("--to", "to_h")):
        if flag in values:
            setattr(args, dest, repr(max(0.0, min(values[flag] + offset, scenario.duration_h))))


def _hours(args: argparse.Namespace, dest: str, flag: str) -> float | None:
    from .io.cli_args import hours_flag

    return hours_flag(args, dest, flag)


def check_window(options: dict, duration_h: float) -> tuple[float, float] | None:
    """The slide's time window within a run of ``duration_h`` hours (None = whole run)."""
    lo, hi = options["window"]
    if lo is None and hi is None:
        return None
    lo = 0.0 if lo is None else lo
    hi = duration_h if hi is None else hi
    for flag, value in (("--from", lo), ("--to", hi)):
        if value > duration_h:
            raise ScenarioError(flag, translate("Errors", "must be from 0 to the run's {high} h, got {given}").format(
                high=number(f"{duration_h:g}"), given=number(f"{value:g}")))
    if hi <= lo:
        raise ScenarioError("--to", translate("Errors", "must be later than --from ({low} h), got {given}").format(
            low=number(f"{lo:g}"), given=number(f"{hi:g}")))
    return lo, hi


def write_slide(options: dict, result, reference, target, uncertainty=None) -> None:
    """Paint the slide of ``result`` into ``target`` (a staged temporary path)."""
    from .export.slide import export_slide
    from .figure.view import FigureView, data_window

    # No --from/--to: zoom to where the chosen plots have something to show (the crew: its flight home).
    window = check_window(options, float(result.time_h[-1])) or data_window(result, options["plots"])
    label = "" if reference is None else (reference.scenario.title or "reference scenario")
    view = FigureView(options["plots"], window, reference, label, uncertainty=uncertainty)
    export_slide(result, target, view, size=options["size"], title=options["title"])
