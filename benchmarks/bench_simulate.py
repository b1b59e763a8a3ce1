"""Benchmark: median simulate time per scenario beside a solve_ivp reference of the same equations.

Run with ``make bench`` (not a test).  For each preset (duration set to 72 h):

* physics  — ``thermoviz.model.engine.simulate.simulate_physics`` (loop, cabin, walls, equipment bay; the crew
  at a nominal output: the GUI's instant preview),
* complete — ``thermoviz.simulate``: cabin and crew coupled (one ISO 7933 PHS body per person stepped
  inside the cabin run; pythermalcomfort),
* solve_ivp — ``thermoviz.model.engine.reference.reference_solution`` (LSODA on the same right-hand side),

and a 100 × 100 hole-size × puncture-time map with ``simulate_batch`` (without and with the coupled crew).
Targets (issue 8): physics ≤ 5 ms median for a 72-h scenario; complete ≤ 50 ms for the crewed return.
"""

from __future__ import annotations

import sys

import numpy as np

import thermoviz
from timing import median_s
from thermoviz.io.vehicles import resolve
from thermoviz.model.engine.reference import reference_solution
from thermoviz.model.scenario import Scenario
from thermoviz.model.engine.simulate import simulate_batch, simulate_physics

PRESETS = ("soyuz-ms22", "soyuz-ms22-crewed-return", "soyuz-ms23-return", "progress-ms21", "nauka-rtod")
FALLBACK = {  # used when the preset files are not there
    "soyuz-ms22": dict(hole_diameter_mm=0.8, discharge_coefficient=0.11, puncture_time_h=1.0, crew=3),
    "soyuz-ms22-crewed-return": dict(hole_diameter_mm=0.8, discharge_coefficient=0.11, puncture_time_h=1.0,
                                     undock_time_h=49.0, crew=3),
    "soyuz-ms23-return": dict(hole_diameter_mm=0.0, puncture_time_h=None, undock_time_h=2.0, crew=3),
    "progress-ms21": dict(vehicle="progress-ms", hole_diameter_mm=1.0, discharge_coefficient=0.11,
                          puncture_time_h=1.0, crew=0),
    "nauka-rtod": dict(vehicle="nauka", loop="rtod", hole_diameter_mm=1.0, puncture_time_h=1.0, crew=2),
}


def scenario_for(preset: str) -> Scenario:
    try:
        scenario = thermoviz.load_scenario(preset)
    except Exception:  # preset files or loader not available: build it here
        scenario = Scenario(**FALLBACK[preset])
    return scenario.replace(duration_h=72.0)


def median_ms(fn, repeat: int) -> float:
    return 1e3 * median_s(fn, repeat, warm_up=True)


def main() -> int:
    print(f"thermoviz {thermoviz.__version__}, Python {sys.version.split()[0]}, numpy {np.__version__}")
    header = f"{'scenario (72 h)':28s} {'grid':>5s} {'physics ms':>11s} {'complete ms':>12s} {'solve_ivp ms':>13s} {'ivp/physics':>12s}"
    print(header)
    print("-" * len(header))
    for preset in PRESETS:
        scenario = scenario_for(preset)
        vehicle, loop, coolant = resolve(scenario)
        result = simulate_physics(scenario, vehicle, loop, coolant)
        physics = median_ms(lambda: simulate_physics(scenario, vehicle, loop, coolant), 100)
        try:
            complete = f"{median_ms(lambda: thermoviz.simulate(scenario), 5):12.1f}"
        except ImportError as exc:  # heat-strain model not installed yet
            complete = f"{'n/a':>12s}"
            print(f"  (complete simulate unavailable: {exc})")
        reference = median_ms(lambda: reference_solution(scenario, vehicle, loop, coolant), 3)
        print(f"{preset:28s} {result.time_h.size:5d} {physics:11.2f} {complete} {reference:13.1f} "
              f"{reference / physics:11.0f}x")

    vehicle, loop, coolant = resolve(Scenario())
    holes, punctures = np.meshgrid(np.linspace(0.1, 20.0, 100), np.linspace(0.0, 47.0, 100))

    def hole_timing_map():
        return simulate_batch(vehicle, loop, coolant, hole_diameter_mm=holes.ravel(), discharge_coefficient=0.11,
                              puncture_time_h=punctures.ravel(), undock_time_h=48.0, crew=3, duration_h=72.0)

    ms = median_ms(hole_timing_map, 3)
    batch = hole_timing_map()
    reached = np.isfinite(batch.events["cabin_temp_limit"]).mean()
    print(f"\n100 x 100 map (hole 0.1-20 mm x puncture 0-47 h, undock 48 h, 3 crew, {batch.time_h.size} steps): "
          f"{ms:.0f} ms median; {reached:.0%} of cases pass 27 °C")

    def coupled_map():
        return simulate_batch(vehicle, loop, coolant, hole_diameter_mm=holes.ravel(), discharge_coefficient=0.11,
                              puncture_time_h=punctures.ravel(), undock_time_h=48.0, crew=3, duration_h=60.0,
                              crew_strain=True)

    ms = median_ms(coupled_map, 1)
    batch = coupled_map()
    limit = np.isfinite(batch.events["crew_limit"]).mean()
    print(f"same map with the coupled crew (crew_strain=True, 60 h): {ms:.0f} ms median; "
          f"{limit:.0%} of cases reach crew core 38 °C")
    crewed = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    print(f"crewed-return preset as shipped (60 h): complete {median_ms(lambda: thermoviz.simulate(crewed), 9):.1f} ms "
          f"median, physics {median_ms(lambda: thermoviz.simulate(crewed, crew_strain=False), 50):.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
