"""The output files of one ``thermoviz run``: CSV, figures, handout, slide and animations, written all
or nothing (:func:`thermoviz.io.atomic.staged_writes`), and the helpers they share with the JSON summary.

Imports stay inside the functions: ``run`` loads Qt only when a figure is asked for.
"""

from __future__ import annotations

import argparse

from .model.scenario import ScenarioError

#: Figure output flags of ``run`` (one file each).
EXPORT_FLAGS = ("png", "svg", "pdf")


def write_outputs(args: argparse.Namespace, result, scale: int, reference, uncertainty=None, crew_band=None) -> None:
    """Every requested file, all or nothing: written to hidden temporaries, verified, then renamed.

    ``uncertainty``: the band the figures shade; ``crew_band``: the run's crew band, tabled in the PDF
    report even when the figures shade the vehicles' band instead.
    """
    from . import cli_animation
    from .io import verify
    from .io.atomic import FileWriteError, staged_writes

    with staged_writes() as stage:
        if args.csv:
            from .io.csv_io import write_csv

            write_csv(result, stage.reserve(args.csv), fmt=args.csv_format,  # verified by reading it back
                      reference=None if reference is None else with_crew(reference))
        figures = {flag: getattr(args, flag) for flag in EXPORT_FLAGS if getattr(args, flag)}
        if figures:
            from .cli_slide import figure_plots
            from .export.cli_export import export_from_cli

            checks = {"png": verify.verify_png, "svg": verify.verify_svg, "pdf": verify.verify_pdf}
            temps = {flag: stage.reserve(path, verify=checks[flag]) for flag, path in figures.items()}
            try:
                export_from_cli(result, scale=scale, reference=reference, time_axis=args.time_axis,
                                uncertainty=uncertainty, crew_band=crew_band, window=figure_window(args, result),
                                plots=figure_plots(args), argv=getattr(args, "argv", None), **temps)
            except ScenarioError as err:  # export_from_cli names the flag; keep the real cause
                raise FileWriteError(getattr(args, err.field.lstrip("-"), "export") or "export",
                                     stage.target_of(err.message).partition(": ")[2] or err.message) from None
        if args.handout:
            from .export.handout import write_handout

            write_handout(result, stage.reserve(args.handout, verify=verify.verify_pdf))
        if args.slide_options is not None:
            from .cli_slide import write_slide

            write_slide(args.slide_options, result, reference, stage.reserve(args.slide, verify=verify.verify_png),
                        uncertainty)
        animations = {flag: getattr(args, flag) for flag in cli_animation.FLAGS if getattr(args, flag)}
        if animations:
            temps = {flag: stage.reserve(path) for flag, path in animations.items()}
            try:
                from .io.job_budget import ProgressLine

                line = ProgressLine("animation")
                cli_animation.export(result, args, progress=line.frames, paths=temps)
                line.done()
            except ScenarioError as err:
                raise FileWriteError(getattr(args, err.field.lstrip("-"), "export") or "export",
                                     stage.target_of(err.message)) from None


def with_crew(result):
    """``result`` with its crew heat strain (a --compare reference may be a preview)."""
    from .api import with_crew_strain

    return result if result.crew_strain_computed else with_crew_strain(result)


def figure_window(args: argparse.Namespace, result) -> tuple[float, float] | None:
    """The ``--from``/``--to`` window of the figures in run hours (None = the whole run)."""
    from .io.cli_args import hours_flag

    lo, hi = hours_flag(args, "from_h", "--from"), hours_flag(args, "to_h", "--to")
    if lo is None and hi is None:
        return None
    return (0.0 if lo is None else lo, float(result.time_h[-1]) if hi is None else hi)
