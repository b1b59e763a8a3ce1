"""Survivability map: one metric over a grid of two scenario inputs.

``survival_map(scenario, x=("hole_diameter_mm", 0.2, 5, 100), y=("undock_after_puncture_h", 0, 48, 100))``
varies two inputs of ``scenario`` (any numeric field, or the derived hours from
puncture to undock: :mod:`thermoviz.analysis.fields`) and evaluates a metric
(:mod:`thermoviz.analysis.metrics`; default the crew margin at landing, + = safe)
in every cell through one seam (:mod:`thermoviz.analysis.evaluate`): batched, or
exactly by single simulations.

``crew_counts=(1, 2, 3)`` adds, for each crew count, the margin below ``grade``
(one of :data:`thermoviz.model.outcome.grades.BOUNDARY_GRADE_IDS`, default ``not_acceptable``;
metric ``margin_to_<grade>_k``), so a figure can draw each one's boundary of that
grade (margin = 0) on the same map.

For a window that must stay live: ``on_coarse`` receives a coarse map
(:data:`COARSE_N` x :data:`COARSE_N`) first, ``progress(fraction)`` reports, and
``cancel()`` returning True stops the work with :class:`~thermoviz.analysis.evaluate.Cancelled`
(no partial map is ever returned).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from ..io.vehicles import resolve
from ..model.outcome.grades import BOUNDARY_GRADE_IDS, DEFAULT_BOUNDARY_GRADE
from ..model.params import VehicleParams
from ..model.scenario import Scenario, ScenarioError
from .evaluate import Cancel, Progress, evaluate_batch, evaluate_exact
from .fields import axis_values, base_value, cell_scenario, field_info
from .metrics import GRADE_METRICS, get_metric, grade_metric


#: Points per axis of the coarse first map.
COARSE_N = 20
EVALUATORS = ("batch", "exact")


@dataclass(frozen=True)
class MapAxis:
    """One axis of a map: field, its values (n,), unit, label, log scale."""

    field: str
    values: np.ndarray
    unit: str
    label: str
    log: bool

    def axis_label(self) -> str:
        return f"{self.label} [{self.unit}]" if self.unit else self.label


@dataclass(frozen=True)
class MapResult:
    """A metric over a grid: ``values[j, i]`` is the cell ``x.values[i]``, ``y.values[j]``.

    ``crew_margins`` maps a crew count to its margin below ``grade`` [K] (same shape;
    + = below), for the boundary of that grade per crew count; ``coarse`` is True for
    the quick first map.
    """

    scenario: Scenario
    x: MapAxis
    y: MapAxis
    metric: str
    unit: str
    label: str
    values: np.ndarray
    crew_margins: Mapping[int, np.ndarray] = field(default_factory=dict)
    evaluator: str = "batch"
    coarse: bool = False
    grade: str = DEFAULT_BOUNDARY_GRADE

    def __post_init__(self) -> None:
        self.values.flags.writeable = False
        object.__setattr__(self, "crew_margins", MappingProxyType(dict(self.crew_margins)))

    def cell_values(self, i: int, j: int) -> dict[str, float]:
        """The two inputs of cell (column ``i``, row ``j``)."""
        return {self.x.field: float(self.x.values[i]), self.y.field: float(self.y.values[j])}

    def cell_scenario(self, i: int, j: int) -> Scenario:
        """The scenario of cell (column ``i``, row ``j``), ready for :func:`thermoviz.simulate`."""
        return cell_scenario(self.scenario, self.cell_values(i, j))

    def nearest_cell(self, x: float, y: float) -> tuple[int, int]:
        """(column, row) of the cell nearest to the point (x, y) in field units (log distance on a log axis).

        For a window's hover read-out and click-to-load.
        """
        def index(axis: MapAxis, v: float) -> int:
            values = np.log10(axis.values) if axis.log else axis.values
            v = math.log10(v) if axis.log and v > 0 else (-math.inf if axis.log else v)
            return int(np.argmin(np.abs(values - v)))

        return index(self.x, x), index(self.y, y)

    def base_point(self) -> tuple[float | None, float | None]:
        """Where the base scenario sits on the map (None on an axis it has no value for)."""
        return base_value(self.scenario, self.x.field), base_value(self.scenario, self.y.field)

    def safe_share(self) -> float | None:
        """Share of cells on the safe side of the metric's limit (None without a limit)."""
        limit = get_metric(self.metric).limit
        finite = np.isfinite(self.values)
        if limit is None or not finite.any():
            return None
        below_is_bad = self.metric == "crew_margin_h" or self.metric.startswith("margin_to_")
        safe = self.values[finite] >= limit if below_is_bad else self.values[finite] < limit
        return float(np.mean(safe))

    def to_csv_text(self) -> str:
        """One row per cell: both inputs, the metric and each crew count's margin (units in the header)."""
        out = io.StringIO()
        head = [_col(self.x.field, self.x.unit), _col(self.y.field, self.y.unit), _col(self.metric, self.unit)]
        head += [f"{grade_metric(self.grade)}_{n}_crew [K]" for n in self.crew_margins]
        out.write(",".join(head) + "\n")
        for j, yv in enumerate(self.y.values):
            for i, xv in enumerate(self.x.values):
                row = [f"{xv:.6g}", f"{yv:.6g}", _num(self.values[j, i])]
                row += [_num(m[j, i]) for m in self.crew_margins.values()]
                out.write(",".join(row) + "\n")
        return out.getvalue()

    def to_dict(self) -> dict:
        """Plain JSON-ready dict (NaN -> None)."""
        def grid(a):
            return [[None if not math.isfinite(v) else round(float(v), 6) for v in row] for row in a]

        return {
            "metric": self.metric, "unit": self.unit, "label": self.label,
            "x": {"field": self.x.field, "unit": self.x.unit, "log": self.x.log,
                  "values": [float(v) for v in self.x.values]},
            "y": {"field": self.y.field, "unit": self.y.unit, "log": self.y.log,
                  "values": [float(v) for v in self.y.values]},
            "values": grid(self.values),
            "grade": self.grade,
            "crew_margins": {str(n): grid(m) for n, m in self.crew_margins.items()},
            "crew_margins_metric": grade_metric(self.grade),
            "safe_share": self.safe_share(),
            "evaluator": self.evaluator,
            # the batch runs every cell through PHS, whatever the scenario's crew_model
            "crew_model": "phs" if self.evaluator == "batch" else self.scenario.crew_model,
            "scenario": self.scenario.to_dict(),
        }


