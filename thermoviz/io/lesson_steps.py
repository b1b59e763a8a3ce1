"""Using a lesson step: its window and cursor for a simulated result, its text filled in, JSON.

The lesson format and loader are in :mod:`thermoviz.io.lessons`.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Any

from ..model.clock import time_origin
from ..model.language import number, translate
from ..model.outcome.result import SERIES, Result
from .lesson_odds import LessonOdds, odds_phrase
from .lessons import PLACEHOLDER, RETURN_MARGIN_H, Lesson, LessonStep


@dataclass(frozen=True)
class ResolvedView:
    """A step's view in numbers for one simulated result (hours after t = 0)."""

    from_h: float
    to_h: float
    cursor_h: float


def resolve_view(step: LessonStep, result: Result) -> ResolvedView:
    """The step's window and cursor in hours for ``result`` (the step's simulated scenario).

    A named window uses the result's events (``return flight`` = undock - 2 h to
    landing + 2 h, clipped to the run); a cursor given as an event that does not
    happen falls back to the window's middle.
    """
    view = step.view
    duration = float(result.time_h[-1])
    if view.window == "return flight":
        undock = result.events.get("undock")
        landing = result.events.get("landing")
        start = 0.0 if undock is None else max(0.0, undock - RETURN_MARGIN_H)
        end = duration if landing is None else min(duration, landing + RETURN_MARGIN_H)
    elif view.window == "whole run" or view.window is None and view.from_h is None:
        start, end = 0.0, duration
    else:
        start, end = float(view.from_h), float(view.to_h)
    cursor = view.cursor_h
    if view.cursor_event is not None:
        cursor = result.events.get(view.cursor_event)
    if cursor is None or not start <= cursor <= end:
        cursor = 0.5 * (start + end)
    return ResolvedView(start, end, float(cursor))


#: Verdict sentences a step names only when it is about them (view plot or highlight containing the key).
_VERDICT_TOPICS = (("The equipment bay", "equipment"), ("The cabin peaks", "cabin"))


def step_verdict(result: Result, step: LessonStep | None = None) -> str:
    """The verdict without the sentences the step is not about (equipment bay, cabin), no final full stop.

    A lesson step about the crew names the crew's outcome only; the equipment-bay
    sentence stays when the step highlights the equipment bay.
    """
    sentences = re.split(r"(?<=\.) (?=[A-Z])", result.verdict.text.strip())
    if step is not None:
        about = f"{step.view.highlight} {' '.join(step.view.plots) if len(step.view.plots) == 1 else ''}"
        sentences = [s for s in sentences
                     if not any(s.startswith(head) and key not in about for head, key in _VERDICT_TOPICS)]
    return " ".join(sentences).rstrip(".")


def aligned_reference(reference: Result, result: Result) -> Result:
    """``reference`` shifted in time so its undock (else its puncture, else its start) meets ``result``'s.

    A comparing step pins an earlier step's run; the two runs start at different
    hours, so they are aligned on the moment both stories share.
    """
    for event in ("undock", "puncture"):
        ref_t, t = reference.events.get(event), result.events.get(event)
        if ref_t is not None and t is not None:
            shift = float(t) - float(ref_t)
            break
    else:
        shift = 0.0
    if shift == 0.0:
        return reference
    events = {k: (None if v is None else float(v) + shift) for k, v in reference.events.items()}
    return dataclasses.replace(reference, time_h=reference.time_h + shift, events=events,
                               series={k: v.copy() for k, v in reference.series.items()})


def render_text(text: str, result: Result, cursor_h: float, step: LessonStep | None = None,
                odds: LessonOdds | None = None) -> str:
    """Fill the placeholders of a narration or reveal from the step's result (see :mod:`thermoviz.io.lessons`).

    ``odds``: the step's decision odds for ``{odds:GRADE}`` (computed above IO:
    :func:`thermoviz.analysis.step_odds.step_odds`); None while they are computed ("…").
    """
    peaks = result.peaks
    at = result.at(cursor_h)

    def fill(match: re.Match) -> str:
        kind, key = match.groups()
        if kind == "verdict":
            return step_verdict(result, step)  # the lesson text supplies its own punctuation
        if kind == "odds":
            return odds_phrase(odds, key)
        if kind in ("event", "after_puncture"):  # the one time base: hours since the puncture (else the start)
            t = result.events.get(key)
            origin, _words = time_origin(result.events.get("puncture"))
            return "—" if t is None else f"{number(f'{t - origin:.1f}')} {translate('Units', 'h')}"
        if key not in SERIES:  # an upcoming series the model does not compute yet
            return "—"
        value = peaks.get(key) if kind == "peak" else at.get(key)
        if value is None or not math.isfinite(value):
            return "—"
        unit = SERIES[key][0]
        return f"{number(f'{value:.1f}')} {translate('Units', unit)}" if unit else number(f"{value:.1f}")

    return PLACEHOLDER.sub(fill, text)


def lesson_summary(lesson: Lesson) -> dict[str, Any]:
    """Plain dict for ``thermoviz lesson --json`` (text with its placeholders unfilled)."""
    return {
        "id": lesson.id,
        "title": lesson.title,
        "summary": lesson.summary,
        "audience": lesson.audience,
        "steps": [
            {
                "number": step.number,
                "title": step.title,
                "narration": step.narration,
                "sources": list(step.sources),
                "preset": step.preset,
                "overrides": dict(step.overrides),
                "view": {
                    "plots": list(step.view.plots),
                    "highlight": step.view.highlight,
                    "window": step.view.window,
                    "from_h": step.view.from_h,
                    "to_h": step.view.to_h,
                    "cursor_h": step.view.cursor_h,
                    "cursor_event": step.view.cursor_event,
                    "compare_step": step.view.compare_step,
                },
                "predict": None if step.predict is None else {"question": step.predict.question,
                                                              "reveal": step.predict.reveal,
                                                              "hides": list(step.predict.hides)},
            }
            for step in lesson.steps
        ],
    }
