"""The five historic presets: complete metadata, sourced numbers, and they all simulate."""

from __future__ import annotations

import re

import numpy as np
import pytest

import thermoviz
from thermoviz.io.presets import get_preset, list_presets, preset_ids, presets_dir
from thermoviz.io.scenario_file import read_scenario_file
from thermoviz.model.scenario import ScenarioError

PRESET_IDS = ["soyuz-ms22", "soyuz-ms22-crewed-return", "soyuz-ms23-return", "progress-ms21", "nauka-rtod"]
SOURCED = ("hole_diameter_mm", "puncture_time_h", "undock_time_h", "descent_duration_h", "crew", "duration_h")


def test_exactly_the_five_presets_in_display_order():
    assert preset_ids() == PRESET_IDS
    assert sorted(p.stem for p in presets_dir().glob("*.toml")) == sorted(PRESET_IDS)


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_preset_metadata_is_complete_and_sourced(preset_id):
    preset = get_preset(preset_id)
    assert preset.title and preset.description
    assert len(preset.description) <= 300, "a short description"
    assert preset.t0_utc.endswith("Z") and preset.scenario.start_utc == preset.t0_utc
    assert len(preset.timeline) >= 3
    for entry in preset.timeline:
        assert re.match(r"^\d{4}-\d{2}", entry.date), entry.date
        assert entry.event and entry.source and entry.kind
    scenario = preset.scenario
    for name in SOURCED:
        if getattr(scenario, name) is not None:
            assert name in preset.sources, f"{preset_id}: {name} has no source"
    if scenario.punctured:
        assert "discharge_coefficient" in preset.sources
        assert "hole_diameter_mm" in preset.sources
    # every number in the file carries a comment or a [preset.sources] entry
    text = preset.path.read_text(encoding="utf-8")
    for line in text.splitlines():
        if re.match(r"^\w+ = [-\d.]+\s*(#.*)?$", line) and not line.startswith(("schema_version", "order")):
            key = line.split()[0]
            assert "#" in line or key in preset.sources, f"{preset_id}: {line!r} has no source"


def test_preset_facts_from_the_record():
    ms22 = get_preset("soyuz-ms22").scenario
    assert ms22.vehicle == "soyuz-ms" and ms22.loop == "external"
    assert ms22.hole_diameter_mm == 0.8 and ms22.undock_time_h is None and ms22.hatch_open
    ret = get_preset("soyuz-ms22-crewed-return").scenario
    assert ret.crew == 3 and ret.undock_time_h is not None and ret.undock_time_h > ret.puncture_time_h
    assert ret.undock_time_h + (ret.descent_duration_h or 0) < ret.duration_h
    ms23 = get_preset("soyuz-ms23-return").scenario
    assert not ms23.punctured and ms23.crew == 3 and ms23.undock_time_h is not None
    progress = get_preset("progress-ms21").scenario
    assert progress.vehicle == "progress-ms" and progress.crew == 0
    assert "estimate" in get_preset("progress-ms21").sources["hole_diameter_mm"]
    nauka = get_preset("nauka-rtod").scenario
    assert nauka.vehicle == "nauka" and nauka.loop == "rtod" and nauka.undock_time_h is None


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_load_scenario_by_id_from_any_directory(preset_id, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    scenario = thermoviz.load_scenario(preset_id)
    assert scenario == get_preset(preset_id).scenario
    assert thermoviz.load_scenario(str(presets_dir() / f"{preset_id}.toml")) == scenario


def test_public_list_presets_is_the_io_list():
    assert [p.id for p in thermoviz.list_presets()] == [p.id for p in list_presets()]


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_every_preset_simulates_with_its_timeline(preset_id):
    scenario = thermoviz.load_scenario(preset_id)
    result = thermoviz.simulate(scenario)
    assert result.time_h[0] == 0 and result.time_h[-1] == pytest.approx(scenario.duration_h)
    if scenario.punctured:
        assert result.events["puncture"] == pytest.approx(scenario.puncture_time_h)
    else:
        assert result.events["puncture"] is None
    if scenario.undock_time_h is None:
        assert result.events["undock"] is None and result.events["landing"] is None
    else:
        assert result.events["undock"] == pytest.approx(scenario.undock_time_h)
        if scenario.descent_duration_h is not None:
            assert result.events["landing"] == pytest.approx(scenario.undock_time_h + scenario.descent_duration_h)
    assert result.verdict.text
    for name, values in result.series.items():
        assert not np.any(np.isinf(values)), name


def test_preset_cd_is_the_calibrated_value_of_the_vehicle_file():
    """Presets use the loop's calibrated effective Cd; a loop without a record borrows MS-22's."""
    from thermoviz.io import vehicles

    ms22_cd = vehicles.get_vehicle("soyuz-ms").loop("external").calibrated_discharge_coefficient
    assert ms22_cd is not None
    for preset in list_presets():
        loop = vehicles.get_vehicle(preset.scenario.vehicle).loop(preset.scenario.loop)
        expected = loop.calibrated_discharge_coefficient or ms22_cd
        assert preset.scenario.discharge_coefficient == pytest.approx(expected), preset.id


def test_a_broken_preset_file_is_reported_with_its_path(tmp_path):
    bad = tmp_path / "soyuz-ms22.toml"
    bad.write_text((presets_dir() / "soyuz-ms22.toml").read_text(encoding="utf-8").replace(
        'id = "soyuz-ms22"', 'id = "other"'), encoding="utf-8")
    from thermoviz.io.presets import _load_preset

    with pytest.raises(ScenarioError, match=r"soyuz-ms22\.toml: preset\.id: must equal the file name"):
        _load_preset(bad)
    scenario, meta = read_scenario_file(bad)  # as a plain scenario file it is fine
    assert meta["id"] == "other" and scenario.hole_diameter_mm == 0.8
