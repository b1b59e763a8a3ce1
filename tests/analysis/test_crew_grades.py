"""The decision with its odds: share of plausible vehicles reaching each crew grade, by crew count."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thermoviz
from thermoviz.analysis import crew_grades
from thermoviz.analysis.uncertainty import default_ranges, latin_hypercube, uncertainty_band, vehicle_with
from thermoviz.io.vehicles import resolve
from thermoviz.model.outcome.grades import BOUNDARY_GRADE_IDS, crew_grade
from thermoviz.model.engine.vehicle_batch import simulate_vehicles


@pytest.fixture(scope="module")
def crewed_return():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return")


@pytest.fixture(scope="module")
def band(crewed_return):
    return uncertainty_band(crewed_return, 30, seed=5)


def _vehicles(scenario, n, seed):
    vehicle, _, coolant = resolve(scenario)
    ranges, _ = default_ranges(scenario.vehicle)
    cd_name = f"loops.{scenario.loop}.calibrated_discharge_coefficient"
    values = [dict(zip(ranges, row)) for row in latin_hypercube(ranges, n, seed)]
    return [vehicle_with(vehicle, v) for v in values], coolant, [float(v.get(cd_name, 0.6)) for v in values]


def test_every_crew_count_up_to_the_seats_and_every_boundary_grade(band, crewed_return):
    assert set(band.grades) == {"1", "2", "3"}  # a Soyuz has three seats
    for by_grade in band.grades.values():
        assert list(by_grade) == list(BOUNDARY_GRADE_IDS)
        values = [by_grade[g] for g in BOUNDARY_GRADE_IDS]
        assert all(0.0 <= v <= 1.0 for v in values)
        assert values == sorted(values, reverse=True)  # cumulative: at least this bad
    data = band.to_dict()
    assert data["grades"] == {k: dict(v) for k, v in band.grades.items()}
    assert data["grades_sentence"].startswith("3 crew reach")


def test_shares_match_single_runs_graded_one_by_one(crewed_return):
    vehicles, coolant, cds = _vehicles(crewed_return, 4, seed=11)
    got = crew_grades.grade_shares(crewed_return, vehicles, coolant, discharge_coefficients=cds)
    for crew in (1, 3):
        ranks = []
        for vehicle, cd in zip(vehicles, cds):
            r = thermoviz.simulate(crewed_return.replace(crew=crew, discharge_coefficient=cd), vehicle=vehicle)
            aboard = np.asarray(r.crew_aboard)
            core = np.asarray(r.series["crew_core_temp_c"])[aboard]
            wet = np.asarray(r.series["wet_bulb_c"])[aboard]
            ranks.append(crew_grade(float(np.nanmax(core)), float(np.nanmax(wet))).rank)
        assert got[str(crew)] == crew_grades.shares(np.array(ranks))


@settings(max_examples=6, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_more_crew_never_a_better_grade(crewed_return, seed):
    """Property over sampled vehicles: with more people aboard no vehicle's crew grade improves,
    so the share at each grade never falls with more crew."""
    vehicles, coolant, cds = _vehicles(crewed_return, 8, seed)
    ranks = {n: crew_grades.grade_ranks(simulate_vehicles(crewed_return.replace(crew=n), vehicles, coolant,
                                                          discharge_coefficients=cds)) for n in (1, 2, 3)}
    assert (ranks[2] >= ranks[1]).all() and (ranks[3] >= ranks[2]).all()
    shares = {n: crew_grades.shares(r) for n, r in ranks.items()}
    for g in BOUNDARY_GRADE_IDS:
        assert shares[1][g] <= shares[2][g] <= shares[3][g], g


def test_the_band_shares_never_fall_with_more_crew(band):
    for g in BOUNDARY_GRADE_IDS:
        assert band.grades["1"][g] <= band.grades["2"][g] <= band.grades["3"][g], g


def test_merge_weights_chunks_by_their_sample_counts():
    a = {"1": dict.fromkeys(BOUNDARY_GRADE_IDS, 1.0)}
    b = {"1": dict.fromkeys(BOUNDARY_GRADE_IDS, 0.0)}
    assert crew_grades.merge([(a, 30), (b, 10)]) == {"1": dict.fromkeys(BOUNDARY_GRADE_IDS, 0.75)}


def test_an_uncrewed_ship_has_no_grades():
    progress = thermoviz.load_scenario("progress-ms21")
    band = uncertainty_band(progress, 10, seed=1)
    assert band.grades == {} and band.grades_sentence == ""


def test_sentence_names_the_counts_and_the_share():
    text = crew_grades.sentence({"3": {"stop_work": 1, "not_acceptable": 0.81, "not_survivable": 0.2},
                                 "2": {"stop_work": 0.9, "not_acceptable": 0.35, "not_survivable": 0.1}},
                                200, vehicle_name="Soyuz")
    assert text == ('3 crew reach "not acceptable" (core 39 °C or worse) in 81 % of 200 plausible Soyuz, '
                    '2 crew in 35 %')


def test_one_batch_over_crew_counts_gives_the_shares_of_one_batch_per_count(crewed_return):
    """Issue 16 speed: the crew counts run as one batch; the shares are those of separate batches."""
    vehicles, coolant, cds = _vehicles(crewed_return, 6, seed=3)
    together = crew_grades.grade_shares(crewed_return, vehicles, coolant, discharge_coefficients=cds)
    for crew in (1, 2, 3):
        alone = simulate_vehicles(crewed_return.replace(crew=crew), vehicles, coolant, discharge_coefficients=cds)
        assert together[str(crew)] == crew_grades.shares(crew_grades.grade_ranks(alone))