def _col(name: str, unit: str) -> str:
    return f"{name} [{unit}]" if unit else name


def _num(v: float) -> str:
    return "" if not math.isfinite(v) else f"{v:.6g}"


AxisSpec = tuple[str, float, float, int]


def _axis(spec: AxisSpec, which: str) -> MapAxis:
    if not isinstance(spec, (tuple, list)) or len(spec) != 4:
        raise ScenarioError(which, f"must be (field, lo, hi, n), got {spec!r}")
    name, lo, hi, n = spec
    info = field_info(name)
    values = axis_values(name, float(lo), float(hi), int(n))
    return MapAxis(name, values, info.unit, info.label, info.log)


def _check_cells(scenario: Scenario, x: MapAxis, y: MapAxis, crew_counts: Sequence[int]) -> None:
    """Build and resolve the corner cells: every cell in between is then valid too (ranges are boxes)."""
    for xv in (x.values[0], x.values[-1]):
        for yv in (y.values[0], y.values[-1]):
            cell = cell_scenario(scenario, {x.field: xv, y.field: yv})
            for crew in crew_counts or (cell.crew,):
                resolve(cell.replace(crew=crew))


def survival_map(scenario: Scenario, x: AxisSpec, y: AxisSpec, metric: str | None = None,
                 crew_counts: Sequence[int] | None = None, *, evaluator: str = "batch",
                 vehicle: VehicleParams | None = None, progress: Progress = None, cancel: Cancel = None,
                 on_coarse: Callable[[MapResult], None] | None = None,
                 grade: str | None = None) -> MapResult:
    """``metric`` over the grid of ``x`` and ``y`` (each ``(field, lo, hi, n)``) around ``scenario``.

    ``grade``: the boundary the ``crew_counts`` margins measure (:data:`~thermoviz.model.outcome.grades.BOUNDARY_GRADE_IDS`);
    ``metric`` defaults to the margin below it (``margin_to_<grade>_k``); ``grade`` defaults to the
    grade of such a metric, else ``not_acceptable``.

    Raises ScenarioError (one line naming the field) for a bad field, range or metric,
    and :class:`~thermoviz.analysis.evaluate.Cancelled` when ``cancel()`` turns True.
    """
    if grade is None:
        grade = GRADE_METRICS[metric].id if metric in GRADE_METRICS else DEFAULT_BOUNDARY_GRADE
    if grade not in BOUNDARY_GRADE_IDS:
        raise ScenarioError("grade", f"must be one of {', '.join(BOUNDARY_GRADE_IDS)}, got {grade!r}")
    m = get_metric(grade_metric(grade) if metric is None else metric)
    if evaluator not in EVALUATORS:
        raise ScenarioError("evaluator", f"must be one of {', '.join(EVALUATORS)}, got {evaluator!r}")
    x_axis, y_axis = _axis(x, "x"), _axis(y, "y")
    if x_axis.field == y_axis.field:
        raise ScenarioError("y", f"must be another field than x ({x_axis.field})")
    counts = tuple(int(c) for c in crew_counts) if crew_counts else ()
    if counts and "crew" in (x_axis.field, y_axis.field):
        raise ScenarioError("crew_counts", "cannot be combined with a crew axis")
    if any(c < 1 for c in counts):
        raise ScenarioError("crew_counts", f"must be crew counts of at least 1, got {list(counts)}")
    _check_cells(scenario, x_axis, y_axis, counts)

    if on_coarse is not None and max(len(x_axis.values), len(y_axis.values)) > COARSE_N:
        cx = _coarse(x, x_axis)
        cy = _coarse(y, y_axis)
        coarse = _compute(scenario, cx, cy, m.name, counts, evaluator, vehicle, None, cancel, grade, coarse=True)
        on_coarse(coarse)
    return _compute(scenario, x_axis, y_axis, m.name, counts, evaluator, vehicle, progress, cancel, grade)


