"""Event markers: a vertical line per event through every plot, and one readable
label per event in a strip above the plots.

Labels are placed in rows like a Gantt chart: a label goes into the first row
where it does not touch the previous label (measured in pixels at the current
zoom), so events close in time never print on top of each other.
"""

from __future__ import annotations

from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from thermoviz.model.outcome.result import EVENTS
from thermoviz.model.language import number, translate
from thermoviz.model.units import localise_temps

from .explain_text import explained
from .spec import DEFAULT_EVENT_PEN, EVENT_LIMITS_C, EVENT_PENS, EVENT_SHORT_LABELS
from .style import qpen, ui_font

ROWS = 3
#: Height of one label row in the strip [px] (a label is about 26 px tall at 11 pt).
ROW_PX = 29
LABEL_PT = 11


def short_label(name: str) -> str:
    """Compact label of event ``name`` in the chosen language and temperature unit (``Кабина 27 °C``)."""
    text = translate("Events", EVENT_SHORT_LABELS.get(name, EVENTS[name]))
    if name in EVENT_LIMITS_C:
        text = text.format(limit=number(f"{EVENT_LIMITS_C[name]:g}"))
    return localise_temps(text, exact=True)


class EventLines(pg.UIGraphicsItem):
    """Paints all event lines of one plot in one item.

    The lines themselves stay :class:`pyqtgraph.InfiniteLine` objects (value, pen
    and tooltip as before) but are flagged as having no contents: Qt then no longer
    paints each of them as its own rotated item on every repaint; this item draws
    them all, in view coordinates, exactly where and how the InfiniteLine would
    (same pen, bottom to top).  Exports (pyqtgraph's export mode: PNG, SVG, PDF)
    let the lines paint themselves as before and this item paints nothing.
    """

    def __init__(self):
        super().__init__()
        self.lines: list[pg.InfiniteLine] = []
        self._exporting = False
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def add(self, line: pg.InfiniteLine) -> None:
        line.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not self._exporting)
        self.lines.append(line)

    def setExportMode(self, export, opts=None):  # noqa: N802 (pyqtgraph name)
        self._exporting = bool(export)
        for line in self.lines:
            line.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not export)
        self.update()
        return super().setExportMode(export, opts)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks and tooltips reach the lines and plots below

    def paint(self, p, *args) -> None:
        view = self.getViewBox()
        if view is None or self._exporting:
            return
        _, (y0, y1) = view.viewRange()
        for line in self.lines:
            if line.isVisible():
                pen = line.currentPen
                pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                p.setPen(pen)
                x = line.value()
                p.drawLine(QPointF(x, y0), QPointF(x, y1))


