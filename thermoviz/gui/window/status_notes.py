"""What the status bar says: the notes a user needs, not developer timings.

One short line -- the crew heat strain's state while it is not done, how many
model values are estimates, what lies outside the model's validity, what was
ignored in the settings -- and every note in full in its tooltip.  Physics and
redraw timings are shown only with ``THERMOVIZ_DEBUG=1`` in the environment.
"""

from __future__ import annotations

import os
from html import escape

from thermoviz.model.language import shown, translate
from thermoviz.model.outcome.result import SERIES

DEBUG_ENV = "THERMOVIZ_DEBUG"


def debug_enabled(environ=os.environ) -> bool:
    """True when ``THERMOVIZ_DEBUG`` is set to 1 / true / yes."""
    return environ.get(DEBUG_ENV, "").strip().lower() in ("1", "true", "yes")


def estimate_count(notes) -> int:
    """How many values the "Estimated or derived ..." note lists (0 without one)."""
    for note in notes:
        if note.startswith("Estimated") and ":" in note:
            listed = note.split(":", 1)[1].split(";", 1)[0]
            return len([item for item in listed.split(",") if item.strip()])
    return 0


def status_text(session, settings_notes=(), timings_ms: tuple[float, float] | None = None,
                secret: bool = False) -> tuple[str, str]:
    """(line, tooltip) for the status bar of a window showing ``session``.

    ``secret``: a lesson's predict step hides the result until Reveal, so the line leaves out what is
    outside the validated range (it would tell that the crew core passes 40 °C) and the hover list the
    result's notes."""
    parts: list[str] = []
    if session.crew_pending:
        parts.append(translate("Status", "crew heat strain: computing…"))
    elif session.crew_error:
        parts.append(translate("Status", "crew heat strain failed: {error}").format(error=session.crew_error))
    count = estimate_count(tuple(session.result.notes) if session.result is not None else ())  # no secret
    result = None if secret else session.result
    notes = tuple(result.notes) if result is not None else ()
    if count:
        parts.append(translate("Status", "{count} model values are estimates").format(count=count))
    outside = sorted(translate("Plots", SERIES[k][1]) if k in SERIES else k
                     for k, mask in (result.outside_validity.items() if result is not None else ()) if mask.any())
    if outside:
        parts.append(translate("Status", "outside the model's validity (shaded): {names}").format(names=", ".join(outside)))
    if settings_notes:
        parts.append(translate("Status", "{count} remembered setting(s) ignored").format(count=len(settings_notes)))
    if notes or settings_notes:
        parts.append(translate("Status", "hover here for the notes"))
    if timings_ms is not None:
        parts.append(f"physics {timings_ms[0]:.1f} ms, redraw {timings_ms[1]:.1f} ms")
    rows = [*(shown(n) for n in notes), *(shown(n) for n in settings_notes)]  # the model's notes in the language (English kept in files)
    tooltip = ("<qt><ul>" + "".join(f"<li>{escape(n)}</li>" for n in rows) + "</ul></qt>") if rows else ""
    line = " · ".join(parts)
    return (line[:1].upper() + line[1:]) or translate("Status", "Ready"), tooltip  # a line starts with a capital
