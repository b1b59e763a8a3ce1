"""Which lessons there are: the shipped ones (``assets/lessons``) and the teacher's own
(``<data dir>/lessons``, beside the user vehicles, because a wheel or a bundle cannot be
edited).  Each file is read by :func:`thermoviz.io.lessons.load_lesson`; a file that does
not load is left out with a one-line reason (:func:`lesson_problems`) and never hides the
others.  The listing is re-read when a file in either folder changes.

A shipped lesson may have translations: ``assets/lessons/<lang>/<id>.toml`` (e.g. ``ru/ms22-why.toml``),
read by the same checks and used when the language in use (``--lang``, View ▸ Language) is ``<lang>``.
A translation must keep the English lesson's steps, presets, overrides, views and hides (only texts
differ, :func:`same_structure`); one that does not is left out with its reason and the English one is shown.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..model.language import language_code
from ..model.scenario import ScenarioError, quote_value
from .assets import assets_dir
from .lessons import Lesson, load_lesson
from .vehicle_file import data_dir


def lessons_dir() -> Path:
    """Directory of the shipped lesson files."""
    return assets_dir() / "lessons"


def user_lessons_dir() -> Path:
    """The teacher's own lessons: ``<data dir>/lessons`` (beside the user vehicles; a wheel cannot be edited)."""
    return data_dir() / "lessons"


def lesson_ids() -> list[str]:
    """Ids of the lessons that load (shipped and the teacher's own), sorted."""
    return sorted(lesson.id for lesson in list_lessons())


def list_lessons(lang: str | None = None) -> list[Lesson]:
    """Every lesson that loads: the shipped ones, then the teacher's own (re-read when a file changes),
    each in language ``lang`` (default: the one in use) where a translation of it loads."""
    code = language_code() if lang is None else lang
    return [_translated(lesson, code)[0] for lesson in _catalogue()[0]]


def lesson_problems(lang: str | None = None) -> dict[str, str]:
    """File -> one-line reason for every lesson file that was left out (translations in ``lang`` too)."""
    code = language_code() if lang is None else lang
    problems = dict(_catalogue()[1])
    for lesson in _catalogue()[0]:
        problems.update(_translated(lesson, code)[1])
    return problems


def translation_path(lesson_id: str, lang: str) -> Path:
    """Where the shipped lesson ``lesson_id`` in language ``lang`` is: ``assets/lessons/<lang>/<id>.toml``."""
    return lessons_dir() / lang / f"{lesson_id}.toml"


def same_structure(english: Lesson, other: Lesson) -> str | None:
    """None if ``other`` has the steps, presets, overrides, views and hides of ``english``; else where it differs."""
    if len(english.steps) != len(other.steps):
        return f"has {len(other.steps)} steps, the English lesson {len(english.steps)}"
    for a, b in zip(english.steps, other.steps):
        hides_a = a.predict.hides if a.predict else None
        hides_b = b.predict.hides if b.predict else None
        for field, x, y in (("preset", a.preset, b.preset), ("overrides", dict(a.overrides), dict(b.overrides)),
                            ("view", a.view, b.view), ("predict.hides", hides_a, hides_b)):
            if x != y:
                return f"step {a.number}.{field} differs from the English lesson; translate only the texts"
    return None


_translations: dict[tuple, tuple[Lesson, dict[str, str]]] = {}


def _translated(lesson: Lesson, lang: str) -> tuple[Lesson, dict[str, str]]:
    """``lesson`` in ``lang`` if its translation loads and matches, else ``lesson``; plus the reason if not."""
    if lang == "en" or lesson.path is None or lesson.path.parent != lessons_dir():
        return lesson, {}
    path = translation_path(lesson.id, lang)
    try:
        info = path.stat()
    except OSError:  # not translated: English
        return lesson, {}
    key = (str(path), info.st_mtime_ns, info.st_size, id(lesson))
    if key not in _translations:
        try:
            other = load_lesson(path)
            differs = same_structure(lesson, other)
            if differs is not None:
                raise ScenarioError("lesson", differs, str(path))
            _translations[key] = (other, {})
        except ScenarioError as exc:
            _translations[key] = (lesson, {str(path): str(exc)})
    return _translations[key]


_cache: dict[tuple, tuple[tuple[Lesson, ...], dict[str, str]]] = {}


def _catalogue() -> tuple[tuple[Lesson, ...], dict[str, str]]:
    entries = []
    for folder in (lessons_dir(), user_lessons_dir()):
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith(".toml"))
        except OSError:  # no such folder (yet), or unreadable: no lessons from it
            continue
        for name in names:
            path = folder / name
            try:  # lstat: a dangling link is an entry with a reason, not the end of the listing
                info = path.lstat()
                entries.append((path, info.st_mtime_ns, info.st_size))
            except OSError:
                entries.append((path, 0, 0))
    key = tuple(entries)
    if key not in _cache:
        _cache.clear()
        _cache[key] = _read_lessons([path for path, _, _ in entries])
    return _cache[key]


def _read_lessons(paths: list[Path]) -> tuple[tuple[Lesson, ...], dict[str, str]]:
    lessons: dict[str, Lesson] = {}
    problems: dict[str, str] = {}
    for path in paths:
        try:
            lesson = load_lesson(path)
        except ScenarioError as exc:
            problems[str(path)] = str(exc)
            continue
        if lesson.id in lessons:
            problems[str(path)] = str(ScenarioError("lesson.id", f"{lesson.id!r} is already the lesson of "
                                                    f"{lessons[lesson.id].path}; choose another id", str(path)))
            continue
        lessons[lesson.id] = lesson
    return tuple(lessons.values()), problems


def get_lesson(lesson_id_or_path: str) -> Lesson:
    """A lesson by id (shipped or the teacher's own), or any lesson file by path; ScenarioError if there is none."""
    text = str(lesson_id_or_path)
    if text.endswith(".toml") or "/" in text or os.sep in text:
        return load_lesson(text)
    for lesson in list_lessons():  # in the language in use
        if lesson.id == text:
            return lesson
    for path, problem in lesson_problems().items():
        if Path(path).stem == text:  # it exists but was left out: say why
            raise ScenarioError("lesson", problem)
    raise ScenarioError("lesson", f"unknown lesson {quote_value(text)}; lessons: {', '.join(lesson_ids()) or 'none'}; "
                        "or give the path of a lesson .toml file")
