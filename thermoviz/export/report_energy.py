"""The report's energy table: where the heat went, over the whole run and while the crew was aboard.

Reads ``Result.energy`` (:mod:`thermoviz.model.outcome.energy`), the same books ``run --json`` prints.
"""

from __future__ import annotations

from html import escape

from thermoviz.model.language import QT_TRANSLATE_NOOP, number, translate

#: Row label -> key of the books (flows leave the vehicle; stored stays in it).
FLOWS = ((QT_TRANSLATE_NOOP("Report", "Generated inside (equipment + crew)"), "generated_mj"),
         (QT_TRANSLATE_NOOP("Report", "Rejected by the loop"), "rejected_mj"),
         (QT_TRANSLATE_NOOP("Report", "To the station air (docked)"), "station_mj"),
         (QT_TRANSLATE_NOOP("Report", "Radiated to space"), "space_mj"),
         (QT_TRANSLATE_NOOP("Report", "To the outside air (after landing)"), "outside_air_mj"))
STORES = (("cabin_air", QT_TRANSLATE_NOOP("Report", "Stored: cabin air")),
          ("cabin_wall", QT_TRANSLATE_NOOP("Report", "Stored: cabin walls")),
          ("equipment_bay", QT_TRANSLATE_NOOP("Report", "Stored: equipment bay")),
          ("orbital_module", QT_TRANSLATE_NOOP("Report", "Stored: orbital module")),
          ("cabin_vapour", QT_TRANSLATE_NOOP("Report", "Stored: cabin water vapour")),
          ("crew_bodies", QT_TRANSLATE_NOOP("Report", "Stored: crew bodies")))


def _cell(value) -> str:
    return "<td>–</td>" if value is None else f"<td align='right'>{number(f'{value:.2f}')}</td>"


def energy_html(result) -> list[str]:
    """HTML of the energy table (empty when the result has no books)."""
    books = getattr(result, "energy", None)
    if not books:
        return []
    windows = [(translate("Report", "Whole run"), books.get("whole_run")),
               (translate("Report", "While the crew is aboard"), books.get("crew_aboard"))]
    windows = [(title, b) for title, b in windows if b]
    mj = translate("Units", "MJ")
    head = "".join(f"<th>{escape(title)} [{mj}]</th>" for title, _b in windows)
    title, energy = translate("Report", "Where the heat went"), translate("Report", "Energy")
    parts = [f"<h2>{escape(title)}</h2><table class='grid' border='1' cellpadding='2' cellspacing='0' "
             f"width='100%'><thead><tr><th>{escape(energy)}</th>{head}</tr></thead>"]
    for label, key in FLOWS:
        parts.append(f"<tr><td>{escape(translate('Report', label))}</td>"
                     + "".join(_cell(b.get(key)) for _t, b in windows) + "</tr>")
    for key, label in STORES:
        parts.append(f"<tr><td>{escape(translate('Report', label))}</td>"
                     + "".join(_cell(b["stored_mj"].get(key)) for _t, b in windows) + "</tr>")
    residual = translate("Report", "Residual (books not closed)")
    parts.append(f"<tr><td>{escape(residual)}</td>"
                 + "".join(_cell(b.get("residual_mj")) for _t, b in windows) + "</tr></table>")
    text = translate("Report", "Generated = rejected + station + space + outside air + stored + residual. Nothing "
                     "else takes heat: there is no fixed-temperature surroundings. Negative: heat taken in (station "
                     "air warmer than the cabin) or given up by a store.")
    parts.append(f"<p>{escape(text)}</p>")
    return parts
