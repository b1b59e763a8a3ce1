"""Headless figure/report export for ``thermoviz run ... --png/--svg/--pdf [--scale N]``.

Runs without a display (:func:`thermoviz.figure.offscreen.ensure_qt_app`).  The
figures are the window's own :class:`~thermoviz.figure.figure.Figure`, built once
per run and painted into every requested format, so the CLI and the GUI export
the same pictures.
"""

from __future__ import annotations

import dataclasses


def export_from_cli(result, png=None, svg=None, pdf=None, csv=None, scale=1, reference=None,
                    time_axis="puncture", uncertainty=None, window=None, plots=None, argv=None,
                    crew_band=None) -> None:
    """Write the requested files for ``result`` (crew heat strain computed first if missing).

    ``reference`` = a Result drawn faded behind ``result`` (the pinned comparison).
    ``time_axis`` = a :data:`thermoviz.figure.time_axis.MODES` key; the figures also carry the
    reported timeline of the preset the scenario starts with, as in the window.
    ``uncertainty`` = an UncertaintyResult drawn as 5–95 % bands (and reported in the PDF), or a CrewBand.
    ``crew_band`` = the run's CrewBand, tabled in the PDF report (whichever band the figures shade).
    ``window`` = (from, to) in run hours (``--from``/``--to``), ``plots`` = the plot keys shown (``--plots``).
    A path that cannot be written raises :class:`~thermoviz.model.scenario.ScenarioError`
    naming the flag (``--png: Cannot write x.png: ...``), which the CLI prints as one line;
    the CLI passes temporary paths from one staged write, so all files appear or none.
    """
    from thermoviz.model.scenario import ScenarioError

    from thermoviz.io.atomic import FileWriteError as ExportError

    try:
        _export(result, png=png, svg=svg, pdf=pdf, csv=csv, scale=scale, reference=reference, time_axis=time_axis,
                uncertainty=uncertainty, window=window, plots=plots, argv=argv, crew_band=crew_band)
    except ExportError as err:
        flag = next((f"--{name}" for name, value in (("png", png), ("svg", svg), ("pdf", pdf), ("csv", csv))
                     if value is not None and str(err.path) == str(value)), "export")
        raise ScenarioError(flag, str(err)) from None


def _export(result, png=None, svg=None, pdf=None, csv=None, scale=1, reference=None, time_axis="puncture",
            uncertainty=None, window=None, plots=None, argv=None, crew_band=None) -> None:
    if not any((png, svg, pdf, csv)):
        return
    from thermoviz.api import with_crew_strain

    if not result.crew_strain_computed:
        result = with_crew_strain(result)
    if csv:
        from .api import export_csv

        export_csv(result, csv)
    if not any((png, svg, pdf)):
        return
    from thermoviz.figure.offscreen import ensure_qt_app
    from thermoviz.figure.view import FigureView

    from .api import export_figures

    app = ensure_qt_app()  # noqa: F841 (must stay alive while painting)
    from thermoviz.figure.timeline_markers import timeline_for

    view = FigureView(time_axis=time_axis, timeline=timeline_for(result.scenario, None), uncertainty=uncertainty)
    if window is not None:
        view = dataclasses.replace(view, x_range_h=tuple(window))
    if plots is not None:
        view = dataclasses.replace(view, plots=tuple(plots))
    if reference is not None:
        if not reference.crew_strain_computed:
            reference = with_crew_strain(reference)
        view = dataclasses.replace(view, reference=reference,
                                   reference_label=reference.scenario.title or "reference scenario")
    export_figures(result, png=png, svg=svg, pdf=pdf, scale=scale, view=view, argv=argv, crew_band=crew_band)
