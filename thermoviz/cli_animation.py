"""``thermoviz run SCENARIO --gif PATH --mp4 PATH [--anim-size WxH] [--fps N] [--frames N] [--from H] [--to H]``.

Options of the playback export (:mod:`thermoviz.export.animation`): registered on
the ``run`` parser by :func:`add_arguments`, checked by :func:`check` before
anything is simulated (a bad value raises a one-line
:class:`~thermoviz.model.scenario.ScenarioError` naming the flag, which the CLI
prints before exiting with status 2, nothing written), and carried out by
:func:`export` once the result exists.
"""

from __future__ import annotations

import argparse
import re

from .model.language import number, translate
from .model.scenario import ScenarioError

FLAGS = ("gif", "mp4")
DEFAULT_SIZE = "1280x720"
DEFAULT_FPS = "12"
DEFAULT_FRAMES = "96"
_SIZE_RE = re.compile(r"^\s*([0-9]{1,6})\s*[xX×]\s*([0-9]{1,6})\s*$")  # ASCII digits, never thousands


def add_arguments(run_parser: argparse.ArgumentParser) -> None:
    """Add the animation flags to the ``run`` sub-command's parser."""
    group = run_parser.add_argument_group(translate("CLI", "playback animation (headless)"))
    group.add_argument("--gif", metavar="PATH", help=translate("CLI", "write the loop schematic over the run as an animated GIF"))
    group.add_argument("--mp4", metavar="PATH", help=translate("CLI", "write the loop schematic over the run as an MP4 video (H.264)"))
    group.add_argument("--anim-size", metavar="WxH",
                       help=translate("CLI", "animation frame size in pixels, even numbers (default {size})").format(
                           size=DEFAULT_SIZE))
    group.add_argument("--fps", metavar="N",
                       help=translate("CLI", "animation frames per second (default {fps})").format(fps=DEFAULT_FPS))
    group.add_argument("--frames", metavar="N",
                       help=translate("CLI", "number of animation frames, spread evenly over the run (default {frames})").format(
                           frames=DEFAULT_FRAMES))


def wanted(args: argparse.Namespace) -> bool:
    """True if ``--gif`` or ``--mp4`` was given."""
    return any(getattr(args, flag, None) for flag in FLAGS)


def check(args: argparse.Namespace, other_outputs: dict[str, str] | None = None):
    """Validate the animation flags and output paths; returns the AnimationOptions or None.

    ``other_outputs`` maps paths already claimed by other flags to the flag's name,
    so two flags never write the same file.  Raises ScenarioError naming the flag.
    """
    settings = {"--anim-size": args.anim_size, "--fps": args.fps, "--frames": args.frames}
    if not wanted(args):
        for flag, value in settings.items():
            if value is not None:
                raise ScenarioError(flag, translate("Errors", "sets the playback animation: add --gif PATH or --mp4 PATH"))
        return None
    anim_size = DEFAULT_SIZE if args.anim_size is None else args.anim_size
    fps_text = DEFAULT_FPS if args.fps is None else args.fps
    frames_text = DEFAULT_FRAMES if args.frames is None else args.frames
    from .export.animation import (FPS_RANGE, FRAMES_RANGE, HEIGHT_RANGE_PX, WIDTH_RANGE_PX, AnimationError,
                                   AnimationOptions)

    size = _SIZE_RE.match(str(anim_size))
    size_rule = translate("Errors", "must be WIDTHxHEIGHT in pixels, even numbers, width {wlow}-{whigh} and height "
                                    "{hlow}-{hhigh} (e.g. 1280x720)").format(
        wlow=WIDTH_RANGE_PX[0], whigh=WIDTH_RANGE_PX[1], hlow=HEIGHT_RANGE_PX[0], hhigh=HEIGHT_RANGE_PX[1])
    if not size:
        raise ScenarioError("--anim-size", f"{size_rule}, got {anim_size!r}")
    fps = _whole("--fps", fps_text, FPS_RANGE)
    frames = _whole("--frames", frames_text, FRAMES_RANGE)
    from_h, to_h = _window(args)
    try:
        options = AnimationOptions(width_px=int(size[1]), height_px=int(size[2]), fps=fps, frames=frames,
                                   from_h=from_h, to_h=to_h)
    except AnimationError as err:  # fps and frames were checked above: only the size is left
        if err.option in ("width_px", "height_px"):
            raise ScenarioError("--anim-size", f"{size_rule}, got {anim_size!r}") from None
        raise ScenarioError(f"--{err.option}", str(err)) from None
    if args.gif:
        try:
            options.check_gif_size()
        except AnimationError as err:
            raise ScenarioError("--frames", str(err).partition(": ")[2]) from None
    from .io.job_budget import check_memory, gif_mb, mp4_mb

    for flag, estimate in (("--gif", gif_mb), ("--mp4", mp4_mb)):
        if getattr(args, flag[2:], None):
            check_memory(flag, estimate(options.width_px, options.height_px, options.frames),
                         "use fewer --frames or a smaller --anim-size" + (", or --mp4" if flag == "--gif" else ""))
    from .io.cli_args import check_output_paths

    check_output_paths(args, FLAGS, other_outputs)
    return options


def check_window(args: argparse.Namespace, duration_h: float) -> None:
    """Refuse a ``--from``/``--to`` outside a run of ``duration_h`` hours, before anything is written."""
    if not wanted(args):
        return
    for flag, value in zip(("--from", "--to"), _window(args)):
        if value is not None and value > duration_h:
            raise ScenarioError(flag, translate("Errors", "must be a time from 0 to {high} h, got {given}").format(
                high=number(f"{duration_h:g}"), given=number(f"{value:g}")))


def _window(args: argparse.Namespace) -> tuple[float | None, float | None]:
    """The shared ``--from``/``--to`` hours of ``run`` (None = the run's start / end)."""
    import math

    from .io.cli_args import hours_flag

    out = [hours_flag(args, dest, flag) for flag, dest in (("--from", "from_h"), ("--to", "to_h"))]
    if None not in out and out[1] <= out[0]:
        raise ScenarioError("--to", translate("Errors", "must be later than --from ({low} h), got {given}").format(
            low=number(f"{out[0]:g}"), given=number(f"{out[1]:g}")))
    return out[0], out[1]


def _whole(flag: str, raw, allowed: tuple[int, int]) -> int:
    from .io.cli_args import cli_number

    return cli_number(flag, raw, allowed[0], allowed[1], whole=True)


def export(result, args: argparse.Namespace, progress=None, paths: dict | None = None) -> list[str]:
    """Write the requested GIF/MP4 of ``result``; returns the paths written.

    Paths and values are checked again here (cheap), so a caller that skipped
    :func:`check` still never writes with bad options.  A write failure raises
    ScenarioError naming the flag; no partial file is left.
    """
    options = check(args)
    if options is None:
        return []
    from .export.animation import AnimationError, export_animation
    from .figure.offscreen import ensure_qt_app

    app = ensure_qt_app()  # noqa: F841 (must stay alive while painting)
    paths = paths or {}
    gif, mp4 = paths.get("gif", args.gif), paths.get("mp4", args.mp4)
    try:
        written = export_animation(result, gif=gif, mp4=mp4, options=options, progress=progress)
    except AnimationError as err:  # the --from/--to window against the run's length
        raise ScenarioError("--from" if err.option == "from_h" else "--to", str(err).partition(": ")[2]) from None
    except OSError as exc:
        flag = "--gif" if args.gif and str(args.gif) in str(exc) else "--mp4"
        raise ScenarioError(flag, str(exc)) from None
    return [str(p) for p in written]
