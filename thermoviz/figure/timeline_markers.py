"""The reported timeline on the figure: small grey diamonds along the top of the event strip.

The model's events (:mod:`thermoviz.figure.events`) are coloured lines through
every plot, computed by the model; the *reported* events (what the agencies and
the press said happened, :mod:`thermoviz.io.timeline`) are a different kind of
thing and look different: a neutral grey diamond in their own band above the
event labels, a grey bar across the day or month when the report gives only
that.  Hovering one shows its date, what happened and its source.

Entries outside the simulated span are never dropped silently: a note in the
strip's right-hand cell counts them ("3 before the run, 2 after") and its
tooltip lists them; the window lists all entries in Help ▸ Reported timeline.
"""

from __future__ import annotations

from typing import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsTextItem

from thermoviz.io.presets import get_preset, list_presets
from thermoviz.io.timeline import TIMELINE_KINDS, PlacedEntry, TimelinePlacement, describe_offset, place_timeline
from thermoviz.model.language import translate

from .style import ui_font


#: Height of the timeline band above the event labels [px].
BAND_PX = 16
#: Neutral grey (not a series or event colour): reported, not modelled.
MARKER_COLOUR = "#5E5E5E"
DIAMOND = "◆"
#: A report that gives only the day (or month) is a lighter bar across it, this much short of each end [h].
BAR_COLOUR = "#BDBDBD"
BAR_INSET_H = 1.0


def timeline_for(scenario, preset_id: str | None) -> tuple:
    """The reported timeline (TimelineEntry) belonging to ``scenario``.

    Its preset's; for a scenario not tied to a preset (a file, the CLI), the timeline of the
    preset with the same start time, if any; none without a start time.
    """
    if scenario is None or not scenario.start_utc:
        return ()
    try:
        if preset_id:
            return tuple(get_preset(preset_id).timeline)
        same = [p for p in list_presets() if p.t0_utc == scenario.start_utc]
    except Exception:  # noqa: BLE001 -- a broken preset file must not stop the plots
        return ()
    return tuple(same[0].timeline) if same else ()


def entry_tooltip(placed: PlacedEntry, zone: str | None = None) -> str:
    """``Reported 2022-12-15 00:45 UTC (detection)``, what happened, and the source."""
    entry = placed.entry
    kind = TIMELINE_KINDS.get(entry.kind, "")
    return (translate("Timeline", "Reported {when} ({kind}: {meaning})").format(
                when=entry.when_text(zone), kind=entry.kind, meaning=_lower_first(translate("Timeline", kind).rstrip(".")))
            + f"\n{entry.event}\n" + translate("Timeline", "Source: {source}").format(source=entry.source))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def outside_summary(placement: TimelinePlacement, duration_h: float, hint: str = "") -> tuple[str, str]:
    """(note, tooltip) for the entries outside the run, e.g. ``3 before the run, 2 after``.

    ``hint`` follows the counts (the window: where the full list is; exports: nothing).
    """
    before = [p for p in placement.outside if p.end_h < 0]
    after = [p for p in placement.outside if p not in before]
    parts = [translate("Timeline", "{count} before the run").format(count=len(before)) if before else "",
             translate("Timeline", "{count} after").format(count=len(after)) if after else ""]
    counts = ", ".join(p for p in parts if p)
    note = f"{DIAMOND} " + translate("Timeline", "Reported timeline: {count} in the run").format(
        count=len(placement.inside))
    note += f"; {counts}{hint}" if counts else ""
    lines = [f"• {p.entry.when_text()} — {p.entry.event} ({describe_offset(p, duration_h)})"
             for p in placement.outside]
    tooltip = translate("Timeline", "Grey diamonds: what was reported to have happened (not computed by the model).\n"
                        "Hover a diamond for its date, what happened and its source.")
    if lines:
        tooltip += "\n\n" + translate("Timeline", "Outside the simulated span:") + "\n" + "\n".join(lines)
    return note, tooltip


class TimelineMarkers:
    """Owns the diamonds in ``strip`` (band from ``y0`` up) and the note in ``cell``."""

    def __init__(self, strip: pg.PlotItem, cell: pg.GraphicsWidget, y0: float, y1: float):
        self.strip, self.cell = strip, cell
        self.y = (y0 + y1) / 2
        self.items: list[pg.GraphicsObject] = []
        self.placement: TimelinePlacement | None = None
        self.shown: list[PlacedEntry] = []
        self.note = QGraphicsTextItem(cell)
        self.note.setFont(ui_font(10))
        self.note.setDefaultTextColor(QColor(MARKER_COLOUR))
        self.note.setPos(6, 0)
        self.note.hide()
        self._key: tuple | None = None
        #: Said after the counts of the entries outside the run (the window names its dialog).
        self.hint = ""

    def set(self, entries: Sequence, start_utc: str | None, duration_h: float) -> None:
        """Place ``entries`` (TimelineEntry) on a run starting at ``start_utc`` lasting ``duration_h``.

        No entries, or a scenario without a start time: nothing is drawn.
        """
        key = (tuple(entries), start_utc, duration_h)
        if key == self._key:
            return
        self._key = key
        for item in self.items:
            self.strip.removeItem(item)
        self.items.clear()
        self.shown = []
        if not entries or not start_utc:
            self.placement = None
            self.note.hide()
            return
        self.placement = place_timeline(entries, start_utc, duration_h)
        for placed in self.placement.inside:
            self._draw(placed, duration_h)
        note, tooltip = outside_summary(self.placement, duration_h, self.hint)
        self.note.setPlainText(note)
        self.note.setToolTip(tooltip)
        self.fit_note()
        self.note.show()

    def fit_note(self) -> None:
        """Wrap the note inside its cell (the legend column's width)."""
        self.note.setTextWidth(max(80.0, self.cell.size().width() - 10))

    def _draw(self, placed: PlacedEntry, duration_h: float) -> None:
        tooltip = entry_tooltip(placed)
        lo, hi = max(placed.start_h, 0.0), min(placed.end_h, duration_h)
        if hi > lo:  # a day or a month: a light bar across the part of it inside the run,
            # short of its ends so that consecutive days stay apart
            inset = min(BAR_INSET_H, (hi - lo) / 4)
            bar = pg.PlotDataItem([lo + inset, hi - inset], [self.y, self.y], pen=pg.mkPen(BAR_COLOUR, width=3))
            bar.setToolTip(tooltip)
            self.strip.addItem(bar, ignoreBounds=True)
            self.items.append(bar)
        diamond = pg.TextItem(DIAMOND, color=MARKER_COLOUR, anchor=(0.5, 0.5))
        diamond.setFont(ui_font(11))
        diamond.setPos((lo + hi) / 2, self.y)
        diamond.setToolTip(tooltip)
        diamond.setZValue(20)
        self.strip.addItem(diamond, ignoreBounds=True)
        self.items.append(diamond)
        self.shown.append(placed)

    def tooltips(self) -> list[str]:
        """Tooltip of each diamond shown (tests)."""
        return [item.toolTip() for item in self.items if isinstance(item, pg.TextItem)]
