"""The text of the PDF report as (Qt rich-text) HTML: header, verdict, events, parameters,
assumptions and limit sources.  Pure string building; no painting here."""

from __future__ import annotations

import datetime as _dt
import html
import math

import numpy as np

from thermoviz.io.preset_texts import shown_description, shown_title
from thermoviz.model import clock, limits
from thermoviz.model.language import QT_TRANSLATE_NOOP, number, shown, translate
from thermoviz.model.outcome.grades import grade
from thermoviz.model.outcome.result import EVENTS, SERIES
from thermoviz.model.scenario import FIELD_SPECS
from thermoviz.model.units import c_to_unit, localise_temps, temp_symbol
from .report_calibration import calibration_html
from .report_crew_band import crew_band_html
from .report_energy import energy_html


#: The model's main assumptions, summarised from docs/sources.md §6 and the model docstrings.
MODEL_ASSUMPTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Report",
        "Leak: single-phase liquid orifice law into vacuum, dV/dt = Cd·A·√(2(P − P_v)/ρ) (thin-wall hole, "
        "Henry & Fauske).  Cd 0.62 is a clean sharp-edged hole; presets use an effective Cd fitted to the "
        "MS-22 record (0.12; the record, read as inequalities, allows about 0.05 to 1)."),
    QT_TRANSLATE_NOOP("Report",
        "Loop pressure: a bellows accumulator whose gas expands polytropically, P = P0·(V_g0/(V_g0 + V))^n, "
        "1 ≤ n ≤ 1.4, until its liquid reserve is used up; then it bottoms out, the pressure collapses to the "
        "coolant's vapour pressure plus a small residual (estimate) and the rest leaks out slowly.  "
        "Accumulator volumes of Soyuz/Progress are not public (estimates)."),
    QT_TRANSLATE_NOOP("Report",
        "Heat rejection capacity falls as the loop loses coolant; coolant identity, loop volumes and radiator "
        "capacities of Soyuz/Progress are not published (estimates)."),
    QT_TRANSLATE_NOOP("Report",
        "Vehicle: four well-mixed thermal nodes (cabin air, cabin walls, equipment bay, orbital module) and no "
        "fixed-temperature surroundings: heat leaves only through the loop (ideal thermostat up to its capacity), "
        "the station air (docked, hatch open), radiation to space through the insulation (a few W/m²) and, after "
        "landing, the outside air; the orbital module and equipment bay separate before entry. The crew's mean "
        "radiant temperature is the walls', and their radiant heat goes to the walls. Humidity from the crew's "
        "latent load into the free volume; vapour above saturation condenses on the coldest surface."),
    QT_TRANSLATE_NOOP("Report",
        "Crew: ISO 7933:2023 Predicted Heat Strain (pythermalcomfort), valid for 15–50 °C air, water-vapour "
        "pressure ≤ 4.5 kPa, met 0.96–4.3, clo 0.1–1; outside that range values are extrapolations and are "
        "flagged, never clipped."),
    QT_TRANSLATE_NOOP("Report",
        "All results are estimates for teaching and what-if exploration, not a flight-safety analysis."),
)

SEVERITY_COLORS = {  # (background, border, text): same contrast rules as the GUI banner
    "safe": ("#DDF2EA", "#009E73", "#00382A"),
    "info": ("#DCEBF7", "#0072B2", "#002A45"),
    "caution": ("#FFF0C7", "#E69F00", "#3D2A00"),
    "danger": ("#FBE3D6", "#D55E00", "#5A1F00"),
}

_CSS = """
body { font-size: 9pt; color: #111111; }
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 10px; margin-bottom: 4px; color: #1a1a1a; }
p.meta { color: #444444; font-size: 8.5pt; }
table.grid { border-collapse: collapse; }
table.grid th { background: #EDEDED; text-align: left; }
td.num { text-align: right; }
p.small { font-size: 8pt; color: #333333; }
"""


def esc(text: object) -> str:
    return html.escape(str(text))


