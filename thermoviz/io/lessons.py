"""Guided lessons as data: ``assets/lessons/<id>.toml`` and the teacher's own in
``<data dir>/lessons/`` (format: ``docs/lessons.md``).

A lesson is a short sequence of steps.  Each step sets a scenario (a preset plus
``--set``-style overrides), a view (time window, cursor, plots, one highlighted
curve or band), a short narration with its sources, and optionally a
"predict first" question with its reveal.  Teachers write new lessons without
code; :func:`load_lesson` checks everything a viewer will need and reports any
problem as one line naming the file, the step and the field.  Lesson files are read
like scenario files: regular files only, at most :data:`MAX_LESSON_BYTES`, a BOM
allowed, every value type-checked.  Which lessons there are, and which files were left
out and why: :mod:`thermoviz.io.lesson_catalogue`.

Narration and reveal text may quote the model with placeholders filled from
the step's simulated result (so the text never goes stale when the model
improves; filled by :func:`thermoviz.io.lesson_steps.render_text`):

``{peak:SERIES}``
    maximum of a series over the run, e.g. ``{peak:cabin_temp_c}`` -> ``40.9 °C``
``{at:SERIES}``
    value at the step's cursor
``{event:EVENT}``
    time of a model event in hours since the puncture (the one time base of every axis; since the
    start when there is no puncture), e.g. ``{event:landing}`` -> ``54.0 h``
``{after_puncture:EVENT}``
    hours from the puncture to a model event, e.g. ``{after_puncture:coolant_depleted}``
``{verdict}``
    the verdict sentence
``{odds:GRADE}``
    the decision's odds: in how many of 200 plausible vehicles (seed 0, as ``thermoviz run
    --uncertainty 200``) each crew count reaches ``GRADE`` or worse (``stop_work``,
    ``not_acceptable``, ``not_survivable``), for the step's own scenario, e.g.
    ``{odds:not_acceptable}`` -> ``3 crew reach "not acceptable" in 70 % of 200 plausible Soyuz,
    2 crew in 60 %, 1 crew in 52 %`` (words: :mod:`thermoviz.io.lesson_odds`; computed above IO
    by :func:`thermoviz.analysis.step_odds.step_odds`, "…" until it is ready)

A "predict first" step keeps its secret: its ``hides`` list (default
:data:`DEFAULT_HIDES`) names what stays hidden until *Reveal*: ``curves`` (the
step's plots), ``banner`` (the verdict), ``readout`` (values at the cursor) and
the model events whose labels would give the answer away (e.g.
``coolant_depleted``).  Its narration may not quote the model (no placeholders):
numbers that answer the question belong in the reveal.

A step whose narration compares with an earlier step names it in
``view.compare_step``: that step's result is pinned as the faded reference,
aligned on undock when both runs undock (else on the puncture), so both curves share
one time axis.

Series keys come from :data:`thermoviz.model.outcome.result.SERIES`.  Keys announced
for the coming equipment/wall model (:data:`UPCOMING_SERIES`, ``UPCOMING_LIMITS``,
``UPCOMING_EVENTS``, e.g. ``equipment_temp_c``, ``equipment_40``,
``equipment_limit``) are accepted before they exist; once the model has them
they are checked like the rest.  A placeholder for something the model does not
yet compute renders as "—".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from ..model.limits import ALL_LIMITS
from ..model.outcome.grades import BOUNDARY_GRADE_IDS
from ..model.outcome.result import EVENTS, SERIES
from ..model.scenario import FIELD_SPECS, Scenario, ScenarioError, quote_value
from .explanations import UPCOMING
from .presets import get_preset, known_preset_ids
from .scenario_file import check_catalogue, read_capped, toml_document


LESSON_SCHEMA_VERSION = 1
#: Plots a step may show (the dashboard's plot keys, top to bottom).
LESSON_PLOTS = ("loop", "heat", "cabin", "crew")
#: Series, limits and events promised by the coming equipment/wall model: accepted before the model has them.
UPCOMING_SERIES = UPCOMING["series"]
UPCOMING_LIMITS = UPCOMING["limit"]
UPCOMING_EVENTS = UPCOMING["event"]
#: Named time windows: the whole run, or undock - 2 h .. landing + 2 h.
WINDOWS = ("whole run", "return flight")
RETURN_MARGIN_H = 2.0
STEPS_MIN, STEPS_MAX = 1, 20
#: Largest lesson file read [bytes]; a shipped lesson is about 10 KB.
MAX_LESSON_BYTES = 1_000_000

PLACEHOLDER = re.compile(r"\{(peak|at|event|after_puncture|verdict|odds)(?::([A-Za-z0-9_]+))?\}")
_LESSON_KEYS = ("id", "title", "summary", "audience")
_STEP_KEYS = ("title", "narration", "sources", "preset", "overrides", "view", "predict")
_VIEW_KEYS = ("from_h", "to_h", "window", "cursor_h", "cursor_event", "plots", "highlight", "compare_step")
#: What a predict step can hide until Reveal, besides the labels of model events.
HIDE_PARTS = ("curves", "banner", "readout")
DEFAULT_HIDES = HIDE_PARTS


@dataclass(frozen=True)
class Prediction:
    """A "predict first" prompt shown before the step's plots, and what is revealed after."""

    question: str
    reveal: str
    #: Hidden until Reveal: parts from HIDE_PARTS and model event keys (their labels).
    hides: tuple[str, ...] = DEFAULT_HIDES

    @property
    def hidden_events(self) -> frozenset[str]:
        """The model events whose labels stay hidden until Reveal."""
        return frozenset(h for h in self.hides if h not in HIDE_PARTS)


