"""Smaller defects of issue 16 item 7, each pinned by a test that failed first."""

from __future__ import annotations

import numpy as np
import pytest

import thermoviz
from thermoviz.io.vehicles import resolve
from thermoviz.model.engine.coupled import coupled_result
from thermoviz.model.engine.simulate import simulate_batch, simulate_physics


@pytest.fixture(scope="module")
def crewed_return():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return")


def test_first_row_carries_the_steady_heat_rejection(crewed_return):
    # heat_rejection_w was 0 W at t = 0 instead of the loop's steady duty (684.6 W in the review)
    r = thermoviz.simulate(crewed_return)
    assert r.heat_rejection_w[0] > 100.0
    assert r.heat_rejection_w[0] == pytest.approx(r.heat_rejection_w[1], rel=1e-3)


def test_a_run_ending_at_landing_keeps_the_last_crew_step(crewed_return):
    # ending exactly at landing lost the last 10-min crew step (core 39.25 instead of 39.36 °C in the review)
    landing = crewed_return.undock_time_h + crewed_return.descent_duration_h
    full = thermoviz.simulate(crewed_return)
    cut = thermoviz.simulate(crewed_return.replace(duration_h=landing))
    assert np.nanmax(cut.crew_core_temp_c) == pytest.approx(np.nanmax(full.crew_core_temp_c), abs=1e-9)
    assert cut.cabin_temp_c[cut.crew_aboard].max() == pytest.approx(full.cabin_temp_c[full.crew_aboard].max(),
                                                                     abs=1e-9)


def test_a_batch_ending_at_landing_matches_the_single_run(crewed_return):
    landing = crewed_return.undock_time_h + crewed_return.descent_duration_h
    s = crewed_return.replace(duration_h=landing)
    vehicle, loop, coolant = resolve(s)
    single = coupled_result(simulate_physics(s, vehicle, loop, coolant))  # the model's run, no event samples
    b = simulate_batch(vehicle, loop, coolant, hole_diameter_mm=s.hole_diameter_mm,
                       discharge_coefficient=s.discharge_coefficient, puncture_time_h=s.puncture_time_h,
                       undock_time_h=s.undock_time_h, crew=s.crew, duration_h=landing,
                       descent_duration_h=s.descent_duration_h, time_h="scenario", crew_strain=True)
    t, series, _aboard = b.column(0)
    np.testing.assert_allclose(t, single.time_h)
    np.testing.assert_allclose(series["crew_core_temp_c"], single.crew_core_temp_c, atol=1e-9)


def test_humidity_after_landing_does_not_jump_with_the_undock_time():
    # RH after landing jumped with the undock time: 5.23 h -> 71.2 %, 5.24 h -> 78.7 % (review); the
    # condensation on walls cooling within a long post-landing step was capped at the start-of-step wall
    s = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    rh = []
    for undock in (5.23, 5.24):
        r = thermoviz.simulate(s.replace(undock_time_h=undock, duration_h=undock + 6.0 + 4.0))
        rh.append(float(np.interp(undock + 6.0 + 3.0, r.time_h, r.cabin_rh_pct)))
    assert abs(rh[0] - rh[1]) < 1.5, rh


def test_the_separation_before_entry_is_said_and_frozen(crewed_return):
    r = thermoviz.simulate(crewed_return)
    assert any("separate; the descent module flies on alone" in n for n in r.notes)
    landing = r.events["landing"]
    after = r.time_h >= landing - r.vehicle.module_separation_before_landing_h + 1e-6
    assert np.ptp(r.equipment_temp_c[after]) < 1e-9  # left with its module
    assert np.all(r.heat_rejection_capacity_w[after][1:] == 0.0)  # the radiator went with it
