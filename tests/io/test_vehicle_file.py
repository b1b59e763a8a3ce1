"""User vehicle files: read, check, write, copy; the user folder; embedding in scenario files."""

from __future__ import annotations

import dataclasses
import math
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thermoviz import api
from thermoviz.io import vehicle_file as vf
from thermoviz.io.scenario_file import read_scenario_file, save_scenario, scenario_to_toml
from thermoviz.io.scenario_source import load_scenario
from thermoviz.io.vehicle_parse import VehicleFileError
from thermoviz.io.vehicles import get_vehicle, vehicle_entry, vehicle_ids
from thermoviz.model.params import VehicleParams
from thermoviz.model.scenario import ScenarioError


pytestmark = pytest.mark.usefixtures("data_dir")  # a fresh user vehicle folder (tests/conftest.py)


def my_soyuz(**changes):
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), "my-soyuz", "My Soyuz")
    if changes:
        entry = dataclasses.replace(entry, params=dataclasses.replace(entry.params, **changes))
    return entry


def test_copy_round_trips_through_a_file_with_every_parameter_and_its_metadata(tmp_path):
    entry = my_soyuz()
    path = vf.save_vehicle(entry, tmp_path / "v.toml", based_on="soyuz-ms")
    again = vf.read_vehicle_file(path)
    assert again.params == entry.params
    assert dict(again.provenance) == dict(entry.provenance)
    assert set(again.params.estimates) == set(get_vehicle("soyuz-ms").estimates)


def test_every_dataclass_number_of_a_shipped_vehicle_is_written(tmp_path):
    """Generic: the written file holds every non-None field of the dataclasses, none listed by hand."""
    for vid in ("soyuz-ms", "progress-ms", "nauka"):
        entry = vf.copy_vehicle(vehicle_entry(vid), f"copy-{vid}", "Copy")
        doc = tomllib.loads(vf.vehicle_to_toml(entry))
        for f in dataclasses.fields(VehicleParams):
            if f.name not in ("loops", "estimates") and getattr(entry.params, f.name) is not None:
                assert f.name in doc
        for loop in entry.params.loops:
            for f in dataclasses.fields(loop):
                if f.name != "id" and getattr(loop, f.name) is not None:
                    assert f.name in doc["loops"][loop.id]


def test_saved_user_vehicle_joins_the_catalogue_and_simulates(data_dir):
    vf.save_vehicle(my_soyuz())
    assert (data_dir / "vehicles" / "my-soyuz.toml").is_file()
    assert vehicle_ids()[:3] == ("nauka", "progress-ms", "soyuz-ms") and "my-soyuz" in vehicle_ids()
    scenario = load_scenario("soyuz-ms22").replace(vehicle="my-soyuz")
    assert api.simulate(scenario, crew_strain=False).series["cabin_temp_c"][-1] == pytest.approx(
        api.simulate(load_scenario("soyuz-ms22"), crew_strain=False).series["cabin_temp_c"][-1])


def test_a_user_file_with_a_shipped_id_is_left_out_with_a_clear_reason(data_dir):
    folder = data_dir / "vehicles"
    folder.mkdir(parents=True)
    (folder / "clash.toml").write_text(vf.vehicle_to_toml(vehicle_entry("soyuz-ms")))
    (folder / "broken.toml").write_text("id = 'x'\n[[[")
    assert get_vehicle("soyuz-ms") == vehicle_entry("soyuz-ms").params
    problems = vf.user_vehicle_problems()
    assert "already a shipped vehicle" in problems[str(folder / "clash.toml")]
    assert "not valid TOML" in problems[str(folder / "broken.toml")]
    assert all("\n" not in p for p in problems.values())


def test_simulate_accepts_a_vehicle_instead_of_the_catalogue():
    scenario = load_scenario("soyuz-ms22")
    hot = dataclasses.replace(get_vehicle("soyuz-ms"), avionics_docked_w=900.0)
    base = api.simulate(scenario, crew_strain=False).series["cabin_temp_c"].max()
    assert api.simulate(scenario, crew_strain=False, vehicle=hot).series["cabin_temp_c"].max() > base + 1


