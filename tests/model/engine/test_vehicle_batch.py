"""One scenario on N vehicles at once equals N single runs (each vehicle on its own grid)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

import thermoviz
from thermoviz.io.vehicles import resolve
from thermoviz.model.engine.coupled import coupled_result
from thermoviz.model.engine.simulate import simulate_physics
from thermoviz.model.engine.vehicle_batch import simulate_vehicles

SERIES = ("cabin_temp_c", "equipment_temp_c", "wall_temp_c", "cabin_rh_pct", "crew_core_temp_c",
          "loop_pressure_kpa", "heat_rejection_w")


def _variants(vehicle, loop_id, rng, n):
    """n copies of ``vehicle`` with cabin, equipment, timing and leak numbers changed at random."""
    out = []
    for _ in range(n):
        loop = dataclasses.replace(
            vehicle.loop(loop_id),
            heat_rejection_capacity_w=vehicle.loop(loop_id).heat_rejection_capacity_w * rng.uniform(0.7, 1.3),
            accumulator_gas_l=vehicle.loop(loop_id).accumulator_gas_l * rng.uniform(0.5, 1.5))
        loops = tuple(loop if lp.id == loop_id else lp for lp in vehicle.loops)
        changes = dict(orbital_module_ua_w_k=vehicle.orbital_module_ua_w_k * rng.uniform(0.5, 1.5),
                       air_heat_capacity_j_k=vehicle.air_heat_capacity_j_k * rng.uniform(0.5, 2.0),
                       equipment_air_ua_w_k=vehicle.equipment_air_ua_w_k * rng.uniform(0.5, 1.5),
                       cabin_setpoint_c=rng.uniform(18.0, 25.0), chx_dew_point_c=rng.uniform(5.0, 14.0))
        if vehicle.shutdown_after_leak_h is not None:
            changes["shutdown_after_leak_h"] = rng.uniform(12.0, 48.0)
        out.append(dataclasses.replace(vehicle, loops=loops, **changes))
    return out


@pytest.mark.parametrize("preset", ["soyuz-ms22-crewed-return", "soyuz-ms22", "nauka-rtod", "progress-ms21"])
def test_every_column_equals_the_single_run_of_its_vehicle(preset):
    scenario = thermoviz.load_scenario(preset)
    if preset.startswith("nauka"):
        scenario = scenario.replace(crew=2)  # a station module's crew is aboard all along
    vehicle, _loop, coolant = resolve(scenario)
    rng = np.random.default_rng(7)
    vehicles = _variants(vehicle, scenario.loop, rng, 6)
    cds = rng.uniform(0.3, 1.0, len(vehicles))
    batch = simulate_vehicles(scenario, vehicles, coolant, discharge_coefficients=cds)
    assert batch.time_h.shape[1] == len(vehicles)
    for k, (v, cd) in enumerate(zip(vehicles, cds)):
        # the model's single run (thermoviz.simulate then also inserts each event time as a sample)
        sc = scenario.replace(discharge_coefficient=float(cd))
        single = coupled_result(simulate_physics(sc, v, v.loop(sc.loop), coolant))
        t_k = batch.time_h[:, k]
        real = np.concatenate([[True], np.diff(t_k) > 0])
        np.testing.assert_allclose(t_k[real], single.time_h, atol=1e-12)
        for name in SERIES:
            got, want = batch.series[name][real, k], np.asarray(single.series[name])
            np.testing.assert_array_equal(np.isnan(got), np.isnan(want), err_msg=name)
            np.testing.assert_allclose(got[np.isfinite(want)], want[np.isfinite(want)], rtol=1e-9, atol=1e-9,
                                       err_msg=f"{preset} vehicle {k} {name}")
        for name, when in single.events.items():
            got = batch.events[name][k]
            assert (when is None and np.isnan(got)) or abs(got - when) < 1e-9, (preset, k, name, when, got)
        np.testing.assert_array_equal(batch.crew_aboard[real, k], single.crew_aboard)


def test_several_crew_counts_in_one_batch_equal_their_single_runs():
    """``crews``: one crew count per column (the band's grades run 1..seats as one batch, issue 16)."""
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle, _loop, coolant = resolve(scenario)
    vehicles = _variants(vehicle, scenario.loop, np.random.default_rng(11), 3)
    columns = [(v, n) for n in (3, 1, 2) for v in vehicles]
    batch = simulate_vehicles(scenario, [v for v, _n in columns], coolant, crews=[n for _v, n in columns])
    cores = {}
    for k, (v, n) in enumerate(columns):
        sc = scenario.replace(crew=n)
        single = coupled_result(simulate_physics(sc, v, v.loop(sc.loop), coolant))
        t_k, series, aboard = batch.column(k)
        np.testing.assert_allclose(t_k, single.time_h, atol=1e-12)
        for name in SERIES:
            want = np.asarray(single.series[name])
            np.testing.assert_array_equal(np.isnan(series[name]), np.isnan(want), err_msg=name)
            np.testing.assert_allclose(series[name][np.isfinite(want)], want[np.isfinite(want)], rtol=1e-9,
                                       atol=1e-9, err_msg=f"crew {n} column {k} {name}")
        np.testing.assert_array_equal(aboard, single.crew_aboard)
        cores[k] = np.nanmax(series["crew_core_temp_c"])
    assert len({round(c, 6) for c in cores.values()}) > 3  # the crew counts really differ
    part = batch.take([3, 4, 5])  # the one-crew columns
    assert part.time_h.shape[1] == 3 and part.events["crew_limit"].shape == (3,)
    np.testing.assert_array_equal(part.series["cabin_temp_c"], batch.series["cabin_temp_c"][:, 3:6])
    with pytest.raises(ValueError, match="crews"):
        simulate_vehicles(scenario, vehicles, coolant, crews=[1, 2])


def test_vehicles_differ_and_the_order_is_kept():
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle, _loop, coolant = resolve(scenario)
    hot = dataclasses.replace(vehicle, mli_effective_emissivity=vehicle.mli_effective_emissivity * 0.5)
    cool = dataclasses.replace(vehicle, mli_effective_emissivity=vehicle.mli_effective_emissivity * 1.5)
    batch = simulate_vehicles(scenario, [hot, vehicle, cool], coolant)
    peaks = np.nanmax(batch.series["cabin_temp_c"], axis=0)
    assert peaks[0] > peaks[1] > peaks[2]


def test_bad_arguments_are_named():
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle, _loop, coolant = resolve(scenario)
    with pytest.raises(ValueError, match="vehicles"):
        simulate_vehicles(scenario, [], coolant)
    with pytest.raises(ValueError, match="discharge_coefficients"):
        simulate_vehicles(scenario, [vehicle], coolant, discharge_coefficients=[0.5, 0.6])


def test_a_batch_asked_for_fewer_series_has_the_same_events():
    """Maps ask only for what their metric reads; the events (limit crossings) must not change."""
    from thermoviz.model.engine.simulate import simulate_batch

    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle, loop, coolant = resolve(scenario)
    kwargs = dict(hole_diameter_mm=np.array([0.5, 0.8, 2.0]), discharge_coefficient=scenario.discharge_coefficient,
                  puncture_time_h=1.0, undock_time_h=np.array([4.0, 20.0, 40.0]), crew=3, duration_h=60.0,
                  time_h="scenario", crew_strain=True)
    full = simulate_batch(vehicle, loop, coolant, **kwargs)
    lean = simulate_batch(vehicle, loop, coolant, series=(), **kwargs)
    assert set(lean.series) == {"cabin_temp_c", "equipment_temp_c"} < set(full.series)
    for name, when in full.events.items():
        np.testing.assert_array_equal(lean.events[name], when, err_msg=name)
    with pytest.raises(ValueError, match="series: no series named 'cabin_temp'"):
        simulate_batch(vehicle, loop, coolant, series=("cabin_temp",), **kwargs)
