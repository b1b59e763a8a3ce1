"""The one outcome scale: ids, order, thresholds and bad ids."""

import math

import pytest

from thermoviz.model.outcome import grades


def test_grade_ids_in_order_best_first():
    assert grades.GRADE_IDS == ("within_limits", "stop_work", "not_acceptable", "not_survivable")
    assert [g.rank for g in grades.GRADES] == [0, 1, 2, 3]


@pytest.mark.parametrize("core, wet, expected", [
    (37.99, 20.0, "within_limits"),
    (38.0, 20.0, "stop_work"),
    (38.99, 34.9, "stop_work"),
    (39.0, None, "not_acceptable"),
    (40.0, None, "not_survivable"),
    (37.0, 35.0, "not_survivable"),
    (float("nan"), None, "within_limits"),
    (None, None, "within_limits"),
])
def test_crew_grade_thresholds(core, wet, expected):
    assert grades.crew_grade(core, wet).id == expected


def test_only_the_top_grade_speaks_of_survival():
    for g in grades.GRADES:
        said = (g.title + " " + g.meaning).lower()
        assert ("surviv" in said) == (g.id == "not_survivable")


def test_unknown_grade_names_the_allowed_ids():
    with pytest.raises(ValueError, match="not_acceptable"):
        grades.grade("bad")
    assert grades.at_least("not_survivable", "stop_work")
    assert not grades.at_least("stop_work", "not_acceptable")
    assert math.isfinite(grades.grade(grades.DEFAULT_BOUNDARY_GRADE).core_c)