@dataclass(frozen=True)
class LessonView:
    """What a step shows: a window (hours, or a named one), a cursor, plots and one highlight."""

    plots: tuple[str, ...]
    highlight: str
    from_h: float | None = None
    to_h: float | None = None
    window: str | None = None
    cursor_h: float | None = None
    cursor_event: str | None = None
    #: Number of an earlier step pinned as the reference (its narration compares with it).
    compare_step: int | None = None

    @property
    def highlight_is_limit(self) -> bool:
        """True if ``highlight`` names a limit line/band (model.limits), False for a series."""
        return self.highlight in LIMIT_KEYS or self.highlight in UPCOMING_LIMITS


@dataclass(frozen=True)
class LessonStep:
    """One step: narration, sources, the scenario it sets and the view."""

    number: int  # 1-based
    title: str
    narration: str
    sources: tuple[str, ...]
    preset: str
    overrides: Mapping[str, Any]
    scenario: Scenario
    view: LessonView
    predict: Prediction | None = None


@dataclass(frozen=True)
class Lesson:
    """A guided lesson loaded from ``assets/lessons/<id>.toml``."""

    id: str
    title: str
    summary: str
    audience: str
    steps: tuple[LessonStep, ...]
    path: Path | None = None


LIMIT_KEYS = {limit.key: limit for limit in ALL_LIMITS}


# --------------------------------------------------------------------------- loading


def load_lesson(path: str | Path) -> Lesson:
    """Read and validate one lesson file (every step's scenario is built, not simulated).

    Raises :class:`ScenarioError` with one line: ``FILE: step 3.view.plots: must be ...``.
    """
    source = str(path)
    path = Path(path)
    data = toml_document(read_capped(source, "lesson file", MAX_LESSON_BYTES), "lesson file", source)
    return lesson_from_dict(data, source=source, stem=path.stem, path=path)


def lesson_from_dict(data: dict[str, Any], *, source: str | None = None, stem: str | None = None,
                     path: Path | None = None) -> Lesson:
    """Validate a parsed lesson document (see :func:`load_lesson`)."""
    try:
        return _lesson(data, source, stem, path)
    except ScenarioError:
        raise
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:  # a value no check foresaw
        raise ScenarioError("lesson file", f"holds a value of the wrong kind ({type(exc).__name__})",
                            source=source) from None


