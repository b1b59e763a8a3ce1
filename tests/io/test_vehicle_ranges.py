"""Vehicle files: every estimate carries a plausible range, and bad ranges or inconsistent accumulators are one line."""

import pytest

from thermoviz.io.assets import assets_dir
from thermoviz.io.vehicle_parse import VehicleFileError, _parse
from thermoviz.io.vehicles import get_vehicle, provenance, vehicle_ids


@pytest.mark.parametrize("vehicle_id", ["soyuz-ms", "progress-ms", "nauka"])
def test_every_estimate_has_a_range_containing_its_value(vehicle_id):
    for key, p in provenance(vehicle_id).items():
        if p.confidence in ("estimate", "derived"):
            assert p.range is not None, key
        if p.range is not None:
            lo, hi = p.range
            assert isinstance(lo, float) and isinstance(hi, float)
            assert lo <= p.value <= hi, key


def test_accumulator_parameters_are_exposed_per_loop():
    for vehicle_id in vehicle_ids():
        vehicle = get_vehicle(vehicle_id)
        prov = provenance(vehicle_id)
        for loop in vehicle.loops:
            for name in ("accumulator_gas_l", "accumulator_reserve_l", "accumulator_charge_pressure_kpa",
                         "tail_pressure_kpa"):
                assert f"loops.{loop.id}.{name}" in prov
            assert loop.reserve_l == pytest.approx((1 - loop.pump_full_fraction) * loop.liquid_inventory_l)
    ext = get_vehicle("soyuz-ms").loop("external")
    assert ext.accumulator_reserve_l == 8.8 and ext.accumulator_charge_pressure_kpa == 95.0
    assert provenance("soyuz-ms")["loops.external.tail_pressure_kpa"].range == (5.0, 50.0)


def _write(tmp_path, old, new):
    text = (assets_dir() / "vehicles" / "soyuz-ms.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "soyuz-ms.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, words", [
    ("air_wall_ua_w_k = { value = 30.0, range = [15, 60]", "air_wall_ua_w_k = { value = 30.0, range = [35, 60]",
     "air_wall_ua_w_k: range [35, 60] must contain the value 30.0"),
    ("air_wall_ua_w_k = { value = 30.0, range = [15, 60]", "air_wall_ua_w_k = { value = 30.0, range = [15]",
     "air_wall_ua_w_k: range must be [lo, hi] with two numbers"),
    ("air_wall_ua_w_k = { value = 30.0, range = [15, 60]", "air_wall_ua_w_k = { value = 30.0, range = [15, \"x\"]",
     "air_wall_ua_w_k: range must be [lo, hi]"),
    ("air_wall_ua_w_k = { value = 30.0, range = [15, 60], ", "air_wall_ua_w_k = { value = 30.0, ",
     "air_wall_ua_w_k: an estimate needs a plausible range"),
    ("air_wall_ua_w_k = { value = 30.0, range = [15, 60], ", "air_wall_ua_w_k = { value = 30.0, rnage = [15, 60], ",
     "air_wall_ua_w_k: unknown entry 'rnage'"),
    ("accumulator_reserve_l = { value = 8.8,", "accumulator_reserve_l = { value = 11.0,",
     "loops.external.pump_full_fraction must be 1 - accumulator_reserve_l / liquid_inventory_l = 0.750"),
    ("accumulator_charge_pressure_kpa = { value = 95.0,", "accumulator_charge_pressure_kpa = { value = 150.0,",
     "loops.external.accumulator_charge_pressure_kpa must be"),
    ("accumulator_reserve_l = { value = 8.8, range = [4.4, 13.2]",
     "accumulator_reserve_l = { value = 50.0, range = [4.4, 60]",
     "loops.external.accumulator_reserve_l must be in (0, liquid_inventory_l = 44]"),
])
def test_bad_vehicle_file_is_one_line_naming_file_and_field(tmp_path, old, new, words):
    with pytest.raises(VehicleFileError) as err:
        _parse(_write(tmp_path, old, new))
    message = str(err.value)
    assert message.startswith("soyuz-ms.toml: ") and "\n" not in message
    assert words in message
