"""The window's analysis jobs as plain functions, so that another process can run them.

Each job takes its inputs plus ``progress(fraction)``, ``cancel() -> bool`` and
``partial(value)`` (a first answer, e.g. the coarse map) and returns its answer;
bind the inputs with :func:`functools.partial` and the job can be pickled
(:mod:`thermoviz.analysis.worker_process`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model.scenario import Scenario, ScenarioError
from .fields import UNDOCK_AFTER_PUNCTURE


def map_job(scenario: Scenario, x, y, metric: str, crew_counts: Sequence[int] | None, *, progress, cancel,
            partial):
    """The survivability map (:func:`thermoviz.survival_map`), the coarse map sent first through ``partial``."""
    from .survival_map import survival_map

    return survival_map(scenario, x=x, y=y, metric=metric, crew_counts=crew_counts or None, progress=progress,
                        cancel=cancel, on_coarse=partial)


def band_job(scenario: Scenario, samples: int, *, progress, cancel, partial):
    """(scenario, its :func:`thermoviz.uncertainty_band`)."""
    from .uncertainty import uncertainty_band

    return scenario, uncertainty_band(scenario, samples, progress=progress, cancel=cancel)


def limit_fields(scenario: Scenario) -> tuple[str, ...]:
    """The searched fields: hole, undock (after the puncture when there is one), crew."""
    undock = UNDOCK_AFTER_PUNCTURE if scenario.puncture_time_h is not None else "undock_time_h"
    return ("hole_diameter_mm", undock, "crew")


def find_limits(scenario: Scenario, cancel=lambda: False) -> list[str]:
    """One sentence per searched field (a field that cannot be searched says why, in one line)."""
    from .evaluate import Cancelled
    from .limits import find_limit

    if scenario.crew < 1:
        return ["Safe limits: nobody rides in this scenario (crew 0)."]
    if scenario.undock_time_h is None:
        return ["Safe limits: the vehicle never undocks here, so the crew never rides it home."]
    sentences = []
    for name in limit_fields(scenario):
        if cancel():
            raise Cancelled()
        try:
            sentences.append(find_limit(scenario, name).sentence + ".")
        except ScenarioError as err:
            sentences.append(f"{name}: {err}")
    return sentences


def limits_job(scenario: Scenario, *, progress, cancel, partial):
    """(scenario, the sentences of :func:`find_limits`)."""
    return scenario, find_limits(scenario, cancel)
