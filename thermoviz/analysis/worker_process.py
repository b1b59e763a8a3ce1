"""A second process for the long analyses, so that the window's own thread never waits for them.

A map or an uncertainty band is seconds of Python and numpy; run in a thread of the
window's process it competes with the drawing for the interpreter lock and every
control change then repaints several times slower.  :class:`WorkerProcess` starts one
child with :mod:`multiprocessing`'s *spawn* start method (a fresh interpreter on every
system: what Windows and macOS use, and no copy of the window's Qt state) and talks to
it over two one-way pipes.  Every message is data only (:mod:`thermoviz.analysis.wire`:
a JSON header and numpy buffers, never a pickle):

* to the child: ``{"op": "job", "id", "job": name in JOBS, "args", "kwargs", "vehicle",
  "budget_s"}``, ``{"op": "cancel", "id"}``, ``{"op": "stop"}``;
* back: ``{"id", "kind", "value"}``, ``kind`` one of ``started``, ``progress``,
  ``partial``, ``finished``, ``failed`` (value: one line), ``cancelled``.

A job is one of :data:`thermoviz.analysis.jobs.JOBS` bound with :func:`functools.partial`.
A cancel marks the job, which polls the mark between chunks; a job that runs past its
budget (:data:`JOB_BUDGET_S`) stops the same way and fails with that reason.  A message
that cannot be read fails its own job (when its number can be read) and nothing else.
A user vehicle travels with the job as its vehicle document, so the child resolves
the same vehicle as the window.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from functools import partial

from ..api import load_scenario
from ..io.vehicle_file import (entry_from_document, is_user_vehicle, register_vehicle, user_entries,
                               vehicle_to_document)
from ..model.scenario import ScenarioError, quote_value
from .evaluate import Cancelled
from .jobs import JOBS, answer_problem
from .survival_map import survival_map
from .wire import WireError, decode, encode, peek_id

#: The longest a job may run [s]; past it the job stops and fails, saying so.
JOB_BUDGET_S = 300.0
#: A cancelled job that has not stopped after this long [s] is stopped by ending its process.
CANCEL_GRACE_S = 3.0
#: The worker yields the CPU to the window when both want it (POSIX only; optional elsewhere).
NICENESS = 5
#: One core for the analyses (numba and BLAS single-threaded): the other stays the window's.
_CHILD_ENV = {"NUMBA_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
_ENV_LOCK = threading.Lock()
_FINAL = ("finished", "failed", "cancelled")


def _install_vehicle(document) -> None:
    if document is not None:
        register_vehicle(entry_from_document(document, "vehicle of the window"))


def _warm_up() -> None:
    """Compile the crew model's array code once (numba), so the first real map is fast."""
    scenario = load_scenario("soyuz-ms22-crewed-return")
    survival_map(scenario, ("hole_diameter_mm", 0.5, 1.0, 2), ("undock_after_puncture_h", 1.0, 2.0, 2))


def _one_line(err: Exception) -> str:
    return quote_value(str(err) or type(err).__name__, limit=300, quotes=False)


def serve(inbox, outbox) -> None:
    """The child's loop: run each job that arrives on ``inbox``; answers go to ``outbox``."""
    jobs: queue.Queue = queue.Queue()
    cancelled: set[int] = set()
    stopping = threading.Event()
    send_lock = threading.Lock()

    def send(job_id: int, kind: str, value=None) -> None:
        try:
            data = encode({"id": job_id, "kind": kind, "value": value})
        except WireError as err:  # an answer that cannot be sent fails its job, not the worker
            data = encode({"id": job_id, "kind": "failed", "value": f"the answer could not be sent back ({err})"})
        with send_lock:
            try:
                outbox.send_bytes(data)
            except OSError:  # the window's process is gone: nobody is waiting
                os._exit(0)

    def listen() -> None:  # jobs and cancels, while a job runs
        while True:
            try:
                data = inbox.recv_bytes()
            except (EOFError, OSError):
                data = None
            if data is None:
                stopping.set()  # the running job stops at its next poll
                jobs.put(None)
                return
            try:
                message = decode(data)
                if not isinstance(message, dict) or type(message.get("id", 0)) is not int:
                    raise WireError("not a request")
                op = message.get("op")
                if op == "stop":
                    data = None
                    stopping.set()
                    jobs.put(None)
                    return
                if op == "cancel":
                    cancelled.add(message["id"])
                elif op == "job":
                    jobs.put(message)
                else:
                    raise WireError("unknown request")
            except WireError as err:  # a garbled or forged message fails its own job, never the worker
                job_id = peek_id(data)
                if job_id is not None:
                    send(job_id, "failed", f"the job could not be read ({err})")

    threading.Thread(target=listen, daemon=True).start()
    try:
        _warm_up()
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass
    while True:
        message = jobs.get()
        if message is None:
            return
        _run(message, send, cancelled, stopping)


