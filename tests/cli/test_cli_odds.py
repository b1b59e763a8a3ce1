"""``thermoviz odds`` and ``thermoviz.puncture_odds`` (in-process through ``main``)."""

from __future__ import annotations

import json
import time

import pytest

import thermoviz
from thermoviz.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_odds_json_has_bands_inputs_and_sources(capsys):
    code, out, err = run(capsys, "odds", "soyuz-ms", "--days", "187", "--min-hole", "0.8", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    for key in ("expected_count", "probability"):
        band = data[key]
        assert band["low"] <= band["central"] <= band["high"]
    assert data["days"] == 187 and data["min_hole_mm"] == 0.8
    assert data["inputs"]["radiator_area_m2"]["central"] == 10.0
    assert data["inputs"]["radiator_area_m2"]["confidence"] == "estimate"
    assert any("Grün" in s for s in data["sources"]) and any("NASA 91" in s for s in data["sources"])
    fleet = data["three_leaks_in_eleven_months"]
    assert [e["vehicle"] for e in fleet["exposure"]] == ["soyuz-ms", "progress-ms", "nauka"]
    assert all(e["days"] > 0 and e["radiator_area_m2"]["central"] > 0 for e in fleet["exposure"])
    assert data["probability"] == thermoviz.puncture_odds("soyuz-ms", days=187, min_hole_mm=0.8).as_dict()[
        "probability"]


def test_odds_text_answers_in_one_glance(capsys):
    code, out, err = run(capsys, "odds", "soyuz-ms", "--min-hole", "0.8")
    assert code == 0 and err == ""
    assert "chance of at least one:  about 1 in" in out and "range" in out
    assert "Three leaks at the station in eleven months" in out and "Reality check" in out


@pytest.mark.parametrize("argv, field", [
    (("odds", "soyuz-ms", "--days", "-3"), "days"),
    (("odds", "soyuz-ms", "--days", "lots"), "days"),
    (("odds", "soyuz-ms", "--min-hole", "1e9"), "min_hole_mm"),
    (("odds", "apollo"), "vehicle"),
])
def test_bad_input_is_one_line_naming_the_field(capsys, argv, field):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith(f"thermoviz: {field}:") and err.count("\n") == 1


def test_vehicle_without_radiator_area_is_a_clear_error():
    import dataclasses

    from thermoviz.io.vehicles import get_vehicle

    bare = dataclasses.replace(get_vehicle("soyuz-ms"), id="bare", exposed_radiator_area_m2=None)
    with pytest.raises(thermoviz.ScenarioError, match="exposed_radiator_area_m2"):
        thermoviz.puncture_odds(bare)


def test_puncture_odds_is_fast():
    thermoviz.puncture_odds("soyuz-ms")  # warm the catalogue
    times = []
    for hole in (0.0, 0.8, 2.0, 5.0, 0.3):
        t0 = time.perf_counter()
        thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=hole)
        times.append(time.perf_counter() - t0)
    assert sorted(times)[2] < 0.05  # issue 22: <= 50 ms


def test_readme_odds_numbers_are_what_the_command_prints(capsys):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### How likely was the hole?")[1].split("\n## ")[0]
    code, out, _ = run(capsys, "odds", "soyuz-ms", "--days", "182.6", "--min-hole", "0.8")
    assert code == 0
    for phrase in ("about 1 in 20", "1 in 84", "to 1 in 6.8", "about 1 in 46", "1 in 3,700", "0.59", "2.3 to 38",
                   "×1.7 from 2000 to 2030"):
        assert phrase in out, phrase
    for phrase in ("about 1 in 20", "1 in 84", "1 in 6.8", "about 1 in 46", "1 in 3,700", "2.3–38",
                   "×1.7 from 2000 to 2030"):
        assert phrase in section, phrase


def test_lesson_step_numbers_are_the_models():
    from thermoviz.io.lesson_catalogue import get_lesson
    from thermoviz.model.odds.words import one_in

    step = next(s for s in get_lesson("ms22-why").steps if s.title == "Was it bad luck?")
    answer = thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=0.8)
    p, f = answer.odds.probability, answer.three_leaks.probability
    mission = f"{one_in(p.central)} chance (range {one_in(p.low)} to {one_in(p.high)})"
    fleet = f"about {one_in(f.central)} (range {one_in(f.low)} to {one_in(f.high)})"
    assert step.predict is not None  # predict first: the narration asks, the reveal answers
    assert mission in step.predict.reveal and fleet in step.predict.reveal
    assert one_in(p.central) not in step.narration


def test_is_it_getting_worse_only_the_debris_grows(capsys):
    answer = thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=0.8)
    counts = [answer.trend[y] for y in sorted(answer.trend)]
    assert all(a < b for a, b in zip(counts, counts[1:]))  # NASA 91 growth terms
    assert counts[-1] / counts[0] < 3  # the meteoroids, a steady share, damp the growth
    code, out, _ = run(capsys, "odds", "soyuz-ms", "--min-hole", "0.8", "--json")
    assert code == 0 and set(json.loads(out)["trend"]["expected_count_central_by_year"]) == {"2000", "2010", "2022",
                                                                                               "2030"}


def test_help_default_is_the_api_mission_length():
    from thermoviz.api_odds import MISSION_DAYS
    from thermoviz.cli_odds import HELP_MISSION_DAYS

    assert HELP_MISSION_DAYS == MISSION_DAYS
