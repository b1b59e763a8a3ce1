"""Lesson files read like scenario files (issue 21): size cap, regular files, BOM, type checks, short
messages; a broken lesson is left out with a reason and never hides the others; teachers' own lessons
come from ``<data dir>/lessons``."""

from __future__ import annotations

import copy
import os
import random
import tomllib

import pytest
import tomli_w

from thermoviz.cli import main
from thermoviz.io.lesson_catalogue import get_lesson, lesson_problems, lessons_dir, list_lessons, user_lessons_dir
from thermoviz.io.lessons import MAX_LESSON_BYTES, lesson_from_dict, load_lesson
from thermoviz.model.scenario import ScenarioError

SHIPPED = (lessons_dir() / "ms22-why.toml").read_text("utf-8")


def _raw() -> dict:
    return tomllib.loads(SHIPPED)


def _write(folder, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _mine(lesson_id: str = "my-lesson", change=None) -> str:
    data = _raw()
    data["lesson"]["id"] = lesson_id
    if change:
        change(data)
    return tomli_w.dumps(data)


def _one_line(err: ScenarioError, limit: int = 400) -> str:
    text = str(err)
    assert "\n" not in text and len(text) <= limit, text
    return text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_and_a_device_are_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(ScenarioError, match="not a regular file"):
        load_lesson(fifo)  # hung forever before
    if os.path.exists("/dev/zero"):
        with pytest.raises(ScenarioError, match="not a regular file"):
            get_lesson("/dev/zero")  # read until memory ran out before


def test_size_cap_bom_and_toml_bombs(tmp_path):
    big = _write(tmp_path, "big.toml", "# " + "x" * MAX_LESSON_BYTES)
    assert "at most 1,000,000 bytes" in _one_line(pytest.raises(ScenarioError, load_lesson, big).value)
    bom = tmp_path / "my-lesson.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + _mine().encode("utf-8"))
    assert load_lesson(bom).id == "my-lesson"  # refused before; scenario and vehicle files accept one
    for name, text in {"digits": "schema_version = " + "9" * 5000,
                       "deep": "x = " + "[" * 3000 + "]" * 3000,
                       "latin1": None}.items():
        path = tmp_path / f"{name}.toml"
        if text is None:
            path.write_bytes(b"title = '\xe9'")
        else:
            path.write_text(text, encoding="utf-8")
        _one_line(pytest.raises(ScenarioError, load_lesson, path).value)


@pytest.mark.parametrize("change, field", [
    (lambda d: d["step"][0]["view"].update(from_h=float("inf"), to_h=2.0), "step 1.view.from_h"),
    (lambda d: d["step"][0]["view"].update(cursor_event=[]), "step 1.view.cursor_event"),
    (lambda d: d["step"][0]["view"].update(plots=[["cabin"]]), "step 1.view.plots"),
    (lambda d: d["step"][0]["view"].update(plots="x" * 100_000), "step 1.view.plots"),
    (lambda d: d["step"][0]["view"].update(window=[1]), "step 1.view.window"),
    (lambda d: d["step"][0]["view"].update(highlight={"a": 1}), "step 1.view.highlight"),
    (lambda d: d["step"][0].setdefault("overrides", {}).update(hole_diameter_mm=10**4000), "step 1.overrides.hole_diameter_mm"),
    (lambda d: d["step"][0].setdefault("overrides", {}).update(crew=[3]), "step 1.overrides.crew"),
    (lambda d: d["step"][0].update(preset="p" * 100_000), "step 1.preset"),
    (lambda d: d.update(schema_version="1" * 100_000), "schema_version"),
    (lambda d: d["lesson"].update(title=5), "lesson.title"),
])
def test_wrong_kinds_are_one_short_line_naming_the_field(change, field):
    data = _raw()
    change(data)
    with pytest.raises(ScenarioError) as info:
        lesson_from_dict(data, source="ms22-why.toml", stem="ms22-why")
    assert _one_line(info.value, 600).startswith(f"ms22-why.toml: {field}: ")


def test_fuzzed_lessons_fail_only_with_one_line(capsys):
    seed = 2112
    print(f"fuzz seed {seed} (rerun with this seed to reproduce)")
    rng = random.Random(seed)
    junk = [None, True, -1, 10**30, 1e308, float("nan"), "", "x" * 5000, [], [[]], {}, {"a": [1]}, "none", 0.5]

    def tables(node, path=()):
        if isinstance(node, dict):
            yield node
            for v in node.values():
                yield from tables(v)
        elif isinstance(node, list):
            for v in node:
                yield from tables(v)

    for trial in range(300):
        data = _raw()
        for _ in range(rng.randint(1, 3)):
            table = rng.choice(list(tables(data)))
            key = rng.choice(list(table) or ["x"])
            table[key] = copy.deepcopy(rng.choice(junk))
        try:
            lesson_from_dict(data, source="f.toml", stem="ms22-why")
        except ScenarioError as err:
            _one_line(err, 600)
        except Exception as err:  # noqa: BLE001 - the failure this test exists to find
            pytest.fail(f"trial {trial} (seed {seed}): {type(err).__name__}: {err}")


def test_a_broken_lesson_is_left_out_and_the_others_stay(data_dir, capsys):
    folder = user_lessons_dir()
    assert folder == data_dir / "lessons"
    _write(folder, "my-lesson.toml", _mine())
    _write(folder, "broken.toml", _mine("broken", lambda d: d["step"][0]["view"].update(plots="cabin")))
    _write(folder, "ms22-why.toml", SHIPPED)  # the shipped id again
    (folder / "gone.toml").symlink_to(folder / "nowhere.toml")  # a dangling link
    ids = [lesson.id for lesson in list_lessons()]
    assert ids == ["ms22-why", "my-lesson"]
    problems = lesson_problems()
    assert set(map(os.path.basename, problems)) == {"broken.toml", "ms22-why.toml", "gone.toml"}
    assert "step 1.view.plots" in problems[str(folder / "broken.toml")]
    assert "already the lesson of" in problems[str(folder / "ms22-why.toml")]
    with pytest.raises(ScenarioError, match="step 1.view.plots"):
        get_lesson("broken")  # asked for by name: says why it is left out
    assert main(["lesson"]) == 0
    out, err = capsys.readouterr()
    assert "ms22-why" in out and "my-lesson" in out
    assert err.count("thermoviz: lesson left out:") == 3 and "broken.toml" in err
    assert main(["lesson", "my-lesson", "--step", "1", "--json"]) == 0  # a teacher's own lesson runs
