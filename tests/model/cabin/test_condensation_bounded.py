"""Condensation on a surface that can hold almost no heat (a bug found from outside: a vehicle with
the wall heat capacity at its hard bound, 1e-9 J/K, sent the wall to 1.8e13 °C in one step, and
PHS never returned).  The latent heat of the vapour that condenses at the end of a step warms the
coldest surface, and a warmer surface holds more vapour: the step must stop condensing when the
surface reaches the dew point, never overshoot, and keep the books closed."""

from __future__ import annotations

import pytest

from thermoviz.model.cabin import nodes


def _soyuz(wall_c: float) -> nodes.CabinConstants:
    """The Soyuz cabin constants of the run that failed, with the wall heat capacity given."""
    return nodes.CabinConstants(
        air_c=1.0e5, wall_c=wall_c, equip_c=6.0e5, orbital_c=1.0e6, volume_m3=3.0, air_wall_ua=30.0,
        equip_air_ua=30.0, equip_wall_ua=4.0, orbital_wall_ua=8.0, mli_emissivity=0.03, wall_area_m2=10.0,
        equip_area_m2=12.0, orbital_area_m2=14.0, sink_c=-30.0, landed_ua=30.0, outside_c=-10.0, setpoint_c=20.0,
        equip_setpoint_c=25.0, setpoint_vapour_kg_m3=0.009382, station_vapour_kg_m3=0.011059, station_temp_c=26.2,
        chx_flow_m3_s=0.05)


@pytest.mark.parametrize("wall_c", [1e-9, 1.0, 1e3, 3e5])
def test_end_of_step_condensation_stops_at_the_dew_point(wall_c):
    c = _soyuz(wall_c)
    o = nodes.ScalarOps
    # the state of the failing run's step: walls warmer than they will be at the step's end, air humid
    state = (34.598, 39.255, 31.785, 24.384, 0.030626)
    dt = 600.0
    new, flows = nodes.advance(o, c, state, dt, 550.0, 0.0, 1.6694e-4, 0.0, 0.0, 0.0, 275.0)
    t_a, t_w, t_e, t_o, rho = new
    # the surfaces stay near the air: the latent heat released closes at most the dew-point gap
    assert all(0.0 < v < 60.0 for v in (t_a, t_w, t_e, t_o)), new
    coldest = min(t_a, t_w)
    # never supersaturated at the end of the step, never more condensed than the air held plus the crew's
    assert rho <= nodes.magnus_saturation_density(o, coldest) * (1 + 1e-9)
    assert 0.0 <= flows.condensed_kg <= state[4] * c.volume_m3 + 1.6694e-4 * dt


def _dew_point_c(o, rho: float) -> float:
    lo, hi = -60.0, 100.0
    for _ in range(80):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if nodes.magnus_saturation_density(o, mid) < rho else (lo, mid)
    return 0.5 * (lo + hi)


@pytest.mark.parametrize("wall_c", [1e-9, 1e3, 1e4, 3e5])
def test_far_below_the_dew_point_neither_node_is_left_supersaturated_nor_overheated(wall_c):
    """Found by review: the first-order step overshot far below the dew point (a 1e-9 J/K wall went to 55 °C,
    past the dew point, while almost nothing condensed), and the air, then the coldest node, was left at
    116 % RH.  Landed, air at 36.8 °C with 0.037 kg/m³ of vapour (dew point ≈ 33.5 °C)."""
    c = _soyuz(wall_c)
    o = nodes.ScalarOps
    state = (36.8, 36.0, 30.0, 24.0, 0.037)
    new, flows = nodes.advance(o, c, state, 1692.0, 550.0, 0.0, 0.0, 0.0, 0.0, 0.0, 275.0, joined=0.0, landed=1.0)
    t_a, t_w, rho = new[0], new[1], new[4]
    assert rho <= nodes.magnus_saturation_density(o, min(t_a, t_w)) * (1 + 1e-9)
    assert rho <= nodes.magnus_saturation_density(o, t_a) * (1 + 1e-9)  # no fog left in the air either
    # the latent heat warms a wall of little heat capacity at most to the dew point of the vapour it started
    # from (was 55 °C at 1e-9 J/K); a heavy wall stays colder and takes the condensate
    if wall_c <= 1e3:
        assert t_w <= _dew_point_c(o, state[4]) + 0.05, new
    assert flows.condensed_kg >= 0.0


@pytest.mark.parametrize("wall_c", [1e-9, 1e3, 3e5])
@pytest.mark.parametrize("landed", [0.0, 1.0])
def test_condensation_keeps_the_books_closed(wall_c, landed):
    from thermoviz.model.psychro import LATENT_HEAT_J_KG as L

    c = _soyuz(wall_c)
    o = nodes.ScalarOps
    state, dt, vap = (((36.8, 36.0, 30.0, 24.0, 0.037), 1692.0, 0.0) if landed else
                      ((34.598, 39.255, 31.785, 24.384, 0.030626), 600.0, 1.6694e-4))
    joined = 1.0 - landed
    new, fl = nodes.advance(o, c, state, dt, 550.0, 120.0, vap, 0.0, 275.0, 1.0, 0.0, joined=joined, landed=landed,
                            crew_radiant=40.0)
    caps = (c.air_c, c.wall_c, c.equip_c, c.orbital_c)  # (the engine freezes separated modules, not advance)
    stored = sum(cap * (b - a) for cap, a, b in zip(caps, state[:4], new[:4])) + L * c.volume_m3 * (new[4] - state[4])
    net = dt * (550.0 + 120.0 + L * vap - fl.q_air_w - fl.q_equip_w - fl.latent_w - fl.exchanged_w)
    assert stored == pytest.approx(net, rel=1e-9, abs=1e-3)
