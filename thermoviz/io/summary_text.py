"""Plain-text summary of a Result (``thermoviz run`` without ``--json``)."""

from __future__ import annotations

import math
import textwrap

from ..model import clock
from ..model.language import QT_TRANSLATE_NOOP, number, shown, translate
from ..model.outcome.result import EVENTS, SERIES, Result
from ..model.scenario import Scenario
from ..model.units import c_to_unit, localise_temps, temp_symbol
from .preset_texts import shown_description, shown_title

#: The origin words of :func:`thermoviz.model.clock.time_origin`, marked for translation.
ORIGIN_WORDS = (QT_TRANSLATE_NOOP("Summary", "hours since the start (no puncture)"),
                QT_TRANSLATE_NOOP("Summary", "hours since the puncture"))


def format_value(x: float) -> str:
    """Peak values: one decimal (°C, %, kPa), whole numbers from 1000 up (W)."""
    return f"{x:.1f}" if abs(x) < 1000 else f"{x:.0f}"


def scenario_line(s: Scenario, vehicle_name: str | None = None) -> str:
    """One line with the physics inputs, e.g. ``Soyuz (soyuz-ms) / external loop, hole 0.8 mm, ...``.

    ``vehicle_name``: the vehicle's display name (a user's own capsule is called by its name, id kept).
    """
    vehicle = s.vehicle if not vehicle_name or vehicle_name == s.vehicle else f"{vehicle_name} ({s.vehicle})"

    def g(x: float) -> str:
        return number(f"{x:g}")

    parts = [translate("Summary", "{vehicle} / {loop} loop").format(vehicle=vehicle, loop=s.loop)]
    if s.coolant:
        parts.append(translate("Summary", "coolant {coolant}").format(coolant=s.coolant))
    if s.hole_diameter_mm == 0 or s.puncture_time_h is None:
        parts.append(translate("Summary", "no leak"))
    else:
        parts.append(translate("Summary", "hole {d} mm (Cd {cd}) at {t} h from start").format(
            d=g(s.hole_diameter_mm), cd=g(s.discharge_coefficient), t=g(s.puncture_time_h)))
    if s.undock_time_h is None:
        parts.append(translate("Summary", "stays docked"))
    else:
        descent = "" if s.descent_duration_h is None else \
            translate("Summary", ", {h} h descent").format(h=g(s.descent_duration_h))
        after = "" if s.puncture_time_h is None or s.hole_diameter_mm == 0 else \
            translate("Summary", " ({h} h after the puncture)").format(h=g(s.undock_time_h - s.puncture_time_h))
        parts.append(translate("Summary", "undock at {t} h from start").format(t=g(s.undock_time_h)) + after + descent)
    parts.append(translate("Summary", "hatch open") if s.hatch_open else translate("Summary", "hatch closed"))
    parts.append(translate("Summary", "crew {n}").format(n=s.crew))
    parts.append(translate("Summary", "{h} h run").format(h=g(s.duration_h)))
    return ", ".join(parts)


def _peak_line(name: str, value: float | None, width: int, extrapolated: bool) -> str:
    """One peak with its unit (temperatures in the chosen unit, ``--units``), flagged when extrapolated."""
    unit, label = SERIES[name]
    if unit == "°C" and value is not None:
        value, unit = c_to_unit(value), temp_symbol()
    text = translate("Summary", "not computed / not applicable") if value is None or not math.isfinite(value) else f"{number(format_value(value))} {translate('Units', unit)}"
    if extrapolated:
        text += "  (" + translate("Summary", "extrapolated: outside the model's validity range") + ")"
    return f"  {translate('Plots', label):<{width}}  {text}"


def format_summary(result: Result) -> str:
    """Title, scenario, verdict, event times, peaks with units, notes."""
    s = result.scenario
    lines = [shown_title(s.title) or translate("Summary", "Untitled scenario")]  # a shipped preset's in the language
    if s.description:
        lines.append(localise_temps(shown_description(s.description)))
    lines.append(scenario_line(s, getattr(result.vehicle, "display_name", None)))
    lines.append("")
    word = translate("Verdict", result.verdict.severity.upper())  # SAFE ... DANGER (theme.SEVERITY_WORD)
    word = result.verdict.severity if word == result.verdict.severity.upper() else word  # English: as before
    lines.append(translate("Summary", "Verdict [{severity}]: {text}").format(
        severity=word, text=localise_temps(result.verdict.text)))
    lines.append("")
    start = s.start_datetime
    origin, words = clock.time_origin(result.events.get("puncture"))
    words = translate("Summary", words)
    run_clock = "" if origin == 0.0 else translate("Summary", ", then the run's own clock")
    lines.append(translate("Summary", "Events ({words}):").format(words=words + run_clock) if start is None else
                 translate("Summary", "Events ({words}, then UTC; t = 0 at {start}):").format(
                     words=words + run_clock, start=clock.format_time(start)))
    hours = translate("Units", "h")
    width = max(len(translate("Events", label)) for label in EVENTS.values())
    for name, label in EVENTS.items():
        label = localise_temps(translate("Events", label), exact=True)  # event names carry limits
        t = result.events.get(name)
        when = translate("Summary", "does not happen") if t is None else f"{number(f'{t - origin:+8.2f}')} {hours}"
        if t is not None and origin != 0.0:
            when += "  (" + translate("Summary", "{hours} h from start").format(hours=number(f"{t:.2f}")) + ")"
        if t is not None and start is not None:
            when += f"  {clock.format_time(clock.round_to_second(clock.utc_at_hours(start, t)))}"
        lines.append(f"  {label:<{width}}  {when}")
    lines.append("")
    lines.append(translate("Summary", "Peaks (maximum over the run):"))
    width = max(len(translate("Plots", label)) for _unit, label in SERIES.values())
    extrapolated = result.extrapolated_peaks
    lines += [_peak_line(name, value, width, name in extrapolated) for name, value in result.peaks.items()]
    if result.crew_peaks:
        lines.append("")
        lines.append(translate("Summary", "Peaks while the crew is aboard (what the crew lives through):"))
        lines += [_peak_line(name, value, width, name in extrapolated) for name, value in result.crew_peaks.items()]
    if result.notes:
        lines.append("")
        lines.append(translate("Summary", "Notes:"))
        for note in result.notes:
            lines.extend(textwrap.wrap(localise_temps(shown(note)), width=100, initial_indent="  - ",
                                       subsequent_indent="    "))
    return "\n".join(lines) + "\n"
