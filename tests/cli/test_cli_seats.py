"""Issue 18 item 5, the command line: a user vehicle of 4 (and 6) seats decides the crew range of
``--set crew``, the map's crew axis and crew contours, ``limit --crew``, the uncertainty grades,
and the verdict calls it by its display name."""

from __future__ import annotations

import dataclasses
import json

import pytest

from thermoviz.cli import main
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicles import vehicle_entry


pytestmark = pytest.mark.usefixtures("data_dir")  # a fresh user vehicle folder (tests/conftest.py)

SCENARIO = "soyuz-ms22-crewed-return"


def _seated(seats: int, name: str = "Dragonfly") -> str:
    """Save a copy of the shipped Soyuz MS with ``seats`` seats in the user folder; its id."""
    vid = f"{name.lower()}-{seats}"
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), vid, f"{name} {seats}-seat")
    entry = dataclasses.replace(entry, params=dataclasses.replace(entry.params, max_crew=seats, display_name=name))
    vf.save_vehicle(entry)
    return vid


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("seats", [4, 6])
def test_set_crew_allows_the_seats_and_refuses_more_naming_field_and_range(capsys, seats):
    vid = _seated(seats)
    code, out, err = run(capsys, "run", SCENARIO, "--set", f"vehicle={vid}", "--set", f"crew={seats}", "--json")
    assert code == 0, err
    assert json.loads(out)["scenario"]["crew"] == seats
    code, out, err = run(capsys, "run", SCENARIO, "--set", f"crew={seats + 1}", "--set", f"vehicle={vid}")
    assert code == 2 and out == ""
    assert err.strip() == f"thermoviz: crew: must be from 0 to {seats} for vehicle {vid} ({seats} seats), got {seats + 1}"


def test_the_verdict_calls_a_four_seat_vehicle_by_its_display_name(capsys):
    vid = _seated(4)
    code, out, _ = run(capsys, "run", SCENARIO, "--set", f"vehicle={vid}", "--set", "crew=4", "--json")
    assert code == 0
    text = json.loads(out)["verdict"]["text"]
    assert "This Dragonfly cannot bring 4 crew home" in text and "Soyuz" not in text


def test_the_map_crew_axis_runs_to_the_seats_and_no_further(capsys):
    vid = _seated(4)
    code, out, err = run(capsys, "map", SCENARIO, "--set", f"vehicle={vid}", "--x", "hole_diameter_mm=0.3:1.5:3",
                         "--y", "crew=0:4:5", "--json")
    assert code == 0, err
    assert json.loads(out)["y"]["values"][-1] == 4
    code, out, err = run(capsys, "map", SCENARIO, "--set", f"vehicle={vid}", "--x", "hole_diameter_mm=0.3:1.5:3",
                         "--y", "crew=0:5:6", "--json")
    assert code == 2 and out == "" and "crew" in err and "from 0 to 4" in err


def test_crew_contours_are_drawn_for_one_to_the_seats(capsys):
    vid = _seated(6, "Hexa")
    code, out, err = run(capsys, "map", SCENARIO, "--set", f"vehicle={vid}", "--x", "hole_diameter_mm=0.3:1.5:3",
                         "--y", "undock_time_h=10:60:3", "--crew-contours", "--json")
    assert code == 0, err
    assert list(json.loads(out)["crew_margins"]) == ["1", "2", "3", "4", "5", "6"]


def test_limit_crew_is_allowed_to_the_seats_and_echoed(capsys):
    vid = _seated(4)
    code, out, err = run(capsys, "limit", SCENARIO, "undock_time_h", "--set", f"vehicle={vid}", "--crew", "4", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["crew"] == 4 and "with 4 crew" in data["sentence"]
    code, out, err = run(capsys, "limit", SCENARIO, "undock_time_h", "--set", f"vehicle={vid}", "--crew", "5")
    assert code == 2 and out == "" and "crew" in err and "from 0 to 4" in err


def test_uncertainty_grades_have_one_entry_per_seat(capsys):
    vid = _seated(4)
    code, out, err = run(capsys, "run", SCENARIO, "--set", f"vehicle={vid}", "--set", "crew=4",
                         "--uncertainty", "10", "--json")
    assert code == 0, err
    grades = json.loads(out)["uncertainty"]["grades"]
    assert sorted(grades, key=int) == ["1", "2", "3", "4"]
