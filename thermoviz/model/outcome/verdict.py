"""The plain-language verdict of a result (short sentences a teacher can read aloud + severity).

Called twice: by the fast preview (crew at a nominal output, marked preliminary)
and by the coupled crew model once ``crew_core_temp_c`` and ``crew_limit`` exist.
Crew outcomes are graded by what each limit means (:mod:`thermoviz.model.limits`):

the one outcome scale of :mod:`thermoviz.model.outcome.grades` (the verdict's ``crew_grade``):

* ``not_survivable``: core 40 °C or wet-bulb 35 °C, heat-stroke danger (danger);
* ``not_acceptable``: core 39 °C, performance drops sharply: no return (danger);
* ``stop_work``: core 38 °C, the ISO 7933 stop-work limit (caution);
* ``within_limits``: a wet-bulb above 31 °C or a cabin above 27 °C is a hot cabin (caution); otherwise safe.

Times in the sentences count from the puncture (from the start of the run when there is none),
the one time base of every output.

The equipment-bay limit is added when it is crossed, and the sentence says so when the
crew numbers it rests on lie outside the crew model's validity range.  Vehicle names
and kinds come from :class:`~thermoviz.model.params.VehicleParams`.
"""

from __future__ import annotations

import numpy as np

from ..limits import CABIN_DANGER, CABIN_TEMP_LIMIT_C, EQUIPMENT_LIMIT_C, WET_BULB_EMPIRICAL
from ..language import number, translate
from . import grades
from .result import Verdict
from ..scenario import Scenario


def _peak(values: np.ndarray, mask: np.ndarray | None = None) -> float | None:
    v = np.asarray(values) if mask is None else np.asarray(values)[mask]
    v = v[np.isfinite(v)]
    return float(v.max()) if v.size else None


def _hours(h: float) -> str:
    if h < 1.0:
        return translate("Verdict", "{minutes} min").format(minutes=number(f"{h * 60:.0f}"))
    return translate("Verdict", "{hours} h").format(hours=number(f"{h:.1f}"))


def _first_at_or_above(time_h, values, level, mask):
    hit = np.flatnonzero(mask & (np.asarray(values) >= level))
    return float(time_h[hit[0]]) if hit.size else None


def _since(t_h: float, origin_h: float, origin_word: str) -> str:
    since = (translate("Verdict", "{time} after the puncture") if origin_word == "puncture" else
             translate("Verdict", "{time} after the start"))
    return since.format(time=_hours(max(t_h - origin_h, 0.0)))


def _crew_grade(time_h, series, aboard, origin):
    """(severity, sentence, core level, grade id) for a computed crew, graded by :mod:`.grades`.

    ``origin`` = (hours, word) of the clock the sentence counts from: the puncture, else the start.
    """
    core = np.asarray(series["crew_core_temp_c"])
    wet = np.asarray(series["wet_bulb_c"])
    core_peak = _peak(core, aboard) or float("nan")
    wb_peak = _peak(wet, aboard) or float("nan")
    reached = grades.crew_grade(core_peak, wb_peak)

    def after(level, values):
        t = _first_at_or_above(time_h, values, level, aboard)
        return "" if t is None else f" {_since(t, *origin)}"

    top, mid, low = grades.NOT_SURVIVABLE, grades.NOT_ACCEPTABLE, grades.STOP_WORK
    if reached is top and core_peak >= top.core_c:
        return "danger", translate("Verdict", "Not survivable as modelled: crew core temperature reaches "
                                   "{level} °C, the heat-stroke danger level,{after}").format(
            level=number(f"{top.core_c:g}"), after=after(top.core_c, core)), top.core_c, top.id
    if reached is top:
        return "danger", translate("Verdict", "Not survivable as modelled: the cabin wet-bulb temperature "
                                   "reaches {level} °C,{after}; sweat can no longer cool the body").format(
            level=number(f"{top.wet_bulb_c:g}"), after=after(top.wet_bulb_c, wet)), None, top.id
    if reached is mid:
        return "danger", translate("Verdict", "Not acceptable: crew core temperature reaches {level} °C{after}, "
                                   "where performance drops sharply; peak {peak} °C").format(
            level=number(f"{mid.core_c:g}"), after=after(mid.core_c, core), peak=number(f"{core_peak:.1f}")), mid.core_c, mid.id
    if reached is low:
        return "caution", translate("Verdict", "Stop work: crew core temperature passes {level} °C, the ISO 7933 "
                                    "limit for stopping work in the heat,{after} and peaks at {peak} °C, below "
                                    "the {next} °C where performance drops sharply").format(
            level=number(f"{low.core_c:g}"), after=after(low.core_c, core), peak=number(f"{core_peak:.1f}"),
            next=number(f"{mid.core_c:g}")), low.core_c, low.id
    if wb_peak >= WET_BULB_EMPIRICAL.low:
        return "caution", translate("Verdict", "Hot cabin: the wet-bulb temperature passes {level} °C, the "
                                    "measured limit for young healthy adults; crew core peaks at {peak} °C, below "
                                    "the {limit} °C stop-work limit").format(
            level=number(f"{WET_BULB_EMPIRICAL.low:g}"), peak=number(f"{core_peak:.1f}"), limit=number(f"{low.core_c:g}")), None, reached.id
    return None, translate("Verdict", "crew core peaks at {peak} °C, below the {limit} °C stop-work limit").format(
        peak=number(f"{core_peak:.1f}"), limit=number(f"{low.core_c:g}")), None, reached.id