def _run(message: dict, send, cancelled: set[int], stopping: threading.Event) -> None:
    job_id = message["id"]
    budget_s = message.get("budget_s", JOB_BUDGET_S)
    if not isinstance(budget_s, (int, float)) or not 0 < budget_s <= JOB_BUDGET_S:
        budget_s = JOB_BUDGET_S
    deadline = time.monotonic() + budget_s

    def is_cancelled() -> bool:
        return job_id in cancelled or stopping.is_set() or time.monotonic() > deadline

    if is_cancelled():
        send(job_id, "cancelled")
        return
    send(job_id, "started")
    try:
        work = JOBS.get(message.get("job")) if isinstance(message.get("job"), str) else None
        args, kwargs = message.get("args", []), message.get("kwargs", {})
        if work is None or not isinstance(args, list) or not isinstance(kwargs, dict) \
                or not all(isinstance(k, str) for k in kwargs) or {"progress", "cancel", "partial"} & set(kwargs):
            raise WireError("not a known job")
        _install_vehicle(message.get("vehicle"))
        answer = work(*args, **kwargs, progress=lambda f: send(job_id, "progress", float(f)), cancel=is_cancelled,
                      partial=lambda value: send(job_id, "partial", value))
    except Cancelled:
        if time.monotonic() > deadline and job_id not in cancelled:
            send(job_id, "failed", f"it ran past its time budget of {budget_s:g} s; ask for a smaller grid "
                                   "or fewer samples")
        else:
            send(job_id, "cancelled")
        return
    except Exception as err:  # noqa: BLE001 - reported in the window in one line, never a crash
        prefix = "" if isinstance(err, (ScenarioError, WireError)) else f"{type(err).__name__}: "
        send(job_id, "failed", prefix + _one_line(err))
        return
    send(job_id, "cancelled" if is_cancelled() else "finished", None if is_cancelled() else answer)


def vehicle_document(vehicle_id: str):
    """The vehicle document of a user vehicle (None for a shipped one): what the child needs to resolve it."""
    entry = user_entries().get(vehicle_id) if is_user_vehicle(vehicle_id) else None
    return None if entry is None else vehicle_to_document(entry)


def _child(inbox, outbox) -> None:
    """The spawned process's entry point."""
    if hasattr(os, "nice"):  # POSIX; elsewhere the worker keeps the normal priority
        try:
            os.nice(NICENESS)
        except OSError:
            pass
    serve(inbox, outbox)


