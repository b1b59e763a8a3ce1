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
