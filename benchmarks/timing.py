"""The timing helpers every benchmark script uses (median of repeated calls, median and p90)."""

from __future__ import annotations

import statistics
import time


def median_s(fn, repeat: int, *, warm_up: bool = False) -> float:
    """Median wall time [s] of ``repeat`` calls of ``fn`` (after one untimed call if ``warm_up``)."""
    if warm_up:
        fn()  # caches, numba's compilation of the array code
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_p90(values: list[float]) -> tuple[float, float]:
    """(median, 90th percentile) of ``values``."""
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