def _lesson(data: Any, source: str | None, stem: str | None, path: Path | None) -> Lesson:
    def fail(field: str, message: str) -> ScenarioError:
        return ScenarioError(field, message, source=source)

    if not isinstance(data, dict):
        raise fail("lesson file", "must be a TOML table with schema_version, [lesson] and [[step]] tables")
    version = data.get("schema_version")
    if version != LESSON_SCHEMA_VERSION or isinstance(version, bool):
        raise fail("schema_version", f"must be {LESSON_SCHEMA_VERSION}, got {quote_value(version)}")
    extra = sorted(set(data) - {"schema_version", "lesson", "step"})
    if extra:
        raise fail(extra[0], "unknown key; a lesson file has schema_version, [lesson] and [[step]] tables")
    head = data.get("lesson")
    if not isinstance(head, dict):
        raise fail("lesson", "missing; add a [lesson] table with id, title and summary")
    _check_keys(head, _LESSON_KEYS, "lesson", fail)
    lesson_id = _text(head, "id", "lesson", fail)
    if stem is not None and lesson_id != stem:
        raise fail("lesson.id", f"must equal the file name {quote_value(stem)}, got {quote_value(lesson_id)}")
    title = _text(head, "title", "lesson", fail)
    summary = _text(head, "summary", "lesson", fail)
    audience = _text(head, "audience", "lesson", fail, required=False)

    raw_steps = data.get("step")
    if not isinstance(raw_steps, list) or not STEPS_MIN <= len(raw_steps) <= STEPS_MAX:
        count = len(raw_steps) if isinstance(raw_steps, list) else 0
        raise fail("step", f"a lesson needs {STEPS_MIN} to {STEPS_MAX} [[step]] tables, got {count}")
    steps = tuple(_step(i + 1, raw, fail) for i, raw in enumerate(raw_steps))
    for step in steps:
        compare = step.view.compare_step
        if compare is not None and not 1 <= compare < step.number:
            raise fail(f"step {step.number}.view.compare_step",
                       f"must be the number of an earlier step (1 to {step.number - 1}), got {compare}")
    return Lesson(lesson_id, title, summary, audience, steps, path)


def _step(number: int, raw: Any, fail) -> LessonStep:
    where = f"step {number}"
    if not isinstance(raw, dict):
        raise fail(where, "must be a [[step]] table")
    _check_keys(raw, _STEP_KEYS, where, fail)
    title = _text(raw, "title", where, fail)
    narration = _text(raw, "narration", where, fail)
    _check_placeholders(narration, f"{where}.narration", fail)
    sources = raw.get("sources")
    if (not isinstance(sources, list) or not sources
            or not all(isinstance(s, str) and s.strip() for s in sources)):
        raise fail(f"{where}.sources", "must be a list of one or more non-empty texts naming the sources")
    preset = _text(raw, "preset", where, fail)
    overrides = raw.get("overrides", {})
    if not isinstance(overrides, dict):
        raise fail(f"{where}.overrides", "must be a table of scenario field = value")
    scenario = _scenario(preset, overrides, where, fail)
    view = _view(raw.get("view"), scenario, f"{where}.view", fail)
    predict = None
    if "predict" in raw:
        table = raw["predict"]
        if not isinstance(table, dict):
            raise fail(f"{where}.predict", "must be a table with question and reveal")
        _check_keys(table, ("question", "reveal", "hides"), f"{where}.predict", fail)
        predict = Prediction(_text(table, "question", f"{where}.predict", fail),
                             _text(table, "reveal", f"{where}.predict", fail),
                             _hides(table.get("hides", list(DEFAULT_HIDES)), f"{where}.predict.hides", fail))
        if PLACEHOLDER.search(narration):
            raise fail(f"{where}.narration", "a predict-first step must not quote the model before Reveal: "
                       "move {...} placeholders into predict.reveal")
        _check_placeholders(predict.reveal, f"{where}.predict.reveal", fail)
        _check_placeholders(predict.question, f"{where}.predict.question", fail)
    return LessonStep(number, title, narration, tuple(s.strip() for s in sources), preset,
                      MappingProxyType(dict(overrides)), scenario, view, predict)


