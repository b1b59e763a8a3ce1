"""The figure: stacked plots of one Result sharing a time axis (hours), an event
strip above them and, optionally, a pinned reference Result drawn faded behind.

The window (:mod:`thermoviz.gui.plots.dashboard`) adds a time cursor and a readout; the
exports paint an off-screen Figure.  Which plots, series and limit lines exist,
and how they look, is read from :mod:`thermoviz.figure.spec`.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QVBoxLayout, QWidget

from thermoviz.model.outcome.result import SERIES, Result
from . import spec as S
from .contents import FigureContents, show_plot_rows
from .crew_beyond import CrewBeyond
from .crew_display import split_crew_core
from .display_scale import ScaledLayout
from .events import ROWS, ROW_PX, EventMarkers
from .explain_text import axis_tooltip, explained, time_axis_tooltip
from .grid_background import FigureGraphics, GridAxis
from .legend_fit import (LEGEND_MIN_ROW_SHARE, LEGEND_MIN_SCALE, LEGEND_MIN_WIDTH,  # noqa: F401
                         LEGEND_SHARE, LEGEND_WIDTH, LegendFitMixin)
from .parts import (ValidityShading, add_second_axis, compact_legend, draw_limit, make_legend, set_legend_tooltip,
                    style_axis, true_runs)
from .plot_notes import UNAVAILABLE_OPACITY, PlotNotesMixin, fit_note  # noqa: F401
from .reference import ReferenceCurves
from .style import AXIS_LABEL_PT, TICK_PT, configure_pyqtgraph, qpen, ui_font
from .time_axis import DEFAULT_MODE, DEFAULT_ZONE, TimeAxisItem, axis_title, frame_of, time_label
from .timeline_markers import BAND_PX, TimelineMarkers
from .uncertainty_bands import UncertaintyBands
from .view import FigureView
from thermoviz.model.language import translate

# legend fitting and the plot notes live in their own modules; re-exported here for existing imports

AXIS_WIDTH = 78
#: Title of the time axis before a result is shown (then :func:`~thermoviz.figure.time_axis.axis_title`).
TIME_AXIS_TITLE = "Hours since the start of the run"


class Figure(LegendFitMixin, PlotNotesMixin, QWidget):
    """Plots of one :class:`Result`; :meth:`set_result` redraws, :meth:`set_reference` pins a comparison."""

    def __init__(self, plots: tuple[str, ...] = S.PLOT_KEYS, parent: QWidget | None = None):
        super().__init__(parent)
        configure_pyqtgraph()
        self.specs = tuple(S.plot_spec(key) for key in plots)
        self.result: Result | None = None
        self.crew_pending = False
        self.duration_h: float | None = None

        self.graphics = FigureGraphics()
        self.graphics.setBackground("w")
        # A control change dirties every plot (each curve spans its whole plot), as
        # dozens of small rectangles; painting their bounding rectangle under one
        # rectangular clip is cheaper than clipping every item to that region.
        self.graphics.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        # Every control change moves most items: a BSP index would be rebuilt each time.
        self.graphics.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.graphics.ci.setSpacing(4)
        self.graphics.ci.setContentsMargins(4, 4, 12, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.graphics, 1)

        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.legends: dict[str, pg.LegendItem] = {}
        self.right_views: dict[str, pg.ViewBox] = {}
        self.legend_cells: dict[str, pg.GraphicsWidget] = {}
        self.curve_views: dict[str, pg.ViewBox] = {}
        self.limit_items: dict[str, list] = {}
        self.legend_width = LEGEND_WIDTH
        self._squeezed_titles: set[tuple[str, str]] = set()
        self._y_ranged: set[str] = set()  # plots whose y range was set from a result
        self._build_strip()
        for row, plot in enumerate(self.specs, start=1):
            self._build_plot(row, plot)
        self.graphics.ci.layout.setRowStretchFactor(0, 0)
        self.time_mode, self.time_zone, self.time_mode_shown = DEFAULT_MODE, DEFAULT_ZONE, "start"
        self.time_axis = TimeAxisItem()
        self.plots[self.specs[-1].key].setAxisItems({"bottom": self.time_axis})
        bottom = self.time_axis
        # Labels may reach 40 px past the plot's ends (into the empty axis corners), so the
        # first and last dates are shown, not hidden for touching the edge.
        bottom.setStyle(showValues=True, tickFont=ui_font(TICK_PT), hideOverlappingLabels=40)
        bottom.setHeight(None)
        style_axis(bottom, translate("Plots", TIME_AXIS_TITLE))
        self.events = EventMarkers(self.strip, list(self.plots.values()))
        self.events.time_text = self._event_time_text
        self.timeline_entries: tuple = ()
        self.timeline = TimelineMarkers(self.strip, self.strip_blank, ROWS, ROWS + self._band_rows)
        self.strip_blank.geometryChanged.connect(self.timeline.fit_note)
        self.validity = {k: ValidityShading(p) for k, p in self.plots.items()}
        self.reference_curves = ReferenceCurves(self)
        self.uncertainty_bands = UncertaintyBands(self)
        self.contents = FigureContents(self)
        crew = S.series_spec(S.CREW_SERIES)
        self.crew_beyond = (CrewBeyond(self.curve_views[crew.key], crew)
                            if crew is not None and crew.key in self.curves else None)
        self._build_crew_message()
        self._build_unavailable_message()
        for key, legend in self.legends.items():
            compact_legend(legend)
            cell = self.legend_cells[key]
            cell.setMinimumHeight(math.ceil(LEGEND_MIN_ROW_SHARE * legend.boundingRect().height()))
            cell.geometryChanged.connect(lambda k=key: self.fit_legend(k))
        # Axes (with their grid lines) are re-rendered only when the view range
        # changes: caching them as pixmaps more than halves the repaint time.
        # No SI prefixes (the titles carry the units): a range change keeps the titles' HTML.
        for plot in [self.strip, *self.plots.values()]:
            for axis in plot.axes.values():
                axis["item"].setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                axis["item"].enableAutoSIPrefix(False)

    # ----------------------------------------------------------------- layout
    def _build_strip(self) -> None:
        strip = self.graphics.addPlot(row=0, col=0)
        strip.setMenuEnabled(False)
        strip.setMouseEnabled(x=True, y=False)
        strip.hideButtons()
        # Event label rows, then a thin band on top for the reported timeline's diamonds.
        self._band_rows = BAND_PX / ROW_PX
        strip.setYRange(0, ROWS + self._band_rows, padding=0)
        for side in ("left", "right"):
            strip.showAxis(side)
            axis = strip.getAxis(side)
            axis.setWidth(AXIS_WIDTH)
            axis.setStyle(showValues=False)
            axis.setPen(pg.mkPen(None))
        strip.getAxis("left").setLabel(translate("Plots", "Events"), **{"font-size": f"{AXIS_LABEL_PT}pt", "color": S.INK})
        strip.hideAxis("bottom")
        strip.setFixedHeight(ROWS * ROW_PX + BAND_PX + 4)
        blank = pg.GraphicsWidget()
        blank.setFixedWidth(LEGEND_WIDTH)
        self.strip_blank = blank
        blank.setFixedHeight(ROWS * ROW_PX + BAND_PX + 4)
        self.graphics.addItem(blank, row=0, col=1)
        self.strip = strip

    def _build_plot(self, row: int, spec: S.PlotSpec) -> None:
        plot = self.graphics.addPlot(row=row, col=0, axisItems={"left": GridAxis("left", spec.left.temperature), "right": GridAxis("right")})
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=True, y=False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.setXLink(self.strip)
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        plot.showAxis("right")
        plot.getAxis("right").setWidth(AXIS_WIDTH)
        plot.getAxis("right").setStyle(showValues=False)
        bottom = plot.getAxis("bottom")
        bottom.setStyle(showValues=False, tickFont=ui_font(TICK_PT))
        bottom.setHeight(8)
        self.plots[spec.key] = plot
        cell = pg.GraphicsWidget()
        cell.setFixedWidth(LEGEND_WIDTH)
        # A legend taller than its row is clipped, never drawn over the next row's.
        cell.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.graphics.addItem(cell, row=row, col=1)
        self.legend_cells[spec.key] = cell
        self.graphics.ci.layout.setRowStretchFactor(row, spec.stretch)

        style_axis(plot.getAxis("left"), spec.left.title, spec.left.colour)
        plot.getAxis("left").setToolTip(axis_tooltip(spec.left.title, S.series_of(spec.key, "left")))
        legend = self.legends[spec.key] = make_legend(cell)
        views = {"left": plot.vb}
        if spec.right is not None:
            right = add_second_axis(plot, spec.right.title, spec.right.colour)
            plot.getAxis("right").setToolTip(axis_tooltip(spec.right.title, S.series_of(spec.key, "right")))
            right.setYRange(*spec.right.fixed, padding=0)
            self.right_views[spec.key] = views["right"] = right
        for series in S.series_of(spec.key):
            curve = pg.PlotDataItem(pen=qpen(series.pen), name=series.legend, connect="finite")
            tip = explained("series", series.key, f"{series.legend} [{series.unit}]")
            curve.setToolTip(tip)
            views[series.axis].addItem(curve)
            legend.addItem(curve, series.legend)
            set_legend_tooltip(legend, curve, tip)
            self.curves[series.key] = curve
            self.curve_views[series.key] = views[series.axis]
        self.limit_items[spec.key] = [draw_limit(views[limit.axis], legend, limit) for limit in spec.limits]

    def set_display_scale(self, factor: float) -> None:
        """Draw the plots ``factor`` times larger on screen (text, legends, markers), live.

        The scene is laid out in a rectangle ``1/factor`` of the widget's size and shown
        scaled up by ``factor``: every font and gap grows together, nothing is rebuilt,
        and the exports (which lay out their own copy) are unaffected.
        """
        self.display_scale = float(factor)
        graphics = self.graphics
        if not hasattr(self, "_scale_filter"):
            self._scale_filter = ScaledLayout(self)
            graphics.installEventFilter(self._scale_filter)
        self._scale_filter.apply()
        self._fit_legend_column(self.width())
        self.fit_legends()  # legends ignore the view's transform: they follow the new scale themselves

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Narrow windows (a 1024x768 projector with the controls shown) get a narrower legend column."""
        self._fit_legend_column(event.size().width())
        super().resizeEvent(event)

    # ----------------------------------------------------------------- drawing
    def set_result(self, result: Result) -> None:
        """Redraw every plot for ``result`` (fast: only changed curves are rebuilt)."""
        self.result = result
        t = np.asarray(result.time_h)
        for name, curve in self.curves.items():
            y = np.asarray(result.series[name]) if name in result.series else np.full(t.shape, np.nan)
            if self.crew_beyond is not None and name == S.CREW_SERIES:
                # Beyond the model's validity range the core is drawn dotted and capped (CrewBeyond).
                y = self.crew_beyond.split(t, y, result.outside_validity.get(name)).trusted_c
            # Unchanged curves (e.g. the heat load, or all but the crew curve when
            # the crew strain arrives) keep their cached path: no rebuild, no restroke.
            old_x, old_y = curve.xData, curve.yData
            if (old_x is not None and old_y is not None and np.array_equal(old_x, t)
                    and np.array_equal(old_y, y, equal_nan=True)):
                continue
            curve.setData(t, y, connect="finite")
        duration = float(t[-1]) if t.size else result.scenario.duration_h
        if self.duration_h != duration:
            self.duration_h = duration
            self.strip.setLimits(xMin=-0.02 * duration, xMax=1.02 * duration)
            for plot in self.plots.values():
                plot.setLimits(xMin=-0.02 * duration, xMax=1.02 * duration)
            self.strip.setXRange(0, duration, padding=0.01)
        self.reference_curves.place()
        self.contents.refresh_halos()
        self._set_y_ranges()
        if self.time_axis.frame != frame_of(result):
            self._apply_time_axis()
        self.events.set_events(dict(result.events), duration)
        self.timeline.set(self.timeline_entries, result.scenario.start_utc, duration)
        self._draw_validity(result)
        self._update_crew_message()
        # A new range now, not in the paint (pyqtgraph's way, which painted the plot twice).
        for view in [self.strip.vb, *(p.vb for p in self.plots.values()), *self.right_views.values()]:
            view.updateMatrix()

    @property
    def reference(self) -> Result | None:
        """The pinned comparison result (None when nothing is pinned)."""
        return self.reference_curves.result

    @property
    def reference_label(self) -> str:
        return self.reference_curves.label

    @property
    def reference_anchor(self) -> str | None:
        return self.reference_curves.anchor

    def set_reference(self, result: Result | None, label: str = "") -> None:
        """Pin ``result`` as a faded copy of every curve (None clears it); see :class:`ReferenceCurves`."""
        self.reference_curves.set(result, label)
        if self.result is not None:
            self._set_y_ranges()

    def view_state(self) -> FigureView:
        """What this figure shows (plots, time range, reference, time axis): hand it to the exports."""
        x0, x1 = self.strip.vb.viewRange()[0]
        return FigureView(self.visible_plots(), (float(x0), float(x1)), self.reference, self.reference_label,
                          self.contents.hidden_series, self.contents.hidden_limits, self.contents.highlight,
                          self.time_mode, self.time_zone, self.timeline_entries, self.uncertainty_bands.result)

    def set_uncertainty(self, uncertainty) -> None:
        """Draw the 5–95 % bands of ``uncertainty`` (an UncertaintyResult; None removes them)."""
        self.uncertainty_bands.set(uncertainty)

    def visible_plots(self) -> tuple[str, ...]:
        """Keys of the plots shown (all built ones unless :meth:`show_plots` hid some)."""
        return getattr(self, "shown_plots", tuple(self.plots))

    def show_plots(self, keys: tuple[str, ...]) -> None:
        """Show only the built plots in ``keys`` (hidden rows give their height to the others)."""
        show_plot_rows(self, keys)

    def apply_view(self, view: FigureView) -> None:
        """Show ``view``'s reference, contents (hidden keys, highlight), plots, time axis and time range."""
        if view.reference is not None:
            self.set_reference(view.reference, view.reference_label)
        if view.uncertainty is not self.uncertainty_bands.result:
            self.set_uncertainty(view.uncertainty)
        self.contents.apply(view.hidden_series, view.hidden_limits, view.highlight)
        if tuple(k for k in self.plots if k in view.plots) != self.visible_plots():
            self.show_plots(view.plots)
        if (view.time_axis, view.time_zone) != (self.time_mode, self.time_zone):
            self.set_time_axis(view.time_axis, view.time_zone)
        if tuple(view.timeline) != self.timeline_entries:
            self.set_timeline(view.timeline)
        if view.x_range_h is not None:
            self.strip.setXRange(*view.x_range_h, padding=0)

    def set_timeline(self, entries) -> None:
        """Draw the reported timeline ``entries`` (TimelineEntry; empty hides it) as grey diamonds."""
        self.timeline_entries = tuple(entries)
        if self.result is not None:
            self.timeline.set(self.timeline_entries, self.result.scenario.start_utc, self.duration_h)

    # ----------------------------------------------------------------- time axis
    def set_time_axis(self, mode: str, zone: str = DEFAULT_ZONE) -> str:
        """Show the time axis as ``mode`` (see :mod:`thermoviz.figure.time_axis`); returns the mode shown.

        A date mode asked of a scenario without a start time shows hours (and returns that mode).
        """
        self.time_mode, self.time_zone = mode, zone
        return self._apply_time_axis()

    def _apply_time_axis(self) -> str:
        frame = frame_of(self.result)
        shown = self.time_axis.set_mode(self.time_mode, frame, self.time_zone)
        self.time_mode_shown = shown
        style_axis(self.time_axis, axis_title(shown, self.time_zone, frame))
        self.time_axis.setToolTip(time_axis_tooltip(shown, self.time_mode, self.result))
        self.events.retime()
        return shown

    def _event_time_text(self, t_h: float) -> str:
        return time_label(t_h, self.time_mode_shown, frame_of(self.result), self.time_zone, short=True)

    def set_antialias(self, on: bool) -> None:
        """Antialiased curves (full quality) or not (about 3x cheaper while controls are dragged)."""
        for curve in self.curves.values():
            # Both levels: PlotDataItem.setData copies its own option onto the curve,
            # which otherwise switched antialiasing back on with every new result.
            curve.opts["antialias"] = on
            if curve.curve.opts.get("antialias") != on:
                curve.curve.opts["antialias"] = on
                curve.curve.update()

    @property
    def antialiased(self) -> bool:
        return all(c.curve.opts.get("antialias") for c in self.curves.values())

    def _set_y_ranges(self) -> None:
        shown = [r for r in (self.result, self.reference) if r is not None]
        for spec in self.specs:
            names = [s.key for s in S.series_of(spec.key, "left")]
            finite = [self._drawn(r, n) for r in shown for n in names if n in r.series]
            finite = [v[np.isfinite(v)] for v in finite]
            finite = [v for v in finite if v.size]
            plot = self.plots[spec.key]
            # While the crew curve is still computing its plot keeps the range it was drawn
            # in: the axis does not jump to the empty-plot range and back on every change.
            keep = not finite and self.crew_pending and S.CREW_SERIES in names and spec.key in self._y_ranged
            if not keep:
                self._y_ranged.add(spec.key)
                low = float(min(v.min() for v in finite)) if finite else None
                high = float(max(v.max() for v in finite)) if finite else None
                lo, hi = spec.y_range.span(low, high)
                # Most control changes keep a plot's range: skip ViewBox.setRange's work then.
                if plot.vb.viewRange()[1] != [lo, hi]:
                    plot.setYRange(lo, hi, padding=0)
            if spec.right is not None and spec.right.grow and spec.key in self.right_views:
                right = [np.asarray(r.series[n.key]) for r in shown for n in S.series_of(spec.key, "right")
                         if n.key in r.series]
                top = max((float(np.nanmax(v)) for v in right if np.isfinite(v).any()), default=0.0)
                r_lo, r_hi = spec.right.fixed
                r_hi = max(r_hi, float(math.ceil(top * 1.05)))
                view = self.right_views[spec.key]
                if view.viewRange()[1] != [r_lo, r_hi]:
                    view.setYRange(r_lo, r_hi, padding=0)

    @staticmethod
    def _drawn(result: Result, name: str) -> np.ndarray:
        """The values of series ``name`` as drawn (the crew core capped beyond the model)."""
        y = np.asarray(result.series[name], dtype=float)
        if name != S.CREW_SERIES:
            return y
        d = split_crew_core(result.time_h, y, result.outside_validity.get(name))
        return np.fmax(d.trusted_c, d.beyond_c)

    def _draw_validity(self, result: Result) -> None:
        by_plot: dict[str, list[tuple[float, float]]] = {k: [] for k in self.plots}
        names: dict[str, list[str]] = {k: [] for k in self.plots}
        hidden = self.contents.hidden_series if hasattr(self, "contents") else frozenset()
        for name, mask in result.outside_validity.items():
            series = S.series_spec(name)
            if series is None or series.plot not in self.plots or name in hidden:
                continue
            spans = true_runs(result.time_h, mask)
            if spans:
                by_plot[series.plot].extend(spans)
                names[series.plot].append(translate("Plots", SERIES[name][1]) if name in SERIES else name)
        for key, shading in self.validity.items():
            (y0, y1) = self.plots[key].vb.viewRange()[1]
            tooltip = translate("Plots", "Outside model validity: {names} — the model's inputs leave its validated "
                                "range here; values are extrapolations").format(names=", ".join(names[key]))
            shading.show(by_plot[key], y1 - 0.02 * (y1 - y0), tooltip, x_max=self.duration_h)


__all__ = ["Figure", "FigureView", "fit_note"]
