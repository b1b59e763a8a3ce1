"""Long command-line jobs (maps, uncertainty bands, animations): a memory budget and a progress line.

**Budget.**  Before a job starts its memory is estimated from its size (constants
measured on this project's machine: a run's interpreter, numpy, numba and the model take
about :data:`BASE_MB`; a map cell about 600 bytes per run; a GIF about 2.5 bytes per
frame pixel, all frames being kept until the file is written; an MP4 about 0.08 bytes per
pixel; a band about 30 KB per sampled vehicle).  A job whose estimate exceeds
:data:`MEMORY_BUDGET_MB` (or ``$THERMOVIZ_MEMORY_BUDGET_MB``) is refused with the figure
and the way to lower it, before anything is computed or written.

**Progress.**  :class:`ProgressLine` prints ``map: 42 % (12 s)`` on stderr once a job has
run :data:`QUIET_S`; on a terminal one line is rewritten in place, otherwise (a log) a
line at most every :data:`LOG_EVERY_S`.  ``$THERMOVIZ_PROGRESS=0`` silences it,
``=1`` forces it on for a pipe.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from ..model.scenario import ScenarioError

#: The memory a long job may use [MB] (a classroom laptop has 4-8 GB shared with the window and a browser).
MEMORY_BUDGET_MB = 2048
#: Interpreter, numpy, numba and the model loaded [MB] (measured: 290 MB for `thermoviz run`).
BASE_MB = 300.0
MAP_CELL_BYTES = 600.0
GIF_PIXEL_BYTES = 2.5
MP4_PIXEL_BYTES = 0.08
BAND_SAMPLE_BYTES = 30_000.0
#: A job quieter than this [s] prints nothing.
QUIET_S = 1.0
#: Without a terminal, one progress line at most this often [s].
LOG_EVERY_S = 5.0


def budget_mb() -> float:
    """The memory budget [MB]: ``$THERMOVIZ_MEMORY_BUDGET_MB`` when it is a positive number, else the default."""
    try:
        value = float(os.environ.get("THERMOVIZ_MEMORY_BUDGET_MB", ""))
    except ValueError:
        return float(MEMORY_BUDGET_MB)
    return value if 0 < value < 1e9 else float(MEMORY_BUDGET_MB)


def map_mb(cells: int, runs: int = 1) -> float:
    return BASE_MB + cells * runs * MAP_CELL_BYTES / 1e6


def gif_mb(width_px: int, height_px: int, frames: int) -> float:
    return BASE_MB + width_px * height_px * frames * GIF_PIXEL_BYTES / 1e6


def mp4_mb(width_px: int, height_px: int, frames: int) -> float:
    return BASE_MB + width_px * height_px * frames * MP4_PIXEL_BYTES / 1e6


def band_mb(samples: int) -> float:
    return BASE_MB + samples * BAND_SAMPLE_BYTES / 1e6


def check_memory(flag: str, estimate_mb: float, how_to_lower: str) -> None:
    """Refuse a job estimated over the budget: ScenarioError naming ``flag``, the figure and the way out."""
    budget = budget_mb()
    if estimate_mb > budget:
        raise ScenarioError(flag, f"this job needs about {estimate_mb:,.0f} MB of memory (an estimate), over the "
                                  f"budget of {budget:,.0f} MB; {how_to_lower}")


class ProgressLine:
    """``line(fraction)`` reports a job's progress on stderr (see the module docstring); ``line.done()`` ends it."""

    def __init__(self, label: str, stream: TextIO | None = None):
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.start = time.monotonic()
        self.last = -1e9
        self.shown = False
        forced = os.environ.get("THERMOVIZ_PROGRESS", "")
        tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = forced == "1" or (forced != "0" and tty)
        self.tty = tty

    def __call__(self, fraction: float, *_ignored) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start < QUIET_S or (not self.tty and now - self.last < LOG_EVERY_S):
            return
        self.last = now
        text = f"{self.label}: {min(max(float(fraction), 0.0), 1.0):.0%} ({now - self.start:.0f} s)"
        self.stream.write(("\r" + text) if self.tty else text + "\n")
        self.stream.flush()
        self.shown = True

    def frames(self, i: int, n: int) -> None:
        """The animation writer's ``progress(i, n)``."""
        self(i / max(n, 1))

    def done(self) -> None:
        if self.shown and self.tty:
            self.stream.write("\n")
            self.stream.flush()
