"""Benchmark: puncture odds (issue 22), target <= 50 ms a call.

* one     — ``thermoviz.puncture_odds("soyuz-ms", 182.6 days, 0.8 mm)``: the vehicle's odds band, the
            three-leaks fleet question and the 2000-2022 record, all closed form;
* axis    — the odds of a 100-point hole-size axis 0.2-5 mm (what the Map tab's odds weighting
            computes), model only.

Run: ``PYTHONPATH=. python benchmarks/bench_odds.py`` (not a test; the machine may be shared).
"""

from __future__ import annotations

import numpy as np

import thermoviz
import timing
from thermoviz.api_odds import radiator_area
from thermoviz.model.odds import perforation_odds


def main() -> None:
    one = timing.median_s(lambda: thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=0.8), 50,
                          warm_up=True)
    area = radiator_area("soyuz-ms")
    holes = np.geomspace(0.2, 5.0, 100)
    axis = timing.median_s(lambda: [perforation_odds(area, 182.6, h) for h in holes], 10, warm_up=True)
    print(f"puncture_odds (one call):          {one * 1e3:6.2f} ms (target <= 50 ms)")
    print(f"100-point hole-size axis of odds:  {axis * 1e3:6.2f} ms")


if __name__ == "__main__":
    main()
