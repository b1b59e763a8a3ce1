"""Look of the app: a light, high-contrast theme for a classroom projector.

The palette (Okabe–Ito) and the figure fonts live in :mod:`thermoviz.figure`;
this module adds the window's own: the Qt palette and the verdict banner colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from thermoviz.figure.spec import BLUE, GREEN, ORANGE, VERMILLION  # noqa: F401 (the one palette)
from thermoviz.model.language import QT_TRANSLATE_NOOP
from thermoviz.figure.style import AXIS_LABEL_PT, LEGEND_PT, TICK_PT, UI_PT, configure_pyqtgraph, ui_font  # noqa: F401

BANNER_PT = 16

#: Banner colours per verdict severity: (background, border, text). Text/background
#: contrast is >= 7:1 (WCAG AAA) for all four.
SEVERITY_STYLE: dict[str, tuple[str, str, str]] = {
    "safe": ("#DDF2EA", GREEN, "#00382A"),
    "info": ("#DCEBF7", BLUE, "#002A45"),
    "caution": ("#FFF0C7", ORANGE, "#3D2A00"),
    "danger": ("#B34700", VERMILLION, "#FFFFFF"),
}

SEVERITY_WORD = {"safe": QT_TRANSLATE_NOOP("Verdict", "SAFE"), "info": QT_TRANSLATE_NOOP("Verdict", "INFO"),
                 "caution": QT_TRANSLATE_NOOP("Verdict", "CAUTION"), "danger": QT_TRANSLATE_NOOP("Verdict", "DANGER")}


def apply_app_theme(app: QApplication) -> None:
    """Light Fusion style with a larger default font (readable when projected)."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#F4F4F4"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#EDEDED"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#E8E8E8"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(BLUE))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFE8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#111111"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8A8A8A"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8A8A8A"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8A8A8A"))
    app.setPalette(palette)
    app.setFont(ui_font())
