"""The report's energy table: where the heat went, over the whole run and while the crew was aboard.

Reads ``Result.energy`` (:mod:`thermoviz.model.outcome.energy`), the same books ``run --json`` prints.
"""

from __future__ import annotations

from html import escape

#: Row label -> key of the books (flows leave the vehicle; stored stays in it).
FLOWS = (("Generated inside (equipment + crew)", "generated_mj"), ("Rejected by the loop", "rejected_mj"),
         ("To the station air (docked)", "station_mj"), ("Radiated to space", "space_mj"),
         ("To the outside air (after landing)", "outside_air_mj"))
STORES = (("cabin_air", "Stored: cabin air"), ("cabin_wall", "Stored: cabin walls"),
          ("equipment_bay", "Stored: equipment bay"), ("orbital_module", "Stored: orbital module"),
          ("cabin_vapour", "Stored: cabin water vapour"), ("crew_bodies", "Stored: crew bodies"))


def _cell(value) -> str:
    return "<td>–</td>" if value is None else f"<td align='right'>{value:.2f}</td>"


def energy_html(result) -> list[str]:
    """HTML of the energy table (empty when the result has no books)."""
    books = getattr(result, "energy", None)
    if not books:
        return []
    windows = [("Whole run", books.get("whole_run")), ("While the crew is aboard", books.get("crew_aboard"))]
    windows = [(title, b) for title, b in windows if b]
    head = "".join(f"<th>{escape(title)} [MJ]</th>" for title, _b in windows)
    parts = ["<h2>Where the heat went</h2><table class='grid' border='1' cellpadding='2' cellspacing='0' "
             f"width='100%'><thead><tr><th>Energy</th>{head}</tr></thead>"]
    for label, key in FLOWS:
        parts.append(f"<tr><td>{escape(label)}</td>" + "".join(_cell(b.get(key)) for _t, b in windows) + "</tr>")
    for key, label in STORES:
        parts.append(f"<tr><td>{escape(label)}</td>"
                     + "".join(_cell(b["stored_mj"].get(key)) for _t, b in windows) + "</tr>")
    parts.append("<tr><td>Residual (books not closed)</td>"
                 + "".join(_cell(b.get("residual_mj")) for _t, b in windows) + "</tr></table>")
    parts.append("<p>Generated = rejected + station + space + outside air + stored + residual. Nothing else takes "
                 "heat: there is no fixed-temperature surroundings. Negative: heat taken in (station air warmer "
                 "than the cabin) or given up by a store.</p>")
    return parts
