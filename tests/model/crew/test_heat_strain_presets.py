"""Crew heat strain on the real physics (thermoviz.simulate) for the historic presets."""

from __future__ import annotations

import numpy as np
import pytest

import thermoviz
from thermoviz.model.crew import heat_strain as hs
from thermoviz.model.engine.coupled import coupled_result
from thermoviz.model.limits import CREW_CORE_LIMIT_C
from thermoviz.model.outcome.event_samples import events_on_samples


@pytest.fixture(scope="module", autouse=True)
def phs_warm():
    hs.crew_core_temp_constant(30.0, 50.0, 1)


def test_ms22_crewed_return_crosses_the_crew_limit_before_landing():
    # domain.md / issue 2: a crewed MS-22 return was predicted to reach ~40 °C cabin in ~6 h
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    assert result.crew_strain_computed
    ev = result.events
    assert ev["crew_limit"] is not None and ev["undock"] < ev["crew_limit"] < ev["landing"]
    on = result.crew_aboard
    assert np.all(np.isfinite(result.crew_core_temp_c[on])) and np.all(np.isnan(result.crew_core_temp_c[~on]))
    assert result.peaks["crew_core_temp_c"] > CREW_CORE_LIMIT_C
    assert result.verdict.severity == "danger"
    # the core temperature comes from the cabin the physics produced: same as calling the model directly
    # (thermoviz.simulate also inserts each event time as a sample: compare with the same insertion)
    physics = thermoviz.simulate(result.scenario, crew_strain=False)
    assert np.array_equal(events_on_samples(coupled_result(physics)).crew_core_temp_c, result.crew_core_temp_c,
                          equal_nan=True)


def test_ms23_nominal_return_keeps_the_crew_comfortable():
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms23-return"))
    assert result.events["crew_limit"] is None
    assert 36.7 < result.peaks["crew_core_temp_c"] < 37.5
    assert not result.outside_validity["crew_core_temp_c"].any()


def test_uncrewed_progress_has_no_crew_curve():
    result = thermoviz.simulate(thermoviz.load_scenario("progress-ms21"))
    assert np.all(np.isnan(result.crew_core_temp_c)) and result.events["crew_limit"] is None
