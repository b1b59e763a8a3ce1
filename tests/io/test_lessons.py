"""Lessons as data: every shipped lesson loads, each step builds, simulates and resolves its view;
a bad lesson file is one line naming the file, the step and the field."""

from __future__ import annotations

import copy
import re
import tomllib

import pytest

import thermoviz
from thermoviz.io.lesson_steps import lesson_summary, render_text, resolve_view
from thermoviz.io.lesson_catalogue import get_lesson, lesson_ids, lessons_dir, list_lessons
from thermoviz.io.lessons import LESSON_PLOTS, LIMIT_KEYS, UPCOMING_SERIES, lesson_from_dict
from thermoviz.model.outcome.result import EVENTS, SERIES
from thermoviz.model.scenario import ScenarioError

LESSON_STEPS = [(lesson.id, step.number) for lesson in list_lessons() for step in lesson.steps]


def raw_ms22() -> dict:
    return tomllib.loads((lessons_dir() / "ms22-why.toml").read_text(encoding="utf-8"))


def test_the_ms22_lesson_ships_with_six_to_ten_sourced_steps():
    assert "ms22-why" in lesson_ids()
    lesson = get_lesson("ms22-why")
    assert lesson.title == "Lesson: why MS-22 could not bring its crew home"
    assert 6 <= len(lesson.steps) <= 10
    presets = [step.preset for step in lesson.steps]
    for wanted in ("soyuz-ms22", "soyuz-ms22-crewed-return", "soyuz-ms23-return", "progress-ms21", "nauka-rtod"):
        assert wanted in presets
    two = [s for s in lesson.steps if s.preset == "soyuz-ms22-crewed-return" and s.overrides.get("crew") == 2]
    assert two, "the agencies' emergency plan (two crew) is a step"
    assert sum(step.predict is not None for step in lesson.steps) >= 3
    for step in lesson.steps:
        assert step.sources and all(s.strip() for s in step.sources)
        assert 80 <= len(step.narration) <= 700, f"step {step.number}: a short narration"
        assert "/work/" not in step.narration + "".join(step.sources)


@pytest.mark.parametrize("lesson_id, number", LESSON_STEPS)
def test_each_step_simulates_and_resolves_its_view(lesson_id, number):
    step = get_lesson(lesson_id).steps[number - 1]
    result = thermoviz.simulate(step.scenario, crew_strain="crew" in step.view.plots)
    view = resolve_view(step, result)
    assert 0.0 <= view.from_h < view.to_h <= step.scenario.duration_h
    assert view.from_h <= view.cursor_h <= view.to_h
    if step.view.cursor_event is not None:  # the event really happens, the cursor is on it
        assert result.events[step.view.cursor_event] == pytest.approx(view.cursor_h)
    assert set(step.view.plots) <= set(LESSON_PLOTS)
    assert step.view.highlight in SERIES or step.view.highlight in LIMIT_KEYS
    for text in (step.narration, *(() if step.predict is None else (step.predict.question, step.predict.reveal))):
        filled = render_text(text, result, view.cursor_h)
        assert "{" not in filled and "—" not in filled, f"step {number}: {filled}"
    if step.scenario.undock_time_h is not None and step.view.window == "return flight":
        assert view.from_h < result.events["undock"] < result.events["landing"] <= view.to_h


def test_placeholders_are_filled_from_the_result():
    step = get_lesson("ms22-why").steps[3]  # three crew flying home
    result = thermoviz.simulate(step.scenario)
    view = resolve_view(step, result)
    text = render_text("{peak:cabin_temp_c}|{at:cabin_temp_c}|{event:landing}|{after_puncture:landing}|{verdict}",
                       result, view.cursor_h)
    peak, at, landing, since, verdict = text.split("|")
    assert peak == f"{result.peaks['cabin_temp_c']:.1f} °C"
    assert at == f"{result.at(view.cursor_h)['cabin_temp_c']:.1f} °C"
    # one time base: an event's time is hours since the puncture, as on every axis
    assert landing == since == f"{result.events['landing'] - result.events['puncture']:.1f} h"
    assert verdict == result.verdict.text.rstrip(".")


def test_summary_is_plain_json_data():
    import json

    summary = lesson_summary(get_lesson("ms22-why"))
    text = json.dumps(summary)
    assert json.loads(text)["steps"][4]["overrides"] == {"crew": 2}


def mutate(change) -> dict:
    data = copy.deepcopy(raw_ms22())
    change(data)
    return data


