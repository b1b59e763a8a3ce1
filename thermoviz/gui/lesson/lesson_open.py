"""Opening a lesson in the window: Help ▸ *Lesson: …* rows, :func:`open_lesson`, and the first start.

The first start of thermoviz (no settings remembered yet, no scenario named on the
command line) opens the first shipped lesson once; that it was shown is remembered
in the settings (:data:`SEEN_KEY`), and Help ▸ *Lesson: …* opens it again at any time.
A lesson opened again resumes at the step where the class left it.
"""

from __future__ import annotations

from pathlib import Path

from thermoviz.io.lesson_catalogue import lesson_problems, list_lessons

from .lesson_panel import SEEN_KEY, LessonPanel

def lesson_action_rows(window) -> list:
    """One Help-menu QAction per lesson (shipped and the teacher's own), then one per lesson file left out."""
    from PySide6.QtGui import QAction

    actions = []
    for lesson in list_lessons():
        action = QAction(lesson.title + "…", window)
        action.setObjectName(f"lesson_{lesson.id}")
        action.setToolTip(lesson.summary)
        action.triggered.connect(lambda _checked=False, lid=lesson.id: open_lesson(window, lid))
        actions.append(action)
    for path, reason in lesson_problems().items():  # named, never silently missing
        action = QAction(f"Left out: {Path(path).name} (hover for why)", window)
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)
        actions.append(action)
    return actions


def open_lesson(window, lesson_id: str, step: int | None = None) -> LessonPanel:
    """Open lesson ``lesson_id`` in ``window`` at step ``step`` (0-based; None: where it was left)."""
    panel = getattr(window, "lesson_panel", None)
    if panel is not None and panel.lesson.id != lesson_id:
        panel.leave()
        panel.deleteLater()
        panel = None
    if panel is None:
        lesson = next(lesson for lesson in list_lessons() if lesson.id == lesson_id)
        panel = window.lesson_panel = LessonPanel(window, lesson)
    panel.start(panel.last_index if step is None else step)
    return panel


def open_first_start_lesson(window, settings) -> LessonPanel | None:
    """On the very first start, open the first shipped lesson (once; remembered in ``settings``)."""
    if settings is None or _true(settings.value(SEEN_KEY, False)):
        return None
    lessons = list_lessons()
    if not lessons:
        return None
    settings.setValue(SEEN_KEY, True)
    settings.sync()
    return open_lesson(window, lessons[0].id, 0)


def _true(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes")
