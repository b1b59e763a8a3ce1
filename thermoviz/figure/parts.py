"""Building blocks of the figure's plots: styled axes, second y-axes, limit
lines and bands (each labelled with its source), legends, validity shading.

Everything here is view code: the numbers come from the spec rows
(:mod:`thermoviz.figure.spec`, limits from ``thermoviz.model.limits``) and from the
Result; nothing is computed here except where to draw it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.limits import Limit
from . import spec as S
from .explain_text import explained
from .spec import LimitSpec
from .style import AXIS_LABEL_PT, LEGEND_PT, TICK_PT, make_pen, qpen, ui_font


#: Confidence tags worth repeating next to the label (docs/sources.md): the product must
#: say where a number is quoted from memory or estimated.
_SHOUT_CONFIDENCE = {"from memory", "estimate", "reported once"}


def limit_caption(limit: LimitSpec) -> str:
    """Short legend text, plus the confidence when the value is not confirmed."""
    if limit.limit.confidence in _SHOUT_CONFIDENCE:
        return f"{limit.text} <i>({translate('Confidence', limit.limit.confidence)})</i>"
    return limit.text


def limit_tooltip(limit: Limit) -> str:
    """What the limit is, why it matters and its source (explanations file), with the confidence."""
    return explained("limit", limit.key, translate("Limits", limit.label), translate("Plots", "Value's confidence: {confidence}").format(
        confidence=translate("Confidence", limit.confidence)))


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


def style_axis(axis: pg.AxisItem, label: str, colour: str = "#111111") -> None:
    font = QFont()
    font.setPointSizeF(TICK_PT)
    axis.setStyle(tickFont=font, tickTextOffset=4)
    axis.setTextPen(pg.mkPen(colour))
    axis.setPen(pg.mkPen("#333333", width=1))
    axis.setLabel(label, **{"font-size": f"{AXIS_LABEL_PT}pt", "color": colour})


def add_second_axis(plot: pg.PlotItem, label: str, colour: str) -> pg.ViewBox:
    """A right-hand y axis with its own ViewBox, sharing the plot's x axis."""
    view = pg.ViewBox(enableMouse=False, enableMenu=False)
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
        labelTextSize=f"{LEGEND_PT}pt",
        labelTextColor="#111111",
        brush=None,
        pen=None,
        verSpacing=-6,
    )
    legend.setParentItem(holder)
    legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(2, 0))
    return legend


#: Height [px] each further line of a legend row broken with ``<br>`` adds (one 11 pt line).
LEGEND_LINE_PX = 17


def compact_legend(legend: pg.LegendItem, row_px: int = 21) -> None:
    """Fixed row height (a row broken with ``<br>`` gets a line more each): pyqtgraph's legend
    otherwise grows rows from its own geometry."""
    layout = legend.layout
    for _sample, label in legend.items:
        label.item.document().setDocumentMargin(1)
        label.updateMin()
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, 1)
        breaks = label.text.count("<br>") if isinstance(label, pg.LabelItem) else 0
        layout.setRowFixedHeight(row, row_px + breaks * LEGEND_LINE_PX)
    layout.setVerticalSpacing(0)
    legend.updateSize()


class LimitLine:
    """A horizontal limit line with its caption as legend entry and source as tooltip."""

    def __init__(self, view: pg.ViewBox, legend: pg.LegendItem | None, limit: LimitSpec):
        pen = qpen(limit.pen)
        self.limit = limit
        self.line = StaticLine(pos=limit.value, angle=0, pen=pen, movable=False)
        self.line.setToolTip(limit_tooltip(limit.limit))
        self.line.setZValue(limit.z)
        view.addItem(self.line, ignoreBounds=True)
        if legend is not None and limit.legend:
            self.sample = legend_sample(limit_caption(limit), pen)
            legend.addItem(self.sample, limit_caption(limit))
            set_legend_tooltip(legend, self.sample, limit_tooltip(limit.limit))


class LimitBand:
    """A horizontal shaded band (low..high; high None = up to the top of the plot)."""

    TOP = 1000.0

    def __init__(self, view: pg.ViewBox, legend: pg.LegendItem | None, limit: LimitSpec):
        low = limit.limit.low if limit.limit.low is not None else -self.TOP
        high = limit.limit.high if limit.limit.high is not None else self.TOP
        self.limit = limit
        edge_pen = qpen(limit.pen)
        fill = QColor(*limit.fill)
        self.region = StaticRegion(
            values=(low, high), orientation="horizontal", movable=False,
            brush=pg.mkBrush(fill), pen=edge_pen,
        )
        self.region.setZValue(limit.z)
        self.region.setToolTip(limit_tooltip(limit.limit))
        view.addItem(self.region, ignoreBounds=True)
        if legend is not None and limit.legend:
            self.sample = legend_sample(limit_caption(limit), edge_pen, pg.mkBrush(fill))
            legend.addItem(self.sample, limit_caption(limit))
            set_legend_tooltip(legend, self.sample, limit_tooltip(limit.limit))


