"""Tooltips of the figure's parts from the explanations file (:mod:`thermoviz.io.explanations`).

Rich text, so Qt wraps a long explanation instead of drawing one screen-wide line:
the title in bold, what it is and why it matters, then the source in italics.
"""

from __future__ import annotations

from html import escape

from thermoviz.io.explanations import explanation
from thermoviz.model.language import translate
from thermoviz.model.units import localise_temps


def explained(section: str, key: str, heading: str = "", extra: str = "") -> str:
    """``<qt>`` tooltip for an entry: ``heading`` (default: its title), what + why, ``extra``, the source.

    Falls back to ``heading`` + ``extra`` when the file has no entry for (section, key).
    """
    entry = explanation(section, key)
    parts = [f"<b>{escape(heading or (entry.title if entry else key))}</b>"]
    if entry is not None:
        parts.append(f"{escape(entry.what)} {escape(entry.why)}")
    if extra:
        parts.append(escape(extra).replace("\n", "<br>"))
    if entry is not None:
        parts.append("<i>" + translate("Plots", "Source: {source}").format(source=escape(entry.source)) + "</i>")
    return localise_temps("<qt>" + "<br><br>".join(parts) + "</qt>")


def axis_tooltip(title: str, series) -> str:
    """A y axis: its title, then what each series on it is (from the explanations file)."""
    rows = [f"<b>{escape(title)}</b>"]
    for spec in series:
        entry = explanation("series", spec.key)
        if entry is not None:
            rows.append(f"<b>{escape(spec.legend)}</b>: {escape(entry.what)}")
    return localise_temps("<qt>" + "<br><br>".join(rows) + "<br><br>"
                           + translate("Plots", "Shift+F1, then click a curve or legend entry: more.") + "</qt>")


def time_axis_tooltip(shown: str, asked: str, result=None) -> str:
    """What the time axis shows, where t = 0 comes from, and why a date mode may be unavailable."""
    text = {"puncture": translate("Plots", "Hours since the puncture (negative: before it). All scenarios share this "
                                  "origin, so a pinned reference and a what-if line up."),
            "start": translate("Plots", "Hours since the start of the simulated run."),
            "utc": translate("Plots", "Calendar date and time in UTC (Coordinated Universal Time), from the scenario's "
                             "start time."),
            "zone": translate("Plots", "Calendar date and time in the named zone, from the scenario's start time.")}[shown]
    if result is not None and result.scenario.start_utc:
        text += "\n" + translate("Plots", "The run starts at {start} (UTC), from the reported timeline of the "
                                 "preset.").format(start=result.scenario.start_utc)
    if shown != asked:
        text += "\n" + translate("Plots", "This scenario has no start time (or no puncture), so the axis shows hours.")
    return text + "\n" + translate("Plots", "Change it in View ▸ Time axis.")
