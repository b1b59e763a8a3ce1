"""Leak model: closed-form oracles and invariants of the orifice drain."""

import math
import time

import numpy as np
import pytest

from thermoviz.model.loop.coolant import COOLANTS, CoolantParams
from thermoviz.model.loop.leak import choked_vapour_flow_per_area, circulation_factor, hole_area_m2, leak_curve
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
    # while the bellows moves (up to the 20 % reserve = 8.8 L) the drain is the closed form
    curve = leak_curve(LOOP, NO_VAPOUR)
    cda = 0.62 * hole_area_m2(0.8)
    volumes = np.linspace(0, curve.reserve_m3, 23)
    expected = closed_form_time_s(volumes, cda)
    got = curve.time_to_lose_s(volumes, cda)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-3)  # 1 ms
    # and the inverse: volume lost at those times
    np.testing.assert_allclose(curve.volume_lost_m3(expected, cda), volumes, rtol=1e-5, atol=1e-9)


def test_constant_pressure_limit_drains_linearly():
    # a huge gas volume keeps P ≈ P0: V(t) = Cd·A·sqrt(2 P0/ρ)·t
    big = LoopParams("big", "huge accumulator", 44.0, 304.0, 1e9, 1.0, 0.0, 0.0, 1500.0,
                     accumulator_reserve_l=44.0)
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
    # water in a loop with a tiny gas charge: P_gas falls below P_v = 3.17 kPa before the reserve is gone
    loop = LoopParams("x", "small gas", 44.0, 304.0, 0.5, 1.4, 0.8, 0.5, 1500.0, accumulator_reserve_l=44.0)
    curve = leak_curve(loop, COOLANTS["water"])
    assert curve.tail_flow_m_s == pytest.approx(choked_vapour_flow_per_area(COOLANTS["water"]))
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
    """The written-out trapezoid rule (kept off scipy.integrate for start-up time) equals scipy's
    while the bellows moves; after it has bottomed out the flow is constant and τ exactly linear."""
    from scipy.integrate import cumulative_trapezoid

    for coolant in (NO_VAPOUR, COOLANTS["pdms-1.5"], COOLANTS["ammonia"]):
        c = leak_curve(TAIL_LOOP, coolant)
        phase1 = c.volume_m3 <= c.reserve_m3
        v1 = c.volume_m3[phase1]
        dp = np.maximum(c.initial_pressure_pa * (c.gas_volume_m3 / (c.gas_volume_m3 + v1))
                        ** c.polytropic_exponent - c.vapour_pressure_pa, 0.0)
        flow = np.maximum(np.sqrt(2.0 * dp / c.density_kg_m3), max(c.tail_flow_m_s, 1e-12))
        np.testing.assert_allclose(c.tau_s_m2[phase1], cumulative_trapezoid(1.0 / flow, v1, initial=0.0),
                                   rtol=1e-12, atol=0.0)
        tail = ~phase1
        np.testing.assert_allclose(np.diff(c.tau_s_m2[tail]) * c.tail_flow_m_s, np.diff(c.volume_m3[tail]),
                                   rtol=1e-12)


TAIL_LOOP = LoopParams("external", "bellows loop", 44.0, 304.0, 4.0, 1.0, 0.8, 0.5, 1500.0, tail_pressure_kpa=20.0)


def test_accumulator_bottoms_out_when_its_reserve_is_gone():
    # gas 4 L pushes out only the 8.8 L reserve; then the pressure collapses to P_v + p_tail
    curve = leak_curve(TAIL_LOOP, NO_VAPOUR)
    assert curve.reserve_m3 == pytest.approx(0.2 * 0.044)
    p_before = curve.loop_pressure_pa(curve.reserve_m3 * (1 - 1e-9))
    p_after = curve.loop_pressure_pa(curve.reserve_m3 * (1 + 1e-9))
    assert p_before == pytest.approx(304e3 * 4.0 / 12.8, rel=1e-6)  # isothermal gas at 12.8 L: 95 kPa
    assert p_after == pytest.approx(20e3)  # collapsed: P_v (0 here) + the 20 kPa residual
    assert TAIL_LOOP.charge_pressure_kpa == pytest.approx(95.0)
    # the pump thresholds agree: the reserve is used up at pump_full_fraction
    assert float(curve.remaining_fraction(curve.reserve_m3)) == pytest.approx(TAIL_LOOP.pump_full_fraction)


