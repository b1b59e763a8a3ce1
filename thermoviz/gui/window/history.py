"""Undo and redo of scenario changes (Edit ▸ Undo Ctrl+Z, Redo Ctrl+Shift+Z).

Every change of the shown scenario is one step on a ``QUndoStack``: a control
edit, *Reset to preset*, picking a preset, opening or dropping a file.  So a
hobbyist who picks another preset after ten minutes of what-ifs gets them back
with Ctrl+Z.

- An *edit* step restores only the scenario's values; the file and preset the
  window is showing stay as they are (undoing an edit never "unsaves" a file).
- A *load* step (preset, file) restores the whole state: values, the *Reset*
  target, the preset and the window's file.
- Consecutive edits of the same single field less than :data:`MERGE_WINDOW_S`
  apart are one step: a slider drag or a held arrow key is undone in one go.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from shiboken6 import isValid

from thermoviz.model.language import translate
from thermoviz.model.scenario import FIELD_SPECS, Scenario

from .scenario_text import shown_title
from .session import SessionModel, SessionState

#: Edits of one field closer together than this [s] merge into one undo step.
MERGE_WINDOW_S = 1.5
MERGE_ID = 0x7E57


def changed_fields(before: Scenario, after: Scenario) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(Scenario)
                 if getattr(before, f.name) != getattr(after, f.name))


def step_text(before: SessionState, after: SessionState) -> tuple[str, str | None]:
    """Menu text of a step ("Undo <text>") and the field it edits (None for a load)."""
    if after.source_path != before.source_path and after.source_path is not None:
        return translate("History", "open {name}").format(name=after.source_path.name), None
    if after.base != before.base or after.preset_id != before.preset_id:
        return translate("History", "load {title}").format(title=shown_title(after.scenario.title) or translate("History", "scenario")), None
    fields = changed_fields(before.scenario, after.scenario)
    # A what-if's "(modified)" title and note come with the setting that caused them: name the setting.
    settings = tuple(f for f in fields if f not in ("title", "description"))
    if settings and after.scenario != after.base:
        fields = settings
    if after.scenario == after.base and len(fields) > 1:
        return translate("History", "reset to preset"), None
    if len(fields) == 1:
        spec = FIELD_SPECS.get(fields[0])
        return translate("History", "change {field}").format(field=spec.label_text() if spec else fields[0]).lower(), fields[0]
    return translate("History", "change scenario"), None


class ScenarioStep(QUndoCommand):
    def __init__(self, history: ScenarioHistory, before: SessionState, after: SessionState):
        text, field = step_text(before, after)
        super().__init__(text)
        self.history = history
        self.before = before
        self.after = after
        self.field = field
        self.load = field is None and (after.source_path != before.source_path and after.source_path is not None
                                       or after.base != before.base or after.preset_id != before.preset_id)
        self.stamp = time.monotonic()
        self._pushed = False

    def id(self) -> int:  # noqa: A003 (Qt name)
        return MERGE_ID if self.field is not None else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt name)
        if (not isinstance(other, ScenarioStep) or other.field != self.field
                or other.stamp - self.stamp > MERGE_WINDOW_S or other.before != self.after):
            return False
        self.after = other.after
        self.stamp = other.stamp
        if self.after.scenario == self.before.scenario:
            self.setObsolete(True)  # dragged back to where it started: no step at all
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the change is already shown
            self._pushed = True
            return
        self.history.apply(self.after, full=self.load)

    def undo(self) -> None:
        self.history.apply(self.before, full=self.load)


class ScenarioHistory(QObject):
    """The undo stack of one window's :class:`~thermoviz.gui.window.session.SessionModel` (``window.history``).

    ``restore(state)`` shows an earlier state (the window re-simulates and redraws it).
    """

    def __init__(self, session: SessionModel, restore: Callable[[SessionState], None], parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.restore = restore
        self.stack = QUndoStack(self)
        self.state: SessionState | None = None
        self._applying = False

    def bind(self, undo: QAction, redo: QAction) -> None:
        """Keep the Edit menu's actions enabled and titled as the stack says ("Undo change crew")."""
        def refresh() -> None:
            if not (isValid(self.stack) and isValid(undo) and isValid(redo)):
                return  # the window is being destroyed: the stack emits as it empties
            undo.setEnabled(self.stack.canUndo())
            redo.setEnabled(self.stack.canRedo())
            undo.setText(f"{translate('Actions', '&Undo')} {self.stack.undoText()}".strip())
            redo.setText(f"{translate('Actions', '&Redo')} {self.stack.redoText()}".strip())

        for signal in (self.stack.indexChanged, self.stack.canUndoChanged, self.stack.canRedoChanged,
                       self.stack.undoTextChanged, self.stack.redoTextChanged):
            signal.connect(lambda *_args: refresh())
        refresh()

    def record(self) -> None:
        """Call after the window shows a new scenario: pushes the change as one step."""
        if self._applying or self.session.scenario is None:
            return
        now = self.session.state
        if self.state is None:
            self.state = now  # the first scenario of the session is not undoable
            return
        if now == self.state:
            return
        before, self.state = self.state, now
        self.stack.push(ScenarioStep(self, before, now))

    def sync(self) -> None:
        """Take the current state as is, without a step (after Save: the file is now the base)."""
        if self.session.scenario is not None:
            self.state = self.session.state

    def apply(self, state: SessionState, full: bool) -> None:
        if not full:
            state = dataclasses.replace(self.session.state, scenario=state.scenario)
        self._applying = True
        try:
            self.restore(state)
        finally:
            self._applying = False
        self.state = self.session.state
