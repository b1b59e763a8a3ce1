"""Fonts, pens and pyqtgraph settings of every figure (screen and export alike)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPen

from .spec import Pen

#: Point sizes: plot ticks/labels must stay readable on a projector (>= 11 pt).
TICK_PT = 11
AXIS_LABEL_PT = 11
LEGEND_PT = 11
UI_PT = 11

_QT_STYLE = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


def ui_font(point_size: float = UI_PT, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def make_pen(colour: str, width: float = 2.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen (width in screen pixels whatever the zoom)."""
    pen = pg.mkPen(color=colour, width=width, style=style)
    pen.setCosmetic(True)
    return pen


def qpen(spec: Pen) -> QPen:
    """The Qt pen of a spec :class:`~thermoviz.figure.spec.Pen`."""
    return make_pen(spec.colour, spec.width, _QT_STYLE[spec.style])


def configure_pyqtgraph() -> None:
    """White background, black foreground, antialiased lines (raster path: no OpenGL)."""
    pg.setConfigOptions(background="w", foreground="k", antialias=True, useOpenGL=False)
