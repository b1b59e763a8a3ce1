"""Crew heat strain off the GUI thread.

``with_crew_strain`` takes ~100 ms (the first call in a process several seconds:
pythermalcomfort import + numba JIT), so it runs in a QThreadPool worker.  Each
request carries the session's *generation* number; the session keeps only the answer
for the newest generation and drops stale ones (a newer control change superseded them).
The signals object is created in the GUI thread, so its signals are delivered
there (queued) although they are emitted from the worker thread.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from thermoviz.model.outcome.result import Result


class CrewStrainSignals(QObject):
    finished = Signal(int, object)  # generation, Result with crew strain
    failed = Signal(int, str)       # generation, one-line message


class _CrewStrainJob(QRunnable):
    def __init__(self, generation: int, result: Result, signals: CrewStrainSignals,
                 is_current: Callable[[int], bool]):
        super().__init__()
        self.generation = generation
        self.result = result
        self.signals = signals
        self.is_current = is_current

    def run(self) -> None:  # worker thread
        if not self.is_current(self.generation):
            return  # superseded before it started: do not spend the CPU
        try:
            from thermoviz.api import with_crew_strain

            full = with_crew_strain(self.result)
        except Exception as err:  # reported in the window, never a crash
            self.signals.failed.emit(self.generation, f"{type(err).__name__}: {err}")
            return
        self.signals.finished.emit(self.generation, full)


class CrewStrainRunner:
    """Queue crew-strain jobs on a one-thread pool; a job whose generation is no longer current is skipped.

    ``is_current(generation)`` is the session's test (its one generation counter).
    """

    def __init__(self, is_current: Callable[[int], bool], parent: QObject | None = None):
        # No Qt parent: a running job keeps the signals object alive even if the
        # window is destroyed first (emitting to a deleted receiver is a no-op).
        self.signals = CrewStrainSignals()
        self.pool = QThreadPool(parent)
        self.pool.setMaxThreadCount(1)
        self.is_current = is_current

    def submit(self, generation: int, result: Result) -> None:
        self.pool.clear()  # drop queued jobs that have not started: they are stale
        self.pool.start(_CrewStrainJob(generation, result, self.signals, self.is_current))

    def stop(self) -> None:
        """Drop queued jobs (a running one finishes; its answer is stale by then)."""
        self.pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
