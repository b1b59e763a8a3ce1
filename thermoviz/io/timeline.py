"""The reported timeline of a historic event, as data with real dates.

Each ``[[preset.timeline]]`` entry of a preset file is one thing the record says
happened::

    [[preset.timeline]]
    date = "2022-12-15T00:45Z"      # UTC: a date-time (to the minute), a day or a month
    kind = "detection"              # one of TIMELINE_KINDS
    event = "Low pressure in the external cooling loop and a visible spray ..."
    source = "NASA via SpaceRef (Sources §1.1); confirmed"

``date`` is ``YYYY-MM-DDTHH:MM[:SS]Z`` (any ISO-8601 offset is converted to UTC),
``YYYY-MM-DD`` (the report gives the day only) or ``YYYY-MM`` (the month only).
A day or a month is a *span*: the entry covers the whole day or month in UTC
(news reports give dates in Moscow or Houston time; a day-precision entry is
therefore only good to about a day).

:func:`place_timeline` maps the entries onto a scenario's hours (t = 0 is
``Scenario.start_utc``) and splits them into those inside the simulated span and
those outside it, which are listed rather than dropped.  These are the *reported*
events, separate from the model's own events (``Result.events``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Sequence

from ..model import clock
from ..model.language import QT_TRANSLATE_NOOP, translate
from ..model.scenario import ScenarioError

#: Kinds of reported event, with what each means (for legends and tooltips; translated where shown).
TIMELINE_KINDS: dict[str, str] = {
    "launch": QT_TRANSLATE_NOOP("Timeline", "A vehicle is launched (or delivered to the station)."),
    "docking": QT_TRANSLATE_NOOP("Timeline", "A vehicle docks to the station."),
    "detection": QT_TRANSLATE_NOOP("Timeline", "The leak is first noticed (telemetry, alarms, cameras)."),
    "observation": QT_TRANSLATE_NOOP("Timeline", "Something seen or measured during the event (spray, cabin temperature)."),
    "finding": QT_TRANSLATE_NOOP("Timeline", "A cause or damage established (hole size, external impact)."),
    "briefing": QT_TRANSLATE_NOOP("Timeline", "An agency briefing or statement about the situation and its risks."),
    "statement": QT_TRANSLATE_NOOP("Timeline", "A later claim in the press, e.g. a disputed estimate."),
    "decision": QT_TRANSLATE_NOOP("Timeline", "A plan the agencies decided (e.g. the emergency seating)."),
    "test": QT_TRANSLATE_NOOP("Timeline", "A test of the damaged vehicle."),
    "spacewalk": QT_TRANSLATE_NOOP("Timeline", "A spacewalk (EVA) connected with the event."),
    "undocking": QT_TRANSLATE_NOOP("Timeline", "A vehicle undocks from the station."),
    "deorbit": QT_TRANSLATE_NOOP("Timeline", "A deorbit burn; the vehicle is destroyed on re-entry."),
    "landing": QT_TRANSLATE_NOOP("Timeline", "A vehicle lands."),
}

#: Precision of an entry's date: a moment (date + time), a whole day or a whole month.
PRECISIONS = ("minute", "day", "month")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_KEYS = ("date", "kind", "event", "source")


@dataclass(frozen=True)
class TimelineEntry:
    """One reported event.

    Attributes
    ----------
    date : str
        As written in the file (canonical UTC text for a date-time).
    kind : str
        One of :data:`TIMELINE_KINDS`.
    event, source : str
        What happened, and who reported it (publisher, date and the ``docs/sources.md`` section
        that lists it with its web address, as "(Sources §1.1)").
    start : datetime
        Aware UTC: the moment, or the start of the day / month.
    precision : str
        ``"minute"``, ``"day"`` or ``"month"`` (see :data:`PRECISIONS`).
    """

    date: str
    kind: str
    event: str
    source: str
    start: datetime
    precision: str

    @property
    def end(self) -> datetime:
        """End of the span the date covers (== ``start`` for a moment)."""
        if self.precision == "day":
            return self.start + timedelta(days=1)
        if self.precision == "month":
            year, month = self.start.year + self.start.month // 12, self.start.month % 12 + 1
            return self.start.replace(year=year, month=month)
        return self.start

    def when_text(self, zone: str | None = None) -> str:
        """The date for a label: ``2022-12-15 00:45 UTC`` (or in a named zone), ``2022-12-15`` or ``2010-05``.

        Only a moment can be shown in another zone; a day or a month is the reported date as written.
        """
        if self.precision == "minute":
            return clock.format_time(self.start, zone)
        return self.date

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON: the file's keys plus ``utc`` (canonical start) and ``precision``."""
        return {
            "date": self.date,
            "kind": self.kind,
            "event": self.event,
            "source": self.source,
            "utc": clock.format_utc_iso(self.start),
            "precision": self.precision,
        }


def parse_date(text: str) -> tuple[datetime, str, str]:
    """Timeline date text -> (UTC start, precision, canonical text); raises ValueError (one line)."""
    allowed = (f"a UTC date-time like {clock.EXAMPLE_UTC}, a day like 2022-12-15 or a month like 2010-05")
    if not isinstance(text, str):
        raise ValueError(f"must be {allowed}, got {text!r}")
    stripped = text.strip()
    for pattern, precision in ((_DAY, "day"), (_MONTH, "month")):
        match = pattern.match(stripped)
        if match:
            parts = [int(g) for g in match.groups()] + ([1] if precision == "month" else [])
            try:
                start = datetime(*parts, tzinfo=clock.UTC)
            except ValueError as exc:
                raise ValueError(f"is not a real date ({exc}), got {text!r}") from None
            if not clock.YEAR_MIN <= start.year <= clock.YEAR_MAX:
                raise ValueError(f"year must be from {clock.YEAR_MIN} to {clock.YEAR_MAX}, got {text!r}")
            return start, precision, stripped
    if "T" not in stripped:
        raise ValueError(f"must be {allowed}, got {text!r}")
    start = clock.parse_utc(stripped)
    return start, "minute", clock.format_utc_iso(start)


