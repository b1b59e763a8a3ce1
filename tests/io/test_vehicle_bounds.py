"""Hard physical bounds of every vehicle parameter (issue 21): values and plausible ranges finite and
inside them, seats 0-12; values at the bounds never end in a Python exception; a 12-seat vehicle works
in the map, limits, uncertainty and schematic; one bad entry in the user folder hides nothing."""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
import warnings

import numpy as np
import pytest

import thermoviz
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicle_checks import HARD_BOUNDS, base_type, check_range, check_value, field_types, physical_bounds
from thermoviz.io.vehicle_parse import VehicleFileError
from thermoviz.io.vehicles import vehicle_entry, vehicle_ids
from thermoviz.model.params import LoopParams, VehicleParams
from thermoviz.model.scenario import ScenarioError


def _numbers(obj):
    hints = field_types(type(obj))
    for f in dataclasses.fields(obj):
        base, _ = base_type(hints[f.name])
        if base in (int, float):
            yield f.name, hints[f.name], getattr(obj, f.name)


def test_every_shipped_value_and_range_is_inside_its_hard_bounds():
    for vid in vehicle_ids():
        entry = vehicle_entry(vid)
        for obj in (entry.params, *entry.params.loops):
            for name, hint, value in _numbers(obj):
                assert check_value(name, hint, value) is None, (vid, name, value)
        for key, prov in entry.provenance.items():
            assert check_range(key.rsplit(".", 1)[-1], prov.range) is None, (vid, key, prov.range)
    for suffix, lo, hi, _open in HARD_BOUNDS:
        assert math.isfinite(lo) and math.isfinite(hi) and lo < hi, suffix
    assert physical_bounds("max_crew")[:2] == (0, 12)


def _doc():
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), "bounds-test", "Bounds test")
    return tomllib.loads(vf.vehicle_to_toml(entry))


@pytest.mark.parametrize("key, new, words", [
    ("air_wall_ua_w_k", {"value": 1e300}, "from 0 to 100,000"),  # a TypeError in the model before
    ("air_heat_capacity_j_k", {"value": 1e300}, "<= 1,000,000,000"),  # a ZeroDivisionError before
    ("station_air_exchange_m3_h", {"value": 1e300}, "from 0 to 100,000"),
    ("avionics_docked_w", {"value": 1e300}, "from 0 to 1,000,000"),
    ("max_crew", 13, "from 0 to 12"),
    ("max_crew", 10 ** 8, "from 0 to 12"),  # 4.9 GB and 35 s before failing
    ("max_crew", 10 ** 9, "from 0 to 12"),  # a MemoryError before
    ("wall_heat_capacity_j_k", {"range": [-math.inf, math.inf]}, "range must be finite"),  # PHS spun forever
    ("wall_heat_capacity_j_k", {"range": [1.0, 1e12]}, "range must be finite and inside"),
])
def test_values_and_ranges_outside_the_hard_bounds_are_one_line(key, new, words):
    doc = _doc()
    if isinstance(new, dict) and "range" in new and not isinstance(doc[key], dict):
        pytest.skip(f"{key} has no inline table in this vehicle")
    doc[key] = {**doc[key], **new} if isinstance(new, dict) else new
    with pytest.raises(VehicleFileError) as err:
        vf.entry_from_document(doc, "mine.toml")
    text = str(err.value)
    assert text.startswith(f"mine.toml: {key}: ") and words in text and "\n" not in text and len(text) < 300


def _register(params: VehicleParams):
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), "bounds-test", "Bounds test")
    vf.register_vehicle(dataclasses.replace(entry, params=dataclasses.replace(params, id="bounds-test")))


def test_values_at_their_hard_bounds_never_end_in_a_python_exception(data_dir):
    """Each number of Soyuz at its lowest and highest allowed value: a result or one ScenarioError line."""
    base = vehicle_entry("soyuz-ms").params
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return").replace(vehicle="bounds-test")
    trials = []
    for name, _hint, _value in _numbers(base):
        trials += [(name, None, v) for v in physical_bounds(name)[:2]]
    for name, _hint, _value in _numbers(base.loops[0]):
        trials += [(name, "loop", v) for v in physical_bounds(name)[:2]]
    outcomes = {"result": 0, "refused": 0}
    for name, where, bound in trials:
        lo, _hi, open_lo = physical_bounds(name)
        value = bound * (1 + 1e-9) + 1e-9 if (open_lo and bound == lo) else bound
        value = int(value) if name == "max_crew" else float(value)
        try:
            if where == "loop":
                params = dataclasses.replace(base, loops=(dataclasses.replace(base.loops[0], **{name: value}),))
            else:
                params = dataclasses.replace(base, **{name: value})
        except ValueError:  # the dataclass's own consistency checks (the file reader names them)
            continue
        _register(params)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                thermoviz.simulate(scenario.replace(crew=min(scenario.crew, params.max_crew)))
                outcomes["result"] += 1
            except ScenarioError as err:
                assert "\n" not in str(err) and len(str(err)) < 400, (name, value, str(err))
                outcomes["refused"] += 1
            except Exception as err:  # noqa: BLE001 - what this test exists to catch
                pytest.fail(f"{name} = {value!r}: {type(err).__name__}: {err}")
    assert outcomes["result"] > outcomes["refused"] > 0, outcomes


def test_a_twelve_seat_vehicle_works_in_map_limits_uncertainty_and_schematic(data_dir):
    base = vehicle_entry("soyuz-ms").params
    _register(dataclasses.replace(base, max_crew=12))
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return").replace(vehicle="bounds-test", crew=12)
    assert thermoviz.simulate(scenario).scenario.crew == 12
    m = thermoviz.survival_map(scenario, ("hole_diameter_mm", 0.5, 2.0, 3), ("crew", 1, 12, 4),
                               metric="crew_margin_h")
    assert m.values.shape == (12, 3) and np.isfinite(m.values).any()  # one row per whole crew
    contours = thermoviz.survival_map(scenario, ("hole_diameter_mm", 0.5, 2.0, 3),
                                      ("undock_after_puncture_h", 1.0, 30.0, 3), crew_counts=tuple(range(1, 13)))
    assert sorted(dict(contours.crew_margins)) == list(range(1, 13))
    limit = thermoviz.find_limit(scenario, "crew")
    assert limit.sentence
    band = thermoviz.uncertainty_band(scenario, 10)
    assert band.n == 10
    from thermoviz.figure.schematic_state import SchematicState

    state = SchematicState.at(thermoviz.simulate(scenario), scenario.undock_time_h + 1.0)
    assert state.seats == 12 and state.crew_aboard == 12


def test_a_dangling_link_in_the_user_vehicle_folder_hides_nothing(data_dir):
    folder = vf.user_vehicles_dir()
    folder.mkdir(parents=True)
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), "my-soyuz", "My Soyuz")
    vf.save_vehicle(entry)
    (folder / "gone.toml").symlink_to(folder / "nowhere.toml")
    assert "my-soyuz" in vf.user_entries()  # every user vehicle was hidden before
    problems = vf.user_vehicle_problems()
    assert list(map(os.path.basename, problems)) == ["gone.toml"] and "not found" in problems[str(folder / "gone.toml")]
