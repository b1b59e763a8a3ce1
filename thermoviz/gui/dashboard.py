"""The dashboard: four stacked plots sharing one time axis (hours), an event strip,
a time cursor linked across all plots and a readout of every quantity at the cursor.

Plots (keys of :attr:`Dashboard.plots`, also used by the exporters):

- ``loop``  — loop pressure [kPa] and coolant remaining [%] (right axis)
- ``heat``  — heat rejected by the loop, heat load and rejection capacity [W]
- ``cabin`` — cabin air and wet-bulb temperature [°C] with comfort/spec/danger bands
  and the wet-bulb limits, relative humidity [%] on the right axis
- ``crew``  — crew core temperature [°C] with the 38/39/40 °C limit lines
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QVBoxLayout, QWidget

from thermoviz.model import limits as L
from thermoviz.model.result import SERIES, Result

from . import theme
from .cursor_readout import CursorReadout
from .event_markers import ROW_PX, ROWS, EventMarkers
from .plot_parts import (LimitBand, LimitLine, ValidityShading, add_second_axis, compact_legend, legend_sample,
                         make_legend, make_pen, series_pen, set_legend_tooltip, style_axis, true_runs)

AXIS_WIDTH = 78
PLOT_KEYS = ("loop", "heat", "cabin", "crew")
#: Which plot shows each series (for validity shading).
SERIES_PLOT = {
    "loop_pressure_kpa": "loop", "coolant_remaining_pct": "loop",
    "heat_rejection_w": "heat", "heat_load_w": "heat", "heat_rejection_capacity_w": "heat",
    "cabin_temp_c": "cabin", "cabin_rh_pct": "cabin", "wet_bulb_c": "cabin",
    "wall_temp_c": "cabin", "equipment_temp_c": "cabin", "condensed_water_kg": "heat",
    "crew_core_temp_c": "crew",
}


#: Short legend names of the series (full names and units are in SERIES / tooltips).
LEGEND_NAME = {
    "loop_pressure_kpa": "Loop pressure",
    "coolant_remaining_pct": "Coolant left (right axis)",
    "heat_load_w": "Heat generated (avionics + crew)",
    "heat_rejection_capacity_w": "Rejection capacity",
    "heat_rejection_w": "Heat rejected",
    "cabin_temp_c": "Cabin air",
    "wet_bulb_c": "Wet-bulb",
    "cabin_rh_pct": "Rel. humidity (right axis)",
    "wall_temp_c": "Walls",
    "equipment_temp_c": "Equipment bay",
    "condensed_water_kg": "Water condensed (right axis)",
    "crew_core_temp_c": "Crew core (rectal)",
}
LEGEND_WIDTH = 350
#: Opacity (0-255) of the pinned reference's curves: the same colours, faded.
REFERENCE_ALPHA = 130
#: The pinned scenario's title in the legend is cut to this many characters (full text: tooltip).
REFERENCE_TITLE_CHARS = 34
#: On narrow windows the legend column shrinks to this share of the dashboard's
#: width, but not below LEGEND_MIN_WIDTH; legends then scale down to fit it.
LEGEND_SHARE = 0.38
LEGEND_MIN_WIDTH = 250
#: Smallest legend scale (11 pt -> 7.7 pt); below it a legend is clipped to its row.
LEGEND_MIN_SCALE = 0.7
#: A legend row is never made shorter than this share of its legend's height.
LEGEND_MIN_ROW_SHARE = 0.8
#: Shorter y-axis titles used when a plot row is too short for the full one
#: (the full title stays in the axis tooltip).
SHORT_AXIS_LABEL = {
    "Pressure [kPa]": "p [kPa]",
    "Coolant left [%]": "Coolant [%]",
    "Rel. humidity [%]": "RH [%]",
    "Crew core [°C]": "Core [°C]",
}
#: Relative heights of the plot rows (the cabin plot carries the most lines).
ROW_STRETCH = {"loop": 10, "heat": 10, "cabin": 15, "crew": 11}


def reference_shift_h(reference: Result, current: Result) -> tuple[float, str]:
    """Hours to shift a reference result so it lines up with ``current``, and the anchor.

    Undock if both undock (return flights compare from the moment the hatch closes),
    else the puncture if both are punctured, else the start of the simulation.
    """
    for anchor in ("undock", "puncture"):
        t_ref, t_cur = reference.events.get(anchor), current.events.get(anchor)
        if t_ref is not None and t_cur is not None:
            return float(t_cur) - float(t_ref), anchor
    return 0.0, "start"


def _label(name: str) -> str:
    return LEGEND_NAME.get(name, SERIES[name][1])


class Dashboard(QWidget):
    """Plots of one :class:`Result`; call :meth:`set_result` to redraw."""

    #: Emitted with the cursor time [h] whenever the cursor moves.
    cursor_moved = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        theme.configure_pyqtgraph()
        self.result: Result | None = None
        self.crew_pending = False
        self.cursor_time_h = 0.0
        self._duration_h: float | None = None
        self._syncing_cursor = False

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        # A control change dirties every plot (each curve spans its whole plot), as
        # dozens of small rectangles; painting their bounding rectangle under one
        # rectangular clip is cheaper than clipping every item to that region.
        self.graphics.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.graphics.ci.setSpacing(4)
        self.graphics.ci.setContentsMargins(4, 4, 12, 4)
        self.readout = CursorReadout()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout, 0)

        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.legends: dict[str, pg.LegendItem] = {}
        self.right_views: dict[str, pg.ViewBox] = {}
        self.legend_cells: dict[str, pg.GraphicsWidget] = {}
        self.legend_width = LEGEND_WIDTH
        self.curve_views: dict[str, pg.ViewBox] = {}
        #: The pinned comparison result (View ▸ Pin as reference) and its faded curves.
        self.reference: Result | None = None
        self.reference_label = ""
        self.reference_curves: dict[str, pg.PlotDataItem] = {}
        self._reference_samples: list[pg.PlotDataItem] = []
        self.reference_anchor: str | None = None
        self._build_strip()
        for row, key in enumerate(PLOT_KEYS, start=1):
            self.plots[key] = self._new_plot(row)
            cell = pg.GraphicsWidget()
            cell.setFixedWidth(LEGEND_WIDTH)
            # A legend taller than its row is clipped, never drawn over the next row's.
            cell.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
            self.graphics.addItem(cell, row=row, col=1)
            self.legend_cells[key] = cell
            self.graphics.ci.layout.setRowStretchFactor(row, ROW_STRETCH[key])
        self.graphics.ci.layout.setRowStretchFactor(0, 0)
        self._build_loop()
        self._build_heat()
        self._build_cabin()
        self._build_crew()
        bottom = self.plots["crew"].getAxis("bottom")
        bottom.setStyle(showValues=True)
        bottom.setHeight(None)
        style_axis(bottom, "Time since start of simulation [h]")
        self.events = EventMarkers(self.strip, [self.plots[k] for k in PLOT_KEYS])
        self.validity = {k: ValidityShading(p) for k, p in self.plots.items()}
        self._build_cursor()
        for key, legend in self.legends.items():
            compact_legend(legend)
            cell = self.legend_cells[key]
            cell.setMinimumHeight(math.ceil(LEGEND_MIN_ROW_SHARE * legend.boundingRect().height()))
            cell.geometryChanged.connect(lambda k=key: self._fit_legend(k))
        # Axes (with their grid lines) are re-rendered only when the view range
        # changes: caching them as pixmaps more than halves the repaint time.
        for plot in [self.strip, *self.plots.values()]:
            for axis in plot.axes.values():
                axis["item"].setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # While controls are being dragged, curves are drawn without antialiasing
        # (about 3x cheaper); full quality returns once the changes settle.
        self._smooth_timer = QTimer(self)
        self._smooth_timer.setSingleShot(True)
        self._smooth_timer.setInterval(250)
        self._smooth_timer.timeout.connect(lambda: self._set_antialias(True))

    # ----------------------------------------------------------------- layout
    def _build_strip(self) -> None:
        strip = self.graphics.addPlot(row=0, col=0)
        strip.setMenuEnabled(False)
        strip.setMouseEnabled(x=True, y=False)
        strip.hideButtons()
        strip.setYRange(0, ROWS, padding=0)
        for side in ("left", "right"):
            strip.showAxis(side)
            axis = strip.getAxis(side)
            axis.setWidth(AXIS_WIDTH)
            axis.setStyle(showValues=False)
            axis.setPen(pg.mkPen(None))
        strip.getAxis("left").setLabel("Events", **{"font-size": f"{theme.AXIS_LABEL_PT}pt", "color": "#111"})
        strip.hideAxis("bottom")
        strip.setFixedHeight(ROWS * ROW_PX + 4)
        blank = pg.GraphicsWidget()
        blank.setFixedWidth(LEGEND_WIDTH)
        self.strip_blank = blank
        blank.setFixedHeight(ROWS * ROW_PX + 4)
        self.graphics.addItem(blank, row=0, col=1)
        self.strip = strip

    def _new_plot(self, row: int) -> pg.PlotItem:
        plot = self.graphics.addPlot(row=row, col=0)
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
        bottom.setStyle(showValues=False)
        bottom.setHeight(8)
        font = theme.ui_font(theme.TICK_PT)
        bottom.setStyle(tickFont=font)
        return plot

    def _curve(self, key: str, name: str, view: pg.ViewBox | None = None, legend: bool = True) -> pg.PlotDataItem:
        curve = pg.PlotDataItem(pen=series_pen(name), name=_label(name), connect="finite")
        curve.setToolTip(f"{_label(name)} [{SERIES[name][0]}]")
        (view or self.plots[key]).addItem(curve)
        if legend:
            self.legends[key].addItem(curve, _label(name))
        self.curves[name] = curve
        self.curve_views[name] = view or self.plots[key].vb
        return curve

    def _build_loop(self) -> None:
        plot = self.plots["loop"]
        style_axis(plot.getAxis("left"), "Pressure [kPa]", theme.BLUE)
        self.legends["loop"] = make_legend(self.legend_cells["loop"])
        right = add_second_axis(plot, "Coolant left [%]", "#8A5A00")
        right.setYRange(0, 105, padding=0)
        self.right_views["loop"] = right
        self._curve("loop", "loop_pressure_kpa")
        self._curve("loop", "coolant_remaining_pct", view=right)

    def _build_heat(self) -> None:
        plot = self.plots["heat"]
        style_axis(plot.getAxis("left"), "Heat [W]")
        self.legends["heat"] = make_legend(self.legend_cells["heat"])
        for name in ("heat_load_w", "heat_rejection_capacity_w", "heat_rejection_w"):
            self._curve("heat", name)
        right = add_second_axis(plot, "Condensed [kg]", "#1F6F99")
        right.setYRange(0, 1, padding=0)
        self.right_views["heat"] = right
        self._curve("heat", "condensed_water_kg", view=right)

    def _build_cabin(self) -> None:
        plot = self.plots["cabin"]
        style_axis(plot.getAxis("left"), "Cabin [°C]", "#111111")
        legend = make_legend(self.legend_cells["cabin"])
        self.legends["cabin"] = legend
        right = add_second_axis(plot, "Rel. humidity [%]", "#1F6F99")
        right.setYRange(0, 100, padding=0)
        self.right_views["cabin"] = right
        self._curve("cabin", "cabin_temp_c")
        self._curve("cabin", "wet_bulb_c")
        self._curve("cabin", "wall_temp_c")
        self._curve("cabin", "equipment_temp_c")
        self._curve("cabin", "cabin_rh_pct", view=right)
        self.cabin_bands = [
            LimitBand(plot, legend, L.CABIN_COMFORT, QColor(0, 158, 115, 40), theme.GREEN, z=-30),
            LimitBand(plot, legend, L.SOYUZ_SPEC, QColor(0, 0, 0, 0), theme.BLUE, Qt.PenStyle.DashLine, z=-25),
            LimitBand(plot, legend, L.CABIN_DANGER, QColor(213, 94, 0, 45), theme.VERMILLION, z=-30),
        ]
        self.cabin_lines = [
            LimitLine(plot, legend, L.WET_BULB_EMPIRICAL, 31.0, theme.PURPLE, Qt.PenStyle.DotLine, 2.5),
            LimitLine(plot, legend, L.WET_BULB_THEORETICAL, 35.0, theme.PURPLE, Qt.PenStyle.DashLine, 2.5),
            LimitLine(plot, legend, L.EQUIPMENT_LIMIT, L.EQUIPMENT_LIMIT_C, theme.ORANGE, Qt.PenStyle.DotLine, 2.0),
        ]
        self.rh_lines = [
            LimitLine(right, legend if value == L.RH_COMFORT.high else None, L.RH_COMFORT, value,
                      theme.SKY_BLUE, Qt.PenStyle.DotLine, 1.5)
            for value in (L.RH_COMFORT.high, L.RH_COMFORT.low)
        ]

    def _build_crew(self) -> None:
        plot = self.plots["crew"]
        style_axis(plot.getAxis("left"), "Crew core [°C]")
        legend = make_legend(self.legend_cells["crew"])
        self.legends["crew"] = legend
        self._curve("crew", "crew_core_temp_c")
        self.crew_lines = [
            LimitLine(plot, legend, L.CORE_PHS_LIMIT, 38.0, theme.ORANGE, Qt.PenStyle.DashLine, 2.5),
            LimitLine(plot, legend, L.CORE_PERFORMANCE, 39.0, theme.VERMILLION, Qt.PenStyle.DashLine, 2.5),
            LimitLine(plot, legend, L.CORE_HEAT_STROKE, 40.0, theme.VERMILLION, Qt.PenStyle.SolidLine, 3),
        ]
        self.crew_message = pg.TextItem("", color="#111111", anchor=(0, 0), fill=pg.mkBrush(255, 255, 224, 235),
                                        border=pg.mkPen("#8A8A8A"))
        self.crew_message.setFont(theme.ui_font(11, bold=True))
        self.crew_message.setParentItem(plot.vb)
        self.crew_message.setPos(10, 8)
        self.crew_message.setZValue(50)
        self.crew_message.hide()
        plot.vb.sigResized.connect(lambda _vb: self._fit_crew_message())

    def _build_cursor(self) -> None:
        self.cursor_lines: dict[str, pg.InfiniteLine] = {}
        pen = make_pen("#5A5A5A", 5, Qt.PenStyle.SolidLine)
        pen.setColor(QColor(70, 70, 70, 120))  # wide translucent grey: unlike any data or event line
        hover = make_pen(theme.BLUE, 4, Qt.PenStyle.SolidLine)
        for key, plot in self.plots.items():
            line = pg.InfiniteLine(pos=0, angle=90, movable=True, pen=pen, hoverPen=hover)
            line.setZValue(40)
            line.setToolTip("Time cursor: drag it, or click a plot")
            plot.addItem(line, ignoreBounds=True)
            line.sigPositionChanged.connect(self._cursor_dragged)
            self.cursor_lines[key] = line
        self.graphics.scene().sigMouseClicked.connect(self._plot_clicked)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Narrow windows (a 1024x768 projector with the controls shown) get a narrower legend column."""
        width = max(LEGEND_MIN_WIDTH, min(LEGEND_WIDTH, round(LEGEND_SHARE * event.size().width())))
        if width != self.legend_width:
            self.legend_width = width
            for cell in [self.strip_blank, *self.legend_cells.values()]:
                cell.setFixedWidth(width)
        super().resizeEvent(event)

    def _fit_legend(self, key: str) -> None:
        """Shrink a legend (down to LEGEND_MIN_SCALE) when its cell is smaller than the legend."""
        legend, cell = self.legends[key], self.legend_cells[key]
        rect = legend.boundingRect()
        if rect.height() <= 0 or rect.width() <= 0:
            return
        size = cell.size()
        fit = min(1.0, size.height() / rect.height(), (size.width() - 4) / rect.width())
        legend.setScale(max(LEGEND_MIN_SCALE, fit))
        self._fit_axis_titles(key, size.height())

    def _fit_axis_titles(self, key: str, row_height: float) -> None:
        """Use the short y-axis title where the full one is longer than the plot row is tall."""
        metrics = QFontMetrics(theme.ui_font(theme.AXIS_LABEL_PT))
        for side in ("left", "right"):
            axis = self.plots[key].getAxis(side)
            full = getattr(axis, "full_label", None)
            if full is None:
                full = axis.full_label = axis.labelText
                axis.setToolTip(full)
            short = SHORT_AXIS_LABEL.get(full)
            if not full or short is None:
                continue
            wanted = full if metrics.horizontalAdvance(full) + 8 <= row_height else short
            if axis.labelText != wanted:
                axis.setLabel(wanted, **dict(axis.labelStyle))

    def legend_scales(self) -> dict[str, float]:
        """The scale each legend is drawn at (1 = full size; tests, layout checks)."""
        return {key: legend.scale() for key, legend in self.legends.items()}

    # ----------------------------------------------------------------- drawing
    def set_result(self, result: Result, interactive: bool = False) -> None:
        """Redraw every plot for ``result`` (fast: curves are updated in place).

        ``interactive=True`` (a control is being changed) draws the curves without
        antialiasing for speed; full quality returns 250 ms after the last change.
        """
        if interactive:
            self._set_antialias(False)
            self._smooth_timer.start()
        self.result = result
        t = np.asarray(result.time_h)
        for name, curve in self.curves.items():
            y = np.asarray(result.series[name])
            # Unchanged curves (e.g. the heat load, or all but the crew curve when
            # the crew strain arrives) keep their cached path: no rebuild, no restroke.
            old_x, old_y = curve.xData, curve.yData
            if (old_x is not None and old_y is not None and np.array_equal(old_x, t)
                    and np.array_equal(old_y, y, equal_nan=True)):
                continue
            curve.setData(t, y, connect="finite")
        duration = float(t[-1]) if t.size else result.scenario.duration_h
        if self._duration_h != duration:
            self._duration_h = duration
            self.strip.setLimits(xMin=-0.02 * duration, xMax=1.02 * duration)
            for plot in self.plots.values():
                plot.setLimits(xMin=-0.02 * duration, xMax=1.02 * duration)
            self.strip.setXRange(0, duration, padding=0.01)
        self._place_reference()
        self._set_y_ranges(result)
        self.events.set_events(dict(result.events), duration)
        self._draw_validity(result)
        self._update_crew_message()
        if not 0 <= self.cursor_time_h <= duration or self.cursor_time_h == 0.0:
            self.cursor_time_h = self._default_cursor(result)
        self.set_cursor(self.cursor_time_h)

    # ----------------------------------------------------------------- reference
    def set_reference(self, result: Result | None, label: str = "") -> None:
        """Pin ``result`` as a faded copy of every curve to compare against (None clears it).

        The reference stays while the scenario is edited, so "this leak" can be seen
        against "a nominal return" on the same axes.  It is shifted in time so that
        both undock at the same moment (else both punctures; else both starts): see
        :func:`reference_shift_h`.
        """
        self.reference = result
        self.reference_label = label
        self.reference_anchor = None
        if result is None:
            for curve in self.reference_curves.values():
                curve.hide()
            self._set_reference_legend(None)
        else:
            t = np.asarray(result.time_h)
            for name, view in self.curve_views.items():
                curve = self.reference_curves.get(name)
                if curve is None:
                    pen = QPen(series_pen(name))
                    colour = QColor(pen.color())
                    colour.setAlpha(REFERENCE_ALPHA)
                    pen.setColor(colour)
                    curve = pg.PlotDataItem(pen=pen, connect="finite")
                    curve.setZValue(-8)  # under the live curves, over the bands
                    view.addItem(curve, ignoreBounds=True)
                    self.reference_curves[name] = curve
                curve.setData(t, np.asarray(result.series[name]), connect="finite")
                curve.setToolTip(f"Reference: {label} — {_label(name)} [{SERIES[name][0]}]")
                curve.show()
            self._place_reference()
        if self.result is not None:
            self._set_y_ranges(self.result)

    def _place_reference(self) -> None:
        """Shift the reference curves to the current anchor and name it in the loop legend."""
        if self.reference is None or self.result is None:
            return
        shift_h, anchor = reference_shift_h(self.reference, self.result)
        for curve in self.reference_curves.values():
            if curve.pos().x() != shift_h:
                curve.setPos(shift_h, 0.0)
        if anchor != self.reference_anchor:
            self.reference_anchor = anchor
            where = "" if anchor == "start" else f" (aligned at {anchor})"
            self._set_reference_legend(f"Faded: reference{where}")

    def _set_reference_legend(self, text: str | None) -> None:
        """Two legend rows: what the faded lines are, and the pinned scenario's title."""
        legend = self.legends["loop"]
        for item in self._reference_samples:
            legend.removeItem(item)
        self._reference_samples = []
        if text is not None:
            label = self.reference_label
            title = label if len(label) <= REFERENCE_TITLE_CHARS else label[:REFERENCE_TITLE_CHARS - 1] + "…"
            tooltip = (f"Pinned reference: {label}. Its curves are drawn faded in the same colours, "
                       "shifted so both scenarios undock (else are punctured) at the same time. "
                       "View ▸ Clear reference removes it.")
            rows = [(text, make_pen("#8A8A8A", 3)), (f"  {title}", pg.mkPen(None))]
            for row_text, pen in rows:
                sample = legend_sample(row_text, pen)
                legend.addItem(sample, row_text)
                set_legend_tooltip(legend, sample, tooltip)
                self._reference_samples.append(sample)
        compact_legend(legend)
        self._fit_legend("loop")

    def _set_antialias(self, on: bool) -> None:
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

    def set_crew_pending(self, pending: bool) -> None:
        """Show or hide the 'computing…' note on the crew plot."""
        self.crew_pending = pending
        self._update_crew_message()
        self.readout.set_crew_pending(pending)

    def _update_crew_message(self) -> None:
        result = self.result
        text = ""
        if self.crew_pending:
            text = "Crew heat strain: computing…"
        elif result is not None:
            core = np.asarray(result.series["crew_core_temp_c"])
            if not np.isfinite(core).any():
                if result.scenario.crew == 0:
                    text = "No crew in this scenario"
                elif not np.asarray(result.crew_aboard).any():
                    text = "Crew not aboard: vehicle stays docked"
                else:
                    text = "No crew core temperature available"
        if self.crew_message.toPlainText() != text:
            self.crew_message.setText(text)
            self._fit_crew_message()
        self.crew_message.setVisible(bool(text))

    def _fit_crew_message(self) -> None:
        """Wrap the crew plot's note inside the plot (a narrow window cut it off at the right)."""
        available = max(80.0, self.plots["crew"].vb.width() - 20)
        item = self.crew_message.textItem
        item.setTextWidth(-1)
        if item.boundingRect().width() > available:
            item.setTextWidth(available)
        self.crew_message.updateTextPos()
        self.crew_message.update()

    def _set_y_ranges(self, result: Result) -> None:
        shown = [result] if self.reference is None else [result, self.reference]

        def finite_max(*names: str, default: float) -> float:
            values = [np.nanmax(r.series[n]) for r in shown for n in names if np.isfinite(r.series[n]).any()]
            return float(max(values)) if values else default

        def finite_min(*names: str, default: float) -> float:
            values = [np.nanmin(r.series[n]) for r in shown for n in names if np.isfinite(r.series[n]).any()]
            return float(min(values)) if values else default

        def set_y(key: str, low: float, high: float) -> None:
            # Most control changes keep a plot's range: skip ViewBox.setRange's work then.
            plot = self.plots[key]
            if plot.vb.viewRange()[1] != [low, high]:
                plot.setYRange(low, high, padding=0)

        p_max = finite_max("loop_pressure_kpa", default=100.0)
        set_y("loop", 0, max(p_max, 1.0) * 1.08)
        q_max = finite_max("heat_load_w", "heat_rejection_w", "heat_rejection_capacity_w", default=100.0)
        set_y("heat", 0, max(q_max, 1.0) * 1.1)
        temps = ("cabin_temp_c", "wet_bulb_c", "wall_temp_c", "equipment_temp_c")
        t_low = min(14.0, finite_min(*temps, default=14.0) - 1)
        t_high = max(41.0, finite_max(*temps, default=41.0) + 1.5)
        w_max = max(finite_max("condensed_water_kg", default=0.0) * 1.1, 0.5)
        if self.right_views["heat"].viewRange()[1] != [0, w_max]:
            self.right_views["heat"].setYRange(0, w_max, padding=0)
        set_y("cabin", math.floor(t_low), math.ceil(t_high))
        c_low = min(36.5, finite_min("crew_core_temp_c", default=36.5) - 0.2)
        c_high = max(40.6, finite_max("crew_core_temp_c", default=40.6) + 0.3)
        set_y("crew", c_low, c_high)

    def _draw_validity(self, result: Result) -> None:
        by_plot: dict[str, list[tuple[float, float]]] = {k: [] for k in self.plots}
        names: dict[str, list[str]] = {k: [] for k in self.plots}
        for name, mask in result.outside_validity.items():
            key = SERIES_PLOT.get(name)
            if key is None:
                continue
            spans = true_runs(result.time_h, mask)
            if spans:
                by_plot[key].extend(spans)
                names[key].append(SERIES[name][1] if name in SERIES else name)
        for key, shading in self.validity.items():
            (y0, y1) = self.plots[key].vb.viewRange()[1]
            tooltip = ("Outside model validity: " + ", ".join(names[key]) +
                       " — the model's inputs leave its validated range here; values are extrapolations")
            shading.show(by_plot[key], y1 - 0.02 * (y1 - y0), tooltip, x_max=self._duration_h)

    # ----------------------------------------------------------------- cursor
    @staticmethod
    def _default_cursor(result: Result) -> float:
        for name in ("crew_limit", "cabin_temp_limit", "coolant_depleted", "landing"):
            t = result.events.get(name)
            if t is not None:
                return float(t)
        return float(result.time_h[-1]) / 2

    def set_cursor(self, t_h: float) -> None:
        """Move the time cursor on every plot to ``t_h`` and update the readout."""
        if self._duration_h is not None:
            t_h = min(max(t_h, 0.0), self._duration_h)
        self.cursor_time_h = float(t_h)
        self._syncing_cursor = True
        try:
            for line in self.cursor_lines.values():
                if line.value() != t_h:
                    line.setValue(t_h)
        finally:
            self._syncing_cursor = False
        if self.result is not None:
            self.readout.show_values(self.cursor_time_h, self.result, self.cursor_values())
        self.cursor_moved.emit(self.cursor_time_h)

    def cursor_values(self) -> dict[str, float]:
        """Every series at the cursor time (``Result.at``)."""
        if self.result is None:
            return {}
        return self.result.at(self.cursor_time_h)

    def _cursor_dragged(self, line: pg.InfiniteLine) -> None:
        if not self._syncing_cursor:
            self.set_cursor(float(line.value()))

    def _plot_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()
        for plot in [self.strip, *self.plots.values()]:
            if plot.vb.sceneBoundingRect().contains(pos):
                self.set_cursor(float(plot.vb.mapSceneToView(pos).x()))
                return