@pytest.mark.parametrize("change, field, fragment", [
    (lambda d: d["lesson"].update(id="other"), "lesson.id", "must equal the file name"),
    (lambda d: d.update(schema_version=2), "schema_version", "must be 1"),
    (lambda d: d.update(step=[]), "step", "1 to 20 [[step]] tables"),
    (lambda d: d["step"][2].update(preset="soyuz-ms99"), "step 3.preset", "unknown preset 'soyuz-ms99'"),
    (lambda d: d["step"][4]["overrides"].update(crew=7), "step 5.overrides.crew", "from 0 to 3 for vehicle soyuz-ms (3 seats), got 7"),
    (lambda d: d["step"][4]["overrides"].update(crew_size=2), "step 5.overrides.crew_size", "unknown scenario"),
    (lambda d: d["step"][0]["view"].update(plots=["cabin", "pressure"]), "step 1.view.plots", "loop, heat"),
    (lambda d: d["step"][0]["view"].update(highlight="cabin_temp"), "step 1.view.highlight", "one series"),
    (lambda d: d["step"][0]["view"].update(to_h=500.0), "step 1.view.to_h", "from 0 to the run's 72 h"),
    (lambda d: d["step"][0]["view"].update(to_h=0.0), "step 1.view.to_h", "later than from_h"),
    (lambda d: d["step"][2]["view"].update(cursor_h=80.0), "step 3.view.cursor_h", "from 0 to the run's 72 h"),
    (lambda d: d["step"][1]["view"].update(cursor_h=3.0), "step 2.view.cursor_h", "either cursor_h or"),
    (lambda d: d["step"][0]["view"].update(cursor_event="splashdown"), "step 1.view.cursor_event", "model event"),
    (lambda d: d["step"][0]["view"].update(window="return flight"), "step 1.view.window",
     "either window or from_h/to_h"),
    (lambda d: (d["step"][0]["view"].pop("from_h"), d["step"][0]["view"].pop("to_h"),
                d["step"][0]["view"].update(window="return flight")), "step 1.view.window", "needs a scenario that undocks"),
    (lambda d: d["step"][1]["predict"].update(reveal="{peak:cabin_temperature}"), "step 2.predict.reveal",
     "'cabin_temperature' is not a series"),
    (lambda d: d["step"][1].update(narration="Empty at {when}"), "step 2.narration", "unknown placeholder {when}"),
    (lambda d: d["step"][1].update(sources=[]), "step 2.sources", "one or more"),
    (lambda d: d["step"][1].update(narration=" "), "step 2.narration", "non-empty text"),
    (lambda d: d["step"][1].update(picture="x.png"), "step 2.picture", "unknown key"),
])
def test_bad_lessons_are_one_line_naming_file_step_and_field(change, field, fragment):
    data = mutate(change)
    with pytest.raises(ScenarioError) as info:
        lesson_from_dict(data, source="ms22-why.toml", stem="ms22-why")
    message = str(info.value)
    assert message.startswith(f"ms22-why.toml: {field}: "), message
    assert fragment in message and "\n" not in message


def test_upcoming_series_are_accepted_before_the_model_has_them():
    data = mutate(lambda d: d["step"][0]["view"].update(highlight="equipment_temp_c"))
    data["step"][0]["narration"] += " Equipment peaks at {peak:equipment_temp_c}."  # not a predict step
    lesson = lesson_from_dict(data, source="x.toml", stem="ms22-why")
    step = lesson.steps[0]
    result = thermoviz.simulate(step.scenario, crew_strain=False)
    filled = render_text(step.narration, result, 10.0)
    if "equipment_temp_c" in SERIES:
        assert re.search(r"Equipment peaks at \d+\.\d °C\.", filled)
    else:
        assert filled.endswith("Equipment peaks at —.")
    assert set(UPCOMING_SERIES) >= {"equipment_temp_c"}


def test_missing_and_malformed_files(tmp_path):
    with pytest.raises(ScenarioError, match=r"nothing\.toml: lesson file: not found"):
        get_lesson(str(tmp_path / "nothing.toml"))
    bad = tmp_path / "bad.toml"
    bad.write_text("schema_version = 1\n[lesson\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"bad\.toml: line 2, column \d+: not valid TOML"):
        get_lesson(str(bad))
    with pytest.raises(ScenarioError, match="unknown lesson 'nope'; lessons: ms22-why"):
        get_lesson("nope")


def test_events_and_limits_used_by_lessons_exist():
    for lesson in list_lessons():
        for step in lesson.steps:
            assert step.view.cursor_event is None or step.view.cursor_event in EVENTS


def test_the_documented_example_is_a_valid_lesson(tmp_path):
    from pathlib import Path

    from thermoviz.io.lessons import load_lesson

    doc = (Path(__file__).resolve().parents[2] / "docs" / "lessons.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", doc, re.S).group(1)
    path = tmp_path / "my-lesson.toml"
    path.write_text(example, encoding="utf-8")
    lesson = load_lesson(path)
    step = lesson.steps[0]
    assert step.scenario.crew == 2 and step.scenario.undock_time_h == 30.0
    result = thermoviz.simulate(step.scenario, crew_strain=False)
    view = resolve_view(step, result)
    assert (view.from_h, view.to_h, view.cursor_h) == (0.0, 24.0, result.events["puncture"])
    assert "{" not in render_text(step.predict.reveal, result, view.cursor_h)


def test_a_predict_step_keeps_model_numbers_out_of_its_narration_and_says_what_it_hides():
    data = mutate(lambda d: None)
    data["step"][2]["narration"] += " The cabin peaks at {peak:cabin_temp_c}."
    with pytest.raises(ScenarioError, match=r"step 3\.narration: a predict-first step must not quote the model"):
        lesson_from_dict(data, source="x.toml", stem="ms22-why")
    data = mutate(lambda d: d["step"][2]["predict"].update(hides=["curves", "the answer"]))
    with pytest.raises(ScenarioError, match=r"step 3\.predict\.hides: must be a list from curves, banner, readout"):
        lesson_from_dict(data, source="x.toml", stem="ms22-why")
    data = mutate(lambda d: d["step"][2]["predict"].pop("hides"))
    step = lesson_from_dict(data, source="x.toml", stem="ms22-why").steps[2]
    assert step.predict.hides == ("curves", "banner", "readout")  # the default hides every carrier but events
    shipped = [s for lesson in list_lessons() for s in lesson.steps if s.predict is not None]
    assert all({"curves", "banner", "readout"} <= set(s.predict.hides) for s in shipped)


def test_compare_step_names_an_earlier_step():
    data = mutate(lambda d: d["step"][5]["view"].update(compare_step=7))
    with pytest.raises(ScenarioError, match=r"step 6\.view\.compare_step: must be the number of an earlier step"):
        lesson_from_dict(data, source="x.toml", stem="ms22-why")