@pytest.mark.parametrize("edit, field, words", [
    (("cabin_free_volume_m3", {"value": -1.0}), "cabin_free_volume_m3", "> 0"),
    (("cabin_free_volume_m3", {"value": "big"}), "cabin_free_volume_m3", "must be a number"),
    (("station_air_rh_pct", {"value": 120.0}), "station_air_rh_pct", "from 0 to 100"),
    (("max_crew", {"value": 2.5}), "max_crew", "whole number"),
    (("space_sink_temp_c", {"value": math.inf}), "space_sink_temp_c", "finite"),
    (("orbital_module_ua_w_k", {"value": 10 ** 400}), "orbital_module_ua_w_k", "finite"),
    (("cabin_free_volume_m3", {"value": 9.0}), "cabin_free_volume_m3", "range"),
    (("id", "Soyuz MS!"), "id", "lowercase"),
    (("loops.external.pump_stop_fraction", {"value": 0.85, "range": [0.3, 0.9]}), "pump_stop_fraction", "below pump_full_fraction"),
    (("loops.external.liquid_inventory_l", {"value": 60.0}), "pump_full_fraction", "1 - accumulator_reserve_l"),
    (("default_coolant", "milk"), "default_coolant", "must be one of"),
    (("loops", 3), "loops", "at least one"),
])
def test_bad_values_give_one_line_naming_file_field_and_what_is_allowed(tmp_path, edit, field, words):
    doc = tomllib.loads(vf.vehicle_to_toml(my_soyuz()))
    key, new = edit
    *parents, last = key.split(".")
    table = doc
    for part in parents:
        table = table[part]
    table[last] = {**table[last], **new} if isinstance(new, dict) else new
    with pytest.raises(VehicleFileError) as err:
        vf.entry_from_document(doc, "mine.toml")
    text = str(err.value)
    assert text.startswith("mine.toml: ") and field in text and words in text and "\n" not in text


@pytest.mark.parametrize("content, words", [
    (b"\xff\xfe", "not UTF-8"), (b"a = [" * 3000, "not valid TOML"), (b"x = 1_" , "not valid TOML"),
])
def test_unreadable_files_give_one_line(tmp_path, content, words):
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    with pytest.raises(VehicleFileError, match=words):
        vf.read_vehicle_file(path)


def test_a_directory_or_device_is_refused(tmp_path):
    for path in (tmp_path, "/dev/zero", tmp_path / "missing.toml"):
        with pytest.raises(VehicleFileError):
            vf.read_vehicle_file(path)


def test_an_edited_value_outside_the_estimate_range_is_kept_as_a_user_value(tmp_path):
    original = vehicle_entry("soyuz-ms").provenance["cabin_free_volume_m3"]
    assert vf.range_warning("cabin_free_volume_m3", 9.0, original)
    prov = vf.edited_provenance(original, 9.0, "Soyuz MS")
    assert prov.confidence == "user" and prov.range is None and "Edited by the user from Soyuz MS" in prov.source
    assert "3.0" in prov.source and original.source in prov.source
    inside = vf.edited_provenance(original, 3.2, "Soyuz MS")
    assert inside.range == original.range and vf.range_warning("x", 3.2, original) is None


# --------------------------------------------------------------------------- embedding in scenario files


def test_saved_scenario_embeds_a_user_vehicle_and_loads_it_on_another_machine(tmp_path, data_dir, monkeypatch):
    entry = my_soyuz(avionics_free_flight_w=777.0)
    vf.register_vehicle(entry)
    scenario = load_scenario("soyuz-ms22").replace(vehicle="my-soyuz")
    path = save_scenario(scenario, tmp_path / "shared.toml")
    text = path.read_text()
    assert "[vehicle]" in text and "[vehicle.loops.external]" in text
    vf.forget_session_vehicles()  # "another machine": no such vehicle anywhere
    monkeypatch.setenv("THERMOVIZ_DATA_DIR", str(tmp_path / "elsewhere"))
    again, _ = read_scenario_file(path)
    assert again == scenario
    assert get_vehicle("my-soyuz") == entry.params
    assert not (tmp_path / "elsewhere").exists()  # nothing written to the catalogue on disk


def test_shipped_vehicle_scenarios_stay_as_before():
    text = scenario_to_toml(load_scenario("soyuz-ms22"))
    assert "[vehicle]" not in text and 'vehicle = "soyuz-ms"' in text


