"""What one figure draws: hidden curves and limit lines, and one highlighted curve or limit.

A :class:`~thermoviz.figure.view.FigureView` names series and limits to hide
("cabin air only") and one key to highlight (a lesson step's "look here").  This
module applies them to a :class:`~thermoviz.figure.figure.Figure`'s items, so the
window and every export (which paint a Figure) show the same thing:

* hidden: the curve or limit line/band is not drawn and leaves the legend (its
  faded reference copy too);
* highlight of a series: the curve is drawn about twice as thick over a wide
  translucent halo, and every other curve is dimmed;
* highlight of a limit: its line (or band edge) is drawn thicker with a halo, a
  band's fill is strengthened, and the other limits are dimmed.

The highlighted entry's legend label is set in bold.  Everything is a scene item
with ordinary pens, so PNG, SVG, PDF and slides show it exactly as the window.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from . import spec as S
from .legend_fit import LEGEND_MIN_ROW_SHARE
from .parts import LimitBand, compact_legend, limit_caption
from .style import make_pen

#: Opacity of everything that is not the highlight while something is highlighted.
DIMMED_OPACITY = 0.45
#: Halo behind a highlighted line: this colour (a warm yellow, Okabe–Ito), alpha and extra width [px].
HALO_COLOUR = "#F0E442"
HALO_ALPHA = 210
HALO_EXTRA_PX = 10.0
#: A highlighted line is drawn this much thicker.
HIGHLIGHT_WIDTH_FACTOR = 1.8


def _wider(pen: QPen, factor: float = HIGHLIGHT_WIDTH_FACTOR) -> QPen:
    pen = QPen(pen)
    pen.setWidthF(max(pen.widthF(), 1.0) * factor)
    return pen


def _uncache(line) -> None:
    """A restyled line is painted directly: its pixmap cache kept the old, thinner extent."""
    line.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    line.prepareGeometryChange()
    line._boundingRect = None


def _halo(width: float) -> QPen:
    colour = QColor(HALO_COLOUR)
    colour.setAlpha(HALO_ALPHA)
    return make_pen(colour.name(QColor.NameFormat.HexArgb), width + HALO_EXTRA_PX)


class FigureContents:
    """Applies hidden series, hidden limits and a highlight to ``figure`` (call :meth:`apply`)."""

    def __init__(self, figure):
        self.figure = figure
        self.hidden_series: frozenset[str] = frozenset()
        self.hidden_limits: frozenset[str] = frozenset()
        self.highlight: str | None = None
        self._pens = {key: QPen(curve.opts["pen"]) for key, curve in figure.curves.items()}
        self._halos: list[pg.GraphicsObject] = []
        self._restyled: list[tuple[object, QPen, object]] = []

    # ----------------------------------------------------------------- queries
    def limit_items(self, key: str) -> list:
        """The LimitLine/LimitBand objects drawing limit ``key`` (one per edge)."""
        return [item for items in self.figure.limit_items.values() for item in items if item.limit.limit.key == key]

    def dim_factor(self, key: str) -> float:
        """Opacity factor of curve ``key``: dimmed while another curve is highlighted, else 1."""
        if self.highlight in self.figure.curves and key != self.highlight:
            return DIMMED_OPACITY
        return 1.0

    def shown_series(self) -> list[str]:
        return [k for k in self.figure.curves if k not in self.hidden_series]

    # ----------------------------------------------------------------- applying
    def apply(self, hidden_series=frozenset(), hidden_limits=frozenset(), highlight: str | None = None) -> None:
        """Show the figure with these keys hidden and ``highlight`` emphasised (unknown keys are ignored)."""
        self.hidden_series, self.hidden_limits = frozenset(hidden_series), frozenset(hidden_limits)
        self.highlight = highlight
        self._clear_highlight()
        figure = self.figure
        for key, curve in figure.curves.items():
            visible = key not in self.hidden_series
            curve.setVisible(visible)
            ref = figure.reference_curves.curves.get(key)
            if ref is not None:
                ref.setVisible(visible and figure.reference is not None)
        beyond = getattr(figure, "crew_beyond", None)
        if beyond is not None:  # the dotted, extrapolated crew core goes with its curve
            crew_shown = S.CREW_SERIES not in self.hidden_series
            beyond.curve.setVisible(crew_shown)
            if not crew_shown:
                beyond.label.hide()
        if getattr(figure, "result", None) is not None:  # validity shading only over shown curves
            figure._draw_validity(figure.result)
        for items in figure.limit_items.values():
            for item in items:
                graphic = item.region if isinstance(item, LimitBand) else item.line
                graphic.setVisible(item.limit.limit.key not in self.hidden_limits)
                graphic.setOpacity(1.0)
        self._rebuild_legends()
        self._right_axes()
        if highlight is None:
            return
        if highlight in figure.curves and highlight not in self.hidden_series:
            self._highlight_series(highlight)
        elif self.limit_items(highlight) and highlight not in self.hidden_limits:
            self._highlight_limit(highlight)

    def _right_axes(self) -> None:
        """A right axis whose curves and limits are all hidden loses its numbers and title."""
        for key, plot in self.figure.plots.items():
            right = S.plot_spec(key).right
            if right is None:
                continue
            used = [s.key for s in S.series_of(key, "right") if s.key not in self.hidden_series]
            used += [lim.limit.key for lim in S.plot_spec(key).limits
                     if lim.axis == "right" and lim.limit.key not in self.hidden_limits]
            axis = plot.getAxis("right")
            axis.setStyle(showValues=bool(used))
            # a title squeezed out of a short row stays hidden (LegendFitMixin._fit_axis_titles)
            axis.showLabel(bool(used) and (key, "right") not in getattr(self.figure, "_squeezed_titles", ()))

    def _rebuild_legends(self) -> None:
        """Legend rows for the visible curves and limits only, in the spec's order."""
        figure = self.figure
        for key, legend in figure.legends.items():
            legend.clear()
            for series in S.series_of(key):
                if series.key not in self.hidden_series:
                    legend.addItem(figure.curves[series.key], series.legend)
            for item in figure.limit_items.get(key, []):
                sample = getattr(item, "sample", None)
                if sample is not None and item.limit.limit.key not in self.hidden_limits:
                    legend.addItem(sample, limit_caption(item.limit))  # with its confidence, as built
            compact_legend(legend)
        figure.reference_curves.anchor = None  # re-adds its two legend rows to the first legend
        figure.reference_curves.place()
        figure.uncertainty_bands.place_legend()  # and the band's "Shaded: ..." row to its legend
        for key, legend in figure.legends.items():
            self._bold(key)
            # A short legend needs a shorter row: the plot below gets the height back.
            figure.legend_cells[key].setMinimumHeight(math.ceil(LEGEND_MIN_ROW_SHARE * legend.boundingRect().height()))
            figure.fit_legend(key)

    def _bold(self, plot_key: str) -> None:
        legend = self.figure.legends[plot_key]
        target = self._legend_item(self.highlight)
        for sample, label in legend.items:
            bold = target is not None and sample.item is target
            if label.opts.get("bold", False) != bold:
                label.setText(label.text, bold=bold)

    def _legend_item(self, key: str | None):
        if key is None:
            return None
        if key in self.figure.curves:
            return self.figure.curves[key]
        return next((getattr(i, "sample", None) for i in self.limit_items(key) if getattr(i, "sample", None)), None)

    def _highlight_series(self, key: str) -> None:
        figure = self.figure
        for other, curve in figure.curves.items():
            if other != key:
                curve.setOpacity(DIMMED_OPACITY)
        curve = figure.curves[key]
        pen = self._pens[key]
        curve.setPen(_wider(pen))
        halo = pg.PlotDataItem(pen=_halo(_wider(pen).widthF()), connect="finite")
        if curve.xData is not None:
            halo.setData(curve.xData, curve.yData, connect="finite")
        halo.setZValue(curve.zValue() - 1)
        figure.curve_views[key].addItem(halo, ignoreBounds=True)
        self._halos.append(halo)
        self._restyled.append((curve, pen, None))

    def _highlight_limit(self, key: str) -> None:
        for items in self.figure.limit_items.values():
            for item in items:
                graphic = item.region if isinstance(item, LimitBand) else item.line
                if item.limit.limit.key != key:
                    graphic.setOpacity(DIMMED_OPACITY)
        for item in self.limit_items(key):
            if isinstance(item, LimitBand):
                region = item.region
                brush = region.brush
                stronger = QColor(brush.color())
                stronger.setAlpha(min(255, max(90, stronger.alpha() * 3)))
                region.setBrush(pg.mkBrush(stronger))
                lines = region.lines
                old = QPen(lines[0].pen)
                for line in lines:
                    _uncache(line)
                    line.setPen(_wider(old, 2.5))
                self._restyled.append((region, old, brush))
            else:
                line = item.line
                old = QPen(line.pen)
                _uncache(line)
                line.setPen(_wider(old))
                halo = pg.InfiniteLine(pos=line.value(), angle=0, pen=_halo(_wider(old).widthF()), movable=False)
                halo.setZValue(line.zValue() - 1)
                line.getViewBox().addItem(halo, ignoreBounds=True)
                self._halos.append(halo)
                self._restyled.append((line, old, None))

    def refresh_halos(self) -> None:
        """Keep a series halo on its curve after a new result (call after ``set_result``)."""
        if self.highlight in self.figure.curves and self._halos:
            curve = self.figure.curves[self.highlight]
            halo = self._halos[0]
            if isinstance(halo, pg.PlotDataItem) and curve.xData is not None:
                halo.setData(curve.xData, curve.yData, connect="finite")

    def _clear_highlight(self) -> None:
        for halo in self._halos:
            view = halo.getViewBox()
            if view is not None:
                view.removeItem(halo)
        self._halos = []
        for item, pen, brush in self._restyled:
            if isinstance(item, pg.LinearRegionItem):
                item.setBrush(brush)
                for line in item.lines:
                    line.setPen(pen)
            else:
                item.setPen(pen)
        self._restyled = []
        for curve in self.figure.curves.values():
            curve.setOpacity(1.0)