def scenario_title(result) -> str:
    """The scenario's title (a shipped preset's in the chosen language), else its vehicle, hole and loop."""
    scenario = result.scenario
    name = getattr(result.vehicle, "display_name", None) or scenario.vehicle  # a user's capsule by its own name
    if scenario.title:
        return shown_title(scenario.title)
    return translate("Report", "{vehicle}: {hole} mm hole in the {loop} loop").format(
        vehicle=name, hole=number(f"{scenario.hole_diameter_mm:g}"), loop=scenario.loop)


def format_hours(t_h: float | None, signed: bool = False) -> str:
    if t_h is None or (isinstance(t_h, float) and math.isnan(t_h)):
        return translate("Report", "does not happen")
    sign = "-" if t_h < 0 else ("+" if signed else "")
    whole = int(abs(t_h))
    minutes = round((abs(t_h) - whole) * 60)
    if minutes == 60:
        whole, minutes = whole + 1, 0
    text = translate("Report", "{hours} h ({sign}{whole} h {minutes} min)")
    return text.format(hours=number(f"{t_h:{'+' if signed else ''}.2f}"), sign=sign, whole=whole,
                       minutes=f"{minutes:02d}")


def utc_text(start, t_h: float | None) -> str:
    """``2022-12-15 00:45 UTC`` for scenario hour ``t_h`` of a run starting at ``start``; "—" if it does not happen."""

    if t_h is None or (isinstance(t_h, float) and math.isnan(t_h)):
        return "—"
    return clock.format_time(clock.round_to_second(clock.utc_at_hours(start, t_h)))


def _value_text(spec, value) -> str:
    if value is None:
        if spec.none_meaning:
            return translate("Report", "none ({meaning})").format(meaning=translate("Fields", spec.none_meaning))
        return translate("Report", "none")
    if spec.kind is bool:
        return translate("Report", "yes") if value else translate("Report", "no")
    if spec.kind is float:
        return number(f"{value:g}")
    return str(value)


def _grade_line(result) -> str:
    """The crew's grade on the one outcome scale, under the verdict (nothing when no crew rides)."""
    if result.verdict.crew_grade is None:
        return ""
    g = grade(result.verdict.crew_grade)
    text = translate("Report", "{grade} ({meaning}); the four grades are explained in docs/grades.md and "
                     "Help ▸ Crew grades.")
    words = text.format(grade=translate("Grades", g.title), meaning=localise_temps(translate("Grades", g.meaning)))
    head = translate("Report", "Crew grade:")
    return f"<br><b>{esc(head)}</b> {esc(words)}"


#: The verdict's severity words in the report's heading ("Verdict (danger):").
SEVERITY_WORDS = {"safe": QT_TRANSLATE_NOOP("Report", "safe"), "info": QT_TRANSLATE_NOOP("Report", "info"),
                  "caution": QT_TRANSLATE_NOOP("Report", "caution"), "danger": QT_TRANSLATE_NOOP("Report", "danger")}
#: The grid tables' opening tag.
_GRID = "<table class='grid' border='1' cellpadding='2' cellspacing='0' width='100%'>"


def _heads(*titles: str) -> str:
    """A table's header row of (already translated) ``titles``."""
    return "<thead><tr>" + "".join(f"<th>{esc(t)}</th>" for t in titles) + "</tr></thead>"