def test_tail_after_bottoming_out_is_a_constant_orifice_flow():
    # oracle: t(V) = t(V_r) + (V - V_r) / (Cd·A·sqrt(2 p_tail / ρ)) after the bellows bottoms out
    curve = leak_curve(TAIL_LOOP, NO_VAPOUR)
    cda = 0.12 * hole_area_m2(0.8)
    t_r = closed_form_time_s(curve.reserve_m3, cda, loop=TAIL_LOOP)
    assert curve.time_bottomed_out_s(cda) == pytest.approx(t_r, rel=1e-5)
    q = cda * math.sqrt(2 * 20e3 / 850.0)
    volumes = np.linspace(curve.reserve_m3, 0.044, 9)
    np.testing.assert_allclose(curve.time_to_lose_s(volumes, cda), t_r + (volumes - curve.reserve_m3) / q,
                               rtol=1e-5)


def test_ms22_timeline_with_the_bottoming_accumulator():
    # the 0.8 mm hole at the fitted Cd 0.12: reserve gone in ~2 h, then a slow tail of ~1 day
    curve = leak_curve(TAIL_LOOP, COOLANTS["pdms-1.5"])
    cda = 0.12 * hole_area_m2(0.8)
    hours = {f: float(curve.time_to_lose_s(f * 0.044, cda)) / 3600 for f in (0.2, 0.5, 0.75, 1.0)}
    assert 1.5 < hours[0.2] < 3.0
    assert 10.0 < hours[0.5] < 17.75 < hours[0.75] < 20.0
    assert 20.0 < hours[1.0] < 36.0


_RNG = np.random.default_rng(8)
_CASES = [(float(_RNG.uniform(0.05, 20.0)), float(_RNG.uniform(0.05, 1.0)), float(_RNG.uniform(0.5, 20.0)),
           float(_RNG.uniform(1.0, 44.0)), float(_RNG.choice([0.0, _RNG.uniform(0.0, 100.0)])),
           str(_RNG.choice(sorted(COOLANTS)))) for _ in range(40)]


@pytest.mark.parametrize("hole_mm, cd, gas_l, reserve_l, tail_kpa, coolant", _CASES)
def test_any_hole_drains_monotonically_without_negative_mass(hole_mm, cd, gas_l, reserve_l, tail_kpa, coolant):
    """Property check over random (seeded) holes 0-20 mm, Cd, gas, reserve, tail and coolant."""
    loop = LoopParams("p", "property loop", 44.0, 304.0, gas_l, 1.2, 0.8, 0.5, 1500.0,
                      accumulator_reserve_l=reserve_l, tail_pressure_kpa=tail_kpa)
    curve = leak_curve(loop, COOLANTS[coolant])
    cda = cd * hole_area_m2(hole_mm)
    t_empty = float(curve.time_to_lose_s(curve.inventory_m3, cda))
    assert np.isfinite(t_empty) and t_empty > 0
    t = np.linspace(0.0, 1.5 * t_empty, 200)
    lost = curve.volume_lost_m3(t, cda)
    assert np.all(np.diff(lost) >= 0) and np.all(lost >= 0) and np.all(lost <= curve.inventory_m3 + 1e-15)
    assert lost[-1] == pytest.approx(curve.inventory_m3)
    p = curve.loop_pressure_pa(lost)
    assert np.all(np.diff(p) <= 1e-6) and p[-1] == 0.0