def show_plot_rows(figure, keys) -> None:
    """Show only the plot rows in ``keys`` (others hidden; the time axis moves to the lowest shown row).

    Keys of plots the figure was not built with are ignored; at least one built
    plot must remain (ValueError otherwise).
    """
    shown = tuple(k for k in figure.plots if k in keys)
    if not shown:
        raise ValueError(f"plots: must include one of {', '.join(figure.plots)}, got {', '.join(keys) or 'none'}")
    if getattr(figure, "shown_plots", tuple(figure.plots)) == shown:
        return
    # The time axis (tick values and title) sits under the lowest row: find it before hiding rows.
    axes = [figure.plots[k].getAxis("bottom") for k in figure.plots]
    time_axis = next((a for a in axes if a.labelText), axes[-1])
    title, style = time_axis.labelText, dict(time_axis.labelStyle)
    layout = figure.graphics.ci.layout
    for row, key in enumerate(figure.plots, start=1):
        visible = key in shown
        figure.plots[key].setVisible(visible)
        figure.legend_cells[key].setVisible(visible)
        if key in figure.right_views:  # the right-axis ViewBox lives in the scene, not in the PlotItem
            figure.right_views[key].setVisible(visible)
        layout.setRowStretchFactor(row, S.plot_spec(key).stretch if visible else 0)
        # A hidden row keeps no height in the grid (Qt would keep its minimum otherwise).
        for item in (figure.plots[key], figure.legend_cells[key]):
            item.setMaximumHeight(16777215 if visible else 0)
            if not visible:
                item.setMinimumHeight(0)
    for key in figure.plots:
        axis = figure.plots[key].getAxis("bottom")
        last = key == shown[-1]
        axis.setStyle(showValues=last)
        axis.setHeight(None if last else 8)
        if last:
            axis.setLabel(title, **style)
        else:
            axis.showLabel(False)
    figure.shown_plots = shown
    figure.uncertainty_bands.place_legend()  # the shading's row goes to a shown plot that has a band
    if figure.result is not None:
        figure.events.relayout()
