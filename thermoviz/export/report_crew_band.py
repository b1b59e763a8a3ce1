"""The report's crew band table: the crew core under both crew models and each crew assumption.

Reads a :class:`~thermoviz.analysis.crew_band.CrewBand` (``run --crew-band``, View ▸ Crew band): one
row per member of the band, central crew first, with its peak core while the crew is aboard, its grade
on the one outcome scale (:mod:`thermoviz.model.outcome.grades`) and a mark where the peak is beyond
the range the crew models are validated for, so no extrapolated value stands as a plain number.  The
sentence above the table names the central curve and says why it is central (the band's own reason).

The PDF's text is English throughout (no string here is marked for translation); temperatures follow
the chosen unit (``--units``, View ▸ Units).
"""

from __future__ import annotations

from html import escape

from thermoviz.analysis.crew_band import MODEL_NAMES, CrewBand
from thermoviz.model.limits import CORE_VALIDATED_MAX_C
from thermoviz.model.outcome.grades import crew_grade, grade
from thermoviz.model.units import c_to_unit, localise_temps, temp_symbol

#: Marks of the table's footnotes: beyond the validated core range; graded by the wet bulb.
BEYOND_MARK = "*"
WET_BULB_MARK = "†"


def _peak_cell(peak_c: float | None, extrapolated: bool) -> str:
    if peak_c is None:
        return "<td>not computed</td>"
    mark = BEYOND_MARK if extrapolated else ""
    return f"<td align='right'>{escape(f'{c_to_unit(peak_c):.1f} {temp_symbol()}{mark}')}</td>"


def _grade_cell(variant) -> tuple[str, bool]:
    """The grade's title, marked when the cabin wet bulb, not the core, sets it."""
    reached = grade(variant.grade)
    by_core = crew_grade(variant.core_peak_c)
    by_wet_bulb = reached.rank > by_core.rank
    return f"<td>{escape(reached.title)}{WET_BULB_MARK if by_wet_bulb else ''}</td>", by_wet_bulb


def central_sentence(band: CrewBand) -> str:
    """Which curve is central and why (plain text, in the chosen unit)."""
    return localise_temps(f"Central curve: {band.central.label}. It is the crew core curve of Figure 1 and the "
                          f"one the verdict grades. {band.why_central}.")


def crew_band_html(band: CrewBand | None, shaded: bool = True) -> list[str]:
    """HTML of the crew band section (empty when there is no band); ``shaded``: Figure 1 shades this band
    (False: it shades the vehicles' uncertainty band, ``run --uncertainty N --crew-band``)."""
    if band is None:
        return []
    envelope = ("their envelope is the shaded crew band of Figure 1." if shaded else
                "their envelope is the crew band (Figure 1 shades the vehicles' uncertainty band instead).")
    parts = ["<h2>Crew band: both crew models and the crew assumptions</h2>",
             f"<p>{escape(central_sentence(band))} The other rows change one assumption at a time from the "
             f"central crew; {envelope}</p>",
             "<table class='grid' border='1' cellpadding='2' cellspacing='0' width='100%'><thead><tr>"
             "<th>Crew assumptions (one change from the central crew)</th><th>Crew model</th>"
             f"<th>Peak crew core while aboard [{escape(temp_symbol())}]</th><th>Crew grade</th></tr></thead>"]
    beyond = wet = False
    for k, v in enumerate((band.central, *band.variants)):
        label = f"<b>Central:</b> {escape(v.label)}" if k == 0 else escape(v.label)
        grade_cell, by_wet_bulb = _grade_cell(v)
        beyond, wet = beyond or v.extrapolated, wet or by_wet_bulb
        parts.append(f"<tr><td>{label}</td><td>{escape(MODEL_NAMES.get(v.model, v.model))}</td>"
                     f"{_peak_cell(v.core_peak_c, v.extrapolated)}{grade_cell}</tr>")
    parts.append("</table>")
    notes = []
    if beyond:
        notes.append(f"{BEYOND_MARK} At or above {CORE_VALIDATED_MAX_C:g} °C the core is beyond the range where the "
                     "crew models are validated: an extrapolation, to compare the assumptions, not a prediction.")
    if wet:
        notes.append(f"{WET_BULB_MARK} Graded by the cabin wet bulb reaching 35 °C (sweat can no longer cool), "
                     "not by the core.")
    notes.append("Peaks are taken over the crew-aboard period; every row is its own coupled crew-cabin run of this "
                 "scenario and vehicle.")
    parts.append("<p class='small'>" + "<br>".join(escape(localise_temps(n)) for n in notes) + "</p>")
    return parts
