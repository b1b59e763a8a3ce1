"""A lesson step as a figure: its FigureView (plots, window, highlight) and its slide.

Used by the window's lesson panel (:mod:`thermoviz.gui.lesson.lesson_panel`) and by
``thermoviz lesson NAME --step N --png PATH``, so a step looks the same in both.
"""

from __future__ import annotations

import os
from pathlib import Path

from thermoviz import api
from thermoviz.figure.view import FigureView
from thermoviz.io.lesson_steps import ResolvedView, resolve_view
from thermoviz.io.lessons import LessonStep
from thermoviz.model.outcome.result import Result


def simulate_step(step: LessonStep) -> Result:
    """The step's scenario simulated (crew heat strain included whenever a crew is aboard)."""
    return api.simulate(step.scenario, crew_strain="crew" in step.view.plots or step.scenario.crew > 0)


def step_view(step: LessonStep, result: Result,
              reference: tuple[Result, str] | None = None) -> tuple[FigureView, ResolvedView]:
    """The figure view of a step (plots, time window, highlight, the compared run) and its resolved window/cursor.

    ``reference``: the compared step's run, already aligned (:func:`~thermoviz.io.lesson_steps.aligned_reference`),
    and its label; pinned faded behind the step's curves.
    """
    resolved = resolve_view(step, result)
    ref, label = reference if reference is not None else (None, "")
    view = FigureView(plots=tuple(step.view.plots), x_range_h=(resolved.from_h, resolved.to_h),
                      highlight=step.view.highlight, reference=ref, reference_label=label)
    return view, resolved


def export_step_slide(step: LessonStep, path: str | os.PathLike[str], size: tuple[int, int] = (1920, 1080),
                      result: Result | None = None) -> Path:
    """Write the step as a 16:9 slide: its scenario, window, cursor and highlight; title = step title."""
    from .slide import export_slide  # Qt: the lesson's text steps must not load Qt

    result = result if result is not None else simulate_step(step)
    view, resolved = step_view(step, result)
    return export_slide(result, path, view, size=size, title=f"{step.number}. {step.title}",
                        cursor_h=resolved.cursor_h)
