"""``thermoviz lesson``: lists lessons and steps; shows one step with the model's numbers filled in."""

from __future__ import annotations

import json

import pytest

from thermoviz.cli import main
from thermoviz.io.lesson_catalogue import get_lesson, lessons_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lesson_lists_lessons_and_steps(capsys):
    code, out, err = run(capsys, "lesson")
    assert code == 0 and not err
    lesson = get_lesson("ms22-why")
    assert out.startswith(f"ms22-why  {lesson.title} ({len(lesson.steps)} steps)")
    assert "5. The same with two" in out and "[soyuz-ms22-crewed-return]" in out


def test_lesson_json_lists_every_lesson_with_steps(capsys):
    code, out, _ = run(capsys, "lesson", "--json")
    assert code == 0
    lessons = json.loads(out)
    ms22 = next(item for item in lessons if item["id"] == "ms22-why")
    assert len(ms22["steps"]) == len(get_lesson("ms22-why").steps)
    assert ms22["steps"][3]["view"]["window"] == "return flight"
    assert ms22["steps"][1]["predict"]["reveal"].count("{after_puncture:coolant_depleted}") == 1


def test_lesson_file_by_path(capsys):
    code, out, _ = run(capsys, "lesson", str(lessons_dir() / "ms22-why.toml"), "--json")
    assert code == 0 and json.loads(out)["id"] == "ms22-why"


def test_step_json_is_simulated_and_filled(capsys):
    code, out, _ = run(capsys, "lesson", "ms22-why", "--step", "4", "--json")
    assert code == 0
    step = json.loads(out)
    assert step["number"] == 4 and step["of"] == len(get_lesson("ms22-why").steps)
    peak = step["result"]["peaks"]["cabin_temp_c"]
    assert f"{peak:.1f} °C" in step["predict"]["reveal"] and "{" not in step["predict"]["reveal"]
    landing = step["result"]["events"]["landing"]
    assert step["view"]["cursor_h"] == pytest.approx(landing)
    assert step["view"]["from_h"] < step["result"]["events"]["undock"] < landing <= step["view"]["to_h"]
    assert step["view"]["cursor_utc"] == step["result"]["events_utc"]["landing"]


def test_step_text_names_the_date_and_the_command(capsys):
    code, out, _ = run(capsys, "lesson", "ms22-why", "--step", "5")
    assert code == 0
    assert "step 5 of" in out and "Predict first:" in out and "Reveal:" in out
    assert "thermoviz run soyuz-ms22-crewed-return --set crew=2" in out
    assert "UTC)" in out and "2022-12-17" in out  # 55 h after 23:45 UTC on 14 Dec


@pytest.mark.parametrize("argv, fragment", [
    (["lesson", "ms22-why", "--step", "0"], "--step: must be a whole number of a step of lesson ms22-why from 1 to"),
    (["lesson", "ms22-why", "--step", "two"], "--step: must be a whole number of a step of lesson ms22-why from 1 to"),
    (["lesson", "--step", "2"], "--step: needs a lesson NAME"),
    (["lesson", "nope"], "lesson: unknown lesson 'nope'; lessons: ms22-why"),
    (["lesson", "missing.toml"], "missing.toml: lesson file: not found"),
])
def test_bad_lesson_arguments_are_one_line_status_2(capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and not out
    assert err.startswith("thermoviz: ") and fragment in err and err.count("\n") == 1