class WorkerProcess:
    """One child process running analysis jobs in order (see the module docstring)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._process: multiprocessing.Process | None = None
        self._to_child = None
        self.answers = None
        #: Which process this is (1 = the first started): a reader that sees a process end fails only its jobs.
        self.generation = 0
        #: Jobs sent and not answered: id -> [name, message bytes, started (monotonic) or None, cancelled at or None].
        self.pending: dict[int, list] = {}

    def start(self) -> None:
        """Start the child (and its warm-up) if it is not running."""
        with self._lock:
            if self.alive:
                return
            context = multiprocessing.get_context("spawn")
            job_read, job_write = context.Pipe(duplex=False)
            answer_read, answer_write = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(job_read, answer_write), name="thermoviz-analysis",
                                      daemon=True)
            with _ENV_LOCK:  # the child reads its thread counts from the environment it starts with
                saved = {name: os.environ.get(name) for name in _CHILD_ENV}
                os.environ.update(_CHILD_ENV)
                try:
                    process.start()
                finally:
                    for name, value in saved.items():
                        if value is None:
                            os.environ.pop(name, None)
                        else:
                            os.environ[name] = value
            job_read.close()
            answer_write.close()
            self._process, self._to_child, self.answers = process, job_write, answer_read
            self.generation += 1

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _send(self, message: dict | bytes) -> None:
        try:
            self._to_child.send_bytes(message if isinstance(message, bytes) else encode(message))
        except (OSError, ValueError, AttributeError):  # the child is gone: the reader reports it
            pass

    def connection(self):
        """The answers' connection and the generation of the process that writes to it."""
        with self._lock:
            return self.answers, self.generation

    def submit(self, job_id: int, work, vehicle_id: str | None = None, budget_s: float = JOB_BUDGET_S) -> int:
        """Send a job (starting the process if needed); returns the generation of the process it went to.

        Raises ValueError naming the cause when the job cannot be sent (nothing is sent).
        """
        name = getattr(work, "func", None).__name__ if isinstance(work, partial) else None
        try:
            if name not in JOBS or JOBS[name] is not work.func:
                raise WireError("not one of the analysis jobs")
            data = encode({"op": "job", "id": job_id, "job": name, "args": list(work.args),
                           "kwargs": dict(work.keywords), "budget_s": float(budget_s),
                           "vehicle": vehicle_document(vehicle_id) if vehicle_id else None})
        except WireError as err:
            raise ValueError(f"the job cannot be sent to the worker process ({err})") from None
        self.start()
        self.pending[job_id] = [name, data, None, None]
        self._send(data)
        return self.generation

    def resend(self, job_id: int) -> int:
        """Send a pending job again (to a new process when the last one ended); returns its generation."""
        self.start()
        entry = self.pending[job_id]
        entry[2] = entry[3] = None
        self._send(entry[1])
        return self.generation

    def cancel(self, job_id: int) -> None:
        if job_id in self.pending and self.pending[job_id][3] is None:
            self.pending[job_id][3] = time.monotonic()
        self._send({"op": "cancel", "id": job_id})

    def parse(self, data: bytes):
        """An answer read from :attr:`answers` as ``(job, kind, value)``, or None when no job can be named.

        An answer in the wrong form fails its job with a one-line reason.
        """
        try:
            message = decode(data)
            if not isinstance(message, dict) or set(message) != {"id", "kind", "value"}:
                raise WireError("not an answer")
            job, kind, value = message["id"], message["kind"], message["value"]
            if type(job) is not int or kind not in (*_FINAL, "started", "progress", "partial"):
                raise WireError("not an answer")
        except WireError as err:
            job = peek_id(data)
            return None if job not in self.pending else (job, "failed", f"the worker's answer could not be read ({err})")
        entry = self.pending.get(job)
        if entry is None:
            return None  # not a job of this process (a forged or stale number)
        problem = None
        if kind == "progress" and not (isinstance(value, float) and 0.0 <= value <= 1.0):
            problem = "the worker's progress has the wrong form"
        elif kind == "finished":
            problem = answer_problem(entry[0], value)
        elif kind == "partial":  # only a map sends a first answer: its coarse map
            problem = answer_problem("map_job", value) if entry[0] == "map_job" else "an unexpected first answer"
        elif kind == "failed" and not isinstance(value, str):
            problem = "the worker's failure has the wrong form"
        if problem:
            kind, value = "failed", problem
        if kind == "started":
            entry[2] = time.monotonic()
        if kind in _FINAL:
            self.pending.pop(job, None)
        return job, kind, value

    def overdue(self) -> list[tuple[int, str]]:
        """Jobs whose process must be ended: cancelled but still running, or past their budget (job, final kind)."""
        now, out = time.monotonic(), []
        for job, (_name, _data, started, cancelled_at) in list(self.pending.items()):
            if cancelled_at is not None and now - cancelled_at > CANCEL_GRACE_S:
                out.append((job, "cancelled"))
            elif started is not None and now - started > JOB_BUDGET_S + CANCEL_GRACE_S:
                out.append((job, "failed"))
        return out

    def kill(self) -> None:
        """End the child at once (a job that does not stop); the next job starts a new one."""
        with self._lock:
            process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.join(1.0)

    def stop(self, timeout_s: float = 1.0) -> None:
        """Ask the child to finish (its current job is abandoned), then end it."""
        with self._lock:
            process, self._process = self._process, None
            to_child, self._to_child = self._to_child, None
        if process is None:
            return
        try:
            to_child.send_bytes(encode({"op": "stop", "id": 0}))
            to_child.close()
        except (OSError, ValueError):
            pass
        process.join(timeout_s)
        if process.is_alive():
            process.kill()
            process.join(1.0)
