"""The window's dashboard: the figure (:class:`thermoviz.figure.figure.Figure`) plus a
time cursor linked across all plots and a readout of every quantity at the cursor.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from superqt.utils import qdebounced

from thermoviz.figure import spec as S
from thermoviz.figure.figure import Figure
from thermoviz.figure.grid_background import GridBackground
from thermoviz.figure.style import make_pen
from thermoviz.figure.time_axis import MONTHS, DATE_MODES, DEFAULT_ZONE, frame_of, local_time, time_label
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.outcome.result import Result

from .cursor_readout import CursorReadout

#: pyqtgraph's own right-click entry, translated through thermoviz's catalogue (pyqtgraph asks Qt for it).
PYQTGRAPH_TEXTS = (QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),)
#: After the last interactive redraw, full-quality (antialiased) curves return this much later [ms].
SMOOTH_AFTER_MS = 250
#: Events the cursor jumps to when a result is first shown, in order of preference.
CURSOR_EVENTS = ("crew_limit", "cabin_temp_limit", "coolant_depleted", "landing")


class Dashboard(Figure):
    """The figure with a time cursor and a readout; call :meth:`set_result` to redraw."""

    #: Emitted with the cursor time [h] whenever the cursor moves.
    cursor_moved = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.cursor_time_h = 0.0
        self._syncing_cursor = False
        self.readout = CursorReadout()
        self.readout.time_text = self._readout_time
        self.layout().addWidget(self.readout, 0)
        self._build_cursor()
        # On screen the grid lives in the view's cached background (exports keep pyqtgraph's).
        self.grid_background = GridBackground(self)
        from .cursor_keys import CursorKeys

        self.cursor_keys = CursorKeys(self)
        # While controls are being dragged, curves are drawn without antialiasing
        # (about 3x cheaper); full quality returns once the changes settle.
        self._smooth_again = qdebounced(lambda: self.set_antialias(True), timeout=SMOOTH_AFTER_MS, parent=self)

    def _build_cursor(self) -> None:
        self.cursor_lines: dict[str, pg.InfiniteLine] = {}
        pen = make_pen("#5A5A5A", 5, Qt.PenStyle.SolidLine)
        pen.setColor(QColor(70, 70, 70, 120))  # wide translucent grey: unlike any data or event line
        hover = make_pen(S.BLUE, 4, Qt.PenStyle.SolidLine)
        for key, plot in self.plots.items():
            line = pg.InfiniteLine(pos=0, angle=90, movable=True, pen=pen, hoverPen=hover)
            line.setZValue(40)
            line.setToolTip(translate("Readout", "Time cursor: drag it, or click a plot"))
            plot.addItem(line, ignoreBounds=True)
            line.sigPositionChanged.connect(self._cursor_dragged)
            self.cursor_lines[key] = line
        self.graphics.scene().sigMouseClicked.connect(self._plot_clicked)

    def set_result(self, result: Result, interactive: bool = False) -> None:
        """Redraw every plot for ``result`` and keep the cursor inside the run.

        ``interactive=True`` (a control is being changed) draws the curves without
        antialiasing for speed; full quality returns 250 ms after the last change.
        """
        if interactive:
            self.set_antialias(False)
            self._smooth_again()
        super().set_result(result)
        duration = self.duration_h or 0.0
        if not 0 <= self.cursor_time_h <= duration or self.cursor_time_h == 0.0:
            self.cursor_time_h = self._default_cursor(result)
        self.set_cursor(self.cursor_time_h)

    def _readout_time(self, t_h: float) -> str:
        """The cursor's time as the axis counts it; with its day in the date modes (``15 Dec 15:27``)."""
        frame = frame_of(self.result)
        if self.time_mode_shown in DATE_MODES:
            when = local_time(frame, t_h, self.time_mode_shown, self.time_zone)
            return f"{when.day} {translate('Months', MONTHS[when.month - 1])} {when.strftime('%H:%M')}"
        return time_label(t_h, self.time_mode_shown, frame, self.time_zone)

    def set_time_axis(self, mode: str, zone: str = DEFAULT_ZONE) -> str:
        shown = super().set_time_axis(mode, zone)
        if self.result is not None:
            self.set_cursor(self.cursor_time_h)  # the readout speaks the axis's language
        return shown

    def set_unavailable(self, reason: str | None) -> None:
        """Grey the curves (see Figure) and blank the readout: its values are not the scenario's."""
        super().set_unavailable(reason)
        # The event markers belong to the same stale result: greyed with the curves.
        opacity = 1.0 if reason is None else 0.25
        if self.strip.opacity() != opacity:
            self.strip.setOpacity(opacity)
            for painter in self.events.painters:
                painter.setOpacity(opacity)
        if reason is not None:
            self.readout.clear(reason)

    def set_crew_pending(self, pending: bool) -> None:
        super().set_crew_pending(pending)
        self.readout.set_crew_pending(pending)

    @staticmethod
    def _default_cursor(result: Result) -> float:
        for name in CURSOR_EVENTS:
            t = result.events.get(name)
            if t is not None:
                return float(t)
        return float(result.time_h[-1]) / 2

    def set_cursor(self, t_h: float) -> None:
        """Move the time cursor on every plot to ``t_h`` and update the readout."""
        if self.duration_h is not None:
            t_h = min(max(t_h, 0.0), self.duration_h)
        self.cursor_time_h = float(t_h)
        self._syncing_cursor = True
        try:
            for line in self.cursor_lines.values():
                if line.value() != t_h:
                    line.setValue(t_h)
        finally:
            self._syncing_cursor = False
        if self.result is not None and self.unavailable_reason is None:
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
