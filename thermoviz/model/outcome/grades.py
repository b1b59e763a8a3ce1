"""The one outcome scale for the crew: four grades, defined once.

Every part of thermoviz that says how the crew fares (the verdict, the map, the limit
finder, the uncertainty band, the lesson, the PDF and the window) grades by this table:

==================  =========================================  ==========================
grade id            meaning in plain words                      threshold
==================  =========================================  ==========================
``within_limits``   the crew can keep working                   core below 38 °C
``stop_work``       the crew should stop working                core 38 °C (ISO 7933 PHS)
``not_acceptable``  performance drops sharply: no return        core 39 °C
``not_survivable``  heat-stroke danger, or sweat cannot cool    core 40 °C or wet-bulb 35 °C
==================  =========================================  ==========================

The word "survive" belongs to the ``not_survivable`` boundary only.  Cabin air and
equipment-bay limits are separate, named conditions (:mod:`thermoviz.model.limits`), not
crew grades.  Sources are in ``docs/sources.md``; the 39 °C and 40 °C lines are
recalled occupational guidance ("from memory"), the 38 °C line is the ISO 7933 limit
as implemented by pythermalcomfort, and the 35 °C wet-bulb line is Sherwood & Huber (2010).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Grade:
    """One step of the crew outcome scale."""

    id: str
    rank: int  # 0 = best; a higher rank is always worse
    title: str  # short heading, e.g. "Not acceptable"
    meaning: str  # the threshold in plain words, usable inside a sentence
    core_c: float | None  # crew core temperature [°C] at which this grade starts
    wet_bulb_c: float | None = None  # cabin wet-bulb temperature [°C] at which it also starts


WITHIN_LIMITS = Grade("within_limits", 0, QT_TRANSLATE_NOOP("Grades", "Within limits"),
                      QT_TRANSLATE_NOOP("Grades", "keeps the core below 38 °C, where the crew can keep working"), None)
STOP_WORK = Grade("stop_work", 1, QT_TRANSLATE_NOOP("Grades", "Stop work"),
                  QT_TRANSLATE_NOOP("Grades", "core 38 °C, where ISO 7933 says to stop working in the heat"), 38.0)
NOT_ACCEPTABLE = Grade("not_acceptable", 2, QT_TRANSLATE_NOOP("Grades", "Not acceptable"),
                       QT_TRANSLATE_NOOP("Grades", "core 39 °C, where performance drops sharply"), 39.0)
NOT_SURVIVABLE = Grade("not_survivable", 3, QT_TRANSLATE_NOOP("Grades", "Not survivable"),
                       QT_TRANSLATE_NOOP("Grades", "core 40 °C (heat-stroke danger) or wet-bulb 35 °C (sweat can no longer cool)"),
                       40.0, 35.0)

#: All grades, best first.
GRADES: tuple[Grade, ...] = (WITHIN_LIMITS, STOP_WORK, NOT_ACCEPTABLE, NOT_SURVIVABLE)
GRADE_IDS: tuple[str, ...] = tuple(g.id for g in GRADES)
#: The grades a boundary can be drawn for (every grade but the best).
BOUNDARY_GRADE_IDS: tuple[str, ...] = GRADE_IDS[1:]
#: The grade the limit finder and the map use unless told otherwise.
DEFAULT_BOUNDARY_GRADE = NOT_ACCEPTABLE.id

_BY_ID = {g.id: g for g in GRADES}


def grade(grade_id: str) -> Grade:
    """The :class:`Grade` with this id; ``ValueError`` naming the allowed ids otherwise."""
    try:
        return _BY_ID[grade_id]
    except (KeyError, TypeError):
        raise ValueError(f"grade must be one of {', '.join(GRADE_IDS)}; got {grade_id!r}") from None


def crew_grade(core_peak_c: float | None, wet_bulb_peak_c: float | None = None) -> Grade:
    """The grade reached by a crew whose core and cabin wet-bulb peak at these values.

    NaN or ``None`` means "not computed" and counts as not reaching any threshold.
    """
    core = core_peak_c if core_peak_c is not None and math.isfinite(core_peak_c) else -math.inf
    wet = wet_bulb_peak_c if wet_bulb_peak_c is not None and math.isfinite(wet_bulb_peak_c) else -math.inf
    for g in reversed(GRADES[1:]):
        if core >= g.core_c or (g.wet_bulb_c is not None and wet >= g.wet_bulb_c):
            return g
    return WITHIN_LIMITS


def at_least(reached: Grade | str, asked: Grade | str) -> bool:
    """True when ``reached`` is as bad as ``asked`` or worse."""
    r = reached if isinstance(reached, Grade) else grade(reached)
    a = asked if isinstance(asked, Grade) else grade(asked)
    return r.rank >= a.rank
