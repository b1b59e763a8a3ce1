"""Leak model: closed-form oracles and invariants of the orifice drain."""

import math
import time

import numpy as np
import pytest

from thermoviz.model.coolant import COOLANTS, CoolantParams
from thermoviz.model.leak import circulation_factor, hole_area_m2, leak_curve
from thermoviz.model.params import LoopParams

LOOP = LoopParams("external", "test loop", liquid_inventory_l=44.0, initial_pressure_kpa=304.0,
                  accumulator_gas_l=4.0, polytropic_exponent=1.2, pump_full_fraction=0.8,
                  pump_stop_fraction=0.5, heat_rejection_capacity_w=1500.0)
NO_VAPOUR = CoolantParams("novap", "liquid with no vapour pressure", 850.0, 0.0, 100.0, 1.1, "test", "estimate")


def closed_form_time_s(volume_m3, cda_m2, loop=LOOP, rho=850.0):
    """t(V) = V_g0/(k(n/2+1))·((1+V/V_g0)^(n/2+1) - 1), k = Cd·A·sqrt(2 P0/ρ)  (P_v = 0)."""
    vg0 = loop.accumulator_gas_l * 1e-3
    n = loop.polytropic_exponent
    k = cda_m2 * math.sqrt(2 * loop.initial_pressure_kpa * 1e3 / rho)
    return vg0 / (k * (n / 2 + 1)) * ((1 + volume_m3 / vg0) ** (n / 2 + 1) - 1)


def test_drain_matches_closed_form_polytropic_solution():
    curve = leak_curve(LOOP, NO_VAPOUR)
    cda = 0.62 * hole_area_m2(0.8)
    volumes = np.linspace(0, 0.044, 23)
    expected = closed_form_time_s(volumes, cda)
    got = curve.time_to_lose_s(volumes, cda)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-3)  # 1 ms
    # and the inverse: volume lost at those times
    np.testing.assert_allclose(curve.volume_lost_m3(expected, cda), volumes, rtol=1e-5, atol=1e-9)


def test_constant_pressure_limit_drains_linearly():
    # a huge gas volume keeps P ≈ P0: V(t) = Cd·A·sqrt(2 P0/ρ)·t
    big = LoopParams("big", "huge accumulator", 44.0, 304.0, 1e9, 1.0, 0.8, 0.5, 1500.0)
    curve = leak_curve(big, NO_VAPOUR)
    cda = 0.6 * hole_area_m2(0.8)
    q = cda * math.sqrt(2 * 304e3 / 850.0)
    assert curve.time_to_lose_s(0.044, cda) == pytest.approx(0.044 / q, rel=1e-6)
    # domain.md §6 table: PDMS at 3 bar through 0.8 mm at Cd 0.6 is ≈8 mL/s
    assert q * 1e6 == pytest.approx(8.0, rel=0.02)


def test_volume_is_conserved_and_never_negative():
    curve = leak_curve(LOOP, COOLANTS["pdms-1.5"])
    cda = 0.62 * hole_area_m2(2.0)
    t = np.linspace(0, 50 * curve.time_to_lose_s(0.044, cda), 500)
    lost = curve.volume_lost_m3(t, cda)
    remaining = curve.inventory_m3 - lost
    assert np.all(lost >= 0) and np.all(remaining >= -1e-15)
    np.testing.assert_allclose(lost + remaining, 0.044)
    assert np.all(np.diff(lost) >= 0)
    assert lost[-1] == pytest.approx(0.044)
    p = curve.loop_pressure_pa(lost)
    assert np.all(np.diff(p) <= 1e-9)  # pressure only falls
    assert p[-1] == 0.0  # empty loop is open to vacuum


def test_bigger_hole_never_depletes_later():
    curve = leak_curve(LOOP, COOLANTS["pdms-1.5"])
    holes = np.linspace(0.05, 20, 200)
    t_empty = curve.time_to_lose_s(0.044, 0.62 * hole_area_m2(holes))
    assert np.all(np.diff(t_empty) < 0)
    assert np.isinf(curve.time_to_lose_s(0.044, 0.0))


def test_pressure_reaching_vapour_pressure_leaves_a_slow_vapour_tail():
    # water in a loop with a tiny gas charge: P_gas falls below P_v = 3.17 kPa before empty
    loop = LoopParams("x", "small gas", 44.0, 304.0, 0.5, 1.4, 0.8, 0.5, 1500.0)
    curve = leak_curve(loop, COOLANTS["water"])
    v_boil = 0.5e-3 * ((304.0 / 3.17) ** (1 / 1.4) - 1)
    assert v_boil < curve.inventory_m3
    cda = 0.62 * hole_area_m2(0.8)
    t_boil = curve.time_to_lose_s(v_boil, cda)
    t_empty = curve.time_to_lose_s(curve.inventory_m3, cda)
    assert np.isfinite(t_empty) and t_empty > 10 * t_boil  # the tail is much slower
    assert curve.loop_pressure_pa(v_boil + 1e-3) == pytest.approx(3170.0)


def test_ammonia_loop_is_charged_above_its_vapour_pressure():
    curve = leak_curve(LOOP, COOLANTS["ammonia"])
    assert curve.initial_pressure_pa == pytest.approx(1000e3 + 101325)


def test_every_hole_size_from_0_to_20_mm_is_fast():
    curve = leak_curve(LOOP, COOLANTS["pdms-1.5"])
    t = np.linspace(0, 72 * 3600, 300)
    start = time.perf_counter()
    for d in np.linspace(0, 20, 50):
        cda = 0.62 * hole_area_m2(d)
        lost = curve.volume_lost_m3(t, cda)
        assert np.all(np.isfinite(lost))
    assert time.perf_counter() - start < 1.0


def test_circulation_factor_degrades_between_thresholds():
    f = np.array([1.0, 0.8, 0.65, 0.5, 0.2])
    np.testing.assert_allclose(circulation_factor(f, LOOP), [1, 1, 0.5, 0, 0])


def test_drain_time_table_is_scipys_cumulative_trapezoid():
    """The written-out trapezoid rule (kept off scipy.integrate for start-up time) equals scipy's."""
    from scipy.integrate import cumulative_trapezoid

    for coolant in (NO_VAPOUR, COOLANTS["pdms-1.5"], COOLANTS["ammonia"]):
        c = leak_curve(LOOP, coolant)
        dp = np.maximum(c.initial_pressure_pa * (c.gas_volume_m3 / (c.gas_volume_m3 + c.volume_m3))
                        ** c.polytropic_exponent - c.vapour_pressure_pa, 0.0)
        flow = np.maximum(np.sqrt(2.0 * dp / c.density_kg_m3), max(c.tail_flow_m_s, 1e-12))
        np.testing.assert_allclose(c.tau_s_m2, cumulative_trapezoid(1.0 / flow, c.volume_m3, initial=0.0),
                                   rtol=1e-12, atol=0.0)
