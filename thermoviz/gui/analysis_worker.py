"""Long analysis jobs (survivability map, safe limits, uncertainty band) off the window's process.

One :class:`AnalysisRunner` per kind of job.  A job is a callable
``work(progress, cancel, partial)`` (a function of :mod:`thermoviz.analysis.jobs`
bound with :func:`functools.partial`, sent as data only) that returns its answer.  It runs in a second
process (:class:`~thermoviz.analysis.worker_process.WorkerProcess`, one per
*channel*, shared by every runner of that channel and started on first use), so the
window's thread never competes with it for the interpreter: the time plots stay as
quick while a map computes as when nothing does.

The runner gives every job a number and a cancel flag.  Submitting a new job cancels
the previous one (the analysis engine polls ``cancel()`` between chunks and raises
:class:`~thermoviz.analysis.evaluate.Cancelled`), so only the newest job ever answers
as current: receivers compare the job number with :attr:`AnalysisRunner.job_id`.
The answers are read by a thread and arrive in the GUI thread as queued signals.
If the process stops unexpectedly, the job running in it fails with a one-line
message and the next job starts a new process.
"""

from __future__ import annotations

import atexit
import itertools
import re
import threading
import time
import weakref
from typing import Callable

from PySide6.QtCore import QObject, Signal

from thermoviz.analysis.worker_process import JOB_BUDGET_S, WorkerProcess
from thermoviz.model.language import number, translate

Work = Callable[..., object]
#: The kinds of answer that end a job.
_FINAL = ("finished", "failed", "cancelled")


class AnalysisSignals(QObject):
    partial = Signal(int, object)   # job, a first answer (the coarse map)
    progress = Signal(int, float)   # job, fraction done 0..1
    finished = Signal(int, object)  # job, the answer
    failed = Signal(int, str)       # job, one-line message
    cancelled = Signal(int)         # job


class _Channel:
    """A worker process, the runners waiting for its answers, and the thread reading them."""

    def __init__(self):
        self.worker = WorkerProcess()
        self.ids = itertools.count(1)
        self.owners: dict[int, tuple[weakref.ref, int]] = {}  # job -> (runner, process generation)
        self.lock = threading.Lock()
        self.reader: threading.Thread | None = None
        self.closed = False  # the application is ending: answers are no longer delivered

    def new_id(self) -> int:
        return next(self.ids)

    def submit(self, runner: "AnalysisRunner", job: int, work: Work, vehicle_id: str | None) -> None:
        """Send ``job``; ValueError (one line) if it cannot be sent."""
        with self.lock:
            self.owners[job] = (weakref.ref(runner), -1)  # known before any answer can arrive
            if self.reader is None or not self.reader.is_alive():
                self.reader = threading.Thread(target=self._read, name="thermoviz-analysis-answers", daemon=True)
                self.reader.start()
        try:
            generation = self.worker.submit(job, work, vehicle_id)
        except ValueError:
            with self.lock:
                self.owners.pop(job, None)
            raise
        with self.lock:
            if job in self.owners:
                self.owners[job] = (self.owners[job][0], generation)
        if not self.worker.alive:  # it ended while the job was being sent: the reader may have passed it by
            self._fail_pending(generation)

    def _read(self) -> None:
        while not self.closed:
            answers, generation = self.worker.connection()
            if answers is None:
                time.sleep(0.05)  # the first process is starting
                continue
            try:
                data = answers.recv_bytes() if answers.poll(0.5) else None
            except (EOFError, OSError):  # that process ended (its pipe closed): its jobs will not answer
                self._fail_pending(generation)
                self._wait_for_restart(generation)
                continue
            answer = None if data is None else self.worker.parse(data)  # a malformed answer fails its job only
            if answer is not None:
                self._dispatch(*answer)
            overdue = self.worker.overdue()
            if overdue:
                self._end_stuck_process(overdue, generation)

    def _end_stuck_process(self, overdue: list[tuple[int, str]], generation: int) -> None:
        """A cancelled job that does not stop, or one past its budget: end its process, resend the others."""
        self.worker.kill()
        for job, kind in overdue:
            self.worker.pending.pop(job, None)
            self._dispatch(job, kind, None if kind == "cancelled" else
                           translate("Analysis", "it ran past its time budget of {seconds} s and was stopped").format(
                               seconds=number(f"{JOB_BUDGET_S:g}")))
        with self.lock:
            waiting = [job for job, (_ref, gen) in self.owners.items() if gen == generation]
        for job in waiting:
            if job in self.worker.pending:
                new_generation = self.worker.resend(job)
                with self.lock:
                    if job in self.owners:
                        self.owners[job] = (self.owners[job][0], new_generation)

    def _wait_for_restart(self, generation: int) -> None:
        while not self.closed and self.worker.connection()[1] == generation:
            time.sleep(0.05)

    def _fail_pending(self, generation: int) -> None:
        """Fail the jobs sent to process ``generation`` (not those already sent to a newer one)."""
        if self.closed:
            return
        with self.lock:
            pending = [job for job, (_ref, gen) in self.owners.items() if gen == generation]
        for job in pending:
            self._dispatch(job, "failed", translate("Analysis", "the analysis process stopped unexpectedly; try again"))

    def _dispatch(self, job: int, kind: str, value) -> None:
        if self.closed:
            return
        if kind in _FINAL:
            self.worker.pending.pop(job, None)
        with self.lock:
            entry = self.owners.pop(job, None) if kind in _FINAL else self.owners.get(job)
        runner = entry[0]() if entry is not None else None
        if runner is not None:
            runner._answer(job, kind, value)