def test_an_embedded_vehicle_may_not_reuse_a_shipped_id(tmp_path):
    entry = vehicle_entry("soyuz-ms")
    text = scenario_to_toml(load_scenario("soyuz-ms22")).replace('vehicle = "soyuz-ms"\n', "")
    path = tmp_path / "s.toml"
    path.write_text(text + "\n" + vf.vehicle_to_toml(entry, table="vehicle"))
    with pytest.raises(ScenarioError, match="vehicle: id: 'soyuz-ms' is a shipped vehicle"):
        read_scenario_file(path)


_values = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10 ** 30, max_value=10 ** 30),
                    st.floats(allow_nan=True), st.text(max_size=8), st.lists(st.integers(), max_size=3))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_malformed_vehicle_tables_never_raise_anything_but_the_one_line_error(data):
    """Property: break a valid vehicle document anywhere; the result is a vehicle or one VehicleFileError line."""
    doc = tomllib.loads(vf.vehicle_to_toml(my_soyuz()))
    loop = doc["loops"]["external"]
    for _ in range(data.draw(st.integers(1, 3))):
        table = data.draw(st.sampled_from([doc, loop]))
        key = data.draw(st.sampled_from(sorted(table) + ["unknown_key"]))
        how = data.draw(st.sampled_from(["value", "whole", "entry", "drop"]))
        if how == "drop":
            table.pop(key, None)
        elif how == "whole":
            table[key] = data.draw(_values)
        elif isinstance(table.get(key), dict):
            entry_key = "value" if how == "value" else data.draw(st.sampled_from(
                ["unit", "source", "confidence", "range", "range_reason", "bogus"]))
            table[key][entry_key] = data.draw(_values)
    try:
        vf.entry_from_document(doc, "fuzz.toml")
    except VehicleFileError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.toml")


def test_odd_keys_stay_on_one_line():
    doc = tomllib.loads(vf.vehicle_to_toml(my_soyuz()))
    doc["bad\nkey\x1b[31m"] = 1.0
    with pytest.raises(VehicleFileError) as err:
        vf.entry_from_document(doc, "odd.toml")
    assert "\n" not in str(err.value) and "\x1b" not in str(err.value) and "unknown key" in str(err.value)


def test_a_malformed_embedded_vehicle_is_one_scenario_error_naming_the_parameter(tmp_path):
    vf.register_vehicle(my_soyuz())
    text = scenario_to_toml(load_scenario("soyuz-ms22").replace(vehicle="my-soyuz"))
    path = tmp_path / "s.toml"
    # Key the edit on the parameter, not on its number: the physics re-fit changes calibrated values.
    key = "avionics_free_flight_w = { value = "
    assert key in text
    path.write_text(text.replace(key, key + "-", 1))
    vf.forget_session_vehicles()
    with pytest.raises(ScenarioError) as err:
        read_scenario_file(path)
    assert str(err.value).startswith(f"{path}: vehicle: avionics_free_flight_w: must be a finite number from 0 to 1,000,000")
    with pytest.raises(ScenarioError):
        get_vehicle("my-soyuz")  # nothing registered from a file that was refused


def test_shipped_vehicles_never_use_the_user_tag():
    for vid in ("soyuz-ms", "progress-ms", "nauka"):
        assert all(p.confidence != "user" for p in vehicle_entry(vid).provenance.values())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_scenario_files_with_a_malformed_embedded_vehicle_give_one_scenario_error(data):
    """Property: a scenario document whose [vehicle] table is broken anywhere loads or raises one ScenarioError line."""
    from thermoviz.io.scenario_file import scenario_from_dict, scenario_to_dict

    doc = scenario_to_dict(load_scenario("soyuz-ms22"))
    vehicle = tomllib.loads(vf.vehicle_to_toml(my_soyuz()))
    for _ in range(data.draw(st.integers(1, 3))):
        loops = vehicle.get("loops")
        tables = [vehicle, loops, loops.get("external") if isinstance(loops, dict) else None]
        table = data.draw(st.sampled_from([t for t in tables if isinstance(t, dict)]))
        key = data.draw(st.sampled_from(sorted(table) + ["x"]))
        table[key] = data.draw(st.one_of(_values, st.dictionaries(st.sampled_from(["value", "unit", "source"]),
                                                                  _values, max_size=3)))
    doc["vehicle"] = vehicle
    try:
        scenario_from_dict(doc, source="fuzz.toml")
    except ScenarioError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.toml: ")
