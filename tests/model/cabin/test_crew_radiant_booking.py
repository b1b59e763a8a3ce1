"""Where the crew's sensible heat is booked: the walls (radiation) or the air (convection).

The crew body (ISO 7933 PHS, pythermalcomfort) is run with the wall node as its mean radiant
temperature, so it radiates ``fcl·h_r·(t_cl - t_wall)`` to the walls from a clothing surface between
its skin and the air.  The cabin books a fixed share of the body's *net* sensible heat to the walls
(:func:`thermoviz.model.cabin.radiant.crew_radiant_w`) only without a body model.  With one, the walls are
booked what the body radiates to them (``CrewStep.radiant_w``: PHS's own radiation term), even when the
air is hotter than the skin and the *net* sensible heat is negative (the air heats the body).  Found by
issue 16 item 4 (heat): the linear split of the net booked the walls as *losing* heat to a body that is
hotter than them.  The oracle below is PHS's radiation term written out from ISO 7933:2023 Annex E.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

import pytest

from thermoviz.api import load_scenario
from thermoviz.io.vehicles import resolve
from thermoviz.model.cabin.radiant import crew_radiant_w
from thermoviz.model.crew import body
from thermoviz.model.crew.params import DEFAULT_CREW
from thermoviz.model.engine.simulate import run_scenario

AIR_C, WALL_C, RH_PCT = 55.0, 41.5, 52.0  # a sealed return past the record's range (sampled vehicle 7, seed 0)


def _phs_radiation_w(state, tdb, tr, p):
    """PHS's radiation from the clothing to the surroundings [W] (ISO 7933:2023 Annex E as coded in
    pythermalcomfort 4.8.1: seated a_r_du 0.7, reflective defaults a_p 0.54, f_r 0.42)."""
    walk = min(0.0052 * (p.met * 58.15 - 58), 0.7)
    v = p.air_speed_m_s
    corr_cl = min(1.044 * math.exp((0.066 * v - 0.398) * v + (0.094 * walk - 0.378) * walk), 1.0)
    corr_ia = min(math.exp((0.047 * v - 0.472) * v + (0.117 * walk - 0.342) * walk), 1.0)
    corr_tot = corr_cl if p.clo > 0.6 else ((0.6 - p.clo) * corr_ia + p.clo * corr_cl) / 0.6
    fcl = 1 + 0.28 * p.clo
    i_cl = (p.clo * 0.155 + 0.111 / fcl) * corr_tot - corr_ia * 0.111 / fcl
    hc = max(2.38 * abs(tr + 0.1 - tdb) ** 0.25, 3.5 + 5.2 * v)
    aux_r = 5.67e-08 * 0.7 * ((1 - 0.54) * 0.97 + 0.54 * (1 - 0.42))
    t_cl = tr + 0.1
    for _ in range(60):
        h_r = aux_r * ((t_cl + 273) ** 4 - (tr + 273) ** 4) / (t_cl - tr)
        t_cl = (t_cl + (fcl * (hc * tdb + h_r * tr) + state["t_sk"] / i_cl) / (fcl * (hc + h_r) + 1 / i_cl)) / 2
    h_r = aux_r * ((t_cl + 273) ** 4 - (tr + 273) ** 4) / (t_cl - tr)
    return fcl * h_r * (t_cl - tr) * body.dubois_area_m2(DEFAULT_CREW.body_mass_kg, DEFAULT_CREW.height_m)


@pytest.fixture(scope="module")
def hot_body():
    """A person after 5 h in the hot cabin, then one more 10-min step: (step, PHS's own radiation [W])."""
    state = body.initial_state()
    for _ in range(30):
        state = body.step(state, AIR_C, RH_PCT, 10, DEFAULT_CREW, tr_c=WALL_C).state
    s = body.step(state, AIR_C, RH_PCT, 10, DEFAULT_CREW, tr_c=WALL_C)
    return s, _phs_radiation_w(s.state, AIR_C, WALL_C, DEFAULT_CREW)


def test_the_hot_air_heats_the_body_which_still_radiates_to_the_cooler_walls(hot_body):
    s, radiation_w = hot_body
    assert WALL_C < s.state["t_sk"] < AIR_C
    assert s.sensible_w < 0.0  # net sensible: the air heats the body
    assert radiation_w > 10.0  # yet PHS's body radiates to the walls


def test_the_body_model_gives_phs_own_radiation(hot_body):
    s, radiation_w = hot_body
    assert s.radiant_w == pytest.approx(radiation_w, rel=1e-3)


def test_the_walls_are_booked_what_the_body_radiates_to_them(hot_body):
    """The bug (fixed): the linear split of the *net* sensible heat booked a negative radiant heat here."""
    s, radiation_w = hot_body
    assert crew_radiant_w(s.sensible_w) < 0.0 < radiation_w  # what the linear split would have booked
    assert s.radiant_w > 10.0
    # the air's share is the net minus the radiation: the air gives the bodies more than their net intake
    assert s.sensible_w - s.radiant_w == pytest.approx(s.sensible_w - radiation_w, rel=1e-3)
    assert s.sensible_w - s.radiant_w < -10.0


def test_the_engine_books_the_bodies_radiation_to_the_walls():
    """A coupled run of the sealed return: each aboard step's wall booking is the bodies' radiation (positive
    all ride long, also where the air heats the bodies), not the linear share of their net sensible heat."""
    scenario = replace(load_scenario("soyuz-ms22-crewed-return"), crew=3)
    vehicle, loop, coolant = resolve(scenario)
    time_h, series, _ev, aboard, _curve, out, _p = run_scenario(scenario, vehicle, loop, coolant, True)
    rows = [i for i in range(1, time_h.size) if aboard[i] and aboard[i - 1] and out["crew_sens"][i] != 0.0]
    assert len(rows) > 30  # the 6-h ride in 10-min steps
    hot = [i for i in rows if out["t_a"][i - 1] > out["t_w"][i - 1] + 1.0 and out["crew_sens"][i] < 0.0]
    booked = out["radiant"][rows]
    assert np.all(booked > 0.0)  # bodies warmer than the walls radiate to them all ride long
    linear = crew_radiant_w(out["crew_sens"][rows])
    assert not np.allclose(booked, linear, rtol=0.05)
    if hot:  # net sensible < 0 (air heats the bodies) yet the walls receive heat
        assert np.all(out["radiant"][hot] > 0.0)
