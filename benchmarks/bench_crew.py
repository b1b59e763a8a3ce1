"""Benchmark: the crew models and the decision's odds (issue 16).

Run with ``make bench`` (not a test).  Crewed-return preset (``soyuz-ms22-crewed-return``):

* coupled PHS   — one final result, crew (ISO 7933 PHS) and cabin coupled (target ≤ 50 ms);
* coupled JOS-3 — the same with ``crew_model = "jos3"`` (one case at a time; runs in the window's
                  crew worker, no target);
* crew band     — both models and the physiological assumptions, 10 coupled runs (``--crew-band``);
* band 200      — the 200-vehicle uncertainty band alone (target ≤ 1 s) and with the crew-grade shares
                  for 1..3 crew (``run --uncertainty 200``: two more crew counts on the same vehicles).

The machine may be shared: the load average is printed before and after.
"""

from __future__ import annotations

import os

import thermoviz
import timing
from thermoviz.analysis.crew_band import crew_band
from thermoviz.analysis.uncertainty import uncertainty_band
from thermoviz.io.vehicles import resolve

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))


def main() -> None:
    load_before = os.getloadavg()[0]
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    resolved = resolve(scenario)
    jos3 = scenario.replace(crew_model="jos3")
    phs_s = timing.median_s(lambda: thermoviz.simulate(scenario, resolved=resolved), REPEAT, warm_up=True)
    jos3_s = timing.median_s(lambda: thermoviz.simulate(jos3, resolved=resolved), max(REPEAT // 2, 1), warm_up=True)
    band_s = timing.median_s(lambda: crew_band(scenario, *resolved), 1, warm_up=True)
    alone = timing.median_s(lambda: uncertainty_band(scenario, 200, grades=False), 3, warm_up=True)
    graded = timing.median_s(lambda: uncertainty_band(scenario, 200), 3)
    print(f"thermoviz crew benchmark (soyuz-ms22-crewed-return, median after a warm-up; load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after)")
    print(f"  coupled result, PHS               : {phs_s * 1e3:7.1f} ms  target <= 50 ms")
    print(f"  coupled result, JOS-3             : {jos3_s * 1e3:7.1f} ms  (background)")
    print(f"  crew band (10 runs, both models)  : {band_s:7.2f} s")
    print(f"  uncertainty band, 200 samples     : {alone:7.2f} s   target <= 1 s")
    print(f"  ... with crew grades for 1..3 crew: {graded:7.2f} s")


if __name__ == "__main__":
    main()
