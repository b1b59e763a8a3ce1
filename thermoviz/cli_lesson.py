"""``thermoviz lesson``: list the guided lessons and their steps; show one step headless.

Examples::

    thermoviz lesson                          # lessons and step titles
    thermoviz lesson --json                   # every lesson with every step, as JSON
    thermoviz lesson ms22-why --step 4        # step 4 simulated: narration and reveal filled in
    thermoviz lesson my-lesson.toml --json    # check a lesson file you wrote

    thermoviz lesson ms22-why --step 4 --png step4.png   # the step as a 16:9 slide (1920x1080)
    thermoviz lesson ms22-why --deck ms22.pdf            # the whole lesson as slides (.pdf or .pptx)
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TextIO

from .model import clock
from .model.language import number, translate
from .model.scenario import ScenarioError

EXIT_OK = 0


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``lesson`` to the ``thermoviz`` command (called by :func:`thermoviz.cli.build_parser`)."""
    lesson = subparsers.add_parser(
        "lesson",
        help=translate("CLI", "list the guided lessons and their steps"),
        description=translate("CLI", "List the guided lessons (assets/lessons) and their steps, or show one step with its "
        "scenario simulated and the model's numbers filled in. Format of a lesson file: docs/lessons.md."),
    )
    lesson.add_argument("name", metavar="NAME", nargs="?",
                        help=translate("CLI", "lesson id (see `thermoviz lesson`) or the path of a lesson .toml file"))
    lesson.add_argument("--step", metavar="N", help=translate("CLI", "show step N (1 = first) with its scenario simulated"))
    lesson.add_argument("--json", action="store_true", help=translate("CLI", "print JSON instead of text"))
    lesson.add_argument("--png", metavar="PATH", help=translate("CLI", "with --step: write the step as a 16:9 slide PNG "
                        "(its scenario, window, cursor and highlight; title = step title)"))
    lesson.add_argument("--deck", metavar="PATH", help=translate("CLI", "write the whole lesson as a 16:9 slide deck: PATH.pdf or "
                        "PATH.pptx (editable text); a question and an answer slide per predict step"))
    lesson.add_argument("--slide-size", metavar="WxH", default="1920x1080",
                        help=translate("CLI", "slide pixels for --png: 1920x1080 (default) or 3840x2160"))
    lesson.set_defaults(handler=cmd_lesson)