_RANK = {"safe": 0, "info": 1, "caution": 2, "danger": 3}


def span_warning(scenario: Scenario) -> str | None:
    """A plain warning when a set time lies beyond the simulated span (so its effect is not shown)."""
    late = [(label, t) for label, t in (("puncture", scenario.puncture_time_h), ("undocking", scenario.undock_time_h))
            if t is not None and t >= scenario.duration_h]
    if not late:
        return None
    what = " and ".join(f"the {label} at {t:g} h" for label, t in late)
    return (f"Not shown: {what} {'is' if len(late) == 1 else 'are'} beyond the simulated span "
            f"({scenario.duration_h:g} h); lengthen the simulated span to see {'it' if len(late) == 1 else 'them'}.")


def make_verdict(scenario: Scenario, vehicle, time_h, series, events, crew_aboard, crew_strain_computed,
                 outside=frozenset(), core_outside=None) -> Verdict:
    """Plain-language sentences and their severity for this result: the one verdict the window,
    the CLI and the exports show.  A puncture or undocking beyond the simulated span is said
    first, and makes the verdict at least a caution (what was asked about is not shown).

    ``core_outside``: boolean mask, True where the crew core temperature is an extrapolation.
    """
    verdict = _verdict(scenario, vehicle, time_h, series, events, crew_aboard, crew_strain_computed, outside,
                       core_outside)
    warning = span_warning(scenario)
    if warning is None:
        return verdict
    severity = verdict.severity if _RANK[verdict.severity] > _RANK["caution"] else "caution"
    return Verdict(f"{warning} Within the span: {verdict.text}", severity)


