"""The time axis of every figure: hours since the puncture, hours since the start,
or calendar date and time (UTC, or a named zone).

The plots keep their x coordinate in scenario hours (``Result.time_h``, t = 0 at
the start of the run); only the bottom axis's ticks and title change, so a mode
switch never touches a curve.  A calendar mode needs the scenario's start time
(``Scenario.start_utc``); "hours since the puncture" needs a puncture.  A mode
the scenario cannot give falls back (:func:`effective_mode`) to the nearest one
it can: date modes -> hours since the puncture -> hours since the start.

Default: hours since the puncture (:data:`DEFAULT_MODE`), for historic presets
too.  The story is told from the puncture ("18 h later most coolant was gone",
"6 h after undocking"), every preset and every what-if share that origin, so a
pinned reference and a what-if line up, and a teacher's "how long" questions read
straight off the axis; the calendar date is one menu click away (View ▸ Time
axis) and is remembered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyqtgraph as pg

from thermoviz.model import clock
from thermoviz.model.language import QT_TRANSLATE_NOOP, number, translate

#: Modes in menu order: key -> menu text.
MODES: dict[str, str] = {
    "puncture": QT_TRANSLATE_NOOP("Actions", "Hours since the puncture"),
    "start": QT_TRANSLATE_NOOP("Actions", "Hours since the start of the run"),
    "utc": QT_TRANSLATE_NOOP("Actions", "Date and time (UTC)"),
    "zone": QT_TRANSLATE_NOOP("Actions", "Date and time (Moscow time)"),
}
DEFAULT_MODE = "puncture"
#: Month abbreviations of the date ticks (English source; not the C library's locale).
MONTHS = (QT_TRANSLATE_NOOP("Months", "Jan"), QT_TRANSLATE_NOOP("Months", "Feb"), QT_TRANSLATE_NOOP("Months", "Mar"),
          QT_TRANSLATE_NOOP("Months", "Apr"), QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "Jun"),
          QT_TRANSLATE_NOOP("Months", "Jul"), QT_TRANSLATE_NOOP("Months", "Aug"), QT_TRANSLATE_NOOP("Months", "Sep"),
          QT_TRANSLATE_NOOP("Months", "Oct"), QT_TRANSLATE_NOOP("Months", "Nov"), QT_TRANSLATE_NOOP("Months", "Dec"))
#: The named zone of the "zone" mode: mission control and the Russian agency report in Moscow time.
DEFAULT_ZONE = "Europe/Moscow"
#: Modes that need ``Scenario.start_utc``.
DATE_MODES = ("utc", "zone")
#: Tick spacings offered in the calendar modes [h], finest first.
DATE_STEPS_H = (1, 2, 3, 6, 12, 24, 48, 96, 168, 336, 720)
#: Tick spacings offered in the hour modes [h], finest first.
HOUR_STEPS_H = (0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
#: Pixels kept per tick label: most date ticks are "06:00" (about 45 px at 11 pt), the first and
#: midnight ones "15 Dec 06:00" / "16 Dec" (about 95 / 50 px); hour labels about 40 px.
DATE_LABEL_PX = 75
HOUR_LABEL_PX = 55


@dataclass(frozen=True)
class TimeFrame:
    """What the axis needs to know about a scenario: its start (UTC) and its puncture time [h]."""

    start: datetime | None = None
    puncture_h: float | None = None


def frame_of(result) -> TimeFrame:
    """The :class:`TimeFrame` of a Result (its scenario's start time and its puncture event)."""
    start = result.scenario.start_datetime if result is not None else None
    puncture = result.events.get("puncture") if result is not None else None
    return TimeFrame(start, None if puncture is None else float(puncture))


def check_mode(mode: str) -> str:
    """``mode`` if it is one of :data:`MODES`; ValueError naming the allowed ones otherwise."""
    if mode not in MODES:
        raise ValueError(f"time axis: must be one of {', '.join(MODES)}, got {mode!r}")
    return mode


def available_modes(frame: TimeFrame) -> tuple[str, ...]:
    """The modes this scenario can show (no start time: only the hour modes)."""
    modes = [m for m in MODES if m not in DATE_MODES or frame.start is not None]
    if frame.puncture_h is None:
        modes.remove("puncture")
    return tuple(modes)


def effective_mode(mode: str, frame: TimeFrame) -> str:
    """``mode`` if the scenario can show it, else the closest it can (see the module docstring)."""
    offered = available_modes(frame)
    for candidate in (check_mode(mode), "puncture", "start"):
        if candidate in offered:
            return candidate
    return "start"


def zone_title(zone: str) -> str:
    """``"Moscow time"`` for Europe/Moscow, the IANA name otherwise (always named, never just "local")."""
    return translate("Plots", "Moscow time") if zone == "Europe/Moscow" else zone


def axis_title(mode: str, zone: str = DEFAULT_ZONE, frame: TimeFrame | None = None) -> str:
    """The axis title saying what the axis shows, e.g. ``"Date and time (UTC)"``."""
    if mode == "puncture":
        return translate("Plots", "Hours since the puncture")
    if mode == "start":
        return translate("Plots", "Hours since the start of the run")
    if mode == "utc":
        return translate("Plots", "Date and time (UTC)")
    offset = ""
    if frame is not None and frame.start is not None:
        offset = f", {clock.utc_offset_text(frame.start.astimezone(clock.get_zone(zone)))}"
    return translate("Plots", "Date and time ({zone})").format(zone=f"{zone_title(zone)}{offset}")


def origin_h(mode: str, frame: TimeFrame) -> float:
    """Scenario hour shown as 0 in an hour mode (the puncture time, or 0)."""
    return frame.puncture_h if mode == "puncture" and frame.puncture_h is not None else 0.0


def format_hours(value_h: float, step_h: float) -> str:
    """An hour tick: ``12``, ``-1``, ``2.5`` (decimals only when the step needs them)."""
    decimals = 0 if step_h >= 1 else (1 if step_h >= 0.5 else 2)
    text = f"{value_h:.{decimals}f}"
    return "0" if text.strip("-0.") == "" else text


def local_time(frame: TimeFrame, t_h: float, mode: str, zone: str) -> datetime:
    """The calendar instant at scenario hour ``t_h``, in UTC or in ``zone``."""
    when = clock.utc_at_hours(frame.start, t_h)
    return when if mode == "utc" else when.astimezone(clock.get_zone(zone))


def format_date_tick(when: datetime, step_h: float, first: bool) -> str:
    """A calendar tick: ``15 Dec`` at midnight or for day steps, ``06:00`` otherwise; the first tick
    always carries its date (``15 Dec 06:00``) so the reader knows the day."""
    day = f"{when.day} {translate('Months', MONTHS[when.month - 1])}"
    if step_h >= 24 or (when.hour == 0 and when.minute == 0):
        return day
    clock_text = when.strftime("%H:%M")
    return f"{day} {clock_text}" if first else clock_text


def time_label(t_h: float, mode: str, frame: TimeFrame, zone: str = DEFAULT_ZONE, short: bool = False) -> str:
    """One instant as the axis shows it, for event labels and tooltips.

    ``+18.0 h`` (since the puncture), ``19.0 h`` (since the start), ``2022-12-15 18:45 UTC``;
    ``short``: the clock time only (``18:45``), for labels and readouts next to the dated axis
    (which names the day and the zone); the tooltips carry the full date.
    """
    mode = effective_mode(mode, frame)
    if mode in DATE_MODES:
        if short:
            return local_time(frame, t_h, mode, zone).strftime("%H:%M")
        return clock.format_time(clock.utc_at_hours(frame.start, t_h), None if mode == "utc" else zone)
    value = t_h - origin_h(mode, frame)
    text = number(f"{value:+.1f}" if mode == "puncture" else f"{value:.1f}")
    return f"{text} {translate('Units', 'h')}"


class TimeAxisItem(pg.AxisItem):
    """A bottom axis showing scenario hours in the chosen mode (see the module docstring)."""

    def __init__(self, **kwargs):
        super().__init__("bottom", **kwargs)
        self.mode = "start"
        self.zone = DEFAULT_ZONE
        self.frame = TimeFrame()

    def set_mode(self, mode: str, frame: TimeFrame, zone: str = DEFAULT_ZONE) -> str:
        """Show ``mode`` (or its fallback for ``frame``); returns the mode shown."""
        clock.get_zone(zone)  # ValueError for an unknown zone
        self.mode, self.frame, self.zone = effective_mode(mode, frame), frame, zone
        self.picture = None
        self.update()
        return self.mode

    # pyqtgraph hooks -------------------------------------------------------
    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph names)
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal or size <= 0:
            return []
        span_h = maxVal - minVal
        if self.mode in DATE_MODES:
            step = self._step(DATE_STEPS_H, span_h, size, DATE_LABEL_PX)
            return [(step, self._date_ticks(minVal, maxVal, step))]
        step = self._step(HOUR_STEPS_H, span_h, size, HOUR_LABEL_PX)
        origin = origin_h(self.mode, self.frame)
        first = math.ceil((minVal - origin) / step - 1e-9)
        last = math.floor((maxVal - origin) / step + 1e-9)
        return [(step, [origin + k * step for k in range(first, last + 1)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        if self.mode in DATE_MODES:
            times = [local_time(self.frame, v, self.mode, self.zone) for v in values]
            # The first tick names its day unless a midnight tick in view does already.
            dated = not any(t.hour == 0 and t.minute == 0 for t in times)
            return [format_date_tick(t, spacing, dated and i == 0) for i, t in enumerate(times)]
        origin = origin_h(self.mode, self.frame)
        return [format_hours(v - origin, spacing) for v in values]

    @staticmethod
    def _step(steps, span_h: float, size: float, label_px: float) -> float:
        """The finest step whose labels are at least ``label_px`` apart."""
        most = max(1, int(size // label_px))
        return next((s for s in steps if span_h / s <= most), steps[-1] * math.ceil(span_h / (steps[-1] * most)))

    def _date_ticks(self, min_h: float, max_h: float, step_h: float) -> list[float]:
        """Ticks on whole multiples of ``step_h`` counted from midnight of the shown zone."""
        start_local = local_time(self.frame, min_h, self.mode, self.zone)
        midnight = start_local.replace(hour=0, minute=0, second=0, microsecond=0)
        # Hours from the scenario's t = 0 to that midnight (offset at the view's start; a DST
        # change inside the view shifts later ticks by its hour, still labelled correctly).
        base_h = min_h - (start_local - midnight) / timedelta(hours=1)
        first = math.ceil((min_h - base_h) / step_h - 1e-9)
        last = math.floor((max_h - base_h) / step_h + 1e-9)
        # On the whole second (start times are whole seconds): the float sum could land a
        # microsecond before the hour, and "01:00" was labelled "00:59".
        return [round((base_h + k * step_h) * 3600.0) / 3600.0 for k in range(first, last + 1)]
