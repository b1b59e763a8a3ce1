"""The window's analysis jobs as plain functions, so that another process can run them.

Each job takes its inputs plus ``progress(fraction)``, ``cancel() -> bool`` and
``partial(value)`` (a first answer, e.g. the coarse map) and returns its answer;
bind the inputs with :func:`functools.partial` and the job can be sent, as data only
(:mod:`thermoviz.analysis.worker_process`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..io.lesson_odds import is_odds_dict
from ..io.vehicles import resolve
from ..model.language import QT_TRANSLATE_NOOP, translate
from ..model.outcome import grades
from ..model.outcome.grades import DEFAULT_BOUNDARY_GRADE
from ..model.scenario import Scenario, ScenarioError
from .crew_band import CrewBand, crew_band
from .evaluate import Cancelled
from .fields import UNDOCK_AFTER_PUNCTURE
from .limits import SafeLimit, describe, find_limit
from .step_odds import step_odds
from .survival_map import MapResult, survival_map
from .uncertainty import UncertaintyResult, uncertainty_band


def map_job(scenario: Scenario, x, y, metric: str, crew_counts: Sequence[int] | None, *, progress, cancel,
            partial, grade: str | None = None):
    """The map (:func:`thermoviz.survival_map`) with ``grade``'s boundaries, the coarse map sent first."""
    return survival_map(scenario, x=x, y=y, metric=metric, crew_counts=crew_counts or None, progress=progress,
                        cancel=cancel, on_coarse=partial, grade=grade)


def band_job(scenario: Scenario, samples: int, *, progress, cancel, partial):
    """(scenario, its :func:`thermoviz.uncertainty_band`)."""
    return scenario, uncertainty_band(scenario, samples, progress=progress, cancel=cancel)


def crew_band_job(scenario: Scenario, *, progress, cancel, partial):
    """(scenario, its crew band (:func:`thermoviz.analysis.crew_band.crew_band`), None when nobody rides)."""
    return scenario, crew_band(scenario, *resolve(scenario), progress=progress)


def odds_job(scenario: Scenario, *, progress, cancel, partial):
    """(scenario, its lesson odds as plain data: :func:`thermoviz.analysis.step_odds.step_odds`)."""
    return scenario, step_odds(scenario, progress=progress, cancel=cancel).as_dict()


def limit_fields(scenario: Scenario) -> tuple[str, ...]:
    """The searched fields: hole, undock (after the puncture when there is one), crew."""
    undock = UNDOCK_AFTER_PUNCTURE if scenario.puncture_time_h is not None else "undock_time_h"
    return ("hole_diameter_mm", undock, "crew")


def limit_items(scenario: Scenario, cancel=lambda: False,
                grade: str = DEFAULT_BOUNDARY_GRADE) -> list[str | SafeLimit]:
    """One :class:`SafeLimit` per searched field, as data: the window words them in its own language
    (:func:`limit_sentences`); a fixed sentence when nothing can be searched, a one-line reason for a
    field that cannot be."""
    if scenario.crew < 1:
        return [QT_TRANSLATE_NOOP("Map", "Limits: nobody rides in this scenario (crew 0).")]
    if scenario.undock_time_h is None:
        return [QT_TRANSLATE_NOOP("Map", "Limits: the vehicle never undocks here, so the crew never rides it home.")]
    items: list[str | SafeLimit] = []
    for name in limit_fields(scenario):
        if cancel():
            raise Cancelled()
        try:
            items.append(find_limit(scenario, name, grade=grade))
        except ScenarioError as err:
            items.append(f"{name}: {err}")
    return items


def limit_sentences(items: list[str | SafeLimit]) -> list[str]:
    """The sentences of :func:`limit_items` in the chosen language (numbers with its decimal separator)."""
    return [describe(item) + "." if isinstance(item, SafeLimit) else translate("Map", item) for item in items]


def find_limits(scenario: Scenario, cancel=lambda: False, grade: str = DEFAULT_BOUNDARY_GRADE) -> list[str]:
    """One sentence per searched field (a field that cannot be searched says why, in one line)."""
    return limit_sentences(limit_items(scenario, cancel, grade))


def limits_job(scenario: Scenario, *, progress, cancel, partial, grade: str = DEFAULT_BOUNDARY_GRADE):
    """(scenario, :func:`limit_items` for ``grade``): worded where shown, since this process has no language."""
    return scenario, limit_items(scenario, cancel, grade)


#: The jobs the worker process runs, by name: nothing else can be asked of it.
JOBS = {job.__name__: job for job in (map_job, band_job, limits_job, crew_band_job, odds_job)}


def answer_problem(job_name: str, answer) -> str | None:
    """Why ``answer`` is not what job ``job_name`` returns (None when it is): a forged answer fails its job."""
    if job_name == "map_job":
        ok = isinstance(answer, MapResult) and _map_shapes_agree(answer)
    elif job_name == "band_job":
        ok = (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], Scenario)
              and isinstance(answer[1], UncertaintyResult) and _band_shapes_agree(answer[1]))
    elif job_name == "crew_band_job":
        ok = (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], Scenario)
              and (answer[1] is None or isinstance(answer[1], CrewBand)))
    elif job_name == "odds_job":
        ok = (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], Scenario)
              and is_odds_dict(answer[1]))
    elif job_name == "limits_job":
        ok = (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], Scenario)
              and isinstance(answer[1], list) and all(isinstance(s, str) or _limit_ok(s) for s in answer[1]))
    else:
        return f"unknown job {job_name[:40]!r}"
    return None if ok else f"the worker's answer to {job_name} has the wrong form"


def _limit_ok(limit, depth: int = 0) -> bool:
    """A safe limit the window can word: a searched field, a known grade, numbers where numbers go."""
    if not isinstance(limit, SafeLimit) or depth > 1:
        return False
    fields = ("crew", "hole_diameter_mm", "undock_time_h", UNDOCK_AFTER_PUNCTURE)
    numbers = (limit.value, *limit.search_range, *(limit.bracket or ()))
    return (limit.field in fields and limit.grade in grades.GRADE_IDS and isinstance(limit.crew, int)
            and len(limit.search_range) == 2 and all(v is None or isinstance(v, (int, float)) for v in numbers)
            and limit.direction in ("largest", "smallest") and isinstance(limit.others, dict)
            and all(isinstance(c, int) and _limit_ok(o, depth + 1) for c, o in limit.others.items()))


def _map_shapes_agree(m: MapResult) -> bool:
    """A map's grids fit its axes (a forged map with other shapes would break the map tab's drawing)."""
    shape = (len(m.y.values), len(m.x.values))
    return (getattr(m.values, "shape", None) == shape
            and all(getattr(v, "shape", None) == shape for v in dict(m.crew_margins).values()))


def _band_shapes_agree(band: UncertaintyResult) -> bool:
    """A band's 5/50/95 % curves fit its time axis."""
    k = len(band.time_h)
    return all(getattr(v, "shape", (0,))[-1:] == (k,) for v in dict(band.bands).values())

