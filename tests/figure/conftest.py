"""Results shared by the figure tests (computed once per module)."""

import pytest

from thermoviz import load_scenario, simulate


@pytest.fixture(scope="module")
def ms22():
    return simulate(load_scenario("soyuz-ms22"), crew_strain=False)


@pytest.fixture(scope="module")
def crewed():
    return simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=True)
