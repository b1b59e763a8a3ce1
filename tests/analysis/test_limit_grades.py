"""One answer: the limit finder, the verdict's crew grade and the banner agree for every grade and crew.

On the crewed-return preset, for every boundary grade and every crew count: at 0.97 x the
limit the run's ``verdict.crew_grade`` is below the asked grade, at 1.03 x it is at or above it.
A limit at the end of the searched range (the grade is never reached) is checked at that end.
"""

from __future__ import annotations

import pytest

import thermoviz
from thermoviz.analysis.fields import cell_scenario
from thermoviz.analysis.limits import find_limit
from thermoviz.model.outcome import grades

PRESET = "soyuz-ms22-crewed-return"
#: The hole reaches stop_work for every crew and not_acceptable for 3; the return's duration
#: reaches every grade for every crew, so together the two fields cover the whole scale.
FIELDS = ("hole_diameter_mm", "descent_duration_h")


def grade_of(scenario, field=None, value=None) -> str:
    """The run's crew grade with ``field`` set to ``value`` (run on to landing, as the finder does)."""
    if field is not None:
        scenario = cell_scenario(scenario, {field: value})
    return thermoviz.simulate(scenario).verdict.crew_grade


@pytest.fixture(scope="module")
def preset():
    return thermoviz.load_scenario(PRESET)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("grade", grades.BOUNDARY_GRADE_IDS)
def test_limit_separates_the_grade_at_three_percent(preset, field, grade):
    seats = 3
    limit = find_limit(preset.replace(crew=seats), field, grade=grade)
    by_crew = {seats: limit, **limit.others}
    assert sorted(by_crew) == [1, 2, 3]
    for crew, lim in by_crew.items():
        base = preset.replace(crew=crew)
        assert lim.grade == grade and lim.crew == crew and lim.direction == "largest"
        assert lim.value is not None, f"{crew} crew reach {grade} over the whole range of {field}"
        below = grade_of(base, field, 0.97 * lim.value)
        assert not grades.at_least(below, grade), (crew, field, lim.value, below)
        if lim.bracket[0] == lim.bracket[1]:  # never reached inside the range: the end is below too
            assert not grades.at_least(grade_of(base, field, lim.search_range[1]), grade)
            continue
        above = grade_of(base, field, 1.03 * lim.value)
        assert grades.at_least(above, grade), (crew, field, lim.value, above)


def test_banner_and_limit_tell_one_story(preset):
    """The 2-crew banner and "largest hole for 2 crew" agree at every grade (the issue's contradiction)."""
    for crew in (1, 2, 3):
        scenario = preset.replace(crew=crew)
        reached = grade_of(scenario)
        for grade in grades.BOUNDARY_GRADE_IDS:
            lim = find_limit(scenario, "hole_diameter_mm", grade=grade, other_crews=False)
            holds = lim.value is not None and scenario.hole_diameter_mm <= lim.value
            assert holds == (not grades.at_least(reached, grade)), (crew, grade, lim.value, reached)


def test_the_word_survive_belongs_to_not_survivable(preset):
    for grade in grades.BOUNDARY_GRADE_IDS:
        sentence = find_limit(preset, "descent_duration_h", grade=grade).sentence
        assert ("surviv" in sentence.lower()) == (grade == "not_survivable"), sentence
        assert grades.grade(grade).meaning in sentence