class EventMarkers:
    """Owns the event lines in ``plots`` and the labels in ``strip``."""

    def __init__(self, strip: pg.PlotItem, plots: list[pg.PlotItem]):
        self.strip = strip
        self.plots = plots
        self.times: dict[str, float] = {}
        self.lines: dict[str, list[pg.InfiniteLine]] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self.rows: dict[str, int] = {}
        #: Scenario hour -> the text the labels show (the figure sets it to follow its time axis).
        self.time_text = lambda t_h: f"{t_h:.1f} h"
        self._font = ui_font(LABEL_PT)
        self._metrics = QFontMetricsF(self._font)
        self.painters: list[EventLines] = []
        #: Events whose lines and labels are not shown (a lesson's "predict first" secret).
        self.hidden: frozenset[str] = frozenset()
        self._last: tuple[dict, float] = ({}, 0.0)
        for plot in [strip, *plots]:
            painter = EventLines()
            painter.setZValue(-8)
            plot.addItem(painter, ignoreBounds=True)
            self.painters.append(painter)
        strip.vb.sigXRangeChanged.connect(self.relayout)
        strip.vb.sigResized.connect(self.relayout)

    def _items(self, name: str) -> tuple[list[pg.InfiniteLine], pg.TextItem]:
        """The (reused) lines and label of one event, created on first use."""
        if name not in self.lines:
            pen = EVENT_PENS.get(name, DEFAULT_EVENT_PEN)
            lines = []
            for plot, painter in zip([self.strip, *self.plots], self.painters):
                line = pg.InfiniteLine(pos=0, angle=90, movable=False, pen=qpen(pen))
                line.setZValue(-8)
                plot.addItem(line, ignoreBounds=True)
                painter.add(line)
                lines.append(line)
            label = pg.TextItem("", color="#111111", anchor=(0, 0.5), fill=pg.mkBrush(255, 255, 255, 235),
                                border=qpen(replace(pen, style="solid")))
            label.setFont(self._font)
            self.strip.addItem(label, ignoreBounds=True)
            self.lines[name] = lines
            self.labels[name] = label
        return self.lines[name], self.labels[name]

    def set_events(self, events: dict[str, float | None], duration_h: float) -> None:
        """Show the events that happen within the run; hide the others.

        Called on every control change: only items whose time or visibility
        changed are touched, and labels are re-packed only when a time changed.
        """
        self._last = (dict(events), float(duration_h))
        times: dict[str, float] = {}
        changed = False
        for name in EVENTS:
            t = events.get(name)
            happens = t is not None and 0 <= t <= duration_h and name not in self.hidden
            if not happens and name not in self.lines:
                continue
            lines, label = self._items(name)
            if happens:
                times[name] = float(t)
                if lines[0].value() != t or not label.isVisible():
                    changed = True
                    for line in lines:
                        line.setValue(t)
                    self._set_tooltips(name, float(t))
            if label.isVisible() != happens:
                changed = True
                for item in [*lines, label]:
                    item.setVisible(happens)
        if changed:
            for painter in self.painters:
                painter.update()
        if times == self.times:
            return
        self.times = times
        self.rows.clear()
        self.relayout()

    def set_hidden(self, names) -> None:
        """Hide the lines and labels of the events ``names`` (and show the others again)."""
        names = frozenset(names)
        if names != self.hidden:
            self.hidden = names
            self.set_events(*self._last)

    def full_text(self, name: str, t_h: float) -> str:
        """``Landing +54.0 h``: the event's name and its time as the time axis shows it."""
        return f"{localise_temps(translate('Events', EVENTS[name]), exact=True)} {self.time_text(t_h)}"

    def _set_tooltips(self, name: str, t_h: float) -> None:
        """Label and lines: the full text, then what the event is, why it matters and the source."""
        text = explained("event", name, self.full_text(name, t_h))
        for item in [*self.lines[name], self.labels[name]]:
            if item.toolTip() != text:
                item.setToolTip(text)

    def retime(self) -> None:
        """Re-write every label and tooltip after a time-axis change."""
        for name, t_h in self.times.items():
            self._set_tooltips(name, t_h)
        self.rows.clear()
        self.relayout()

    def visible_labels(self) -> dict[str, str]:
        """Event name -> full label text (the first line of the tooltip) of the markers shown."""
        return {n: self.full_text(n, t) for n, t in self.times.items()}

    def relayout(self, *_args) -> None:
        """Place labels in rows so that none overlaps another at the current zoom.

        If the full texts ("Landing 55.0 h") cannot all be placed, the compact
        ones ("Landing") are used; the full text stays in the tooltip.  Texts are
        measured with font metrics, so a label's text is set (and its item
        re-laid out) only when the chosen text differs from the shown one.
        """
        if not self.times:
            return
        full = {name: self.full_text(name, t) for name, t in self.times.items()}
        placement = self._place(full)
        if placement is None:
            compact = {name: short_label(name) for name in self.times}
            placement = self._place(compact, squeeze=True)
        for name, (text, row, x, anchor_x) in placement.items():
            label = self.labels[name]
            if label.isVisible() != bool(text):  # no room at all: the line's tooltip still names it
                label.setVisible(bool(text))
            if label.textItem.toPlainText() != text:
                label.setText(text)
            self.rows[name] = row
            if tuple(label.anchor) != (anchor_x, 0.5):
                label.setAnchor((anchor_x, 0.5))
            y = ROWS - row - 0.5
            if (label.pos().x(), label.pos().y()) != (x, y):
                label.setPos(x, y)

    def _place(self, texts: dict[str, str], squeeze: bool = False) -> dict[str, tuple[str, int, float, float]] | None:
        """One placement pass: name -> (text, row, x, anchor x).

        None if some label does not fit and ``squeeze`` is False; with ``squeeze``
        such a label is shifted next to its neighbours (it may overlap then).
        """
        (x0, x1), _ = self.strip.vb.viewRange()
        width_px = max(self.strip.vb.width(), 1.0)
        h_per_px = (x1 - x0) / width_px
        occupied: list[list[tuple[float, float]]] = [[] for _ in range(ROWS)]
        gap = 4 * h_per_px
        placement: dict[str, tuple[str, int, float, float]] = {}

        def free(row: int, lo: float, hi: float) -> bool:
            return all(hi + gap <= a or lo >= b + gap for a, b in occupied[row])

        for name in sorted(self.times, key=self.times.get):
            t = self.times[name]
            text = texts[name]
            text_w = (self._metrics.horizontalAdvance(text) + 14) * h_per_px
            # Candidates, best first: text starting at its line, or ending at it.
            candidates = []
            if t + text_w <= x1:
                candidates.append((t, 0.0, t, t + text_w))
            if t - text_w >= x0:
                candidates.append((t, 1.0, t - text_w, t))
            if not candidates:
                if not squeeze:  # the full text would run off the plot: use the compact ones
                    return None
                candidates.append((t, 0.0, t, t + text_w))
            placed = next(((row, c) for row in range(ROWS) for c in candidates if free(row, c[2], c[3])), None)
            if placed is None:
                if not squeeze:
                    return None
                # Crowded: the row with the most room, text shifted next to its
                # line's neighbours but kept inside the view (same-colour border).
                # Crowded: the row with the most room, text next to its neighbours and
                # elided ("Landi…") to the room left, never over another label; the
                # full text stays in the tooltip.
                row = min(range(ROWS), key=lambda r: max((b for _a, b in occupied[r]), default=x0))
                lo = max((b for _a, b in occupied[row]), default=x0) + gap
                room_px = (x1 - lo) / h_per_px - 14
                if text_w > x1 - lo:
                    text = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room_px, 0.0))
                    text_w = (self._metrics.horizontalAdvance(text) + 14) * h_per_px
                placed = (row, (lo, 0.0, lo, lo + text_w))
            row, (x, anchor_x, lo, hi) = placed
            occupied[row].append((lo, hi))
            placement[name] = (text, row, x, anchor_x)
        return placement

    def overlapping_labels(self) -> list[tuple[str, str]]:
        """Pairs of labels whose on-screen rectangles intersect (for tests)."""
        names = list(self.times)
        rects = {n: self.labels[n].sceneBoundingRect() for n in names}
        return [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
                if self.labels[a].isVisible() and self.labels[b].isVisible() and rects[a].intersects(rects[b])]
