"""Benchmark: survivability map, its coarse first pass, and the uncertainty band (issue 9).

Run with ``make bench`` (not a test).  Crewed-return preset (``soyuz-ms22-crewed-return``):

* map     — 100 x 100 crew margin at landing, hole 0.2-5 mm (log) x 0-48 h from puncture to
            undock, including crew heat strain, batched (target ≤ 2 s median);
* coarse  — the 20 x 20 first map of the same (target ≤ 0.3 s);
* ratio   — a loop of single ``thermoviz.simulate`` calls over the same cells, estimated from
            a random sample of cells (cost per cell x 10 000) / batched map time;
* band    — 200-sample uncertainty band (target ≤ 1 s); every sample is the coupled
            single-run physics on its own vehicle and grid, advanced 50 at a time
            (``thermoviz.model.engine.vehicle_batch.simulate_vehicles``).

The machine may be shared: compare the ratio, and rerun when the load is high.
"""

from __future__ import annotations

import os
import time

import numpy as np

import thermoviz
import timing
from thermoviz.analysis.survival_map import survival_map
from thermoviz.analysis.uncertainty import uncertainty_band

X = ("hole_diameter_mm", 0.2, 5.0, 100)
Y = ("undock_after_puncture_h", 0.0, 48.0, 100)
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
LOOP_SAMPLE = 40


def median_s(fn, repeat: int = REPEAT) -> float:
    return timing.median_s(fn, repeat, warm_up=True)  # numba compiles the array specialisation of PHS once


def main() -> None:
    load_before = os.getloadavg()[0]
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    full = median_s(lambda: survival_map(scenario, X, Y))
    coarse = median_s(lambda: survival_map(scenario, X[:3] + (20,), Y[:3] + (20,)))
    m = survival_map(scenario, X[:3] + (20,), Y[:3] + (20,))
    rng = np.random.default_rng(0)
    cells = [(int(rng.integers(20)), int(rng.integers(20))) for _ in range(LOOP_SAMPLE)]
    thermoviz.simulate(m.cell_scenario(0, 0))
    t = time.perf_counter()
    for i, j in cells:
        thermoviz.simulate(m.cell_scenario(i, j))
    per_cell = (time.perf_counter() - t) / LOOP_SAMPLE
    band = median_s(lambda: uncertainty_band(scenario, 200), repeat=REPEAT)
    loop_est = per_cell * 100 * 100
    print("thermoviz analysis benchmark (soyuz-ms22-crewed-return, median of "
          f"{REPEAT} after a warm-up; load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after)")
    print(f"  map 100x100 crew margin (batched) : {full:7.2f} s   target <= 2 s")
    print(f"  coarse map 20x20                  : {coarse:7.2f} s   target <= 0.3 s")
    print(f"  loop of simulate() (estimated)    : {loop_est:7.1f} s   ({per_cell * 1e3:.1f} ms a cell from "
          f"{LOOP_SAMPLE} cells) -> batched is {loop_est / full:.0f}x faster")
    print(f"  uncertainty band, 200 samples     : {band:7.2f} s   target <= 1 s")


if __name__ == "__main__":
    main()
