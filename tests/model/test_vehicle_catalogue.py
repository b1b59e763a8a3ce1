"""Vehicle TOMLs: every number has a source, resolve() gives one-line errors naming the field."""

import pytest

from thermoviz.io.vehicles import get_vehicle, provenance, resolve, vehicle_ids
from thermoviz.model.loop.coolant import COOLANTS
from thermoviz.model.scenario import Scenario, ScenarioError


def test_three_vehicles_with_their_loops():
    assert set(vehicle_ids()) == {"soyuz-ms", "progress-ms", "nauka"}
    assert get_vehicle("soyuz-ms").loop_ids == ("external",)
    assert get_vehicle("progress-ms").loop_ids == ("external",)
    assert get_vehicle("nauka").loop_ids == ("main", "rtod")
    assert get_vehicle("nauka").kind == "station_module"
    assert get_vehicle("soyuz-ms").loop("external").liquid_inventory_l == 44.0
    assert get_vehicle("nauka").loop("rtod").heat_rejection_capacity_w == 1500.0


@pytest.mark.parametrize("vehicle_id", ["soyuz-ms", "progress-ms", "nauka"])
def test_every_number_has_a_source_and_confidence(vehicle_id):
    prov = provenance(vehicle_id)
    assert len(prov) >= 20
    for key, p in prov.items():
        assert p.source and len(p.source) > 10, key
        assert p.confidence in ("confirmed", "reported once", "conflicting", "from memory", "estimate", "derived")
    assert get_vehicle(vehicle_id).estimates  # estimates are listed for the notes


def test_nauka_load_is_below_the_main_loop_capacity():
    v = get_vehicle("nauka")
    load = v.avionics_docked_w + 3 * 126 + 2000  # plus generous station air / hull gains
    assert load < v.loop("main").heat_rejection_capacity_w


@pytest.mark.parametrize("fields, field, words", [
    (dict(vehicle="apollo"), "vehicle", "soyuz-ms"),
    (dict(vehicle="nauka", loop="x", undock_time_h=None), "loop", "main, rtod for vehicle nauka, got 'x'"),
    (dict(vehicle="soyuz-ms", loop="rtod"), "loop", "external"),
    (dict(coolant="freon"), "coolant", "pdms-1.5"),
    (dict(vehicle="nauka", loop="main", undock_time_h=5.0), "undock_time_h", "must be none"),
    (dict(vehicle="progress-ms", crew=2), "crew", "0 to 0"),
])
def test_resolve_errors_name_the_field(fields, field, words):
    with pytest.raises(ScenarioError) as err:
        resolve(Scenario(**fields))
    assert err.value.field == field
    assert words in str(err.value) and "\n" not in str(err.value)
    assert str(err.value).startswith(field + ":")


def test_resolve_picks_default_and_explicit_coolant():
    assert resolve(Scenario())[2] is COOLANTS["pdms-1.5"]
    assert resolve(Scenario(coolant="eg-water-50"))[2] is COOLANTS["eg-water-50"]
    assert resolve(Scenario(coolant=""))[2] is COOLANTS["pdms-1.5"]


def test_result_notes_name_the_estimated_parameters():
    from thermoviz.model.engine.simulate import simulate_physics

    scenario = Scenario(hole_diameter_mm=0.8, discharge_coefficient=0.11, puncture_time_h=0.0)
    notes = " ".join(simulate_physics(scenario, *resolve(scenario)).notes)
    for words in ("wall heat capacity", "equipment bay heat capacity", "avionics heat (free flight)",
                  "accumulator gas volume", "effective discharge coefficient of 0.12", "allows Cd from 0.075 to 1",
                  "identity not publicly confirmed", "bellows bottoms out"):
        assert words in notes