def _coarse(spec: AxisSpec, axis: MapAxis) -> MapAxis:
    if len(axis.values) <= COARSE_N or field_info(axis.field).integer:
        return axis
    values = axis_values(axis.field, float(axis.values[0]), float(axis.values[-1]), COARSE_N)
    return MapAxis(axis.field, values, axis.unit, axis.label, axis.log)


def _compute(scenario, x: MapAxis, y: MapAxis, metric, counts, evaluator, vehicle, progress, cancel, grade,
             coarse=False) -> MapResult:
    xx, yy = np.meshgrid(x.values, y.values)
    columns = {x.field: xx.ravel(), y.field: yy.ravel()}
    boundary = grade_metric(grade)
    runs: list[tuple[str, int | None]] = [(metric, None)]
    runs += [(boundary, c) for c in counts if not (metric == boundary and c == scenario.crew)]
    results = []
    for k, (name, crew) in enumerate(runs):
        cols = dict(columns)
        if crew is not None:
            cols["crew"] = np.full(xx.size, float(crew))

        def part(f, k=k):
            if progress is not None:
                progress((k + f) / len(runs))
        if evaluator == "batch":
            values = evaluate_batch(scenario, cols, name, vehicle=vehicle, progress=part, cancel=cancel)
        else:
            cells = [{f: float(v[i]) for f, v in cols.items()} for i in range(xx.size)]
            values = evaluate_exact(scenario, cells, name, vehicle=vehicle, progress=part, cancel=cancel)
        results.append(values.reshape(xx.shape))
    margins = {c: results[1 + k] for k, (_, c) in enumerate(runs[1:])}
    if metric == boundary and scenario.crew in counts:
        margins[scenario.crew] = results[0]
    margins = {c: margins[c] for c in sorted(margins)}
    m = get_metric(metric)
    return MapResult(scenario=scenario, x=x, y=y, metric=metric, unit=m.unit, label=m.label, values=results[0],
                     crew_margins=margins, evaluator=evaluator, coarse=coarse, grade=grade)
