"""``thermoviz vehicles`` and ``thermoviz run --vehicle-file`` (in-process through ``main``)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from thermoviz.cli import main
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicles import vehicle_entry


pytestmark = pytest.mark.usefixtures("data_dir")  # a fresh user vehicle folder (tests/conftest.py)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def hot_soyuz_file(tmp_path, watts: float = 900.0):
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), "hot-soyuz", "Hot Soyuz")
    entry = dataclasses.replace(entry, params=dataclasses.replace(entry.params, avionics_docked_w=watts))
    prov = dict(entry.provenance)
    prov["avionics_docked_w"] = vf.edited_provenance(prov["avionics_docked_w"], watts, "Soyuz MS")
    return vf.save_vehicle(dataclasses.replace(entry, provenance=prov), tmp_path / "hot.toml")


def test_vehicles_lists_shipped_and_user_vehicles(capsys, data_dir):
    vf.save_vehicle(vf.copy_vehicle(vehicle_entry("nauka"), "my-module", "My module"))
    code, out, err = run(capsys, "vehicles")
    assert code == 0 and err == ""
    for vid in ("soyuz-ms", "progress-ms", "nauka", "my-module"):
        assert vid in out
    assert "My module (user, station_module" in out and "Soyuz MS (shipped" in out


def test_vehicles_json_has_every_parameter_with_provenance(capsys, data_dir):
    code, out, _ = run(capsys, "vehicles", "--json")
    data = json.loads(out)
    soyuz = next(v for v in data["vehicles"] if v["id"] == "soyuz-ms")
    assert soyuz["origin"] == "shipped" and soyuz["loops"][0]["id"] == "external"
    assert soyuz["parameters"]["cabin_free_volume_m3"]["range"] == [2.5, 3.5]
    assert data["left_out"] == []


def test_run_with_a_vehicle_file_uses_that_vehicle(capsys, tmp_path):
    path = hot_soyuz_file(tmp_path)
    _, base, _ = run(capsys, "run", "soyuz-ms22", "--json")
    code, out, err = run(capsys, "run", "soyuz-ms22", "--vehicle-file", str(path), "--json")
    assert code == 0, err
    hot, cool = json.loads(out), json.loads(base)
    assert hot["scenario"]["vehicle"] == "hot-soyuz"
    assert json.dumps(hot) != json.dumps(cool)


def test_a_bad_vehicle_file_is_one_line_exit_2_and_nothing_written(capsys, tmp_path):
    path = hot_soyuz_file(tmp_path)
    path.write_text(path.read_text().replace("value = 900.0", "value = -5.0"))
    csv = tmp_path / "out.csv"
    code, out, err = run(capsys, "run", "soyuz-ms22", "--vehicle-file", str(path), "--csv", str(csv))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--vehicle-file" in err and "avionics_docked_w" in err and "from 0 to 1,000,000" in err
    assert not csv.exists() and [p.name for p in tmp_path.iterdir()] == ["hot.toml"]


@pytest.mark.parametrize("content", ["", "id = 'x'", "[[[", "\x00"])
def test_malformed_vehicle_files_never_traceback(capsys, tmp_path, content):
    path = tmp_path / "v.toml"
    path.write_text(content)
    code, _, err = run(capsys, "run", "soyuz-ms22", "--vehicle-file", str(path))
    assert code == 2 and err.startswith("thermoviz: --vehicle-file: ") and err.count("\n") == 1


def test_a_vehicle_file_without_the_scenario_loop_names_the_loop(capsys, tmp_path):
    path = vf.save_vehicle(vf.copy_vehicle(vehicle_entry("nauka"), "my-module", "M"), tmp_path / "m.toml")
    code, _, err = run(capsys, "run", "soyuz-ms22", "--vehicle-file", str(path))
    assert code == 2 and "loop: must be one of" in err


def test_own_capsule_with_four_seats_flies_four_and_is_called_by_its_name(tmp_path, capsys):
    """Issue 18: crew 0..seats of the vehicle everywhere; verdicts and titles use its display name."""
    from thermoviz.cli import main
    from thermoviz.io.assets import assets_dir

    text = (assets_dir() / "vehicles" / "soyuz-ms.toml").read_text(encoding="utf-8")
    import re

    text = re.sub(r'(?m)^id = .*$', 'id = "dragonfly-4"', text)
    text = re.sub(r'(?m)^max_crew = .*$', 'max_crew = 4', text)
    text = re.sub(r'(?m)^display_name = .*$', 'display_name = "Dragonfly"', text)
    path = tmp_path / "dragonfly.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["run", "soyuz-ms22-crewed-return", "--vehicle-file", str(path), "--set", "crew=4"]) == 0
    out = capsys.readouterr().out
    assert "Dragonfly (dragonfly-4) / " in out and "crew 4" in out
    assert "Soyuz cannot" not in out
    assert main(["run", "soyuz-ms22-crewed-return", "--vehicle-file", str(path), "--set", "crew=5"]) != 0
    assert "crew" in capsys.readouterr().err
