"""The second crew model: JOS-3 coupled to the cabin (scenario field crew_model = "jos3")."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import thermoviz
from thermoviz.model.crew import body as phs_body, jos3
from thermoviz.model.crew.heat_strain import DEFAULT_CREW
from thermoviz.model.psychro import LATENT_HEAT_J_KG
from thermoviz.model.scenario import ScenarioError

PARAMS = dataclasses.replace(DEFAULT_CREW, model="jos3")


@pytest.fixture(scope="module")
def crewed_return():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return")


@pytest.fixture(scope="module")
def jos3_run(crewed_return):
    return thermoviz.simulate(crewed_return.replace(crew_model="jos3"))


def test_same_metabolic_heat_as_phs():
    par = jos3.activity_ratio(PARAMS.met, PARAMS.body_mass_kg, PARAMS.height_m)
    body = jos3._new_body(PARAMS)
    jos3._set_environment(body, 25.0, 25.0, 50.0, PARAMS, par)
    assert float(body._run(dtime=60).q_thermogenesis_total) == pytest.approx(phs_body.metabolic_w(PARAMS), abs=0.5)


def test_a_step_gives_the_cabin_exactly_what_the_body_does_not_keep():
    state = jos3.initial_state(PARAMS)
    s = jos3.step(state, 40.0, 60.0, 10, PARAMS, tr_c=36.0)
    total_w = s.sensible_w + s.vapour_kg_s * LATENT_HEAT_J_KG + s.stored_j / 600.0
    assert total_w == pytest.approx(phs_body.metabolic_w(PARAMS), rel=1e-12)
    assert s.stored_j > 0 and s.vapour_kg_s > 0  # a hot cabin: the body stores heat and sweats


def test_ten_minute_steps_match_one_minute_steps():
    """JOS-3 solves implicitly: the engine's 10-min step gives JOS-3's own 1-min answer (6 h at 40 °C)."""
    coarse, fine = jos3.initial_state(PARAMS), jos3.initial_state(PARAMS)
    for _ in range(36):
        coarse = jos3.step(coarse, 40.0, 60.0, 10, PARAMS, tr_c=36.0).state
    for _ in range(360):
        fine = jos3.step(fine, 40.0, 60.0, 1, PARAMS, tr_c=36.0).state
    assert coarse["t_re"] == pytest.approx(fine["t_re"], abs=0.05)
    assert coarse["t_re"] > 38.0


def test_hotter_cabin_hotter_core():
    cores = []
    for tdb in (30.0, 35.0, 40.0):
        state = jos3.initial_state(PARAMS)
        for _ in range(18):
            state = jos3.step(state, tdb, 60.0, 10, PARAMS, tr_c=tdb).state
        cores.append(state["t_re"])
    assert cores == sorted(cores) and cores[-1] - cores[0] > 0.5


def test_coupled_run_follows_jos3_driven_by_its_own_cabin(jos3_run):
    """Oracle: pythermalcomfort's JOS3, stepped every minute through the coupled run's cabin history
    (air, walls as mean radiant temperature, humidity), ends where the coupled crew curve does."""
    from pythermalcomfort.models import JOS3

    r = jos3_run
    aboard = np.flatnonzero(np.asarray(r.crew_aboard))
    t = np.asarray(r.time_h)
    oracle = jos3.initial_state(PARAMS)["jos3"]
    par = jos3.activity_ratio(PARAMS.met, PARAMS.body_mass_kg, PARAMS.height_m)
    assert isinstance(oracle, JOS3)
    for i in aboard[:-1]:
        minutes = int(round((t[i + 1] - t[i]) * 60))
        if minutes == 0:
            continue
        oracle.tdb, oracle.tr = float(r.series["cabin_temp_c"][i]), float(r.series["mean_radiant_temp_c"][i])
        oracle.rh = float(r.series["cabin_rh_pct"][i])
        oracle.v, oracle.clo, oracle.par, oracle.posture = PARAMS.air_speed_m_s, PARAMS.clo, par, "sitting"
        oracle.simulate(times=minutes, dtime=60, output=False)
    end = float(r.series["crew_core_temp_c"][aboard[-1]])
    assert float(oracle.t_core[jos3.PELVIS]) == pytest.approx(end, abs=0.15)


def test_jos3_run_closes_its_energy_books_and_says_which_model(jos3_run):
    for window in ("whole_run", "crew_aboard"):
        b = jos3_run.energy[window]
        assert abs(b["residual_mj"]) <= 0.01 * b["generated_mj"], (window, b)
    assert any("JOS-3" in n for n in jos3_run.notes)
    core = np.asarray(jos3_run.series["crew_core_temp_c"])[np.asarray(jos3_run.crew_aboard)]
    assert np.isfinite(core).all() and 37.0 < core.max() < 45.0


def test_models_differ_on_the_same_vehicle(crewed_return, jos3_run):
    phs = thermoviz.simulate(crewed_return)
    a = np.nanmax(phs.series["crew_core_temp_c"])
    b = np.nanmax(jos3_run.series["crew_core_temp_c"])
    assert abs(a - b) > 0.3  # two models, two answers: the band shows both


def test_unknown_model_refused_naming_the_field(crewed_return):
    with pytest.raises(ScenarioError, match="crew_model"):
        crewed_return.replace(crew_model="two-node")


def test_batches_refuse_jos3_plainly():
    from thermoviz.io.vehicles import resolve
    from thermoviz.model.engine.vehicle_batch import simulate_vehicles

    s = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle, _, coolant = resolve(s)
    with pytest.raises(ValueError, match="one scenario at a time"):
        simulate_vehicles(s, [vehicle, vehicle], coolant, crew_params=PARAMS)
