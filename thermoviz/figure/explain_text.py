"""Tooltips of the figure's parts from the explanations file (:mod:`thermoviz.io.explanations`).

Rich text, so Qt wraps a long explanation instead of drawing one screen-wide line:
the title in bold, what it is and why it matters, then the source in italics.
"""

from __future__ import annotations

from html import escape

from thermoviz.io.explanations import explanation


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
        parts.append(f"<i>Source: {escape(entry.source)}</i>")
    return "<qt>" + "<br><br>".join(parts) + "</qt>"
