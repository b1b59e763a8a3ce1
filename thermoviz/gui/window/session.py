"""The window's state in one owner: :class:`SessionModel` (Qt-free) and its Qt adapter.

As napari's ``ViewerModel`` and its ``_qt`` views: the model holds the current
scenario, its result (and whether that result is current, still waiting for the
crew heat strain, or an error), the crew job's generation counter, the pinned
reference, the file and the preset it came from.  Views and actions subscribe to
it (:meth:`SessionModel.subscribe`, or the Qt signals of :class:`SessionSignals`)
instead of reading the window.  The undo stack (Qt's ``QUndoStack``) records and
restores :class:`SessionModel.state` snapshots (see :mod:`thermoviz.gui.window.history`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from thermoviz.model.outcome.result import Result
from thermoviz.model.scenario import Scenario

#: What the shown result is: nothing yet; the fast physics of the current scenario with
#: the crew heat strain still computing; complete; or an error (the scenario cannot be computed).
RESULT_STATES = ("none", "pending", "current", "error")
#: Events a subscriber can listen to.
EVENTS = ("scenario", "result", "reference", "file")


@dataclass(frozen=True)
class SessionState:
    """What one undo step restores."""

    scenario: Scenario
    base: Scenario          # the Reset target (preset or file as loaded)
    preset_id: str | None
    source_path: Path | None


class SessionModel:
    """Qt-free state of one window; every change notifies the subscribers of its event."""

    def __init__(self) -> None:
        self.scenario: Scenario | None = None
        self.base: Scenario | None = None
        self.preset_id: str | None = None
        self.source_path: Path | None = None
        self.result: Result | None = None
        self.result_state = "none"
        self.error: str | None = None
        self.crew_error: str | None = None
        #: The one generation counter: +1 per scenario shown; a crew job answers for one generation.
        self.generation = 0
        self.reference: Result | None = None
        self.reference_label = ""
        self._reference_generation: int | None = None
        self._listeners: dict[str, list[Callable[[], None]]] = {name: [] for name in EVENTS}

    # ------------------------------------------------------------------ subscription
    def subscribe(self, event: str, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every change of ``event`` (one of :data:`EVENTS`)."""
        if event not in self._listeners:
            raise ValueError(f"event: must be one of {', '.join(EVENTS)}, got {event!r}")
        self._listeners[event].append(callback)

    def _emit(self, event: str) -> None:
        for callback in list(self._listeners[event]):
            callback()

    # ------------------------------------------------------------------ derived state
    @property
    def crew_pending(self) -> bool:
        """True while the crew heat strain of the shown result is being computed."""
        return self.result_state == "pending"

    @property
    def dirty(self) -> bool:
        """The scenario differs from the file or preset it was loaded from."""
        return self.scenario is not None and self.scenario != self.base

    @property
    def has_result(self) -> bool:
        return self.result is not None and self.result_state in ("pending", "current")

    @property
    def state(self) -> SessionState:
        return SessionState(self.scenario, self.base, self.preset_id, self.source_path)

    # ------------------------------------------------------------------ changes
    def load(self, base: Scenario, preset_id: str | None, source_path: Path | None) -> None:
        """A preset or file becomes the Reset target (and, for a file, the window's file)."""
        self.base, self.preset_id = base, preset_id
        self.set_file(source_path)

    def set_file(self, path: str | Path | None) -> None:
        self.source_path = Path(path) if path is not None else None
        self._emit("file")

    def mark_saved(self, path: Path) -> None:
        """The current scenario was written to ``path``: it is the new base and file."""
        self.base = self.scenario
        self.set_file(path)

    def show_scenario(self, scenario: Scenario) -> int:
        """A new scenario is shown; returns its generation (the crew job answers for it)."""
        self.generation += 1
        self.scenario = scenario
        self._emit("scenario")
        return self.generation

    def retire_crew_jobs(self) -> None:
        """Make every crew job still running stale (the window closes); nothing is shown."""
        self.generation += 1

    def set_physics(self, result: Result) -> None:
        """The fast physics of the current scenario; the crew heat strain follows."""
        self.result, self.result_state = result, "pending"
        self.error = self.crew_error = None
        self._emit("result")

    def set_error(self, message: str) -> None:
        """The current scenario cannot be computed: ``message`` says why."""
        self.result_state, self.error = "error", message
        self._emit("result")

    def crew_arrived(self, generation: int, result: Result) -> bool:
        """The crew heat strain of ``generation``; False (and nothing shown) if it is stale."""
        if generation == self._reference_generation:  # pinned before its crew strain was done
            self._reference_generation = None
            self.reference = result
            self._emit("reference")
        if generation != self.generation or self.result_state != "pending":
            return False
        self.result, self.result_state = result, "current"
        self._emit("result")
        return True

    @property
    def reference_generation(self) -> int | None:
        """The generation of a reference pinned before its crew curve came (its crew job must still run)."""
        return self._reference_generation

    def crew_failed(self, generation: int, message: str) -> bool:
        if generation == self._reference_generation:  # the reference says it has no crew curve, and why
            self._reference_generation = None
            self.reference_label = f"{self.reference_label} (no crew curve: {message})"
            self._emit("reference")
        if generation != self.generation or self.result_state != "pending":
            return False
        self.result_state, self.crew_error = "current", message
        self._emit("result")
        return True

    def pin(self) -> None:
        """Pin the shown result as the reference (its crew curve follows when it arrives)."""
        if not self.has_result:
            return
        self._reference_generation = self.generation if self.crew_pending else None
        self.reference = self.result
        self.reference_label = (self.scenario.title if self.scenario else "") or "pinned scenario"
        self._emit("reference")

    def clear_reference(self) -> None:
        self._reference_generation = None
        self.reference, self.reference_label = None, ""
        self._emit("reference")


class SessionSignals(QObject):
    """Qt signals for a :class:`SessionModel` (for views that connect rather than subscribe)."""

    scenario_changed = Signal()
    result_changed = Signal()
    reference_changed = Signal()
    file_changed = Signal()

    def __init__(self, model: SessionModel, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        model.subscribe("scenario", self.scenario_changed.emit)
        model.subscribe("result", self.result_changed.emit)
        model.subscribe("reference", self.reference_changed.emit)
        model.subscribe("file", self.file_changed.emit)