def header_html(result, version: str, when: _dt.datetime, crew_band=None, band_shaded: bool = True) -> str:
    """Page-1 text: title, description, provenance, verdict, key events and peaks, the ``crew_band`` table
    (a :class:`~thermoviz.analysis.crew_band.CrewBand`, if the run has one; ``band_shaded``: the figure shades it),
    energy, parameters; in the chosen language (a shipped preset's title and description too)."""
    scenario = result.scenario
    bg, border, ink = SEVERITY_COLORS.get(result.verdict.severity, SEVERITY_COLORS["info"])
    parts = [f"<html><head><style>{_CSS}</style></head><body>",
             f"<h1>{esc(scenario_title(result))}</h1>"]
    if scenario.description:
        parts.append(f"<p>{esc(localise_temps(shown_description(scenario.description)))}</p>")
    meta = translate("Report", "thermoviz {version} simulation report · generated {when} · simulated span {span} h")
    meta = meta.format(version=version, when=when.strftime("%Y-%m-%d %H:%M"), span=number(f"{scenario.duration_h:g}"))
    if scenario.start_utc:
        meta += translate("Report", " · starts {start}").format(start=utc_text(scenario.start_datetime, 0.0))
    parts.append(f"<p class='meta'>{esc(meta)}</p>")
    severity = SEVERITY_WORDS.get(result.verdict.severity)
    verdict = translate("Report", "Verdict ({severity}):").format(
        severity=translate("Report", severity) if severity else result.verdict.severity)
    parts.append(
        f"<table width='100%' cellpadding='8' cellspacing='0' style='border: 2px solid {border};"
        f" background: {bg};'><tr><td style='color: {ink};'><b>{esc(verdict)}</b> "
        f"{esc(localise_temps(result.verdict.text))}{_grade_line(result)}</td></tr></table>")

    start = scenario.start_datetime  # None: no calendar dates, hours only
    origin, words = clock.time_origin(result.events.get("puncture"))  # the one time base
    words = translate("Summary", words)
    heads = [translate("Report", "Event"), words[0].upper() + words[1:], translate("Report", "Run clock (h from start)")]
    if start:
        heads.append(translate("Report", "Date and time (UTC)"))
    title = translate("Report", "Key events")
    parts.append(f"<h2>{esc(title)}</h2>{_GRID}{_heads(*heads)}")
    # In time order (events that did not happen last, in the catalogue's order).
    order = sorted(EVENTS, key=lambda n: (result.events.get(n) is None, result.events.get(n) or 0.0))
    hours = translate("Report", "{hours} h")
    for name in order:
        label, t_h = translate("Events", EVENTS[name]), result.events.get(name)
        date_cell = f"<td>{esc(utc_text(start, t_h))}</td>" if start else ""
        since = None if t_h is None else t_h - origin
        run_cell = "—" if t_h is None else hours.format(hours=number(f"{t_h:.2f}"))
        parts.append(f"<tr><td>{esc(localise_temps(label, exact=True))}</td><td>{esc(format_hours(since, True))}</td>"
                     f"<td>{run_cell}</td>{date_cell}</tr>")
    parts.append("</table>")

    parts += peaks_html(result)
    parts += crew_band_html(crew_band, band_shaded)
    parts += energy_html(result)
    heads = (translate("Report", "Parameter"), translate("Report", "Value"), translate("Report", "Unit"),
             translate("Report", "Allowed"))
    title = translate("Report", "Scenario parameters")
    parts.append(f"<h2>{esc(title)}</h2>{_GRID}{_heads(*heads)}")
    for name, spec in FIELD_SPECS.items():
        if name in ("title", "description"):
            continue
        value = getattr(scenario, name)
        unit = translate("Units", spec.unit) if spec.unit else spec.unit
        parts.append(f"<tr><td>{esc(translate('Fields', spec.label))}</td><td>{esc(_value_text(spec, value))}</td>"
                     f"<td>{esc(unit)}</td><td>{esc(spec.allowed())}</td></tr>")
    parts.append("</table></body></html>")
    return "".join(parts)


