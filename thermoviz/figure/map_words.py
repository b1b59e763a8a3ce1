"""The texts a survivability map shows, in the chosen language (context ``Map``).

The map tab's controls and the drawn map (:mod:`thermoviz.figure.map_plot`: title, axis titles,
colour-bar title, key, legend, contour labels, the star's label, tick numbers with the language's
decimal separator) read them here, so that a Russian window and ``thermoviz map --lang ru``
draw the same words.  English is unchanged.
"""

from __future__ import annotations

import pyqtgraph as pg

from ..analysis.fields import field_info
from ..analysis.metrics import GRADE_METRICS, MARGIN_NOT_REACHED_H, METRICS
from ..io.preset_texts import shown_title
from ..model.language import number, translate
from ..model.outcome import grades


def shown_field_label(name: str) -> str:
    """A map input's name and unit in the chosen language ("Hole diameter [mm]")."""
    info = field_info(name)
    label = translate("Fields", info.label)
    return f"{label} [{translate('Units', info.unit)}]" if info.unit else label


def grade_threshold(g) -> str:
    """"core 38 °C" (or "core 40 °C or wet-bulb 35 °C") in the chosen language."""
    core = translate("Map", "core {core} °C").format(core=number(f"{g.core_c:g}"))
    if g.wet_bulb_c is None:
        return core
    return translate("Map", "{core} or wet-bulb {wet_bulb} °C").format(core=core, wet_bulb=number(f"{g.wet_bulb_c:g}"))


def metric_name(name: str) -> str:
    """A map colour's name (no unit) in the chosen language."""
    g = GRADE_METRICS.get(name)
    if g is None:
        return translate("Map", METRICS[name].label)
    return translate("Map", "Crew margin below {grade} ({threshold})").format(
        grade=translate("Grades", g.title).lower(), threshold=grade_threshold(g))


def shown_metric_label(name: str, unit: str | None = None) -> str:
    """A map colour's name and unit (``unit``: the one shown, e.g. °F; default the metric's)."""
    unit = METRICS[name].unit if unit is None else unit
    return f"{metric_name(name)} [{translate('Units', unit)}]" if unit else metric_name(name)


def boundary_name(result) -> str:
    """What the black lines are, e.g. 'not acceptable boundary (core 39 °C)'."""
    g = GRADE_METRICS.get(result.metric) if not result.crew_margins else grades.grade(result.grade)
    if g is None:  # crew_margin_h without crew lines: its own 0 line is the 38 °C crossing
        g = grades.STOP_WORK
    return translate("Map", "{grade} boundary ({threshold})").format(
        grade=translate("Grades", g.title).lower(), threshold=grade_threshold(g))


def crew_text(count) -> str:
    """A contour's label: ``3 crew``."""
    return translate("Map", "{count} crew").format(count=count)


def legend_text(result, count) -> str:
    """A boundary line's legend entry: ``not acceptable boundary (core 39 °C), 3 crew``."""
    return translate("Map", "{boundary}, {count} crew").format(boundary=boundary_name(result), count=count)


def map_title(result, vehicle_name: str, needs_crew: bool) -> str:
    """``Soyuz MS-22 coolant leak (15 Dec 2022): crew margin below …, 3 crew``."""
    scenario = result.scenario
    name = shown_title(scenario.title) or translate("Map", "{vehicle} scenario").format(vehicle=vehicle_name)
    metric = metric_name(result.metric)
    metric = metric[:1].lower() + metric[1:]  # "°C", not "°c"
    if needs_crew:  # the colours; the boundary lines carry their own crew count
        return translate("Map", "{name}: {metric}, {count} crew").format(name=name, metric=metric, count=scenario.crew)
    return translate("Map", "{name}: {metric}").format(name=name, metric=metric)


def map_key(result) -> str:
    """The one or two lines under the map: what the colours and the lines mean."""
    crew = result.scenario.crew
    counts = ", ".join(str(c) for c in sorted(result.crew_margins)) if len(result.crew_margins) > 1 else str(crew)
    if result.metric == "crew_margin_h":
        return translate("Map", "Colours for {crew} crew. Blue: the core stays below 38 °C until landing (drawn as "
                         "+{hours} h). Red: how many hours before landing the core reaches 38 °C.<br>Black lines: "
                         "the {boundary} for {counts} crew; the star marks the scenario as set. Grey: nobody rides."
                         ).format(crew=crew, hours=number(f"{MARGIN_NOT_REACHED_H:g}"), boundary=boundary_name(result),
                                  counts=counts)
    if result.metric in GRADE_METRICS:
        g = GRADE_METRICS[result.metric]
        return translate("Map", "Colours for {crew} crew: kelvin below \"{grade}\" ({meaning}); blue below it, red at "
                         "or above it.<br>Black lines: the {boundary} for {counts} crew; the star marks the scenario "
                         "as set. Grey: nobody rides.").format(
                             crew=crew, grade=translate("Grades", g.title).lower(), meaning=translate("Grades", g.meaning),
                             boundary=boundary_name(result), counts=counts)
    if result.metric == "crew_core_peak_c":
        return translate("Map", "White: the 38 °C crew limit (ISO 7933 stop-work); red above, blue below.")
    if result.metric == "verdict":
        return translate("Map", "Blue: safe · grey: nothing at stake · orange: caution · red: danger.")
    return shown_metric_label(result.metric)


def decimal_ticks(axis: pg.AxisItem) -> None:
    """Tick numbers of ``axis`` with the language's decimal separator (0,5)."""
    plain = axis.tickStrings
    axis.tickStrings = lambda values, scale, spacing: [number(s) for s in plain(values, scale, spacing)]
