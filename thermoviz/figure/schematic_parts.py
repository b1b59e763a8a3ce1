"""Drawing pieces of the loop schematic: colours, temperature scales, arrows, text, crew icons.

Colours are the Okabe–Ito palette (Okabe & Ito 2008), the same as the app's
theme, copied here so the figure layer does not depend on the GUI.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from thermoviz.model.units import localise_temps

# The figure layer's one Okabe–Ito palette (figure/spec.py), plus a light grey for idle parts.
from .spec import BLACK, BLUE, GREEN, GREY, INK, ORANGE, PURPLE, SKY_BLUE, VERMILLION, YELLOW  # noqa: E402,F401

LIGHT_GREY = "#C8C8C8"

#: Cabin air [°C] -> colour: cool blue at the set-point, yellow at the 27 °C comfort
#: limit, orange in the low 30s, vermillion from the 40 °C the agencies predicted.
CABIN_TEMP_STOPS: tuple[tuple[float, str], ...] = (
    (20.0, SKY_BLUE), (27.0, YELLOW), (33.0, ORANGE), (40.0, VERMILLION))
#: Crew core [°C] -> colour: normal 37 °C blue, 38 °C stop-work limit (ISO 7933) orange,
#: 39 °C and above vermillion.
CORE_TEMP_STOPS: tuple[tuple[float, str], ...] = (
    (37.0, SKY_BLUE), (37.5, YELLOW), (38.0, ORANGE), (39.0, VERMILLION))
#: Equipment bay [°C] -> colour (the record: +40 °C in the first days, ≈+30 °C later).
EQUIPMENT_TEMP_STOPS: tuple[tuple[float, str], ...] = (
    (20.0, SKY_BLUE), (30.0, YELLOW), (35.0, ORANGE), (40.0, VERMILLION))


def temp_colour(temp_c: float | None, stops: tuple[tuple[float, str], ...]) -> QColor:
    """Colour of ``temp_c`` on a piecewise-linear scale; grey for None/NaN."""
    if temp_c is None or not math.isfinite(temp_c):
        return QColor(LIGHT_GREY)
    if temp_c <= stops[0][0]:
        return QColor(stops[0][1])
    for (t0, c0), (t1, c1) in zip(stops, stops[1:]):
        if temp_c <= t1:
            return mix(QColor(c0), QColor(c1), (temp_c - t0) / (t1 - t0))
    return QColor(stops[-1][1])


def mix(a: QColor, b: QColor, w: float) -> QColor:
    """``a`` blended towards ``b`` by weight ``w`` in [0, 1]."""
    w = min(max(w, 0.0), 1.0)
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * w, a.greenF() + (b.greenF() - a.greenF()) * w,
                           a.blueF() + (b.blueF() - a.blueF()) * w)


def tint(colour: QColor, amount: float = 0.55) -> QColor:
    """A lighter version of ``colour`` (mixed with white) for large fills that carry text."""
    return mix(colour, QColor("#FFFFFF"), amount)


def font(pixel_size: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f


def text(p: QPainter, rect: QRectF, s: str, size: int, *, bold: bool = False, colour: str = INK,
         align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
    """Draw ``s`` in ``rect`` (one line, elided if it does not fit)."""
    f = font(size, bold)
    p.setFont(f)
    p.setPen(QColor(colour))
    from PySide6.QtGui import QFontMetricsF

    elided = QFontMetricsF(f).elidedText(localise_temps(s), Qt.TextElideMode.ElideRight, rect.width())
    p.drawText(rect, int(align), elided)


def plate(p: QPainter, rect: QRectF, alpha: int = 225) -> None:
    """A white rounded plate under a label, so text stays legible on any fill."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, alpha))
    p.drawRoundedRect(rect, 8, 8)


#: Arrow shaft width per watt [logical px/W]: 1 kW draws a 36 px wide arrow.
ARROW_PX_PER_W = 0.036
ARROW_MIN_PX = 4.0
ARROW_MAX_PX = 70.0


def arrow_width_px(watts: float) -> float:
    """Shaft width of a heat-flow arrow [logical px], proportional to ``watts`` (clamped)."""
    return min(max(abs(watts) * ARROW_PX_PER_W, ARROW_MIN_PX), ARROW_MAX_PX)


def arrow(p: QPainter, start: QPointF, end: QPointF, watts: float, colour: str) -> None:
    """A filled heat-flow arrow from ``start`` to ``end`` whose width follows ``watts``."""
    w = arrow_width_px(watts)
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length < 1:
        return
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    head_len = min(max(w * 1.1, 22.0), length * 0.6)
    head_half = max(w * 0.9, 16.0)
    base = QPointF(end.x() - ux * head_len, end.y() - uy * head_len)
    half = w / 2
    poly = QPolygonF([
        QPointF(start.x() + nx * half, start.y() + ny * half),
        QPointF(base.x() + nx * half, base.y() + ny * half),
        QPointF(base.x() + nx * head_half, base.y() + ny * head_half),
        end,
        QPointF(base.x() - nx * head_half, base.y() - ny * head_half),
        QPointF(base.x() - nx * half, base.y() - ny * half),
        QPointF(start.x() - nx * half, start.y() - ny * half),
    ])
    p.setPen(QPen(QColor(BLACK), 1.5))
    p.setBrush(QColor(colour))
    p.drawPolygon(poly)


def person(p: QPainter, centre: QPointF, height: float, fill: QColor | None) -> None:
    """A crew icon (head and shoulders); ``fill`` None draws an empty seat (dashed outline)."""
    head_r = height * 0.18
    head = QPointF(centre.x(), centre.y() - height * 0.28)
    body = QRectF(centre.x() - height * 0.3, centre.y() - height * 0.06, height * 0.6, height * 0.5)
    path = QPainterPath()
    path.addEllipse(head, head_r, head_r)
    path.addRoundedRect(body, height * 0.2, height * 0.2)
    if fill is None:
        p.setPen(QPen(QColor(GREY), 3, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
    else:
        p.setPen(QPen(QColor(BLACK), 3))
        p.setBrush(QBrush(fill))
    p.drawPath(path)


def seat_layout(left: float, right: float, top: float, bottom: float, seats: int,
                pitch: float = 130.0, height: float = 120.0) -> tuple[list[QPointF], float]:
    """Centres and icon height for ``seats`` crew icons between ``left``..``right`` and ``top``..``bottom``.

    One row at full size while it fits (Soyuz's 3 seats keep their place); more seats go on two
    rows of smaller icons, so any allowed seat count (up to 12) stays inside the box.
    """
    first = left + 70.0
    if seats <= 0:
        return [], height
    if first + (seats - 1) * pitch + 0.3 * height <= right:  # the body is 0.6 x height wide
        return [QPointF(first + i * pitch, (top + bottom) / 2 + 6) for i in range(seats)], height
    rows = 2
    per_row = -(-seats // rows)
    step = (right - left) / per_row
    size = min(height, step * 0.9, (bottom - top) / rows * 0.95)
    centres = [QPointF(left + step * (i % per_row + 0.5), top + (bottom - top) * (2 * (i // per_row) + 1) / (2 * rows))
               for i in range(seats)]
    return centres, size

