"""High-level exports of a Result: one call per format (used by the GUI and the CLI).

``view`` is the :class:`~thermoviz.figure.view.FigureView` to draw (plots, time
range, pinned reference); None = every plot, the whole run, no reference.
"""

from __future__ import annotations

import os
from pathlib import Path

from thermoviz.figure.view import FigureView
from thermoviz.io.csv_io import write_csv
from thermoviz.io.provenance import provenance
from thermoviz.model.outcome.result import Result
from .figure import export_figure


def export_png(result: Result, path: str | os.PathLike[str], scale: float = 1, plot: str | None = None,
               view: FigureView | None = None) -> Path:
    """PNG of the dashboard (or of one ``plot`` key) at ``scale`` (1, 2, 4 ...), white background.

    Size: ``figure.DASHBOARD_SIZE * scale`` (dashboard) or ``figure.PLOT_SIZE * scale``
    (one plot), exactly.
    """
    from .png import export_widget_png  # Qt: export.api also serves CSV, which must not load Qt

    with export_figure(result, view, only=plot) as figure:
        return export_widget_png(figure, path, scale)


def export_svg(result: Result, path: str | os.PathLike[str], plot: str | None = None,
               view: FigureView | None = None) -> Path:
    """SVG (vector) of the dashboard or of one ``plot`` key."""
    from .svg import export_widget_svg  # Qt: export.api also serves CSV, which must not load Qt

    with export_figure(result, view, only=plot) as figure:
        return export_widget_svg(figure, path)


def export_pdf_report(result: Result, path: str | os.PathLike[str], view: FigureView | None = None) -> Path:
    """The one-click PDF report (A4 portrait)."""
    from .pdf_report import write_pdf_report  # Qt: export.api also serves CSV, which must not load Qt

    with export_figure(result, view) as figure:
        return write_pdf_report(result, path, figure)


def export_figures(result: Result, *, png=None, svg=None, pdf=None, scale: float = 1,
                   view: FigureView | None = None, argv: list[str] | None = None, crew_band=None) -> list[Path]:
    """Every requested figure file (PNG, SVG, PDF report) painted from ONE off-screen figure.

    Each carries its provenance (:func:`thermoviz.io.provenance.provenance`): title, scenario,
    versions, vehicle values and the command that rebuilds it (``argv``: the CLI's own).  ``crew_band``
    (a CrewBand) is tabled in the PDF report; without it, the band ``view`` shades if it is a crew band.
    """
    from .pdf_report import write_pdf_report  # Qt: export.api also serves CSV, which must not load Qt
    from .png import export_widget_png  # Qt: export.api also serves CSV, which must not load Qt
    from .svg import export_widget_svg  # Qt: export.api also serves CSV, which must not load Qt

    written: list[Path] = []
    with export_figure(result, view) as figure:
        def meta(flag: str) -> dict[str, str]:
            return provenance(result, argv=argv, outputs=f"--{flag} FIGURE.{flag}")

        if png:
            written.append(export_widget_png(figure, png, scale, meta("png")))
        if svg:
            written.append(export_widget_svg(figure, svg, meta("svg")))
        if pdf:  # last: the PDF lays the figure out at its own size
            written.append(write_pdf_report(result, pdf, figure, meta("pdf"), crew_band=crew_band))
    return written


def export_csv(result: Result, path: str | os.PathLike[str], fmt: str = "script") -> Path:
    """Every series as CSV with units and the metadata (the IO layer's formats).

    ``fmt``: ``script`` (metadata as comment lines) or ``spreadsheet`` (UTF-8 BOM, header on
    row 1, metadata beside the table); see :mod:`thermoviz.io.csv_io`.
    """
    return Path(write_csv(result, path, fmt=fmt))