def _hides(value: Any, where: str, fail) -> tuple[str, ...]:
    allowed = (*HIDE_PARTS, *EVENTS, *(e for e in UPCOMING_EVENTS if e not in EVENTS))
    if not isinstance(value, list) or any(not isinstance(v, str) or v not in allowed for v in value):
        raise fail(where, f"must be a list from {', '.join(allowed)}, got {quote_value(value)}")
    return tuple(dict.fromkeys(value))


def _scenario(preset: str, overrides: dict[str, Any], where: str, fail) -> Scenario:
    if preset not in known_preset_ids():
        raise fail(f"{where}.preset", f"unknown preset {quote_value(preset)}; presets: {', '.join(known_preset_ids())}")
    for name in overrides:
        if name not in FIELD_SPECS:
            raise fail(f"{where}.overrides.{name}", f"unknown scenario field; fields: {', '.join(FIELD_SPECS)}")
    values = {k: (None if isinstance(v, str) and v.strip().lower() == "none" and FIELD_SPECS[k].optional else v)
              for k, v in overrides.items()}
    try:
        scenario = get_preset(preset).scenario.replace(**values)  # presets are loaded once (cached)
        check_catalogue(scenario)
    except ScenarioError as exc:
        field = f"{where}.overrides.{exc.field}" if exc.field in overrides else f"{where}.preset"
        raise fail(field, exc.message) from None
    return scenario


def _view(raw: Any, scenario: Scenario, where: str, fail) -> LessonView:
    if not isinstance(raw, dict):
        raise fail(where, "missing; add a [step.view] table with plots, highlight and a window")
    _check_keys(raw, _VIEW_KEYS, where, fail)
    plots = raw.get("plots")
    if (not isinstance(plots, list) or not plots or not all(isinstance(p, str) and p in LESSON_PLOTS for p in plots)
            or len(set(plots)) != len(plots)):
        raise fail(f"{where}.plots", f"must be a list of distinct plots from {', '.join(LESSON_PLOTS)}, "
                   f"got {quote_value(plots)}")
    highlight = raw.get("highlight")
    if not isinstance(highlight, str) or not _known_highlight(highlight):
        raise fail(f"{where}.highlight", f"must be one series ({', '.join(_series_keys())}) or limit "
                   f"({', '.join(LIMIT_KEYS)}), got {quote_value(highlight)}")
    from_h, to_h, window = raw.get("from_h"), raw.get("to_h"), raw.get("window")
    duration = scenario.duration_h
    if window is not None:
        if from_h is not None or to_h is not None:
            raise fail(f"{where}.window", "give either window or from_h/to_h, not both")
        if not isinstance(window, str) or window not in WINDOWS:
            raise fail(f"{where}.window", f"must be one of {', '.join(map(repr, WINDOWS))}, got {quote_value(window)}")
        if window == "return flight" and scenario.undock_time_h is None:
            raise fail(f"{where}.window", "'return flight' needs a scenario that undocks (undock_time_h)")
    elif from_h is None and to_h is None:
        window = "whole run"
    else:
        from_h = _hours(raw, "from_h", 0.0, where, fail, duration)
        to_h = _hours(raw, "to_h", duration, where, fail, duration)
        if to_h <= from_h:
            raise fail(f"{where}.to_h", f"must be later than from_h ({from_h:g} h), got {to_h:g}")
    cursor_h, cursor_event = raw.get("cursor_h"), raw.get("cursor_event")
    if cursor_h is not None and cursor_event is not None:
        raise fail(f"{where}.cursor_h", "give either cursor_h or cursor_event, not both")
    if cursor_h is not None:
        cursor_h = _hours(raw, "cursor_h", 0.0, where, fail, duration)
        lo, hi = (from_h, to_h) if window is None else (0.0, duration)
        if not lo <= cursor_h <= hi:
            raise fail(f"{where}.cursor_h", f"must lie in the step's window {lo:g}–{hi:g} h, got {cursor_h:g}")
    if cursor_event is not None and (not isinstance(cursor_event, str)
                                     or (cursor_event not in EVENTS and cursor_event not in UPCOMING_EVENTS)):
        raise fail(f"{where}.cursor_event", f"must be a model event ({', '.join(EVENTS)}), "
                   f"got {quote_value(cursor_event)}")
    compare = raw.get("compare_step")
    if compare is not None and (isinstance(compare, bool) or not isinstance(compare, int)):
        raise fail(f"{where}.compare_step", f"must be the number of an earlier step, got {quote_value(compare)}")
    return LessonView(tuple(plots), highlight, from_h, to_h, window, cursor_h, cursor_event, compare)