#: The worker process's own failure (it has no language): worded again here, in the window's.
_OVER_BUDGET = re.compile(r"it ran past its time budget of ([\d.]+) s; ask for a smaller grid or fewer samples")


def shown_failure(message: str) -> str:
    """A failed job's one-line ``message`` in the chosen language where thermoviz knows its words (the
    worker process's time budget); any other message as it came."""
    over = _OVER_BUDGET.fullmatch(message) if isinstance(message, str) else None
    if over is None:
        return message
    return translate("Analysis", "it ran past its time budget of {seconds} s; ask for a smaller grid or fewer "
                     "samples").format(seconds=number(over.group(1)))


_CHANNELS: dict[str, _Channel] = {}


def channel(name: str) -> _Channel:
    """The shared channel ``name`` (one worker process each, ended when the application exits)."""
    if not _CHANNELS:
        atexit.register(stop_workers)
    if name not in _CHANNELS:
        _CHANNELS[name] = _Channel()
    return _CHANNELS[name]


def stop_workers() -> None:
    """End every worker process (the application is closing)."""
    for ch in _CHANNELS.values():
        ch.closed = True
        ch.worker.stop()


class AnalysisRunner:
    """Run one job at a time on channel ``name``; a newer :meth:`submit` cancels the older job."""

    def __init__(self, parent: QObject | None = None, name: str = "analysis"):
        # No Qt parent for the signals: a running job keeps them alive if the window goes first.
        self.signals = AnalysisSignals()
        self.channel = channel(name)
        self.job_id = 0
        self._running = False
        self._idle = threading.Event()
        self._idle.set()

    def warm(self) -> None:
        """Start the worker process now (it compiles the crew model once), before the first job."""
        self.channel.worker.start()

    @property
    def running(self) -> bool:
        return self._running

    def submit(self, work: Work, vehicle_id: str | None = None) -> int:
        """Cancel the current job and queue ``work``; returns the new job's number.

        ``vehicle_id``: the scenario's vehicle, sent along when it is a user vehicle.
        """
        self.cancel()
        self._idle.clear()
        self._running = True
        self.job_id = job = self.channel.new_id()  # before sending: an answer may come back at once
        try:
            self.channel.submit(self, job, work, vehicle_id)
        except ValueError as err:
            self._answer(job, "failed", str(err))
        return job

    def is_current(self, job_id: int) -> bool:
        return job_id == self.job_id and self.running

    def done(self, job_id: int) -> None:
        """The job answered (or failed): nothing is running any more."""
        if job_id == self.job_id:
            self._running = False

    def cancel(self) -> None:
        """Cancel the running job (it stops at its next poll)."""
        if self._running:
            self.channel.worker.cancel(self.job_id)
        self._running = False

    def wait(self, msecs: int = -1) -> bool:
        """Block until the last submitted job has answered (or ``msecs`` passed); True if it has."""
        return self._idle.wait(None if msecs < 0 else msecs / 1000.0)

    def _answer(self, job: int, kind: str, value) -> None:  # reader thread
        signals = self.signals
        if kind == "started":
            return
        if kind == "progress":
            signals.progress.emit(job, value)
        elif kind == "partial":
            signals.partial.emit(job, value)
        elif kind == "finished":
            signals.finished.emit(job, value)
        elif kind == "failed":
            signals.failed.emit(job, shown_failure(value))
        else:
            signals.cancelled.emit(job)
        if kind in _FINAL and job == self.job_id:
            self._idle.set()
