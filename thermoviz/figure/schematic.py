"""The vehicle's thermal loop at one instant, painted with QPainter.

:func:`paint_schematic` draws a :class:`~thermoviz.figure.schematic_state.SchematicState`
into any rectangle (a widget, a QImage frame of an animation, a slide): the
cabin coloured by its air temperature with the crew coloured by core
temperature, the equipment bay, the punctured coolant loop (pipe filled by
the coolant remaining, pump, accumulator, radiator, the hole and its spray),
heat-flow arrows whose width is proportional to watts, and the time.

Everything is laid out on a fixed 1600 × 900 logical canvas that is scaled
uniformly into the target rectangle, so the text keeps its proportion: the
smallest text is 24 px on the canvas, 29 px in a 1920 × 1080 frame, readable
from the back of a classroom.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from . import schematic_parts as sp
from .schematic_state import SchematicState
from .schematic_words import n, say

__all__ = ["CANVAS_W", "CANVAS_H", "SchematicState", "paint_schematic", "regions"]

CANVAS_W = 1600.0
CANVAS_H = 900.0
#: Outflow [L/h] at which the spray is drawn at full size (larger flows are capped).
SPRAY_FULL_L_H = 5.0

_CABIN = QRectF(40, 200, 720, 400)
_EQUIPMENT = QRectF(40, 700, 720, 170)
_STATION = QRectF(40, 84, 330, 64)
_LOOP = QRectF(930, 170, 450, 600)  # the pipe's centre line
_RADIATOR = QRectF(1410, 250, 110, 330)
_PUMP_C = QPointF(1060, 770)
_ACC = QRectF(1250, 610, 70, 150)
_HOLE = QPointF(1100, 170)
_HX = QRectF(900, 360, 60, 120)
_PIPE_W = 22.0


def regions() -> dict[str, QRectF]:
    """Logical (1600 × 900) rectangles of the main parts, for tests and hit-testing."""
    return {"cabin": QRectF(_CABIN), "equipment": QRectF(_EQUIPMENT), "loop": QRectF(_LOOP),
            "radiator": QRectF(_RADIATOR), "accumulator": QRectF(_ACC), "header": QRectF(0, 0, CANVAS_W, 70),
            "pump": QRectF(_PUMP_C.x() - 48, _PUMP_C.y() - 48, 96, 96)}


def canvas_transform(rect: QRectF) -> tuple[float, float, float]:
    """(scale, dx, dy) that maps the logical canvas centred into ``rect``."""
    scale = min(rect.width() / CANVAS_W, rect.height() / CANVAS_H)
    dx = rect.x() + (rect.width() - CANVAS_W * scale) / 2
    dy = rect.y() + (rect.height() - CANVAS_H * scale) / 2
    return scale, dx, dy


def paint_schematic(painter: QPainter, rect: QRectF, state: SchematicState) -> None:
    """Paint the thermal-loop schematic of ``state`` into ``rect`` (white background).

    Parameters
    ----------
    painter : QPainter
        An active painter; its state is saved and restored.
    rect : QRectF
        Target rectangle in the painter's coordinates; the 16:9 drawing is scaled
        uniformly and centred in it.
    state : SchematicState
        What to show (see :meth:`SchematicState.at`).
    """
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(rect, QColor("#FFFFFF"))
        scale, dx, dy = canvas_transform(rect)
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        _header(painter, state)
        _cabin(painter, state)
        _equipment(painter, state)
        _loop(painter, state)
        _heat_flows(painter, state)
    finally:
        painter.restore()


# --------------------------------------------------------------------------- parts


def _header(p: QPainter, s: SchematicState) -> None:
    phase = {"docked": "docked to the station", "free flight": "free flight, hatch closed",
             "landed": "landed"}[s.phase]
    phase = say("station module" if s.vehicle_kind == "station_module" else phase)
    sp.text(p, QRectF(40, 8, 420, 60), say("t = {hours} h", hours=n(s.time_h, ".1f")), 44, bold=True)
    sp.text(p, QRectF(450, 8, 1110, 60), f"{s.vehicle_title} · {phase}", 32, colour=sp.GREY)


def _cabin(p: QPainter, s: SchematicState) -> None:
    fill = sp.tint(sp.temp_colour(s.cabin_temp_c, sp.CABIN_TEMP_STOPS), 0.45)
    p.setPen(QPen(QColor(sp.BLACK), 4))
    p.setBrush(fill)
    p.drawRoundedRect(_CABIN, 28, 28)
    x, y, w = _CABIN.x() + 24, _CABIN.y() + 14, _CABIN.width() - 48
    sp.plate(p, QRectF(x - 10, y, w + 20, 96))
    sp.text(p, QRectF(x, y + 2, w, 50), say("Cabin air {temp} °C", temp=n(s.cabin_temp_c, ".1f")), 40, bold=True)
    wet = say(" · wet-bulb {temp} °C", temp=n(s.wet_bulb_c, ".1f")) if math.isfinite(s.wet_bulb_c) else ""
    walls = say(" · walls {temp} °C", temp=n(s.wall_temp_c, ".1f")) if s.wall_temp_c is not None else ""
    sp.text(p, QRectF(x, y + 50, w, 42), say("RH {rh} %", rh=n(s.cabin_rh_pct, ".0f")) + wet + walls,
            26 if walls else 30)
    seats = s.crew_aboard if s.vehicle_kind == "station_module" else max(s.seats, s.crew_aboard)
    core_fill = sp.temp_colour(s.crew_core_temp_c, sp.CORE_TEMP_STOPS)
    centres, size = sp.seat_layout(_CABIN.x() + 40, _CABIN.right() - 30, y + 96, _CABIN.bottom() - 92, seats)
    for i, centre in enumerate(centres):
        sp.person(p, centre, size, core_fill if i < s.crew_aboard else None)
    sp.plate(p, QRectF(x - 10, _CABIN.bottom() - 92, w + 20, 78))
    if s.crew_aboard == 0:
        if s.seats == 0:
            crew_text = "Uncrewed cargo ship"
        elif s.phase == "docked" and s.vehicle_kind == "spacecraft":
            crew_text = "Crew on the station"
        elif s.phase == "landed":
            crew_text = "Landed: the crew is out"
        else:
            crew_text = "No crew aboard"
        sp.text(p, QRectF(x, _CABIN.bottom() - 90, w, 74), say(crew_text), 32, colour=sp.GREY)
        return
    people = say("{count} crew", count=s.crew_aboard)
    if s.crew_core_temp_c is None:
        sp.text(p, QRectF(x, _CABIN.bottom() - 90, w, 74), say("{people} · core not computed", people=people), 32)
        return
    if not s.crew_core_extrapolated:
        sp.text(p, QRectF(x, _CABIN.bottom() - 90, w, 74), say("{people} · core {temp} °C", people=people, temp=n(s.crew_core_temp_c, ".1f")), 32,
                bold=True)
        return
    sp.text(p, QRectF(x, _CABIN.bottom() - 90, w, 42), say("{people} · core {temp} °C", people=people, temp=n(s.crew_core_temp_c, ".1f")), 32,
            bold=True)
    sp.text(p, QRectF(x, _CABIN.bottom() - 50, w, 34), say("beyond the crew model's range: extrapolated"), 24,
            colour=sp.VERMILLION)


def _equipment(p: QPainter, s: SchematicState) -> None:
    x, y, w = _EQUIPMENT.x() + 24, _EQUIPMENT.y() + 10, _EQUIPMENT.width() - 48
    if s.equipment_temp_c is None:
        p.setPen(QPen(QColor(sp.GREY), 3, Qt.PenStyle.DashLine))
        p.setBrush(QColor("#F2F2F2"))
        p.drawRoundedRect(_EQUIPMENT, 20, 20)
        sp.text(p, QRectF(x, y, w, 48), say("Equipment bay"), 32, bold=True, colour=sp.GREY)
        sp.text(p, QRectF(x, y + 50, w - 190, 40), say("its temperature is not in this model"), 26, colour=sp.GREY)
        return
    p.setPen(QPen(QColor(sp.BLACK), 4))
    p.setBrush(sp.tint(sp.temp_colour(s.equipment_temp_c, sp.EQUIPMENT_TEMP_STOPS), 0.45))
    p.drawRoundedRect(_EQUIPMENT, 20, 20)
    sp.plate(p, QRectF(x - 10, y, 460, 56))
    sp.text(p, QRectF(x, y, 450, 56), say("Equipment bay {temp} °C", temp=n(s.equipment_temp_c, ".1f")), 34, bold=True)
    in_bay = s.avionics_w - s.avionics_cabin_w
    detail = say("avionics {watts} W here", watts=n(in_bay, ".0f"))
    if s.avionics_cabin_w > 0.5:
        detail += say(", {watts} W in the cabin", watts=n(s.avionics_cabin_w, ".0f"))
    sp.plate(p, QRectF(x - 10, y + 62, 510, 40))
    sp.text(p, QRectF(x, y + 62, 500, 40), detail, 24)


def _loop_path() -> QPainterPath:
    path = QPainterPath()
    r = _LOOP
    path.moveTo(r.left(), r.bottom())
    path.lineTo(r.left(), r.top())
    path.lineTo(r.right(), r.top())
    path.lineTo(r.right(), r.bottom())
    path.closeSubpath()
    return path


def _loop(p: QPainter, s: SchematicState) -> None:
    path = _loop_path()
    # Pipe: empty (grey) underneath, coolant (blue) over the fraction that is left.
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor(sp.LIGHT_GREY), _PIPE_W, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                  Qt.PenJoinStyle.MiterJoin))
    p.drawPath(path)
    frac = min(max(s.coolant_remaining_pct / 100.0, 0.0), 1.0)
    if frac > 0:
        liquid = QPainterPath()
        steps = max(int(200 * frac), 2)
        liquid.moveTo(path.pointAtPercent(0.0))
        for i in range(1, steps + 1):
            liquid.lineTo(path.pointAtPercent(frac * i / steps))
        p.setPen(QPen(QColor(sp.BLUE), _PIPE_W - 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                      Qt.PenJoinStyle.MiterJoin))
        p.drawPath(liquid)
    p.setPen(QPen(QColor(sp.BLACK), 2))
    p.drawRect(_LOOP.adjusted(-_PIPE_W / 2, -_PIPE_W / 2, _PIPE_W / 2, _PIPE_W / 2))
    p.drawRect(_LOOP.adjusted(_PIPE_W / 2, _PIPE_W / 2, -_PIPE_W / 2, -_PIPE_W / 2))
    _heat_exchanger(p)
    _radiator(p, s)
    _pump(p, s)
    _accumulator(p, s)
    _hole(p, s)
    # Readouts inside the loop.
    x, w = _LOOP.left() + 40, _LOOP.width() - 80
    left_l = frac * s.liquid_inventory_l
    sp.text(p, QRectF(x, 200, w, 48), say("Coolant {pct} %", pct=n(s.coolant_remaining_pct, ".0f")), 38, bold=True,
            colour=sp.BLUE)
    sp.text(p, QRectF(x, 248, w, 38), say("{left} of {total} L", left=n(left_l, ".0f"), total=n(s.liquid_inventory_l, ".0f")), 28)
    sp.text(p, QRectF(x, 300, w, 44), say("Pressure {kpa} kPa", kpa=n(s.loop_pressure_kpa, ".0f")), 34, bold=True)
    sp.text(p, QRectF(x, 344, w, 38), say("was {kpa} kPa", kpa=n(s.initial_pressure_kpa, ".0f")), 28)
    if s.accumulator_bottomed_out:
        acc = say("Bellows bottomed out")
    else:
        acc = say("Reserve {left} of {total} L", left=n(s.accumulator_reserve_left_l, ".1f"),
                  total=n(s.accumulator_reserve_l, ".1f"))
    sp.text(p, QRectF(x, 430, w, 40), acc, 28, colour=sp.VERMILLION if s.accumulator_bottomed_out
            else sp.INK)
    if not s.radiator_active and s.heat_rejection_w >= 5:  # e.g. a station module's intact loops
        sp.text(p, QRectF(x, 490, 260, 40), say("Intact loops"), 28, bold=True)
        sp.text(p, QRectF(x, 530, 260, 40), say("reject {watts} W", watts=n(s.heat_rejection_w, ".0f")), 28)


def _heat_exchanger(p: QPainter) -> None:
    p.setPen(QPen(QColor(sp.BLACK), 3))
    p.setBrush(QColor("#FFFFFF"))
    p.drawRect(_HX)
    zig = QPainterPath()
    zig.moveTo(_HX.center().x(), _HX.top() + 8)
    for i in range(1, 7):
        zig.lineTo(_HX.center().x() + (16 if i % 2 else -16), _HX.top() + 8 + i * (_HX.height() - 16) / 6)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(zig)


def _radiator(p: QPainter, s: SchematicState) -> None:
    r = _RADIATOR
    p.setPen(QPen(QColor(sp.BLACK), 8))
    p.drawLine(QPointF(_LOOP.right(), r.top() + 30), QPointF(r.left(), r.top() + 30))
    p.drawLine(QPointF(_LOOP.right(), r.bottom() - 30), QPointF(r.left(), r.bottom() - 30))
    active = s.radiator_active
    p.setPen(QPen(QColor(sp.BLACK), 3))
    p.setBrush(QColor(sp.SKY_BLUE) if active else QColor("#E6E6E6"))
    p.drawRect(r)
    p.setPen(QPen(QColor(sp.BLUE if active else sp.GREY), 4,
                  Qt.PenStyle.SolidLine if active else Qt.PenStyle.DashLine))
    for i in range(1, 8):
        y = r.top() + i * r.height() / 8
        p.drawLine(QPointF(r.left() + 12, y), QPointF(r.right() - 12, y))
    centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    below = QRectF(r.center().x() - 85, r.bottom() + 6, 170, 38)
    sp.text(p, below, say("Radiator"), 28, bold=True, align=centred)
    sp.text(p, below.translated(0, 38), say("working" if active else "dead"), 28, bold=not active,
            colour=sp.INK if active else sp.VERMILLION, align=centred)


def _pump(p: QPainter, s: SchematicState) -> None:
    c, radius = _PUMP_C, 44.0
    running = s.pump_running
    p.setPen(QPen(QColor(sp.BLACK), 4))
    p.setBrush(QColor(sp.GREEN) if running else QColor("#E6E6E6"))
    p.drawEllipse(c, radius, radius)
    if running:  # impeller triangle pointing along the flow
        tri = QPainterPath()
        tri.moveTo(c.x() - 18, c.y() - 22)
        tri.lineTo(c.x() + 26, c.y())
        tri.lineTo(c.x() - 18, c.y() + 22)
        tri.closeSubpath()
        p.setBrush(QColor("#FFFFFF"))
        p.drawPath(tri)
        label = say("Pump running") if s.pump_circulation > 0.98 else say("Pump at {pct}", pct=f"{s.pump_circulation:.0%}")
    else:
        p.setPen(QPen(QColor(sp.VERMILLION), 8))
        d = radius * 0.6
        p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        p.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
        label = say("Pump stopped")
    sp.text(p, QRectF(c.x() - 140, c.y() + radius + 6, 300, 40), label, 28, bold=True,
            colour=sp.INK if running else sp.VERMILLION)


def _accumulator(p: QPainter, s: SchematicState) -> None:
    r = _ACC
    p.setPen(QPen(QColor(sp.BLACK), 3))
    p.setBrush(QColor("#FFFFFF"))
    p.drawRoundedRect(r, 18, 18)
    level = s.accumulator_reserve_left_l / s.accumulator_reserve_l if s.accumulator_reserve_l > 0 else 0.0
    inner = r.adjusted(6, 6, -6, -6)
    liquid_h = inner.height() * 0.12 + inner.height() * 0.78 * level  # a bottomed bellows keeps a film
    gas = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - liquid_h)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#DDEEF9"))
    p.drawRect(gas)
    p.setBrush(QColor(sp.BLUE))
    p.drawRect(QRectF(inner.left(), gas.bottom(), inner.width(), liquid_h))
    p.setPen(QPen(QColor(sp.BLACK), 5))  # the bellows plate between gas and liquid
    p.drawLine(QPointF(inner.left(), gas.bottom()), QPointF(inner.right(), gas.bottom()))
    sp.text(p, QRectF(r.left() - 130, r.top() - 44, 260, 40), say("Accumulator"), 26,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)


def _hole(p: QPainter, s: SchematicState) -> None:
    if not s.punctured:
        return
    c = _HOLE
    p.setPen(QPen(QColor(sp.VERMILLION), 5))
    p.setBrush(QColor("#FFFFFF"))
    p.drawEllipse(c, 9, 9)
    size = min(s.outflow_l_h / SPRAY_FULL_L_H, 1.0)
    label = say("Hole") if s.outflow_l_h <= 0 else say("Leak {rate} L/h", rate=n(s.outflow_l_h, ".1f"))
    # right of the spray: the space left of it belongs to the cabin's walls/hull labels
    sp.text(p, QRectF(c.x() + 80, c.y() - 72, 300, 40), label, 30, bold=True, colour=sp.VERMILLION,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if size <= 0:
        return
    length = 25 + 100 * math.sqrt(size)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(sp.ORANGE))
    for k in range(9):  # a cone of droplets upward, spreading with distance
        angle = math.radians(-90 + (k - 4) * 6)
        for j in range(1, 6):
            d = length * j / 5
            radius = 2.5 + 4.5 * math.sqrt(size) * (1 - 0.1 * j)
            p.drawEllipse(QPointF(c.x() + d * math.cos(angle), c.y() + d * math.sin(angle)), radius, radius)


def _heat_flows(p: QPainter, s: SchematicState) -> None:
    """Arrows scaled to watts: avionics and crew into the cabin air, rejection out, station air."""
    x = _EQUIPMENT.left() + 560
    if s.equipment_air_w is not None:
        # three-node cabin: the bay passes heat to (or takes it from) the cabin air
        _signed_arrow(p, QPointF(x, _EQUIPMENT.top() + 4), QPointF(x, _CABIN.bottom() - 4), s.equipment_air_w,
                      sp.VERMILLION)
        sp.text(p, QRectF(x - 400, _CABIN.bottom() + 14, 320, 40), say("Bay → air {watts}", watts=_signed_w(s.equipment_air_w)), 28,
                bold=True, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    elif s.avionics_w > 0:
        sp.arrow(p, QPointF(x, _EQUIPMENT.top() + 4), QPointF(x, _CABIN.bottom() - 4), s.avionics_w, sp.VERMILLION)
        sp.text(p, QRectF(x - 380, _CABIN.bottom() + 14, 300, 40), say("Avionics {watts} W", watts=n(s.avionics_w, ".0f")), 28,
                bold=True, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if s.crew_heat_w > 0:
        x0 = _CABIN.right() - 80
        sp.arrow(p, QPointF(x0, _CABIN.top() + 300), QPointF(x0, _CABIN.top() + 130), s.crew_heat_w, sp.ORANGE)
        sp.plate(p, QRectF(x0 - 238, _CABIN.top() + 132, 210, 40))
        sp.text(p, QRectF(x0 - 236, _CABIN.top() + 132, 206, 40), say("Crew {watts} W", watts=n(s.crew_heat_w, ".0f")), 28, bold=True,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    y = _HX.center().y()
    if s.heat_rejection_w >= 0.5:
        sp.arrow(p, QPointF(_CABIN.right() + 4, y), QPointF(_HX.left() - 4, y), s.heat_rejection_w, sp.BLUE)
    sp.text(p, QRectF(_CABIN.right() + 2, y + 66, 140, 40), say("{watts} W", watts=n(s.heat_rejection_w, ".0f")), 28, bold=True,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    sp.text(p, QRectF(_CABIN.right() + 2, y + 102, 140, 36), say("rejected"), 24,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    if s.radiator_active:
        cx = _RADIATOR.center().x()
        sp.arrow(p, QPointF(cx, _RADIATOR.top() - 4), QPointF(cx, 132), s.heat_rejection_w, sp.BLUE)
        sp.text(p, QRectF(cx - 90, 86, 180, 40), say("to space"), 26,
                align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    if s.wall_air_w is not None:
        # three-node cabin: the walls warm (or cool) the air; the hull feeds the walls
        x = _CABIN.left() + 440
        top = _STATION.top()
        sp.text(p, QRectF(x + 44, top, 380, 34), say("Walls → air {watts}", watts=_signed_w(s.wall_air_w)), 24, bold=True,
                colour=sp.GREY)
        if s.hull_w is not None:
            sp.text(p, QRectF(x + 44, top + 32, 380, 32), say("hull → walls {watts}", watts=_signed_w(s.hull_w)), 22, colour=sp.GREY)
        _station_to_cabin(p, x, s.wall_air_w, sp.LIGHT_GREY)
    elif s.hull_w is not None and abs(s.hull_w) >= 0.5:
        x = _CABIN.left() + 440
        sp.text(p, QRectF(x + 50, _STATION.top(), 280, _STATION.height()), say("Hull {watts}", watts=_signed_w(s.hull_w)), 28,
                bold=True, colour=sp.GREY)
        _station_to_cabin(p, x, s.hull_w, sp.LIGHT_GREY)
    if s.phase == "docked" and abs(s.station_air_w) >= 0.5:
        x = _STATION.left() + 60
        sp.text(p, QRectF(x + 50, _STATION.top(), 600, _STATION.height()),
                say("Station air {watts}", watts=_signed_w(s.station_air_w)), 28, bold=True, colour=sp.GREEN)
        _station_to_cabin(p, x, s.station_air_w, sp.GREEN)


def _signed_w(value_w: float) -> str:
    """``+12 W`` / ``−12 W`` (a true minus sign)."""
    return say("{watts} W", watts=f"{value_w:+.0f}".replace("-", "\u2212"))


def _signed_arrow(p: QPainter, start: QPointF, end: QPointF, value_w: float, colour) -> None:
    """An arrow scaled to ``value_w`` from ``start`` to ``end``, reversed when the heat flows back; none below 0.5 W."""
    if abs(value_w) < 0.5:
        return
    if value_w < 0:
        start, end = end, start
    sp.arrow(p, start, end, value_w, colour)


def _station_to_cabin(p: QPainter, x: float, value_w: float, colour) -> None:
    """The vertical arrow between the station/hull band and the cabin at ``x``."""
    _signed_arrow(p, QPointF(x, _STATION.top() + 4), QPointF(x, _CABIN.top() - 2), value_w, colour)
