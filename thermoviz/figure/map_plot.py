"""A survivability map (:class:`~thermoviz.analysis.survival_map.MapResult`) drawn with pyqtgraph.

* Heatmap on a diverging, colour-blind-safe scale (ColorBrewer RdBu) centred on the
  metric's limit: white at the limit (crew margin 0 h), red on the unsafe side,
  blue on the safe side; each side is scaled to its own extreme so both are
  fully saturated.  Metrics without a limit use viridis; the verdict uses four
  classes.  Cells without a value (nobody rides) are light grey.
* The boundary of the map's crew grade (margin = 0; :mod:`thermoviz.model.outcome.grades`,
  default "not acceptable", core 39 °C) as a labelled black contour; with
  ``crew_margins`` one contour per crew count, dashed differently.
* The base scenario marked with a star (the legend kept clear of its label); axis labels
  with units; log axes for sizes; a title and a one-line key under the plot.

Exports: :func:`export_map_png` (exact pixel size, white background) and
:func:`export_map_svg` (pyqtgraph's SVGExporter; PySide6 is pinned to a version
where it works, see the project's stack notes).  Both write atomically.
"""

from __future__ import annotations

import os
import sys

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ..analysis.metrics import GRADE_METRICS, MARGIN_NOT_REACHED_H, get_metric
from ..analysis.survival_map import MapResult
from ..io.atomic import atomic_write_bytes
from ..io.vehicles import get_vehicle
from ..model.scenario import ScenarioError
from ..model.language import translate
from .map_legend_place import keep_legend_clear
from .map_words import crew_text, decimal_ticks, legend_text, map_key, map_title, shown_field_label, shown_metric_label
from .units_view import shown_temps as _shown, value_display


#: ColorBrewer RdBu (9 classes, colour-blind safe), unsafe (red) -> limit (white) -> safe (blue).
RDBU = ("#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac")
VERDICT_COLOURS = ("#2166ac", "#bababa", "#f4a582", "#b2182b")  # safe, info, caution, danger
NAN_COLOUR = (220, 220, 220, 255)
DASHES = (QtCore.Qt.PenStyle.SolidLine, QtCore.Qt.PenStyle.DashLine, QtCore.Qt.PenStyle.DotLine,
          QtCore.Qt.PenStyle.DashDotLine)
#: Default export size [px] (16:10, fits a slide).
EXPORT_SIZE = (1600, 1000)
FONT_PT = 13


def _ensure_app() -> QtWidgets.QApplication:
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QtWidgets.QApplication.instance()
    return app or QtWidgets.QApplication(sys.argv[:1] or ["thermoviz"])


def _to_axis(values, log: bool):
    values = np.asarray(values, dtype=float)
    return np.log10(values) if log else values


def _bad_below(metric: str) -> bool:
    """True where values below the limit are the unsafe side (the margins), False for peaks."""
    return metric == "crew_margin_h" or metric in GRADE_METRICS


def _normalise(result: MapResult) -> tuple[np.ndarray, float, float]:
    """Values -> 0 (worst) .. 0.5 (limit) .. 1 (best); returns (u, lowest value, highest value)."""
    v = np.asarray(result.values, dtype=float)
    finite = v[np.isfinite(v)]
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
    limit = get_metric(result.metric).limit
    if result.metric == "verdict":
        return v / 3.0, 0.0, 3.0
    if limit is None:
        span = hi - lo or 1.0
        return (v - lo) / span, lo, hi
    if result.metric == "crew_margin_h":
        hi = max(hi, MARGIN_NOT_REACHED_H)
    below = max(limit - lo, 1e-9)
    above = max(hi - limit, 1e-9)
    side = np.where(v < limit, 0.5 * (v - limit) / below, 0.5 * (v - limit) / above)
    u = 0.5 + side if _bad_below(result.metric) else 0.5 - side
    return u, lo, hi


def _colours(result: MapResult, u: np.ndarray) -> np.ndarray:
    """RGBA (…, 4) uint8 for normalised values ``u`` (NaN -> grey)."""
    if result.metric == "verdict":
        table = np.array([pg.mkColor(c).getRgb() for c in VERDICT_COLOURS], dtype=np.uint8)
        idx = np.clip(np.nan_to_num(u * 3.0).round().astype(int), 0, 3)
        rgba = table[idx]
    else:
        cmap = (pg.ColorMap(np.linspace(0, 1, len(RDBU)), [pg.mkColor(c) for c in RDBU])
                if get_metric(result.metric).limit is not None else pg.colormap.get("viridis"))
        rgba = cmap.map(np.clip(np.nan_to_num(u, nan=0.5), 0, 1).ravel(), mode="byte").reshape(u.shape + (4,))
    rgba = np.array(rgba, dtype=np.uint8)
    rgba[~np.isfinite(u)] = NAN_COLOUR
    return rgba


