"""Grades, limits and maps agree on every preset (issue 17: one answer everywhere)."""

from __future__ import annotations

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.limits import find_limit
from thermoviz.analysis.metrics import grade_metric, metric_from_result
from thermoviz.io.presets import list_presets
from thermoviz.model.outcome import grades

PRESETS = [p.id for p in list_presets()]


@pytest.mark.parametrize("preset", PRESETS)
def test_verdict_grade_limit_and_map_margin_agree(preset):
    scenario = thermoviz.load_scenario(preset)
    result = thermoviz.simulate(scenario)
    aboard = np.asarray(result.crew_aboard, bool)
    rides = scenario.crew > 0 and aboard.any()
    if not rides:
        assert result.verdict.crew_grade is None
        return
    core = result.crew_core_temp_c[aboard]
    wet = result.wet_bulb_c[aboard]
    reached = result.verdict.crew_grade
    assert reached == grades.crew_grade(np.nanmax(core), np.nanmax(wet)).id
    for g in grades.BOUNDARY_GRADE_IDS:
        below = not grades.at_least(reached, g)
        # the map's margin to this grade is positive exactly when the verdict is below it
        assert (metric_from_result(result, grade_metric(g)) > 0) == below, (preset, g)
        if scenario.undock_time_h is None or scenario.puncture_time_h is None or scenario.hole_diameter_mm <= 0.01:
            continue
        # the limit finder: the preset's own hole is within the limit exactly when the verdict is below it
        lim = find_limit(scenario, "hole_diameter_mm", grade=g, other_crews=False)
        holds = lim.value is not None and scenario.hole_diameter_mm <= lim.value
        assert holds == below, (preset, g, lim.value, reached)
