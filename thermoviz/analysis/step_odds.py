"""The decision's odds of a lesson step: ``{odds:GRADE}`` (format: :mod:`thermoviz.io.lessons`).

:func:`step_odds` runs the step's scenario over :data:`~thermoviz.io.lesson_odds.ODDS_SAMPLES`
plausible vehicles (seed :data:`~thermoviz.io.lesson_odds.ODDS_SEED`) with
:func:`thermoviz.analysis.uncertainty.uncertainty_band`, the same batch as
``thermoviz run SCENARIO --uncertainty 200``, and keeps its crew grades: the share of vehicles in
which each crew count reaches each grade or worse.  One batch costs about a second, so each
scenario is computed once per process (:data:`CACHE_SIZE` kept).  IO may not import the analyses,
so the lesson runners (``thermoviz lesson``, the deck, the window's worker process through
:func:`thermoviz.analysis.jobs.odds_job`) compute the odds here and hand them to
:func:`thermoviz.io.lesson_steps.render_text`.
"""

from __future__ import annotations

from functools import lru_cache

from ..io.lesson_odds import ODDS_SAMPLES, ODDS_SEED, LessonOdds, uses_odds
from ..io.vehicles import resolve
from ..model.scenario import Scenario, ScenarioError
from .evaluate import Cancel, Progress
from .uncertainty import uncertainty_band

#: Scenarios whose odds stay remembered (a lesson has a few steps that quote them).
CACHE_SIZE = 16


def step_odds(scenario: Scenario, *, progress: Progress = None, cancel: Cancel = None) -> LessonOdds:
    """The crew grades of ``scenario`` over 200 plausible vehicles (seed 0); cached per scenario."""
    if progress is None and cancel is None:
        return _cached(scenario)
    return _compute(scenario, progress, cancel)


@lru_cache(maxsize=CACHE_SIZE)
def _cached(scenario: Scenario) -> LessonOdds:
    return _compute(scenario, None, None)


def _compute(scenario: Scenario, progress: Progress, cancel: Cancel) -> LessonOdds:
    vehicle = resolve(scenario)[0]
    if vehicle.max_crew < 1:  # no seats: no crew grades ("—")
        return LessonOdds({}, ODDS_SAMPLES, vehicle.display_name)
    try:
        band = uncertainty_band(scenario, ODDS_SAMPLES, seed=ODDS_SEED, progress=progress, cancel=cancel)
    except ScenarioError:  # e.g. a vehicle with nothing to sample: the model has no odds to give ("—")
        return LessonOdds({}, ODDS_SAMPLES, vehicle.display_name)
    return LessonOdds({k: dict(v) for k, v in band.grades.items()}, band.n, vehicle.display_name)


def odds_for(step) -> LessonOdds | None:
    """The step's odds when its text quotes them (None when it does not: nothing is computed)."""
    return step_odds(step.scenario) if uses_odds(step) else None
