"""Exports for reports: PNG, SVG, CSV, a one-click PDF report, the clipboard.

Every exporter writes atomically (temporary file beside the target, then
``os.replace``) and raises :class:`ExportError` (one line naming the path and the
reason) when the path cannot be written; no partial file is ever left.

Figures are painted from an off-screen, print-styled :class:`thermoviz.figure.figure.Figure`
(:mod:`thermoviz.export.figure`), the class the window shows, so GUI and CLI exports are
identical; ``view=`` (a :class:`thermoviz.figure.view.FigureView`) carries the window's
visible plots, time range and pinned reference.

Main entry points::

    from thermoviz.export import export_png, export_svg, export_pdf_report, ExportError
    export_png(result, "fig.png", scale=2)            # every plot, 2560 x 2400 px
    export_png(result, "cabin.png", plot="cabin")     # one plot
    export_svg(result, "fig.svg")
    export_pdf_report(result, "report.pdf")
"""

from __future__ import annotations

from thermoviz.io.atomic import FileWriteError as ExportError
from .api import export_csv, export_figures, export_pdf_report, export_png, export_svg

__all__ = ["ExportError", "export_png", "export_svg", "export_csv", "export_pdf_report", "export_figures"]