def _font(pt: float = FONT_PT, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPointSizeF(pt)
    font.setBold(bold)
    return font


def _style_axis(axis: pg.AxisItem, label: str) -> None:
    axis.setPen(pg.mkPen("k"))
    axis.setTextPen(pg.mkPen("k"))
    axis.setStyle(tickFont=_font())
    axis.setLabel(label, **{"font-size": f"{FONT_PT}pt", "color": "#000"})
    decimal_ticks(axis)


def _vehicle_name(vehicle_id: str) -> str:
    """The vehicle's display name (a user's own capsule by its name); its id if it is not in the catalogue."""
    try:
        return get_vehicle(vehicle_id).display_name
    except ScenarioError:
        return vehicle_id


def _title(result: MapResult) -> str:
    needs_crew = get_metric(result.metric).needs_crew and "crew" not in (result.x.field, result.y.field)
    return map_title(result, _vehicle_name(result.scenario.vehicle), needs_crew)


def _contour_lines(result: MapResult, data: np.ndarray, level: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """The level lines of ``data`` (ny, nx) in plot coordinates (log10 on a log axis)."""
    xs, ys = _to_axis(result.x.values, result.x.log), _to_axis(result.y.values, result.y.log)
    filled = np.where(np.isfinite(data), data, level - 1e9 if _bad_below(result.metric) else level + 1e9)
    out = []
    for line in pg.isocurve(filled.T, level, connected=True, extendToEdge=True):
        pts = np.asarray(line, dtype=float) - 0.5  # pixel-edge -> cell-centre index coordinates
        if len(pts) >= 2:
            out.append((xs[0] + pts[:, 0] * (xs[-1] - xs[0]) / max(len(xs) - 1, 1),
                        ys[0] + pts[:, 1] * (ys[-1] - ys[0]) / max(len(ys) - 1, 1)))
    return out


def _draw_contours(plot: pg.PlotItem, result: MapResult, contours: list[tuple[str, QtCore.Qt.PenStyle, list]]) -> None:
    """Draw each (label, dash, lines) and label it where it lies farthest from the other lines and labels.

    Distances are measured in fractions of the plot, so on a map where the boundaries of
    several crew counts run close together each label goes to the stretch where its own
    line stands apart.  Labels never overlap: each keeps clear of those placed before by
    its real size in the plot's pixels, re-placed whenever the plot is resized (a small
    window gives a label a larger share of the plot than an export does).
    """
    xs, ys = _to_axis(result.x.values, result.x.log), _to_axis(result.y.values, result.y.log)
    span_x, span_y = (xs[-1] - xs[0]) or 1.0, (ys[-1] - ys[0]) or 1.0

    def frac(px, py):
        return (px - xs[0]) / span_x, (py - ys[0]) / span_y

    labelled = []
    for label, dash, lines in contours:
        pen = pg.mkPen("k", width=3, style=dash)
        for px, py in lines:
            plot.addItem(pg.PlotCurveItem(px, py, pen=pen, antialias=True))
        if not lines:
            continue
        text = pg.TextItem(label, color="k", fill=pg.mkBrush(255, 255, 255, 230), border=pg.mkPen("k"),
                           anchor=(0.5, 0.5))
        text.setFont(_font(FONT_PT - 1, bold=True))
        plot.addItem(text)
        px = np.concatenate([line[0] for line in lines])
        py = np.concatenate([line[1] for line in lines])
        labelled.append((text, px, py, frac(px, py)))

    def place() -> None:
        width, height = max(plot.vb.width(), 1.0), max(plot.vb.height(), 1.0)
        placed: list[tuple[float, float, float, float]] = []  # centre and half-size, fractions of the plot
        for k, (text, px, py, (fx, fy)) in enumerate(labelled):
            rect = text.boundingRect()
            half_w, half_h = 0.5 * rect.width() / width, 0.5 * rect.height() / height
            inside = (fx > half_w + 0.01) & (fx < 0.8) & (fy > half_h + 0.01) & (fy < 0.8)  # clear of edges, legend
            for lx, ly, lw, lh in placed:  # never on top of a label already placed
                inside &= (np.abs(fx - lx) > half_w + lw + 0.01) | (np.abs(fy - ly) > half_h + lh + 0.01)
            if not inside.any():
                inside = np.ones_like(fx, dtype=bool)
            others = [f for j, (_, _, _, f) in enumerate(labelled) if j != k]
            if others:
                ox = np.concatenate([o[0] for o in others])
                oy = np.concatenate([o[1] for o in others])
                gap = np.sqrt((fx[:, None] - ox[None, :]) ** 2 + (fy[:, None] - oy[None, :]) ** 2).min(axis=1)
                gap = np.minimum(gap, 0.08)  # far enough: then prefer the middle of the plot
                gap = gap - 0.01 * (np.abs(fx - 0.45) + np.abs(fy - 0.45))
            else:
                gap = -np.abs(fx - 0.45) - np.abs(fy - 0.45)  # alone: near the middle
            best = int(np.argmax(np.where(inside, gap, -np.inf)))
            placed.append((fx[best], fy[best], half_w, half_h))
            text.setPos(px[best], py[best])

    place()
    plot.vb.sigResized.connect(lambda *_: place())


def _faded(rgba: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """RGBA (ny, nx, 4) uint8 blended toward white by ``1 - weights`` (weights in [0, 1])."""
    out = rgba.astype(float)
    out[..., :3] = 255.0 - (255.0 - out[..., :3]) * np.clip(weights, 0.0, 1.0)[..., None]
    return np.clip(np.round(out), 0, 255).astype(np.uint8)


def map_widget(result: MapResult, size: tuple[int, int] = EXPORT_SIZE, *,
               offscreen: bool = True, weights: np.ndarray | None = None) -> pg.GraphicsLayoutWidget:
    """A widget drawing ``result``; ``size`` in logical pixels.

    ``weights`` (ny, nx) in [0, 1]: cells fade toward white as their weight falls (the Map tab's
    "weight by odds" passes how likely each cell's hole is).

    ``offscreen=True`` (exports): laid out at ``size`` without ever appearing on screen.
    ``offscreen=False``: an ordinary widget for a window to place in its own layout.
    """
    _ensure_app()
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground("w")
    if offscreen:
        widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    widget.resize(*size)
    widget.ci.setContentsMargins(16, 12, 16, 12)
    title = widget.addLabel(_shown(_title(result)), row=0, col=0, colspan=2, size=f"{FONT_PT + 4}pt", bold=True,
                            color="#000")
    title.setMaximumHeight(40)
    plot = widget.addPlot(row=1, col=0)
    bar = widget.addPlot(row=1, col=1)
    key = widget.addLabel(_shown(map_key(result)), row=2, col=0, colspan=2, size=f"{FONT_PT - 1}pt", color="#000")
    key.setMaximumHeight(60)

    xs, ys = _to_axis(result.x.values, result.x.log), _to_axis(result.y.values, result.y.log)
    dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
    dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
    u, lo, hi = _normalise(result)
    rgba = _colours(result, u)
    image = pg.ImageItem(rgba if weights is None else _faded(rgba, weights), axisOrder="row-major")
    image.setRect(QtCore.QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
    plot.addItem(image)
    plot.setLogMode(x=result.x.log, y=result.y.log)
    plot.setRange(xRange=(xs[0] - dx / 2, xs[-1] + dx / 2), yRange=(ys[0] - dy / 2, ys[-1] + dy / 2), padding=0)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    _style_axis(plot.getAxis("bottom"), shown_field_label(result.x.field))
    _style_axis(plot.getAxis("left"), shown_field_label(result.y.field))

    legend = None
    if result.metric == "crew_margin_h" or result.metric in GRADE_METRICS or result.crew_margins:
        margins = dict(result.crew_margins) or {result.scenario.crew: result.values}
        legend = pg.LegendItem(offset=(-12, 12), labelTextColor="k", labelTextSize=f"{FONT_PT - 1}pt",
                               brush=pg.mkBrush(255, 255, 255, 235), pen=pg.mkPen("k"))
        legend.setParentItem(plot.vb)
        contours = []
        for k, (crew, data) in enumerate(sorted(margins.items(), reverse=True)):
            dash = DASHES[k % len(DASHES)]
            contours.append((crew_text(crew), dash, _contour_lines(result, data, 0.0)))
            legend.addItem(pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen("k", width=3, style=dash)),
                           _shown(legend_text(result, crew)))
        _draw_contours(plot, result, contours)
    elif result.metric == "crew_core_peak_c":
        _draw_contours(plot, result, [(_shown("38 °C"), DASHES[0], _contour_lines(result, result.values, 38.0))])
    keep_legend_clear(legend, _mark_base(plot, result), plot.vb)
    _colour_bar(bar, result, lo, hi)
    widget.ci.layout.setColumnFixedWidth(1, 140)
    if offscreen:
        widget.show()  # lays the scene out at ``size`` (never on screen: WA_DontShowOnScreen)
        QtWidgets.QApplication.processEvents()
    return widget


def _mark_base(plot: pg.PlotItem, result: MapResult) -> pg.TextItem | None:
    bx, by = result.base_point()
    if bx is None or by is None:
        return None
    x, y = float(_to_axis(bx, result.x.log)), float(_to_axis(by, result.y.log))
    xs, ys = _to_axis(result.x.values, result.x.log), _to_axis(result.y.values, result.y.log)
    if not (min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys)):
        return None
    plot.addItem(pg.ScatterPlotItem([x], [y], symbol="star", size=26, brush=pg.mkBrush("#ffd700"),
                                    pen=pg.mkPen("k", width=2)))
    near_top = (y - min(ys)) > 0.85 * ((max(ys) - min(ys)) or 1.0)
    near_right = (x - min(xs)) > 0.75 * ((max(xs) - min(xs)) or 1.0)
    anchor = (1.12 if near_right else -0.12, -0.25 if near_top else 0.5)
    label = pg.TextItem(translate("Map", "this scenario"), color="k", fill=pg.mkBrush(255, 255, 255, 220), anchor=anchor)
    label.setFont(_font(FONT_PT - 1))
    label.setPos(x, y)
    plot.addItem(label)
    return label


def _colour_bar(bar: pg.PlotItem, result: MapResult, lo: float, hi: float) -> None:
    values = np.linspace(lo, hi, 256)
    fake = MapResult(result.scenario, result.x, result.y, result.metric, result.unit, result.label,
                     values[:, None].copy())
    u, _, _ = _normalise(fake)
    rgba = _colours(result, u)
    image = pg.ImageItem(rgba, axisOrder="row-major")
    scale, offset, unit = value_display(result.unit)  # the scale's ticks in the unit shown (°F on request)
    lo, hi = lo * scale + offset, hi * scale + offset
    image.setRect(QtCore.QRectF(0, lo, 1, hi - lo if hi > lo else 1))
    bar.addItem(image)
    bar.hideAxis("bottom")
    bar.hideAxis("left")
    bar.showAxis("right")
    _style_axis(bar.getAxis("right"), _shown(shown_metric_label(result.metric, unit)))
    bar.setRange(xRange=(0, 1), yRange=(lo, hi if hi > lo else lo + 1), padding=0)
    bar.setMouseEnabled(False, False)
    bar.hideButtons()
    bar.setMenuEnabled(False)


def map_image(result: MapResult, size: tuple[int, int] = EXPORT_SIZE) -> QtGui.QImage:
    """The map as an image of exactly ``size`` pixels on white."""
    widget = map_widget(result, size)
    QtWidgets.QApplication.processEvents()
    image = QtGui.QImage(size[0], size[1], QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        widget.scene().render(painter, QtCore.QRectF(0, 0, *size), QtCore.QRectF(0, 0, *size))
    finally:
        painter.end()
    widget.deleteLater()
    return image


def png_bytes(result: MapResult, size: tuple[int, int] = EXPORT_SIZE) -> bytes:
    image = map_image(result, size)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("PNG encoding failed")
    return bytes(buffer.data())


def svg_bytes(result: MapResult, size: tuple[int, int] = EXPORT_SIZE) -> bytes:
    from pyqtgraph.exporters import SVGExporter

    widget = map_widget(result, size)
    QtWidgets.QApplication.processEvents()
    exporter = SVGExporter(widget.scene())
    exporter.parameters()["background"] = pg.mkColor("w")
    try:
        data = exporter.export(toBytes=True)
    except Exception as err:  # pyqtgraph raises bare ValueErrors on broken Qt SVG output
        raise OSError(f"pyqtgraph's SVG exporter failed ({type(err).__name__}: {err})") from err
    finally:
        widget.deleteLater()
    return bytes(data)


def export_map_png(result: MapResult, path, size: tuple[int, int] = EXPORT_SIZE):
    """Write the map as a PNG of exactly ``size`` pixels (atomic: never a half-written file)."""
    return atomic_write_bytes(path, png_bytes(result, size))


def export_map_svg(result: MapResult, path, size: tuple[int, int] = EXPORT_SIZE):
    """Write the map as SVG (atomic)."""
    return atomic_write_bytes(path, svg_bytes(result, size))


__all__ = ["export_map_png", "export_map_svg", "map_image", "map_widget"]