def peaks_html(result) -> list[str]:
    """The peaks table: whole run, the crew-aboard period (crew-relevant series) and the last value;
    a value beyond its model's validated range says so."""
    parts: list[str] = []
    aboard = result.crew_peaks
    heads = [translate("Report", "Quantity"), translate("Report", "Maximum over the run")]
    if aboard:
        heads.append(translate("Report", "While the crew is aboard"))
    heads.append(translate("Report", "Last value"))
    title = translate("Report", "Peaks")
    parts.append(f"<h2>{esc(title)}</h2>{_GRID}{_heads(*heads)}")
    extrapolated = result.extrapolated_peaks
    flag = translate("Report", " (extrapolated: beyond the model's validated range)")
    missing = translate("Report", "not computed / no crew aboard")
    for name, peak in result.peaks.items():
        unit, label = SERIES[name]
        label = translate("Plots", label)
        if peak is None:
            parts.append(f"<tr><td>{esc(label)}</td><td colspan='{3 if aboard else 2}'>{esc(missing)}</td></tr>")
            continue
        finite = result.series[name][np.isfinite(result.series[name])]
        if unit == "°C":  # the chosen unit (View ▸ Units, --units)
            peak, finite, unit = c_to_unit(peak), c_to_unit(finite), temp_symbol()
        unit = translate("Units", unit)
        end = f"{number(f'{finite[-1]:.4g}')} {unit}" if finite.size else "–"
        mark = flag if name in extrapolated else ""
        cell = ""
        if aboard:
            value = aboard.get(name)
            if value is not None and SERIES[name][0] == "°C":
                value = c_to_unit(value)
            cell = "<td>–</td>" if value is None else f"<td>{esc(number(f'{value:.4g}') + f' {unit}{mark}')}</td>"
        parts.append(f"<tr><td>{esc(label)}</td><td>{esc(number(f'{peak:.4g}') + f' {unit}{mark}')}</td>{cell}"
                     f"<td>{esc(end)}</td></tr>")
    parts.append("</table>")
    if aboard:
        text = translate("Report", "Crew-relevant peaks (cabin air, humidity, wet bulb, crew core) are taken over the "
                         "crew-aboard period. Crew core values at or above {limit} °C, or after the cabin leaves the "
                         "PHS input range, are extrapolations beyond the crew model's validated range.")
        text = text.format(limit=number(f"{limits.CORE_VALIDATED_MAX_C:g}"))
        parts.append("<p>" + esc(localise_temps(text)) + "</p>")
    return parts


def back_matter_html(result, meta: dict[str, str] | None = None) -> str:
    """Assumptions, the result's own notes, the sources of every limit line and (``meta``) how to rebuild it."""
    title = translate("Report", "Main model assumptions")
    parts = [f"<html><head><style>{_CSS}</style></head><body>", f"<h2>{esc(title)}</h2><ul>"]
    parts += [f"<li>{esc(localise_temps(translate('Report', text)))}</li>" for text in MODEL_ASSUMPTIONS]
    parts.append("</ul>")
    if result.notes:
        title = translate("Report", "Notes on this run")
        parts.append(f"<h2>{esc(title)}</h2><ul>")
        parts += [f"<li>{esc(localise_temps(shown(note)))}</li>" for note in result.notes]
        parts.append("</ul>")
    if not result.crew_strain_computed:
        text = translate("Report", "Crew heat strain was not computed for this report.")
        parts.append(f"<p><b>{esc(text)}</b></p>")
    parts.append(calibration_html(result))
    title = translate("Report", "Limit lines and their sources")
    tags = translate("Report", "Confidence tags: <i>confirmed</i> = checked against the cited source; <i>reported "
                     "once</i> = a single press report; <i>from memory</i> = quoted from memory of the standard, to "
                     "be checked; <i>estimate</i> = reasoned estimate.")
    heads = (translate("Report", "Limit"), translate("Report", "Source"), translate("Report", "Confidence"))
    parts.append(f"<h2>{esc(title)}</h2><p class='small'>{tags}</p>{_GRID}{_heads(*heads)}")
    for limit in limits.ALL_LIMITS:
        label = localise_temps(translate("Limits", limit.label), exact=True)
        parts.append(f"<tr><td>{esc(label)}</td><td>{esc(localise_temps(limit.source))}</td>"
                     f"<td>{esc(translate('Confidence', limit.confidence))}</td></tr>")
    parts.append("</table>")
    if meta:
        title = translate("Report", "How to rebuild this report")
        parts.append(f"<h2>{esc(title)}</h2><table class='grid' border='1' cellpadding='2' "
                     "cellspacing='0' width='100%'>")
        for key, text in meta.items():
            body = esc(text).replace("\n", "<br>")
            style = " class='small'" if key in ("Scenario", "Vehicle") else ""
            parts.append(f"<tr><td><b>{esc(key)}</b></td><td{style}>{body}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