def _verdict(scenario: Scenario, vehicle, time_h, series, events, crew_aboard, crew_strain_computed,
             outside=frozenset(), core_outside=None) -> Verdict:
    name = vehicle.display_name
    time_h = np.asarray(time_h)
    cabin = np.asarray(series["cabin_temp_c"])
    aboard = np.asarray(crew_aboard, dtype=bool)
    landing, undock = events.get("landing"), events.get("undock")
    station_module = vehicle.is_station_module
    leak = events.get("puncture") is not None
    cabin_peak = _peak(cabin)
    crewed = bool(aboard.any()) and scenario.crew > 0
    puncture = events.get("puncture")
    origin = (puncture, "puncture") if puncture is not None else (0.0, "start")
    equipment = events.get("equipment_limit")
    equip_text = (" " + translate("Verdict", "The equipment bay passes {limit} °C {since}.").format(
        limit=number(f"{EQUIPMENT_LIMIT_C:g}"), since=_since(equipment, *origin)) if equipment is not None else "")

    if crewed:
        cabin_aboard = _peak(cabin, aboard)
        if not crew_strain_computed:
            severity = ("danger" if cabin_aboard > CABIN_DANGER.low else
                        "caution" if cabin_aboard > CABIN_TEMP_LIMIT_C else "safe")
            return Verdict(translate("Verdict", "Preliminary (crew model still running): the cabin reaches "
                                     "{peak} °C with the crew aboard.").format(peak=number(f"{cabin_aboard:.0f}"))
                           + equip_text, severity)
        severity, text, level, crew_grade = _crew_grade(time_h, series, aboard, origin)
        hot = cabin_aboard > CABIN_TEMP_LIMIT_C
        cabin_text = " " + translate("Verdict", "The cabin peaks at {peak} °C.").format(peak=number(f"{cabin_aboard:.1f}"))
        if severity is None:
            severity = "caution" if hot else "safe"
            if station_module:
                head = translate("Verdict", "Crew safe but hot") if hot else translate("Verdict", "Crew safe")
            elif landing is not None:
                head = (translate("Verdict", "Safe return but a hot cabin") if hot else
                        translate("Verdict", "Safe return"))
            else:
                head, severity = translate("Verdict", "Crew still aboard at the end of the run"), "caution"
            text = f"{head}: {text}."
        else:
            if severity == "danger":
                text += (". " + translate("Verdict", "The crew must leave the module.") if station_module else
                         ". " + translate("Verdict", "This {vehicle} cannot bring {crew} crew home safely.").format(
                             vehicle=name, crew=scenario.crew))
            else:
                text += "."
        core = np.asarray(series["crew_core_temp_c"])
        if core_outside is not None and level is not None:
            reached = aboard & (core >= level) & np.asarray(core_outside, dtype=bool)
            if reached.any():
                text += " " + translate("Verdict", "This relies on crew values beyond the crew model's validity "
                                        "range (extrapolated).")
        elif core_outside is not None and "crew_core_temp_c" in outside:
            text += " " + translate("Verdict", "The crew peak lies beyond the crew model's validity range "
                                    "(extrapolated).")
        if severity == "safe" and equipment is not None:
            severity = "caution"
        return Verdict(text + cabin_text + equip_text, severity, crew_grade)

    # Nobody at risk aboard.
    on_station = (" " + translate("Verdict", "(the crew lives on the station and is not at risk)")
                  if scenario.crew > 0 else "")
    if station_module:
        subject = f"Uncrewed {name} module"
        if not leak:
            return Verdict(f"{subject}, no leak: the loop holds it at or below {cabin_peak:.0f} °C.{equip_text}",
                           "info")
        return Verdict(f"{subject}: the cabin peaks at {cabin_peak:.0f} °C after the leak.{equip_text}",
                       "caution" if cabin_peak > CABIN_TEMP_LIMIT_C else "info")
    if undock is None:  # docked for the whole run
        if not leak:
            text = f"No leak: the loop holds the docked {name} at or below {cabin_peak:.0f} °C"
        elif scenario.hatch_open:
            text = translate("Verdict", "Docked with the hatch open: station air holds the cabin near "
                             "{temp} °C").format(temp=number(f"{float(cabin[-1]):.0f}"))
        else:
            text = f"Docked with the hatch closed: the cabin reaches {cabin_peak:.0f} °C"
        return Verdict(text + on_station + "." + equip_text,
                       "caution" if cabin_peak > CABIN_TEMP_LIMIT_C or equipment is not None else "info")
    if not leak:
        return Verdict(f"No leak, uncrewed {name}: the loop holds the cabin at or below {cabin_peak:.0f} °C.",
                       "info")
    if cabin_peak <= CABIN_TEMP_LIMIT_C:
        return Verdict(f"Uncrewed {name}: the cabin stays at or below {cabin_peak:.0f} °C despite the leak."
                       + equip_text, "info")
    return Verdict(f"Uncrewed {name}: the cabin reaches {cabin_peak:.0f} °C, but no crew is aboard.{equip_text}",
                   "caution")
