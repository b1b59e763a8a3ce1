"""The report's crew band table: the crew core under both crew models and each crew assumption.

Reads a :class:`~thermoviz.analysis.crew_band.CrewBand` (``run --crew-band``, View ▸ Crew band): one
row per member of the band, central crew first, with its peak core while the crew is aboard, its grade
on the one outcome scale (:mod:`thermoviz.model.outcome.grades`) and a mark where the peak is beyond
the range the crew models are validated for, so no extrapolated value stands as a plain number.  The
sentence above the table names the central curve and says why it is central (the band's own reason).

Headings, labels and notes are in the chosen language (context ``Report``); temperatures follow
the chosen unit (``--units``, View ▸ Units).
"""

from __future__ import annotations

from html import escape

from thermoviz.analysis.crew_band import MODEL_NAMES, CrewBand, shown_label
from thermoviz.model.language import number, translate
from thermoviz.model.limits import CORE_VALIDATED_MAX_C
from thermoviz.model.outcome.grades import crew_grade, grade
from thermoviz.model.units import c_to_unit, localise_temps, temp_symbol

#: Marks of the table's footnotes: beyond the validated core range; graded by the wet bulb.
BEYOND_MARK = "*"
WET_BULB_MARK = "†"


def _peak_cell(peak_c: float | None, extrapolated: bool) -> str:
    if peak_c is None:
        text = translate("Report", "not computed")
        return f"<td>{escape(text)}</td>"
    mark = BEYOND_MARK if extrapolated else ""
    return f"<td align='right'>{escape(number(f'{c_to_unit(peak_c):.1f}') + f' {temp_symbol()}{mark}')}</td>"


def _grade_cell(variant) -> tuple[str, bool]:
    """The grade's title, marked when the cabin wet bulb, not the core, sets it."""
    reached = grade(variant.grade)
    by_core = crew_grade(variant.core_peak_c)
    by_wet_bulb = reached.rank > by_core.rank
    title = translate("Grades", reached.title)
    return f"<td>{escape(title)}{WET_BULB_MARK if by_wet_bulb else ''}</td>", by_wet_bulb


def central_sentence(band: CrewBand) -> str:
    """Which curve is central and why (plain text, in the chosen unit)."""
    text = translate("Report", "Central curve: {label}. It is the crew core curve of Figure 1 and the one the "
                     "verdict grades. {why}.")
    return localise_temps(text.format(label=shown_label(band.central.label), why=band.why_central_text))


def crew_band_html(band: CrewBand | None, shaded: bool = True) -> list[str]:
    """HTML of the crew band section (empty when there is no band); ``shaded``: Figure 1 shades this band
    (False: it shades the vehicles' uncertainty band, ``run --uncertainty N --crew-band``)."""
    if band is None:
        return []
    if shaded:
        envelope = translate("Report", "their envelope is the shaded crew band of Figure 1.")
    else:
        envelope = translate("Report", "their envelope is the crew band (Figure 1 shades the vehicles' uncertainty "
                             "band instead).")
    intro = translate("Report", "{central} The other rows change one assumption at a time from the central crew; "
                      "{envelope}").format(central=central_sentence(band), envelope=envelope)
    title = translate("Report", "Crew band: both crew models and the crew assumptions")
    heads = (translate("Report", "Crew assumptions (one change from the central crew)"),
             translate("Report", "Crew model"),
             translate("Report", "Peak crew core while aboard [{unit}]").format(unit=temp_symbol()),
             translate("Report", "Crew grade"))
    parts = [f"<h2>{escape(title)}</h2>", f"<p>{escape(intro)}</p>",
             "<table class='grid' border='1' cellpadding='2' cellspacing='0' width='100%'><thead><tr>"
             + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr></thead>"]
    beyond = wet = False
    central = translate("Report", "Central:")
    for k, v in enumerate((band.central, *band.variants)):
        label = f"<b>{escape(central)}</b> {escape(shown_label(v.label))}" if k == 0 else escape(shown_label(v.label))
        grade_cell, by_wet_bulb = _grade_cell(v)
        beyond, wet = beyond or v.extrapolated, wet or by_wet_bulb
        parts.append(f"<tr><td>{label}</td><td>{escape(MODEL_NAMES.get(v.model, v.model))}</td>"
                     f"{_peak_cell(v.core_peak_c, v.extrapolated)}{grade_cell}</tr>")
    parts.append("</table>")
    notes = []
    if beyond:
        text = translate("Report", "{mark} At or above {limit} °C the core is beyond the range where the crew models "
                         "are validated: an extrapolation, to compare the assumptions, not a prediction.")
        notes.append(text.format(mark=BEYOND_MARK, limit=number(f"{CORE_VALIDATED_MAX_C:g}")))
    if wet:
        text = translate("Report", "{mark} Graded by the cabin wet bulb reaching 35 °C (sweat can no longer cool), "
                         "not by the core.")
        notes.append(text.format(mark=WET_BULB_MARK))
    notes.append(translate("Report", "Peaks are taken over the crew-aboard period; every row is its own coupled "
                           "crew-cabin run of this scenario and vehicle."))
    parts.append("<p class='small'>" + "<br>".join(escape(localise_temps(n)) for n in notes) + "</p>")
    return parts
