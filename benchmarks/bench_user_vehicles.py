"""Benchmark: what user vehicles cost the catalogue look-up that every simulation does.

Run with ``.venv/bin/python benchmarks/bench_user_vehicles.py`` (not a test).  Prints the
median time of ``get_vehicle`` with no user vehicles and with 10 in the data folder (the
folder is stat-ed on every look-up and re-read only when a file changed), one fast
simulation for scale, and a full re-read of the 10 files.
"""

from __future__ import annotations

import os
import tempfile

os.environ["THERMOVIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="thermoviz-bench-")

from thermoviz import api  # noqa: E402
from thermoviz.io import vehicle_file as vf  # noqa: E402
from thermoviz.io.vehicles import get_vehicle, vehicle_entry  # noqa: E402
from timing import median_s  # noqa: E402


def median_us(fn, repeat: int = 2000) -> float:
    return median_s(fn, repeat) * 1e6


def main() -> None:
    scenario = api.load_scenario("soyuz-ms22")
    print(f"get_vehicle, no user vehicles:    {median_us(lambda: get_vehicle('soyuz-ms')):8.1f} µs")
    for i in range(10):
        vf.save_vehicle(vf.copy_vehicle(vehicle_entry("soyuz-ms"), f"bench-{i}", f"Bench {i}"))
    get_vehicle("bench-1")
    print(f"get_vehicle, 10 user vehicles:    {median_us(lambda: get_vehicle('soyuz-ms')):8.1f} µs")
    fast = median_us(lambda: api.simulate(scenario, crew_strain=False), repeat=200)
    print(f"simulate(crew_strain=False):      {fast / 1000:8.2f} ms")
    vf._scan_cache.clear()
    print(f"re-read 10 user vehicle files:    {median_us(lambda: (vf._scan_cache.clear(), vf._scan()), 20) / 1000:8.2f} ms")


if __name__ == "__main__":
    main()