def parse_timeline(raw: Any, *, source: str | None = None, field: str = "preset.timeline"
                   ) -> tuple[TimelineEntry, ...]:
    """Validate the ``[[preset.timeline]]`` array of tables (in date order).

    Raises :class:`ScenarioError` naming the file, the entry (``preset.timeline[3].kind``)
    and what is allowed.
    """
    if not isinstance(raw, list) or not raw:
        raise ScenarioError(field, "a preset needs its reported timeline ([[preset.timeline]] tables)",
                            source=source)
    entries: list[TimelineEntry] = []
    for i, item in enumerate(raw):
        where = f"{field}[{i}]"
        if not isinstance(item, dict):
            raise ScenarioError(where, f"must be a table with {', '.join(_KEYS)}", source=source)
        missing = [key for key in _KEYS if key not in item]
        extra = sorted(set(item) - set(_KEYS))
        if missing or extra:
            what = f"missing {missing[0]}" if missing else f"unknown key {extra[0]}"
            raise ScenarioError(where, f"{what}; an entry has exactly {', '.join(_KEYS)}", source=source)
        for key in _KEYS:
            if not isinstance(item[key], str) or not item[key].strip():
                raise ScenarioError(f"{where}.{key}", "must be a non-empty text", source=source)
        try:
            start, precision, date_text = parse_date(item["date"])
        except ValueError as exc:
            raise ScenarioError(f"{where}.date", str(exc), source=source) from None
        if item["kind"] not in TIMELINE_KINDS:
            raise ScenarioError(f"{where}.kind", f"must be one of {', '.join(TIMELINE_KINDS)}, "
                                f"got {item['kind']!r}", source=source)
        entry = TimelineEntry(date_text, item["kind"], item["event"].strip(), item["source"].strip(),
                              start, precision)
        previous = entries[-1] if entries else None
        if previous and entry.start < previous.start and entry.end <= previous.start:  # a day may follow a moment on it
            raise ScenarioError(f"{where}.date", f"{date_text} is earlier than the entry before it "
                                f"({previous.date}); list the timeline in date order", source=source)
        entries.append(entry)
    return tuple(entries)


@dataclass(frozen=True)
class PlacedEntry:
    """A timeline entry on a scenario's clock: ``start_h`` to ``end_h`` hours after t = 0."""

    entry: TimelineEntry
    start_h: float
    end_h: float

    @property
    def moment(self) -> bool:
        """True for a date-time (a line on a plot), False for a day or month (a span)."""
        return self.entry.precision == "minute"


@dataclass(frozen=True)
class TimelinePlacement:
    """Timeline entries split by the simulated span ``0 .. duration_h``.

    ``inside`` overlap the span (a day that starts before t = 0 but runs into it
    counts as inside); ``outside`` do not and are *listed*, e.g. "Soyuz MS-23
    launches 71 days later", never silently dropped.  Both keep date order.
    """

    inside: tuple[PlacedEntry, ...]
    outside: tuple[PlacedEntry, ...]

    @property
    def all(self) -> tuple[PlacedEntry, ...]:
        return tuple(sorted(self.inside + self.outside, key=lambda p: p.start_h))


def place_timeline(entries: Sequence[TimelineEntry], start_utc: datetime | str, duration_h: float
                   ) -> TimelinePlacement:
    """Map timeline entries to hours of a scenario and split them at the simulated span.

    Parameters
    ----------
    entries : sequence of TimelineEntry
        E.g. ``get_preset("soyuz-ms22").timeline``.
    start_utc : datetime or str
        When t = 0 is (``Scenario.start_utc`` or its ``start_datetime``).
    duration_h : float
        Simulated span [h] (``Scenario.duration_h``).
    """
    start = clock.parse_utc(start_utc) if isinstance(start_utc, str) else clock.as_utc(start_utc)
    inside: list[PlacedEntry] = []
    outside: list[PlacedEntry] = []
    for entry in entries:
        placed = PlacedEntry(entry, clock.hours_between(start, entry.start), clock.hours_between(start, entry.end))
        overlaps = placed.start_h <= duration_h and placed.end_h >= 0.0
        (inside if overlaps else outside).append(placed)
    return TimelinePlacement(tuple(inside), tuple(outside))


def describe_offset(placed: PlacedEntry, duration_h: float) -> str:
    """Plain words for where an outside entry lies, e.g. ``"71 days after the run"``."""
    if placed.end_h < 0:
        return translate("Timeline", "{span} before the run starts").format(span=_span_words(-placed.end_h))
    if placed.start_h > duration_h:
        return translate("Timeline", "{span} after the run ends").format(span=_span_words(placed.start_h - duration_h))
    return translate("Timeline", "during the run")


def _span_words(hours: float) -> str:
    if hours < 48:
        return f"{hours:.0f} {translate('Units', 'h')}"
    return f"{hours / 24:.0f} {translate('Units', 'days')}"

