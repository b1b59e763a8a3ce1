"""Calendar time of a scenario: hours since t = 0 <-> UTC datetimes, and how to show them.

A scenario's clock is in hours from t = 0 (``time_h``).  A historic scenario also
knows *when* t = 0 was (``Scenario.start_utc``, text such as
``"2022-12-14T23:45Z"``), so every hour maps to a calendar date and time.

Rules (one place for all of them):

* Text in is strict ISO 8601 with a date, a ``T``, a time to the minute (seconds
  and fractions optional) and an explicit zone: ``Z`` or ``+00:00`` for UTC, or
  another offset such as ``+03:00``, which is converted to UTC.  A time without a
  zone is refused, because it could mean any zone.
* Text out (:func:`format_utc_iso`) is the canonical UTC form, ``Z`` suffix,
  seconds only when they are not zero; parsing it gives back the same instant.
* Inside thermoviz every datetime is *aware* and in UTC; a named local zone
  (IANA name, e.g. ``Europe/Moscow``) is used only for display.

Only the standard library (``datetime``, ``zoneinfo``) is used, so the model,
the CLI and the GUI share it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .language import QT_TRANSLATE_NOOP

UTC = timezone.utc

#: Years accepted for a start time (keeps hour arithmetic far from datetime's limits).
YEAR_MIN, YEAR_MAX = 1900, 2200

#: An example shown in every error message.
EXAMPLE_UTC = "2022-12-14T23:45Z"

_ISO_UTC = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$"
)

_HOUR = timedelta(hours=1)


#: What a start time may look like, marked for translation standalone (field help) and after "must be".
ALLOWED_UTC = (QT_TRANSLATE_NOOP("Fields", "an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)"),
               QT_TRANSLATE_NOOP("MustBe", "an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)"))


def allowed_utc_text() -> str:
    """What a start time may look like (for error messages and field help; English, with EXAMPLE_UTC)."""
    return ALLOWED_UTC[0]


def parse_utc(text: str) -> datetime:
    """Strict ISO-8601 text -> aware datetime in UTC.

    Parameters
    ----------
    text : str
        e.g. ``"2022-12-14T23:45Z"``, ``"2022-12-14T23:45:00+00:00"`` or
        ``"2022-12-15T02:45+03:00"`` (converted to UTC).

    Returns
    -------
    datetime
        Aware, ``tzinfo`` is :data:`UTC`.

    Raises
    ------
    ValueError
        One line saying what is allowed (no zone, wrong shape, impossible date,
        year outside 1900-2200).
    """
    if not isinstance(text, str):
        raise ValueError(f"must be {allowed_utc_text()}, got {text!r}")
    stripped = text.strip()
    if not _ISO_UTC.match(stripped):
        hint = ""
        if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$", stripped):
            hint = " (add Z for UTC: a time without a zone could mean any zone)"
        raise ValueError(f"must be {allowed_utc_text()}, got {text!r}{hint}")
    try:
        when = datetime.fromisoformat(stripped.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"is not a real date and time ({exc}), got {text!r}") from None
    if not YEAR_MIN <= when.year <= YEAR_MAX:
        raise ValueError(f"year must be from {YEAR_MIN} to {YEAR_MAX}, got {text!r}")
    return when.astimezone(UTC)


def format_utc_iso(when: datetime) -> str:
    """Canonical UTC text of an aware datetime: ``2022-12-14T23:45Z`` (seconds only if not zero).

    ``parse_utc(format_utc_iso(t)) == t`` for every aware ``t`` (to the microsecond).
    """
    when = as_utc(when)
    if when.microsecond:
        return when.strftime("%Y-%m-%dT%H:%M:%S.%f").rstrip("0") + "Z"
    if when.second:
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return when.strftime("%Y-%m-%dT%H:%MZ")


def normalise_utc_text(text: str) -> str:
    """Validate start-time text and return its canonical UTC form (raises ValueError)."""
    return format_utc_iso(parse_utc(text))


def as_utc(when: datetime) -> datetime:
    """An aware datetime converted to UTC; a naive one is refused (it has no zone)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"a datetime without a time zone is ambiguous: {when.isoformat()}")
    return when.astimezone(UTC)


def utc_at_hours(start: datetime, hours: float) -> datetime:
    """The UTC instant ``hours`` after ``start`` (t = 0); rounded to the microsecond."""
    return as_utc(start) + timedelta(hours=float(hours))


def round_to_second(when: datetime) -> datetime:
    """``when`` rounded to the nearest whole second (for tables; the exact time is in hours)."""
    return (when + timedelta(microseconds=500_000)).replace(microsecond=0)


def hours_between(start: datetime, when: datetime) -> float:
    """Hours from ``start`` (t = 0) to ``when`` (negative if ``when`` is earlier)."""
    return (as_utc(when) - as_utc(start)) / _HOUR


def hours_since_puncture(t_h: float, puncture_time_h: float | None) -> float | None:
    """Hours since the puncture at scenario time ``t_h`` [h]; None if there is no puncture.

    Negative before the puncture (the run usually starts an hour earlier).
    """
    if puncture_time_h is None:
        return None
    return float(t_h) - float(puncture_time_h)


def time_origin(puncture_time_h: float | None) -> tuple[float, str]:
    """(run hours, words) of the origin every output counts from: the puncture, else the run's start.

    The one time base of thermoviz: plots, map, events, CSV, JSON, PDF and lessons count hours
    since the puncture; a scenario without a puncture counts from the start of the run and says so.
    """
    if puncture_time_h is None:
        return 0.0, "hours since the start (no puncture)"
    return float(puncture_time_h), "hours since the puncture"


def get_zone(name: str) -> ZoneInfo | timezone:
    """A display zone by IANA name (``"Europe/Moscow"``); ``"UTC"``/``"Z"`` give UTC.

    Raises ValueError (one line) for an unknown name.
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"time zone must be an IANA name such as Europe/Moscow or UTC, got {name!r}")
    key = name.strip()
    if key.upper() in ("UTC", "Z"):
        return UTC
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}; use an IANA name such as Europe/Moscow, "
                         "America/Houston or UTC") from None


def format_iso_in_zone(when: datetime, zone: str) -> str:
    """ISO-8601 text of ``when`` in a named zone with its offset, e.g. ``2022-12-15T03:45:00+03:00``.

    Parsing the text with :func:`parse_utc` gives back the same UTC instant.
    """
    local = as_utc(when).astimezone(get_zone(zone))
    return local.isoformat(timespec="microseconds" if local.microsecond else "seconds")


def format_time(when: datetime, zone: str | None = None, *, seconds: bool = False) -> str:
    """Readable date and time for labels and tables, with the zone always named.

    ``format_time(t)`` -> ``"2022-12-15 00:45 UTC"``;
    ``format_time(t, "Europe/Moscow")`` -> ``"2022-12-15 03:45 Europe/Moscow (UTC+03:00)"``.
    """
    fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    when = as_utc(when)
    if zone is None or get_zone(zone) is UTC:
        return f"{when.strftime(fmt)} UTC"
    local = when.astimezone(get_zone(zone))
    return f"{local.strftime(fmt)} {zone.strip()} ({utc_offset_text(local)})"


def utc_offset_text(local: datetime) -> str:
    """``UTC+03:00`` / ``UTC-05:00`` for an aware datetime."""
    offset = local.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
