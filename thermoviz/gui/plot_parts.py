"""Building blocks of the dashboard plots: styled plots, second y-axes, limit
lines and bands (each labelled with its source), validity shading.

Everything here is view code: the numbers come from ``thermoviz.model.limits``
and from the Result; nothing is computed here except where to draw it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem

from thermoviz.model.limits import Limit

from . import theme

#: Confidence tags worth repeating next to the label (docs/sources.md): the product must
#: say where a number is quoted from memory or estimated.
_SHOUT_CONFIDENCE = {"from memory", "estimate", "reported once"}


#: Short legend captions (the full label and source are in the tooltip).
SHORT_CAPTION = {
    "cabin_comfort": "Comfort 18–27 °C",
    "soyuz_spec": "Soyuz spec 18–25 °C",
    "cabin_danger": "Danger above 35 °C",
    "rh_comfort": "RH 25–75 % (right axis)",
    "wet_bulb_31": "Wet-bulb 31 °C: measured limit",
    "wet_bulb_35": "Wet-bulb 35 °C: survival limit",
    "core_38": "38 °C: ISO 7933 PHS limit",
    "core_39": "39 °C: performance loss",
    "core_40": "40 °C: heat-stroke danger",
    "equipment_40": "Equipment bay 40 °C",
}


def limit_caption(limit: Limit) -> str:
    """Short legend text, plus the confidence when the value is not confirmed."""
    text = SHORT_CAPTION.get(limit.key, limit.label)
    if limit.confidence in _SHOUT_CONFIDENCE:
        return f"{text} <i>({limit.confidence})</i>"
    return text


def limit_tooltip(limit: Limit) -> str:
    return f"{limit.label}\nSource: {limit.source}\nConfidence: {limit.confidence}"


_PIXMAP_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_CACHE = QGraphicsItem.CacheMode.NoCache


class StaticLine(pg.InfiniteLine):
    """A horizontal line that never moves, kept as a pixmap on screen.

    A control change then blits it instead of re-stroking it (dashed, antialiased);
    Qt re-renders the pixmap only when the plot's y range or size changes.  Exports
    (scaled PNG, SVG, PDF) draw it directly, exactly as before.  Not for vertical
    (90° rotated) lines: Qt re-renders a rotated item's cache on every repaint.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setCacheMode(_PIXMAP_CACHE)

    def setExportMode(self, export, opts=None):  # noqa: N802 (pyqtgraph name)
        self.setCacheMode(_NO_CACHE if export else _PIXMAP_CACHE)
        return super().setExportMode(export, opts)


class StaticRegion(pg.LinearRegionItem):
    """A fixed horizontal band whose two edge lines are kept as pixmaps (see StaticLine)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cache_edges(True)

    def _cache_edges(self, on: bool) -> None:
        for edge in self.lines:
            edge.setCacheMode(_PIXMAP_CACHE if on else _NO_CACHE)

    def setExportMode(self, export, opts=None):  # noqa: N802 (pyqtgraph name)
        self._cache_edges(not export)
        return super().setExportMode(export, opts)


def make_pen(colour: str, width: float = 2.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = pg.mkPen(color=colour, width=width, style=style)
    pen.setCosmetic(True)
    return pen


def series_pen(name: str) -> QPen:
    colour, width, style = theme.SERIES_STYLE[name]
    return make_pen(colour, width, style)


def style_axis(axis: pg.AxisItem, label: str, colour: str = "#111111") -> None:
    font = QFont()
    font.setPointSizeF(theme.TICK_PT)
    axis.setStyle(tickFont=font, tickTextOffset=4)
    axis.setTextPen(pg.mkPen(colour))
    axis.setPen(pg.mkPen("#333333", width=1))
    axis.setLabel(label, **{"font-size": f"{theme.AXIS_LABEL_PT}pt", "color": colour})


def add_second_axis(plot: pg.PlotItem, label: str, colour: str) -> pg.ViewBox:
    """A right-hand y axis with its own ViewBox, sharing the plot's x axis."""
    view = pg.ViewBox(enableMouse=False)
    plot.showAxis("right")
    plot.scene().addItem(view)
    right = plot.getAxis("right")
    right.linkToView(view)
    view.setXLink(plot)
    style_axis(right, label, colour)
    right.setStyle(showValues=True)

    def follow() -> None:
        view.setGeometry(plot.vb.sceneBoundingRect())
        view.linkedViewChanged(plot.vb, view.XAxis)

    plot.vb.sigResized.connect(follow)
    follow()
    return view


def legend_sample(name: str, pen: QPen, brush: QBrush | None = None) -> pg.PlotDataItem:
    """An item that only provides a legend sample (for bands drawn as regions)."""
    if brush is None:
        return pg.PlotDataItem(pen=pen, name=name)
    return pg.PlotDataItem(pen=pen, fillLevel=0, fillBrush=brush, name=name)


def make_legend(holder: pg.GraphicsWidget) -> pg.LegendItem:
    """A legend in ``holder`` (a cell right of the plot, so it never hides data)."""
    legend = pg.LegendItem(
        offset=(8, 4),
        labelTextSize=f"{theme.LEGEND_PT}pt",
        labelTextColor="#111111",
        brush=None,
        pen=None,
        verSpacing=-6,
    )
    legend.setParentItem(holder)
    legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(2, 0))
    return legend


