"""Long analysis jobs (survivability map, safe limits, uncertainty band) off the GUI thread.

One :class:`AnalysisRunner` per kind of job, each with a one-thread pool.  A job is a
callable ``work(progress, cancel, partial)`` that returns its answer; the runner gives
every job a number and a cancel flag.  Submitting a new job cancels the previous one
(its flag is set: the analysis engine polls ``cancel()`` between chunks and raises
:class:`~thermoviz.analysis.evaluate.Cancelled`), so only the newest job ever answers
as current: receivers compare the job number with :attr:`AnalysisRunner.job_id`.
The signals object lives in the GUI thread, so its signals arrive there (queued).
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from thermoviz.analysis.evaluate import Cancelled
from thermoviz.model.scenario import ScenarioError

Work = Callable[..., object]


class AnalysisSignals(QObject):
    partial = Signal(int, object)   # job, a first answer (the coarse map)
    progress = Signal(int, float)   # job, fraction done 0..1
    finished = Signal(int, object)  # job, the answer
    failed = Signal(int, str)       # job, one-line message
    cancelled = Signal(int)         # job


class _AnalysisJob(QRunnable):
    def __init__(self, job_id: int, work: Work, signals: AnalysisSignals, flag: threading.Event):
        super().__init__()
        self.job_id, self.work, self.signals, self.flag = job_id, work, signals, flag

    def run(self) -> None:  # worker thread
        job, signals = self.job_id, self.signals
        if self.flag.is_set():
            signals.cancelled.emit(job)
            return
        try:
            answer = self.work(progress=lambda f: signals.progress.emit(job, float(f)),
                               cancel=self.flag.is_set,
                               partial=lambda value: signals.partial.emit(job, value))
        except Cancelled:
            signals.cancelled.emit(job)
            return
        except ScenarioError as err:
            signals.failed.emit(job, str(err))
            return
        except Exception as err:  # reported in the window, never a crash
            signals.failed.emit(job, f"{type(err).__name__}: {err}")
            return
        if self.flag.is_set():  # cancelled after the last poll: its answer is stale
            signals.cancelled.emit(job)
            return
        signals.finished.emit(job, answer)


class AnalysisRunner:
    """Run one job at a time; a newer :meth:`submit` cancels the older job."""

    def __init__(self, parent: QObject | None = None):
        # No Qt parent for the signals: a running job keeps them alive if the window goes first.
        self.signals = AnalysisSignals()
        self.pool = QThreadPool(parent)
        self.pool.setMaxThreadCount(1)
        self.job_id = 0
        self._flag: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._flag is not None and not self._flag.is_set()

    def submit(self, work: Work) -> int:
        """Cancel the current job and queue ``work``; returns the new job's number."""
        self.cancel()
        self.job_id += 1
        self._flag = threading.Event()
        self.pool.start(_AnalysisJob(self.job_id, work, self.signals, self._flag))
        return self.job_id

    def is_current(self, job_id: int) -> bool:
        return job_id == self.job_id and self.running

    def done(self, job_id: int) -> None:
        """The job answered (or failed): nothing is running any more."""
        if job_id == self.job_id:
            self._flag = None

    def cancel(self) -> None:
        """Cancel the running job (it stops at its next poll) and drop queued ones."""
        if self._flag is not None:
            self._flag.set()
        self._flag = None
        self.pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