def cmd_lesson(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``thermoviz lesson``; raises ScenarioError (one line) for bad input."""
    from .io.lesson_steps import lesson_summary
    from .io.lesson_catalogue import get_lesson, lesson_problems, list_lessons

    if args.step is not None and args.name is None:
        raise ScenarioError("--step", translate("Errors", "needs a lesson NAME, e.g. thermoviz lesson ms22-why --step 1"))
    if args.png is not None and args.step is None:
        raise ScenarioError("--png", translate("Errors", "renders one step: add --step N, e.g. thermoviz lesson ms22-why "
                                                   "--step 1 --png s1.png"))
    if args.deck is not None:
        return _write_deck(args, out)
    size = _slide_size(args)
    lessons = [get_lesson(args.name)] if args.name else list_lessons()
    if not args.name:  # a broken lesson is named, and never hides the others
        for reason in lesson_problems().values():
            print("thermoviz: " + translate("CLI", "lesson left out: {reason}").format(reason=reason), file=sys.stderr)
    if args.step is not None:
        step = _step(lessons[0], args.step)
        if args.png is not None:
            return _write_png(step, args.png, size, out)
        return _show_step(lessons[0], step, out, as_json=args.json)
    if args.json:
        data = [lesson_summary(lesson) for lesson in lessons]
        out.write(json.dumps(data[0] if args.name else data, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    for lesson in lessons:
        out.write(f"{lesson.id}  {lesson.title} " + translate("CLI", "({count} steps)").format(count=len(lesson.steps)) + "\n")
        for step in lesson.steps:
            out.write(f"  {step.number:>2}. {step.title}  [{step.preset}]\n")
    return EXIT_OK


def _slide_size(args: argparse.Namespace) -> tuple[int, int]:
    from .export.slide import parse_slide_size
    from .io.atomic import FileWriteError, check_writable

    if args.png is None:
        if args.slide_size != "1920x1080":
            raise ScenarioError("--slide-size", translate("Errors", "sizes the --png slide: add --png PATH"))
        return (1920, 1080)
    try:
        size = parse_slide_size(args.slide_size)
    except ValueError as exc:
        raise ScenarioError("--slide-size", str(exc)) from None
    try:
        check_writable(args.png)
    except FileWriteError as exc:
        raise ScenarioError("--png", str(exc)) from None
    return size


def _write_png(step, path: str, size: tuple[int, int], out: TextIO) -> int:
    from .export.lesson_slide import export_step_slide
    from .figure.offscreen import ensure_qt_app
    from .io.atomic import FileWriteError

    ensure_qt_app()
    try:
        export_step_slide(step, path, size)
    except FileWriteError as exc:
        raise ScenarioError("--png", translate("Errors", "{error}; nothing was written").format(error=exc)) from None
    out.write(translate("CLI", "Wrote {path}").format(path=path) + "\n")
    return EXIT_OK


def _write_deck(args: argparse.Namespace, out: TextIO) -> int:
    from .io.atomic import FileWriteError, check_writable

    if args.name is None:
        raise ScenarioError("--deck", translate("Errors", "needs a lesson NAME, e.g. thermoviz lesson ms22-why --deck ms22.pdf"))
    for flag, value in (("--step", args.step), ("--png", args.png), ("--json", args.json or None)):
        if value is not None:
            raise ScenarioError("--deck", translate("Errors", "writes the whole lesson; leave out {flag}").format(flag=flag))
    if Path(args.deck).suffix.lower() not in (".pdf", ".pptx"):
        raise ScenarioError("--deck", translate("Errors", "must end in .pdf or .pptx, got {given}").format(
            given=repr(Path(args.deck).name)))
    from .io.lesson_catalogue import get_lesson

    lesson = get_lesson(args.name)
    try:
        check_writable(args.deck)
    except FileWriteError as exc:
        raise ScenarioError("--deck", str(exc)) from None
    from .export.deck_file import write_deck
    from .io.job_budget import ProgressLine

    line = ProgressLine("deck")
    try:
        path, count = write_deck(lesson, args.deck, progress=line)
    except FileWriteError as exc:
        raise ScenarioError("--deck", translate("Errors", "{error}; nothing was written").format(error=exc)) from None
    finally:
        line.done()
    out.write(translate("CLI", "Wrote {path} ({count} slides)").format(path=path, count=count) + "\n")
    return EXIT_OK


def _step(lesson, text: str):
    from .io.cli_args import cli_number

    chosen = cli_number("--step", text, 1, len(lesson.steps), whole=True,
                        what=translate("Errors", "a step of lesson {lesson}").format(lesson=lesson.id))
    return lesson.steps[chosen - 1]


def _show_step(lesson, step, out: TextIO, *, as_json: bool) -> int:
    from . import api
    from .analysis.step_odds import odds_for
    from .io.json_io import result_summary
    from .io.lesson_steps import render_text, resolve_view

    result = api.simulate(step.scenario, crew_strain="crew" in step.view.plots or step.scenario.crew > 0)
    view = resolve_view(step, result)
    odds = odds_for(step)  # the decision's odds ({odds:GRADE}): 200 plausible vehicles, only when quoted
    start = step.scenario.start_datetime
    cursor_utc = None if start is None else clock.format_utc_iso(clock.round_to_second(
        clock.utc_at_hours(start, view.cursor_h)))
    fill = lambda text: render_text(text, result, view.cursor_h, step, odds)  # noqa: E731
    origin, words = clock.time_origin(result.events.get("puncture"))  # the one time base
    data = {
        "lesson": lesson.id,
        "number": step.number,
        "of": len(lesson.steps),
        "title": step.title,
        "narration": fill(step.narration),
        "sources": list(step.sources),
        "predict": None if step.predict is None else {"question": fill(step.predict.question),
                                                      "reveal": fill(step.predict.reveal)},
        "preset": step.preset,
        "overrides": dict(step.overrides),
        "view": {"time_base": words, "from_h": view.from_h - origin, "to_h": view.to_h - origin,
                 "cursor_h": view.cursor_h - origin, "cursor_utc": cursor_utc,
                 "since_start": {"from_h": view.from_h, "to_h": view.to_h, "cursor_h": view.cursor_h},
                 "plots": list(step.view.plots), "highlight": step.view.highlight},
        "result": result_summary(result),
    }
    if as_json:
        out.write(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
        return EXIT_OK
    out.write(translate("CLI", "{lesson}: step {number} of {count}").format(
        lesson=lesson.title, number=step.number, count=len(lesson.steps)) + f"\n{step.number}. {step.title}\n\n")
    if step.predict is not None:
        out.write(_wrap(translate("CLI", "Predict first: {question}").format(question=data["predict"]["question"]))
                  + "\n\n")
    out.write(_wrap(data["narration"]) + "\n\n")
    if step.predict is not None:
        out.write(_wrap(translate("CLI", "Reveal: {reveal}").format(reveal=data["predict"]["reveal"])) + "\n\n")
    when = "" if start is None else f" ({clock.format_time(clock.utc_at_hours(start, view.cursor_h))})"
    out.write(translate("CLI", "View ({words}): {low} to {high} h, cursor at {cursor} h{when}; plots {plots}; "
                        "highlight {highlight}").format(
        words=translate("Summary", words), low=number(f"{view.from_h - origin:g}"),
        high=number(f"{view.to_h - origin:g}"), cursor=number(f"{view.cursor_h - origin:+.2f}"), when=when,
        plots=", ".join(step.view.plots), highlight=step.view.highlight) + "\n")
    overrides = "".join(f" --set {k}={v}" for k, v in step.overrides.items())
    out.write(translate("CLI", "Scenario: {command}").format(command=f"thermoviz run {step.preset}{overrides}")
              + "\n" + translate("CLI", "Sources:") + "\n")
    for source in step.sources:
        out.write(_wrap(f"- {source}", indent="  ") + "\n")
    return EXIT_OK


def _wrap(text: str, indent: str = "") -> str:
    return "\n".join(textwrap.wrap(text, width=96, subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False))
