"""Calibration as a range: the Cd interval the MS-22 record allows, the fit, and held-out record items."""

import dataclasses

import numpy as np
import pytest

from thermoviz.io.calibration_range import leak_parameter_spans
from thermoviz.io.vehicles import get_vehicle, provenance, resolve
from thermoviz.model.calibration import CALIBRATION_TABLE, cd_range, fit_cd, leak_spans
from thermoviz.model.loop.coolant import COOLANTS
from thermoviz.model.loop.leak import hole_area_m2, leak_curve
from thermoviz.model.scenario import Scenario
from thermoviz.model.engine.simulate import simulate_physics

SOYUZ = get_vehicle("soyuz-ms")
LOOP = SOYUZ.loop("external")
PDMS = COOLANTS["pdms-1.5"]
CD = LOOP.calibrated_discharge_coefficient


def hours_to_lose(loop, fraction, cd, hole_mm=0.8, coolant=PDMS):
    curve = leak_curve(loop, coolant)
    return float(curve.time_to_lose_s(fraction * curve.inventory_m3, cd * hole_area_m2(hole_mm))) / 3600.0


def test_table_says_what_is_fitted_and_what_is_held_out():
    uses = {item.id: item.use for item in CALIBRATION_TABLE}
    assert uses["ms22_majority_17_75h"] == "fitted"
    assert [u for u in uses.values() if u == "held out"]  # at least one record item stays out of the fit
    assert all(item.source and item.parameter for item in CALIBRATION_TABLE)


def test_range_bounds_are_exactly_the_record_inequalities():
    lo, hi = cd_range(LOOP, PDMS)
    # at lo, half the inventory is gone exactly 17.75 h after the puncture
    assert hours_to_lose(LOOP, 0.5, lo) == pytest.approx(17.75, rel=1e-9)
    # a loop that a large Cd would empty within 3 h: hi is where it is empty exactly at 3 h
    fast = dataclasses.replace(LOOP, tail_pressure_kpa=150.0, accumulator_reserve_l=30.0, pump_full_fraction=0.3)
    lo_f, hi_f = cd_range(fast, PDMS)
    assert hi_f < 1.0
    assert hours_to_lose(fast, 1.0, hi_f) == pytest.approx(3.0, rel=1e-9)
    assert lo_f < hi_f


def test_nominal_cd_is_the_fit_and_lies_inside_the_range():
    lo, hi = cd_range(LOOP, PDMS)
    assert lo < CD < hi
    assert CD == pytest.approx(fit_cd(LOOP, PDMS), rel=0.05)  # the file's 2-digit value is the fit
    assert hours_to_lose(LOOP, 0.75, fit_cd(LOOP, PDMS)) == pytest.approx(17.75, rel=1e-9)
    # measured: 0.075 .. 1 at the loop's own parameters
    assert lo == pytest.approx(0.0746, abs=0.001) and hi == 1.0


def test_envelope_over_the_estimated_ranges_is_the_vehicle_file_range():
    spans = leak_spans({k: p.range for k, p in provenance("soyuz-ms").items()}, "external")
    assert spans == leak_parameter_spans("soyuz-ms", "external")
    assert set(spans) == {"accumulator_gas_l", "accumulator_reserve_l", "tail_pressure_kpa", "polytropic_exponent"}
    lo, hi = cd_range(LOOP, PDMS, spans=spans)
    file_lo, file_hi = provenance("soyuz-ms")["loops.external.calibrated_discharge_coefficient"].range
    assert lo == pytest.approx(file_lo, abs=0.001) and hi == pytest.approx(file_hi)
    assert lo < cd_range(LOOP, PDMS)[0]  # the other leak estimates widen it


def test_bigger_hole_needs_a_smaller_cd():
    assert cd_range(LOOP, PDMS, hole_mm=1.0)[0] == pytest.approx(cd_range(LOOP, PDMS, hole_mm=0.8)[0] * 0.64)
    with pytest.raises(ValueError, match="hole_mm"):
        cd_range(LOOP, PDMS, hole_mm=0.0)


# ---- held-out record items (not used by the fit) ---------------------------------

def test_held_out_ms22_still_spraying_after_three_hours():
    assert hours_to_lose(LOOP, 1.0, CD) > 3.0
    assert hours_to_lose(LOOP, 0.2, CD) < 3.0  # by then the accumulator has bottomed out: spray from the tail


def test_held_out_ms22_all_coolant_lost_long_before_undock():
    # leak 15 Dec 2022, uncrewed undock 28 Mar 2023 (~103 days later)
    assert hours_to_lose(LOOP, 1.0, CD) < 48.0


def test_held_out_progress_ms21_pressure_went_to_zero_and_all_coolant_lost():
    # 11 Feb 2023: "pressure went to zero", all coolant lost; undocked 17 Feb (~6.5 days later).
    scenario = Scenario(vehicle="progress-ms", hole_diameter_mm=0.8, discharge_coefficient=CD, puncture_time_h=0.0,
                        undock_time_h=None, hatch_open=True, crew=0, duration_h=6.5 * 24)
    r = simulate_physics(scenario, *resolve(scenario))
    assert r.events["coolant_depleted"] is not None and r.events["coolant_depleted"] < 6.5 * 24
    p = r.loop_pressure_kpa
    # collapse: within a few hours the loop is at a tenth of its charge or less, at the end at zero
    assert np.interp(4.0, r.time_h, p) < 0.1 * p[0]
    assert p[-1] == 0.0


@pytest.mark.parametrize("hole_mm", [0.8, 1.0, 3.0])
def test_held_out_nauka_rtod_leak_ceased_within_two_days(hole_mm):
    # first seen 9 Oct 2023 ~17:00 UTC, "ceased" by the 11 Oct update
    rtod = get_vehicle("nauka").loop("rtod")
    assert hours_to_lose(rtod, 1.0, CD, hole_mm=hole_mm) < 48.0


def test_notes_show_the_cd_range():
    scenario = Scenario(hole_diameter_mm=0.8, discharge_coefficient=CD, puncture_time_h=0.0)
    notes = " ".join(simulate_physics(scenario, *resolve(scenario)).notes)
    lo, hi = cd_range(LOOP, PDMS)
    assert f"allows Cd from {lo:.2g} to {hi:.2g}" in notes
