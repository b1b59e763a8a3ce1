"""Which lessons there are: the shipped ones (``assets/lessons``) and the teacher's own
(``<data dir>/lessons``, beside the user vehicles, because a wheel or a bundle cannot be
edited).  Each file is read by :func:`thermoviz.io.lessons.load_lesson`; a file that does
not load is left out with a one-line reason (:func:`lesson_problems`) and never hides the
others.  The listing is re-read when a file in either folder changes.
"""

from __future__ import annotations

import os
from pathlib import Path

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


def list_lessons() -> list[Lesson]:
    """Every lesson that loads: the shipped ones, then the teacher's own (re-read when a file changes)."""
    return list(_catalogue()[0])


def lesson_problems() -> dict[str, str]:
    """File -> one-line reason for every lesson file that was left out."""
    return dict(_catalogue()[1])


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
    for lesson in list_lessons():
        if lesson.id == text:
            return lesson
    for path, problem in lesson_problems().items():
        if Path(path).stem == text:  # it exists but was left out: say why
            raise ScenarioError("lesson", problem)
    raise ScenarioError("lesson", f"unknown lesson {quote_value(text)}; lessons: {', '.join(lesson_ids()) or 'none'}; "
                        "or give the path of a lesson .toml file")
