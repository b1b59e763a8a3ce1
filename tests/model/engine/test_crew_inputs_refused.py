"""A cabin that leaves finite numbers is refused with one ScenarioError line before a crew model sees it
(pythermalcomfort's compiled PHS loops without end on NaN).  Found by review: the refusal itself raised a
TypeError (ScenarioError takes the field and the message)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from thermoviz.model.engine.crew_output import crew_inputs
from thermoviz.model.scenario import ScenarioError


@pytest.mark.parametrize("t_a, t_w, rho", [(30.0, math.nan, 0.01), (math.inf, 30.0, 0.01), (30.0, 30.0, math.nan),
                                           (np.array([30.0, math.nan]), np.array([30.0, 30.0]), np.array([0.01, 0.01]))])
def test_a_non_finite_cabin_is_one_scenario_error_line(t_a, t_w, rho):
    with pytest.raises(ScenarioError) as err:
        crew_inputs(np.asarray(1.5), t_a, t_w, rho)
    text = str(err.value)
    assert text.startswith("vehicle: ") and "1.50 h" in text and "\n" not in text


def test_a_finite_cabin_passes_through():
    t_a, t_w, rh = crew_inputs(np.asarray(1.5), 30.0, 29.0, 0.015)
    assert (t_a, t_w) == (30.0, 29.0) and 0.0 < rh < 100.0
