"""Help ▸ Crew grades: one short page for a teacher on the outcome scale and why these lines.

Built from :data:`thermoviz.model.outcome.grades.GRADES`, so the page says exactly what the
verdict, the map, the limit finder, the uncertainty band and the lesson use; ``docs/grades.md``
carries the same text (a test keeps the two in step).
"""

from __future__ import annotations

import html

from ..model.language import QT_TRANSLATE_NOOP, translate
from ..model.outcome.grades import GRADES

TITLE = QT_TRANSLATE_NOOP("GradesPage", "Crew grades: how thermoviz says how the crew fares")

#: Why each line is where it is, in plain words (sources: docs/sources.md).
WHY: dict[str, str] = {
    "within_limits": QT_TRANSLATE_NOOP(
        "GradesPage", "Below 38 °C a resting, clothed person in a warm cabin is hot but can keep working."),
    "stop_work": QT_TRANSLATE_NOOP(
        "GradesPage", "ISO 7933 (Predicted Heat Strain), the standard for hot workplaces, tells workers to stop "
        "when the core would pass 38 °C. A crew riding home cannot stop, so this is a warning."),
    "not_acceptable": QT_TRANSLATE_NOOP(
        "GradesPage", "Around 39 °C thinking and handling slow down sharply (occupational heat-stress "
        "guidance, WHO 1969 and ACGIH, recalled from memory). The agencies would not fly a "
        "crew home into this: it is the line the limit finder and the map use by default."),
    "not_survivable": QT_TRANSLATE_NOOP(
        "GradesPage", "At 40 °C heat stroke threatens (standard physiology); at a wet-bulb temperature of "
        "35 °C sweat can no longer cool the body at all (Sherwood & Huber 2010). Only this "
        "grade is called \"not survivable\", and only here does thermoviz use the word \"survive\"."),
}

INTRO = QT_TRANSLATE_NOOP(
    "GradesPage", "thermoviz grades the crew's peak core temperature while aboard (and the cabin's wet-bulb "
    "temperature) on one scale of four grades. The banner, the map's lines, the limit finder, the "
    "uncertainty band, the lessons and the PDF all use it, so they always tell the same story.")
CLOSING = QT_TRANSLATE_NOOP(
    "GradesPage", "Cabin air above 27 °C and the equipment bay above 40 °C are separate, named conditions, not "
    "crew grades. The numbers are a model with estimates: read a result near a line as \"close to "
    "the line\", not as a sure pass or fail.")

#: The Help page's column headings.
HEADINGS = (QT_TRANSLATE_NOOP("GradesPage", "Grade"), QT_TRANSLATE_NOOP("GradesPage", "Where it starts"),
            QT_TRANSLATE_NOOP("GradesPage", "Why this line"))


def grades_page_text() -> str:
    """The page as Markdown (``docs/grades.md`` holds exactly this)."""
    rows = "\n".join(f"| `{g.id}` | {g.title} | {g.meaning} | {WHY[g.id]} |" for g in GRADES)
    return (f"# {TITLE}\n\n{INTRO}\n\n| grade | name | where it starts | why this line |\n| --- | --- | --- | --- |\n"
            f"{rows}\n\n{CLOSING}\n")


def grades_page_html() -> str:
    """The page as Qt rich text, for Help ▸ Crew grades."""
    def tr(text: str, context: str = "GradesPage") -> str:
        return html.escape(translate(context, text))

    rows = "".join(f"<tr><td><b>{tr(g.title, 'Grades')}</b><br><code>{g.id}</code></td>"
                   f"<td>{tr(g.meaning, 'Grades')}</td><td>{tr(WHY[g.id])}</td></tr>" for g in GRADES)
    heads = "".join(f"<th>{tr(head)}</th>" for head in HEADINGS)
    return (f"<h3>{tr(TITLE)}</h3><p>{tr(INTRO)}</p>"
            f"<table border='1' cellpadding='4' cellspacing='0'><tr>{heads}</tr>{rows}</table><p>{tr(CLOSING)}</p>")