def _hours(raw: dict, key: str, default: float, where: str, fail, duration: float) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise fail(f"{where}.{key}", f"must be a number of hours from 0 to the run's {duration:g} h, "
                   f"got {quote_value(value)}")
    if not 0.0 <= value <= duration:
        raise fail(f"{where}.{key}", f"must be from 0 to the run's {duration:g} h, got {value:g}")
    return float(value)


def _series_keys() -> list[str]:
    return [*SERIES, *(k for k in UPCOMING_SERIES if k not in SERIES)]


def _known_highlight(key: str) -> bool:
    return key in SERIES or key in UPCOMING_SERIES or key in LIMIT_KEYS or key in UPCOMING_LIMITS


def _check_keys(table: dict, allowed: tuple[str, ...], where: str, fail) -> None:
    extra = sorted(set(table) - set(allowed))
    if extra:
        raise fail(f"{where}.{extra[0]}", f"unknown key; allowed: {', '.join(allowed)}")


def _text(table: dict, key: str, where: str, fail, *, required: bool = True) -> str:
    value = table.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise fail(f"{where}.{key}", "must be a non-empty text")
    return value.strip()


def _check_placeholders(text: str, where: str, fail) -> None:
    for match in re.finditer(r"\{[^{}]*\}", text):
        placeholder = PLACEHOLDER.fullmatch(match.group(0))
        if placeholder is None:
            raise fail(where, f"unknown placeholder {quote_value(match.group(0), quotes=False)}; use {{peak:SERIES}}, {{at:SERIES}}, "
                       "{event:EVENT}, {after_puncture:EVENT}, {verdict} or {odds:GRADE}")
        kind, key = placeholder.groups()
        if kind in ("peak", "at") and (key is None or not (key in SERIES or key in UPCOMING_SERIES)):
            raise fail(where, f"{quote_value(match.group(0), quotes=False)}: {quote_value(key)} is not a series; "
                       f"series: {', '.join(_series_keys())}")
        if kind in ("event", "after_puncture") and key not in EVENTS and key not in UPCOMING_EVENTS:
            raise fail(where, f"{quote_value(match.group(0), quotes=False)}: {quote_value(key)} is not an event; "
                       f"events: {', '.join(EVENTS)}")
        if kind == "odds" and key not in BOUNDARY_GRADE_IDS:
            raise fail(where, f"{quote_value(match.group(0), quotes=False)}: {quote_value(key)} is not a crew grade; "
                       f"grades: {', '.join(BOUNDARY_GRADE_IDS)}")
        if kind == "verdict" and key is not None:
            raise fail(where, f"{match.group(0)}: write {{verdict}} without a key")
