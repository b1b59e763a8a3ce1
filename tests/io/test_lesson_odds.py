"""``{odds:GRADE}`` in a lesson (issue 16 item 4): the loader checks it like the other placeholders,
a predict step's narration may not quote it, and the phrase reads the shares in the language in use."""

from __future__ import annotations

import copy
import tomllib

import pytest

from thermoviz.io.lesson_catalogue import lessons_dir
from thermoviz.io.lesson_odds import MISSING, PENDING, LessonOdds, is_odds_dict, odds_phrase, uses_odds
from thermoviz.io.lessons import lesson_from_dict
from thermoviz.io.translations import use_language
from thermoviz.model.scenario import ScenarioError

ODDS = LessonOdds({"3": {"stop_work": 0.8, "not_acceptable": 0.695, "not_survivable": 0.6},
                   "2": {"stop_work": 0.7, "not_acceptable": 0.605, "not_survivable": 0.5},
                   "1": {"stop_work": 0.6, "not_acceptable": 0.52, "not_survivable": 0.4}}, 200, "Soyuz")


def raw_ms22() -> dict:
    return tomllib.loads((lessons_dir() / "ms22-why.toml").read_text(encoding="utf-8"))


def two_crew_index(data: dict) -> int:
    return next(i for i, s in enumerate(data["step"]) if s.get("overrides", {}).get("crew") == 2)


def test_the_two_crew_reveal_quotes_the_odds_and_loads():
    data = raw_ms22()
    i = two_crew_index(data)
    assert "{odds:not_acceptable}" in data["step"][i]["predict"]["reveal"]
    step = lesson_from_dict(data, stem="ms22-why").steps[i]
    assert uses_odds(step)
    assert not uses_odds(lesson_from_dict(data, stem="ms22-why").steps[0])


@pytest.mark.parametrize("placeholder, fragment", [
    ("{odds:hot}", "{odds:hot}: 'hot' is not a crew grade; grades: stop_work, not_acceptable, not_survivable"),
    ("{odds:within_limits}", "'within_limits' is not a crew grade"),
    ("{odds}", "is not a crew grade"),
])
def test_an_unknown_grade_is_one_line_naming_the_field(placeholder, fragment):
    data = raw_ms22()
    i = two_crew_index(data)
    data["step"][i]["predict"]["reveal"] += f" {placeholder}"
    with pytest.raises(ScenarioError) as err:
        lesson_from_dict(data, source="ms22-why.toml", stem="ms22-why")
    message = str(err.value)
    assert "\n" not in message and f"step {i + 1}.predict.reveal" in message and fragment in message


def test_a_predict_step_narration_may_not_quote_the_odds():
    data = copy.deepcopy(raw_ms22())
    i = two_crew_index(data)
    data["step"][i]["narration"] += " {odds:not_acceptable}"
    with pytest.raises(ScenarioError, match=rf"step {i + 1}\.narration: a predict-first step must not quote"):
        lesson_from_dict(data, stem="ms22-why")


def test_the_phrase_in_english_russian_and_spanish():
    nb = "\u00a0"
    assert odds_phrase(ODDS, "not_acceptable") == (
        f'3 crew reach "not acceptable" in 70{nb}% of 200 plausible Soyuz, 2 crew in 60{nb}%, 1 crew in 52{nb}%')
    assert odds_phrase(ODDS, "not_survivable").startswith(f'3 crew reach "not survivable" in 60{nb}%')
    try:
        use_language("ru")
        assert odds_phrase(ODDS, "not_acceptable") == (
            f"экипаж из 3 человек доходит до степени «недопустимо» в 70{nb}% из 200 правдоподобных вариантов "
            f"корабля, из 2 — в 60{nb}%, из 1 — в 52{nb}%")
        use_language("es")
        assert odds_phrase(ODDS, "not_acceptable") == (
            f"con 3 tripulantes se llega a «inaceptable» en el 70{nb}% de 200 Soyuz plausibles, "
            f"con 2 en el 60{nb}%, con 1 en el 52{nb}%")
    finally:
        use_language("en")


def test_pending_missing_and_one_seat():
    assert odds_phrase(None, "not_acceptable") == PENDING == "…"
    assert odds_phrase(LessonOdds({}, 200, "Progress"), "not_acceptable") == MISSING
    one = LessonOdds({"1": {"stop_work": 0.5, "not_acceptable": 0.25, "not_survivable": 0.0}}, 200, "Capsule")
    assert odds_phrase(one, "not_acceptable") == '1 crew reaches "not acceptable" in 25\u00a0% of 200 plausible Capsule'


def test_plain_data_round_trip_and_forged_answers():
    assert LessonOdds.from_dict(ODDS.as_dict()) == LessonOdds({k: dict(v) for k, v in ODDS.grades.items()}, 200,
                                                              "Soyuz")
    assert is_odds_dict(ODDS.as_dict())
    forged = ODDS.as_dict()
    forged["grades"]["3"]["not_acceptable"] = 7.0
    assert not is_odds_dict(forged)
    assert not is_odds_dict({"grades": {"x": {}}, "samples": 200, "vehicle_name": "Soyuz"})
    assert not is_odds_dict([1, 2])
