"""Headless figure/report export for ``thermoviz run ... --png/--svg/--pdf [--scale N]``.

Runs without a display: the Qt platform defaults to ``offscreen`` when neither
``QT_QPA_PLATFORM`` nor a display is set.  The figures are the GUI's own dashboard
(:mod:`thermoviz.export.figure`), so the CLI and the GUI export the same pictures.
"""

from __future__ import annotations

import os
import sys


#: Harmless Qt messages of the offscreen platform that would only confuse a CLI user.
_HARMLESS = ("This plugin does not support propagateSizeHints",)


def quiet_qt_messages(_mode, _context, message: str) -> None:
    if not message.startswith(_HARMLESS):
        sys.stderr.write(f"Qt: {message}\n")


def _ensure_qt_app():
    """A QApplication for off-screen rendering (created once; reused if one exists)."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtCore, QtWidgets

    QtCore.qInstallMessageHandler(quiet_qt_messages)
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(sys.argv[:1] or ["thermoviz"])
    from thermoviz.gui import theme

    theme.configure_pyqtgraph()
    return app


class PinnedReference:
    """What the exporters read from the GUI's dashboard (``like=``) for a comparison, without a GUI."""

    plots = None  # no live view ranges to copy

    def __init__(self, result, label: str):
        self.reference = result
        self.reference_label = label


def export_from_cli(result, png=None, svg=None, pdf=None, csv=None, scale=1, reference=None) -> None:
    """Write the requested files for ``result`` (crew heat strain computed first if missing).

    A path that cannot be written raises :class:`~thermoviz.model.scenario.ScenarioError`
    naming the flag (``--png: Cannot write x.png: ...``), which the CLI prints as one line;
    files already written stay, none is left half-written.
    """
    from thermoviz.model.scenario import ScenarioError

    from thermoviz.io.atomic import FileWriteError as ExportError

    try:
        _export(result, png=png, svg=svg, pdf=pdf, csv=csv, scale=scale, reference=reference)
    except ExportError as err:
        flag = next((f"--{name}" for name, value in (("png", png), ("svg", svg), ("pdf", pdf), ("csv", csv))
                     if value is not None and str(err.path) == str(value)), "export")
        raise ScenarioError(flag, str(err)) from None


def _export(result, png=None, svg=None, pdf=None, csv=None, scale=1, reference=None) -> None:
    if not any((png, svg, pdf, csv)):
        return
    if not result.crew_strain_computed:
        from thermoviz.api import with_crew_strain

        result = with_crew_strain(result)
    if csv:
        from .api import export_csv

        export_csv(result, csv)
    if not any((png, svg, pdf)):
        return
    app = _ensure_qt_app()  # noqa: F841 (must stay alive while painting)
    from .api import export_pdf_report, export_png, export_svg

    like = None
    if reference is not None:
        if not reference.crew_strain_computed:
            from thermoviz.api import with_crew_strain

            reference = with_crew_strain(reference)
        like = PinnedReference(reference, reference.scenario.title or "reference scenario")
    if png:
        export_png(result, png, scale=scale, like=like)
    if svg:
        export_svg(result, svg, like=like)
    if pdf:
        export_pdf_report(result, pdf, like=like)
