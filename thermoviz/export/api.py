"""High-level exports of a Result: one call per format (used by the GUI and the CLI)."""

from __future__ import annotations

import os
from pathlib import Path

from .figure import export_dashboard


def export_png(result, path: str | os.PathLike[str], scale: float = 1, plot: str | None = None,
               like=None) -> Path:
    """PNG of the dashboard (or of one ``plot`` key) at ``scale`` (1, 2, 4 ...), white background.

    Size: ``figure.DASHBOARD_SIZE * scale`` (dashboard) or ``figure.PLOT_SIZE * scale``
    (one plot), exactly.  ``like`` = the live GUI dashboard, to keep zoomed axis ranges.
    """
    from .png import export_widget_png

    with export_dashboard(result, like=like, only=plot) as dashboard:
        return export_widget_png(dashboard, path, scale)


def export_svg(result, path: str | os.PathLike[str], plot: str | None = None, like=None) -> Path:
    """SVG (vector) of the dashboard or of one ``plot`` key."""
    from .svg import export_widget_svg

    with export_dashboard(result, like=like, only=plot) as dashboard:
        return export_widget_svg(dashboard, path)


def export_pdf_report(result, path: str | os.PathLike[str], like=None) -> Path:
    """The one-click PDF report (A4 portrait)."""
    from .pdf_report import write_pdf_report

    return write_pdf_report(result, path, like=like)


def export_csv(result, path: str | os.PathLike[str], fmt: str = "script") -> Path:
    """Every series as CSV with units and the metadata (the IO layer's formats).

    ``fmt``: ``script`` (metadata as comment lines) or ``spreadsheet`` (UTF-8 BOM, header on
    row 1, metadata beside the table); see :mod:`thermoviz.io.csv_io`.
    """
    from thermoviz.io.csv_io import write_csv

    return Path(write_csv(result, path, fmt=fmt))
