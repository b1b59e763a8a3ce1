"""A second process for the long analyses, so that the window's own thread never waits for them.

A map or an uncertainty band is seconds of Python and numpy; run in a thread of the
window's process it competes with the drawing for the interpreter lock and every
control change then repaints several times slower.  :class:`WorkerProcess` starts one
child, ``python -m thermoviz.analysis.worker_process`` (a fresh interpreter: no Qt state
and no copy of the caller's main script), that runs jobs one after the other: a job is
a picklable callable (:mod:`thermoviz.analysis.jobs` bound with :func:`functools.partial`)
called with ``progress``, ``cancel`` and ``partial``.  Jobs and cancels go to the child
and answers come back as pickled messages on two pipes
(:class:`multiprocessing.connection.Connection`); an answer is ``(job_id, kind, value)``,
``kind`` one of ``progress``, ``partial``, ``finished``, ``failed`` (value: one line),
``cancelled``.  A cancel marks the job, which polls the mark between chunks.  A user
vehicle (data folder or this session) travels with the job as its vehicle document, so
the child resolves the same vehicle as the window.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from types import MappingProxyType


def _proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


# Results keep their series in read-only mappings; send them as dicts, rebuild them as read-only.
ForkingPickler.register(MappingProxyType, lambda m: (_proxy, (dict(m),)))


def _install_vehicle(document) -> None:
    if document is None:
        return
    from thermoviz.io.vehicle_file import entry_from_document, register_vehicle

    register_vehicle(entry_from_document(document, "vehicle of the window"))


def _warm_up() -> None:
    """Compile the crew model's array code once (numba), so the first real map is fast."""
    from thermoviz.api import load_scenario

    from .survival_map import survival_map

    scenario = load_scenario("soyuz-ms22-crewed-return")
    survival_map(scenario, ("hole_diameter_mm", 0.5, 1.0, 2), ("undock_after_puncture_h", 1.0, 2.0, 2))


def serve(inbox: Connection, outbox: Connection) -> None:
    """The child's loop: run each job that arrives on ``inbox``; answers go to ``outbox``."""
    from thermoviz.model.scenario import ScenarioError

    from .evaluate import Cancelled

    jobs: queue.Queue = queue.Queue()
    cancelled: set[int] = set()
    stopping = threading.Event()
    send_lock = threading.Lock()

    def send(message) -> None:
        try:
            data = ForkingPickler.dumps(message)
        except Exception as err:  # noqa: BLE001 - an answer that cannot be sent fails its job, not the worker
            data = ForkingPickler.dumps((message[0], "failed", f"the answer could not be sent back ({err})"))
        with send_lock:
            try:
                outbox.send_bytes(data)
            except OSError:  # the window's process is gone: nobody is waiting
                os._exit(0)

    def listen() -> None:  # jobs and cancels, while a job runs
        while True:
            try:
                message = inbox.recv()
            except (EOFError, OSError):
                message = None
            except Exception:  # noqa: BLE001 - a garbled message: nothing to run
                continue
            if message is None:
                stopping.set()  # the running job stops at its next poll
                jobs.put(None)
                return
            if message[0] == "cancel":
                cancelled.add(message[1])
            else:  # ("job", id, the pickled (work, vehicle document)): unpickled by the loop, errors and all
                jobs.put(message[1:])

    threading.Thread(target=listen, daemon=True).start()
    try:
        _warm_up()
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass
    while True:
        item = jobs.get()
        if item is None:
            return
        job_id, payload = item

        def is_cancelled(job_id=job_id) -> bool:
            return job_id in cancelled or stopping.is_set()

        if is_cancelled():
            send((job_id, "cancelled", None))
            continue
        try:
            work, vehicle_document = ForkingPickler.loads(payload)
            _install_vehicle(vehicle_document)
            answer = work(progress=lambda f, j=job_id: send((j, "progress", float(f))), cancel=is_cancelled,
                          partial=lambda value, j=job_id: send((j, "partial", value)))
        except Cancelled:
            send((job_id, "cancelled", None))
            continue
        except ScenarioError as err:
            send((job_id, "failed", str(err)))
            continue
        except Exception as err:  # reported in the window, never a crash
            send((job_id, "failed", f"{type(err).__name__}: {err}"))
            continue
        send((job_id, "cancelled", None) if is_cancelled() else (job_id, "finished", answer))


