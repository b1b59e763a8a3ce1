"""The PDF report's "Calibration" section: what is fitted to the record, what is held out.

One table from :data:`thermoviz.model.calibration.CALIBRATION_TABLE` (record item,
its use, the parameter) and one line with the Cd range the record allows for the
run's loop (:func:`thermoviz.io.calibration_range.record_cd_range`).
"""

from __future__ import annotations

import html

from thermoviz.io.calibration_range import cd_note
from thermoviz.model.calibration import CABIN_PARAMETERS, CALIBRATION_TABLE
from thermoviz.model.language import QT_TRANSLATE_NOOP, number, translate


#: The record items' uses (:attr:`~thermoviz.model.calibration.RecordItem.use`), shown in the language.
USES = (QT_TRANSLATE_NOOP("Report", "fitted"), QT_TRANSLATE_NOOP("Report", "held out"))


def calibration_html(result) -> str:
    """HTML of the Calibration section for ``result``'s scenario."""
    s = result.scenario
    esc = lambda text: html.escape(str(text))  # noqa: E731
    fitted = ", ".join(n for n, use, _w in CABIN_PARAMETERS if use == "fitted")
    intro = translate("Report", "The leak model has one parameter fitted to the public record (Cd); the cabin has "
                      "four, fitted to the docked record only: {fitted}. Every other cabin number is an estimate "
                      "from its own reasoning (vehicle file). The other record items, the crewed return among them, "
                      "are held out and only checked against.").format(fitted=fitted)
    heads = (translate("Report", "Record item"), translate("Report", "Use"), translate("Report", "Parameter / check"))
    title = translate("Report", "Calibration")
    parts = [f"<h2>{esc(title)}</h2>", f"<p>{esc(intro)}</p>",
             "<table class='grid' border='1' cellpadding='2' cellspacing='0' width='100%'>"
             "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr></thead>"]
    for item in CALIBRATION_TABLE:
        parts.append(f"<tr><td>{esc(item.event)}: {esc(item.statement)} ({esc(item.source)})</td>"
                     f"<td>{esc(translate('Report', item.use))}</td><td>{esc(item.parameter)}</td></tr>")
    parts.append("</table>")
    note = cd_note(s.vehicle, s.loop, s.coolant or "")
    if note:
        text = translate("Report", "Discharge coefficient Cd for this loop: MS-22 {note}; this run uses Cd = {cd}.")
        parts.append(f"<p>{esc(text.format(note=note, cd=number(f'{s.discharge_coefficient:g}')))}</p>")
    return "".join(parts)