def draw_limit(view: pg.ViewBox, legend: pg.LegendItem | None, limit: LimitSpec) -> LimitBand | LimitLine:
    """A band for a spec row with a fill, else a line."""
    return LimitBand(view, legend, limit) if limit.fill is not None else LimitLine(view, legend, limit)


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

    TEXT = QT_TRANSLATE_NOOP("Plots", "outside model validity")  # translated where shown

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.regions: list[pg.LinearRegionItem] = []
        self.labels: list[pg.TextItem] = []
        self.brush = QBrush(QColor(90, 90, 90, 110), Qt.BrushStyle.BDiagPattern)
        self.shown = 0
        self.spans: list[tuple[float, float]] = []
        self.label_y, self.x_max = 0.0, None
        self._following_view = False

    def _grow(self) -> None:
        region = pg.LinearRegionItem(values=(0, 1), movable=False, brush=self.brush,
                                     pen=make_pen(S.GREY, 1, Qt.PenStyle.DotLine))
        region.setZValue(-15)
        self.plot.addItem(region, ignoreBounds=True)
        text = pg.TextItem(translate("Plots", self.TEXT), color="#222222", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 215))
        text.setFont(ui_font(10))
        text.setZValue(-14)
        self.plot.addItem(text, ignoreBounds=True)
        self.regions.append(region)
        self.labels.append(text)

    def show(self, spans: list[tuple[float, float]], label_y: float, tooltip: str,
             x_max: float | None = None) -> None:
        spans = [(t0, t1) for t0, t1 in spans if t1 > t0]
        while len(self.regions) < len(spans):
            self._grow()
        self.spans, self.label_y, self.x_max = spans, label_y, x_max
        for i, (region, text) in enumerate(zip(self.regions, self.labels)):
            if i < len(spans):
                # Called on every control change: only what changed is set (an unchanged
                # label is then neither re-laid out nor repainted).
                region.setRegion(spans[i])
                if region.toolTip() != tooltip:
                    region.setToolTip(tooltip)
                if text.toolTip() != tooltip:
                    text.setToolTip(tooltip)
            shown = i < len(spans)
            if region.isVisible() != shown:
                region.setVisible(shown)
            if text.isVisible() != shown:
                text.setVisible(shown)
        self.shown = len(spans)
        self.place_labels()
        if not self._following_view:  # a zoom or resize moves the labels back inside the plot
            self.plot.vb.sigXRangeChanged.connect(self.place_labels)
            self.plot.vb.sigResized.connect(self.place_labels)
            self._following_view = True

    def place_labels(self, *_args) -> None:
        """Each label at its span's start, kept inside the plot's visible x range (clip-aware).

        It reads left to right from the span's start (or the view's left edge when the span
        starts left of the view, e.g. zoomed to the flight home); where that would run off
        the right edge it sits left of the span, pointing at it ("→"); where neither fits it
        is pushed left until its end is inside the plot."""
        (v0, v1), box_w = self.plot.vb.viewRange()[0], self.plot.vb.sceneBoundingRect().width()
        px_w = (v1 - v0) / box_w if box_w > 0 else 0.0  # hours per scene pixel (the label's own unit, at any display scale)
        for (t0, t1), text in zip(self.spans, self.labels):
            width = (text.textItem.boundingRect().width() + 24) * px_w  # the label (with its arrow)'s width in hours
            if max(t0, v0) + width <= v1:
                x, anchor, label = max(t0, v0), (0, 0), translate("Plots", self.TEXT)
            elif t0 - width >= v0:
                x, anchor, label = min(t0, v1), (1, 0), translate("Plots", self.TEXT) + " →"
            else:  # wider than either side of the start: as far right as fits, over the span
                x, anchor, label = max(v0, v1 - width), (0, 0), translate("Plots", self.TEXT)
            if text.textItem.toPlainText() != label:
                text.setText(label)
            if tuple(text.anchor) != anchor:
                text.setAnchor(anchor)
            if (text.pos().x(), text.pos().y()) != (x, self.label_y):
                text.setPos(x, self.label_y)