def compact_legend(legend: pg.LegendItem, row_px: int = 21) -> None:
    """Fixed row height: pyqtgraph's legend otherwise grows rows from its own geometry."""
    layout = legend.layout
    for _sample, label in legend.items:
        label.item.document().setDocumentMargin(1)
        label.updateMin()
    for row in range(layout.rowCount()):
        layout.setRowFixedHeight(row, row_px)
    layout.setVerticalSpacing(0)
    legend.updateSize()


class LimitLine:
    """A horizontal limit line with its label as legend entry and source as tooltip."""

    def __init__(self, view: pg.ViewBox, legend: pg.LegendItem | None, limit: Limit, value: float,
                 colour: str, style: Qt.PenStyle = Qt.PenStyle.DashLine, width: float = 2.0):
        pen = make_pen(colour, width, style)
        self.limit = limit
        self.line = StaticLine(pos=value, angle=0, pen=pen, movable=False)
        self.line.setToolTip(limit_tooltip(limit))
        self.line.setZValue(-5)
        view.addItem(self.line, ignoreBounds=True)
        if legend is not None:
            self.sample = legend_sample(limit_caption(limit), pen)
            legend.addItem(self.sample, limit_caption(limit))
            set_legend_tooltip(legend, self.sample, limit_tooltip(limit))


class LimitBand:
    """A horizontal shaded band (low..high; high None = up to the top of the plot)."""

    TOP = 1000.0

    def __init__(self, view: pg.ViewBox, legend: pg.LegendItem | None, limit: Limit, fill: QColor,
                 edge: str, edge_style: Qt.PenStyle = Qt.PenStyle.SolidLine, z: float = -20):
        low = limit.low if limit.low is not None else -self.TOP
        high = limit.high if limit.high is not None else self.TOP
        self.limit = limit
        edge_pen = make_pen(edge, 1.5, edge_style)
        self.region = StaticRegion(
            values=(low, high), orientation="horizontal", movable=False,
            brush=pg.mkBrush(fill), pen=edge_pen,
        )
        self.region.setZValue(z)
        self.region.setToolTip(limit_tooltip(limit))
        view.addItem(self.region, ignoreBounds=True)
        if legend is not None:
            self.sample = legend_sample(limit_caption(limit), edge_pen, pg.mkBrush(fill))
            legend.addItem(self.sample, limit_caption(limit))
            set_legend_tooltip(legend, self.sample, limit_tooltip(limit))


def set_legend_tooltip(legend: pg.LegendItem, item, text: str) -> None:
    for sample, label in legend.items:
        if sample.item is item:
            sample.setToolTip(text)
            label.setToolTip(text)


def true_runs(time_h: np.ndarray, mask: np.ndarray) -> list[tuple[float, float]]:
    """Contiguous spans [t0, t1] where ``mask`` is True (sample times)."""
    mask = np.asarray(mask, dtype=bool)
    if mask.size == 0 or not mask.any():
        return []
    edges = np.diff(mask.astype(np.int8), prepend=0, append=0)
    starts = np.flatnonzero(edges == 1)
    stops = np.flatnonzero(edges == -1) - 1
    return [(float(time_h[a]), float(time_h[b])) for a, b in zip(starts, stops)]


class ValidityShading:
    """Hatched spans where a model runs outside its validity range, labelled as such.

    Items are pooled and reused (hidden when unused) so a redraw stays cheap.
    """

    TEXT = "outside model validity"

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.regions: list[pg.LinearRegionItem] = []
        self.labels: list[pg.TextItem] = []
        self.brush = QBrush(QColor(90, 90, 90, 110), Qt.BrushStyle.BDiagPattern)
        self.shown = 0

    def _grow(self) -> None:
        region = pg.LinearRegionItem(values=(0, 1), movable=False, brush=self.brush,
                                     pen=make_pen(theme.GREY, 1, Qt.PenStyle.DotLine))
        region.setZValue(-15)
        self.plot.addItem(region, ignoreBounds=True)
        text = pg.TextItem(self.TEXT, color="#222222", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 215))
        text.setFont(theme.ui_font(10))
        text.setZValue(-14)
        self.plot.addItem(text, ignoreBounds=True)
        self.regions.append(region)
        self.labels.append(text)

    def show(self, spans: list[tuple[float, float]], label_y: float, tooltip: str,
             x_max: float | None = None) -> None:
        spans = [(t0, t1) for t0, t1 in spans if t1 > t0]
        while len(self.regions) < len(spans):
            self._grow()
        for i, (region, text) in enumerate(zip(self.regions, self.labels)):
            if i < len(spans):
                t0, t1 = spans[i]
                # Called on every control change: only what changed is set (an unchanged
                # label is then neither re-laid out nor repainted).
                region.setRegion((t0, t1))
                if region.toolTip() != tooltip:
                    region.setToolTip(tooltip)
                # Near the right edge the label sits left of the span, pointing at it, so
                # it neither runs off the plot nor covers the curve inside the span.
                near_end = x_max is not None and t0 > 0.7 * x_max
                label = f"{self.TEXT} →" if near_end else self.TEXT
                if text.textItem.toPlainText() != label:
                    text.setText(label)
                anchor = (1, 0) if near_end else (0, 0)
                if tuple(text.anchor) != anchor:
                    text.setAnchor(anchor)
                if (text.pos().x(), text.pos().y()) != (t0, label_y):
                    text.setPos(t0, label_y)
                if text.toolTip() != tooltip:
                    text.setToolTip(tooltip)
            shown = i < len(spans)
            if region.isVisible() != shown:
                region.setVisible(shown)
            if text.isVisible() != shown:
                text.setVisible(shown)
        self.shown = len(spans)