def vehicle_document(vehicle_id: str):
    """The vehicle document of a user vehicle (None for a shipped one): what the child needs to resolve it."""
    from thermoviz.io.vehicle_file import is_user_vehicle, user_entries, vehicle_to_document

    entry = user_entries().get(vehicle_id) if is_user_vehicle(vehicle_id) else None
    return None if entry is None else vehicle_to_document(entry)


class WorkerProcess:
    """One child process running analysis jobs in order (see the module docstring)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._to_child: Connection | None = None
        self.answers: Connection | None = None
        #: Which process this is (1 = the first started): a reader that sees a process end fails only its jobs.
        self.generation = 0

    def start(self) -> None:
        """Start the child (and its warm-up) if it is not running."""
        with self._lock:
            if self.alive:
                return
            job_read, job_write = os.pipe()
            answer_read, answer_write = os.pipe()
            # one core for the analyses (numba and BLAS single-threaded), the other stays the window's
            env = dict(os.environ, NUMBA_NUM_THREADS="1", OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
            self._process = subprocess.Popen(
                [sys.executable, "-m", "thermoviz.analysis.worker_process", str(job_read), str(answer_write)],
                pass_fds=(job_read, answer_write), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env)
            os.close(job_read)
            os.close(answer_write)
            self._to_child = Connection(job_write, readable=False)
            self.answers = Connection(answer_read, writable=False)
            self.generation += 1

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _send(self, message) -> None:
        try:
            self._to_child.send(message)
        except (OSError, ValueError, AttributeError):  # the child is gone: the reader reports it
            pass

    def connection(self) -> tuple[Connection | None, int]:
        """The answers' connection and the generation of the process that writes to it."""
        with self._lock:
            return self.answers, self.generation

    def submit(self, job_id: int, work, vehicle_id: str | None = None) -> int:
        """Send a job (starting the process if needed); returns the generation of the process it went to.

        Raises ValueError naming the cause when the job cannot be pickled (nothing is sent).
        """
        try:
            payload = ForkingPickler.dumps((work, vehicle_document(vehicle_id) if vehicle_id else None))
        except Exception as err:  # noqa: BLE001 - e.g. a lambda: a programming error, said in one line
            raise ValueError(f"the job cannot be sent to the worker process ({err})") from None
        self.start()
        generation = self.generation
        self._send(("job", job_id, bytes(payload)))
        return generation

    def cancel(self, job_id: int) -> None:
        self._send(("cancel", job_id))

    def stop(self, timeout_s: float = 1.0) -> None:
        """Ask the child to finish (its current job is abandoned), then end it."""
        with self._lock:
            process, self._process = self._process, None
            to_child, self._to_child = self._to_child, None
        if process is None:
            return
        try:
            to_child.send(None)
            to_child.close()
        except (OSError, ValueError):
            pass
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(1.0)


#: The worker yields the CPU to the window when both want it (a background job).
NICENESS = 5


def _main(argv: list[str]) -> int:
    try:
        os.nice(NICENESS)
    except OSError:
        pass
    inbox = Connection(int(argv[0]), writable=False)
    outbox = Connection(int(argv[1]), readable=False)
    serve(inbox, outbox)
    return 0


if __name__ == "__main__":
    # run the importable module's code, so that what it pickles names thermoviz.analysis.worker_process
    from thermoviz.analysis.worker_process import _main as main

    sys.exit(main(sys.argv[1:]))
