"""SchematicState at known times, against the result's own series and closed forms (Qt-free)."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys

import numpy as np
import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.figure.schematic_state import SchematicState
from thermoviz.io.vehicles import get_vehicle
from thermoviz.model.cabin.radiant import radiation_conductance_w_k
from thermoviz.model.psychro import AIR_CP_J_KG_K, AIR_DENSITY_KG_M3




def test_no_spray_and_everything_running_before_the_puncture(ms22):
    s = SchematicState.at(ms22, 0.5)
    assert not s.punctured and s.outflow_l_h == 0.0
    assert s.pump_running and s.radiator_active and not s.accumulator_bottomed_out
    assert s.accumulator_reserve_left_l == pytest.approx(s.accumulator_reserve_l)
    assert s.coolant_remaining_pct == pytest.approx(100.0)


def test_spray_during_the_drain_matches_the_slope_of_the_coolant_series(ms22):
    s = SchematicState.at(ms22, 2.0)
    assert s.punctured and s.outflow_l_h > 0.5
    # independent slope: least squares over +-0.1 h of the series' own samples
    t = np.linspace(1.9, 2.1, 21)
    lost_l = (1 - np.interp(t, ms22.time_h, ms22.coolant_remaining_pct) / 100) * s.liquid_inventory_l
    assert s.outflow_l_h == pytest.approx(np.polyfit(t, lost_l, 1)[0], rel=0.05)


def test_outflow_integrates_to_the_coolant_lost(ms22):
    """Closed books: the spray shown over the drain adds up to the litres that left the loop."""
    t = np.linspace(0.0, 40.0, 4001)
    flow = np.array([SchematicState.at(ms22, x).outflow_l_h for x in t])
    lost = (1 - ms22.at(40.0)["coolant_remaining_pct"] / 100) * SchematicState.at(ms22, 0).liquid_inventory_l
    assert np.trapezoid(flow, t) == pytest.approx(lost, rel=0.02)


def test_pump_stopped_radiator_dead_after_the_coolant_is_gone(ms22):
    depleted = ms22.events["coolant_depleted"]
    s = SchematicState.at(ms22, depleted + 1.0)
    assert not s.pump_running and not s.radiator_active and s.accumulator_bottomed_out
    assert s.outflow_l_h == 0.0 and s.heat_rejection_w == pytest.approx(0.0, abs=1e-6)


def test_station_air_while_docked_is_the_exchange_conductance_times_the_difference(ms22):
    s = SchematicState.at(ms22, 20.0)  # day 1, the cabin near 30 °C (at 60 h it has settled at the 27 °C station air)
    v = get_vehicle("soyuz-ms")  # the vehicle file's exchange flow of station air at its temperature
    g_w_k = AIR_DENSITY_KG_M3 * AIR_CP_J_KG_K * v.station_air_exchange_m3_h / 3600.0
    assert s.phase == "docked"
    assert s.station_air_w == pytest.approx(g_w_k * (v.station_air_temp_c - s.cabin_temp_c), rel=1e-6)
    assert s.station_air_w < 0  # the warm docked cabin loses heat to the station


def test_crewed_return_phases_crew_and_heat(crewed):
    undock, landing = crewed.events["undock"], crewed.events["landing"]
    before, during, after = (SchematicState.at(crewed, t) for t in (undock - 1, undock + 3, landing + 1))
    assert (before.phase, during.phase, after.phase) == ("docked", "free flight", "landed")
    assert (before.crew_aboard, during.crew_aboard, after.crew_aboard) == (0, 3, 0)
    assert during.crew_core_temp_c is not None and before.crew_core_temp_c is None
    free_flight_w = get_vehicle("soyuz-ms").avionics_free_flight_w
    assert during.station_air_w == 0.0 and during.avionics_w == pytest.approx(free_flight_w)
    assert during.crew_heat_w == pytest.approx(crewed.at(undock + 3)["heat_load_w"] - free_flight_w, rel=1e-9)
    late = SchematicState.at(crewed, landing - 0.2)
    assert late.crew_core_extrapolated == bool(crewed.outside_validity["crew_core_temp_c"][
        np.searchsorted(crewed.time_h, landing - 0.2, side="right") - 1])


def test_equipment_and_wall_series_are_optional(ms22):
    gone = np.full(len(ms22.time_h), np.nan)  # a model version without these nodes
    one_node = dataclasses.replace(ms22, series=dict(ms22.series, equipment_temp_c=gone, wall_temp_c=gone))
    bare = SchematicState.at(one_node, 5.0)
    assert bare.equipment_temp_c is None and bare.equipment_air_w is None and bare.wall_air_w is None
    series = dict(one_node.series)
    series["equipment_temp_c"] = 20.0 + 20.0 * ms22.time_h / ms22.time_h[-1]  # 20 -> 40 °C over 72 h
    with_bay = dataclasses.replace(ms22, series=series)
    s = SchematicState.at(with_bay, 36.0)
    assert s.equipment_temp_c == pytest.approx(30.0)
    assert s.wall_temp_c is None


def test_seeded_sweep_keeps_every_quantity_in_its_range(ms22, crewed):
    rng = np.random.default_rng(10)
    for result in (ms22, crewed):
        for t in rng.uniform(-5, result.time_h[-1] + 5, 60):
            s = SchematicState.at(result, t)
            assert result.time_h[0] <= s.time_h <= result.time_h[-1]
            assert 0 <= s.accumulator_reserve_left_l <= s.accumulator_reserve_l
            assert 0 <= s.pump_circulation <= 1 and s.outflow_l_h >= 0
            assert math.isfinite(s.cabin_temp_c)


def test_bad_time_is_a_clear_error(ms22):
    with pytest.raises(ValueError, match="time_h"):
        SchematicState.at(ms22, float("nan"))


def test_state_module_does_not_import_qt():
    code = ("import sys, thermoviz.figure.schematic_state as m; "
            "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_figure_layer_does_not_import_gui_or_export():
    code = ("import sys, thermoviz.figure.schematic; "
            "bad = [k for k in sys.modules if k.startswith(('thermoviz.gui', 'thermoviz.export'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_node_flows_are_the_cabin_equations_terms(ms22):
    """Bay -> air, walls -> air and hull -> walls are the model's conductances times its temperatures."""
    v = get_vehicle("soyuz-ms")
    s = SchematicState.at(ms22, 30.0)
    assert s.equipment_air_w == pytest.approx(v.equipment_air_ua_w_k * (s.equipment_temp_c - s.cabin_temp_c))
    assert s.wall_air_w == pytest.approx(v.air_wall_ua_w_k * (s.wall_temp_c - s.cabin_temp_c))
    t_o = float(np.interp(30.0, ms22.time_h, ms22.series["orbital_module_temp_c"]))
    radiated = radiation_conductance_w_k(v.mli_effective_emissivity, v.cabin_radiating_area_m2, s.wall_temp_c,
                                         v.space_sink_temp_c) * (s.wall_temp_c - v.space_sink_temp_c)
    assert s.hull_w == pytest.approx(v.orbital_module_ua_w_k * (t_o - s.wall_temp_c)
                                     + v.equipment_wall_ua_w_k * (s.equipment_temp_c - s.wall_temp_c) - radiated)
    # the docked equipment is shut down after the leak (the model's configuration), as the avionics flow says
    late = SchematicState.at(ms22, 60.0)
    assert late.avionics_w == pytest.approx(v.avionics_shutdown_w) and late.avionics_cabin_w == 0.0


def test_arrows_balance_in_the_steady_docked_cabin(ms22):
    """With the loop dead and the cabin settled, the arrows into the cabin air cancel out."""
    s = SchematicState.at(ms22, 70.0)
    now, later = ms22.at(70.0), ms22.at(71.5)
    for name in ("cabin_temp_c", "wall_temp_c", "equipment_temp_c"):
        assert abs(now[name] - later[name]) < 0.02, name  # settled (the orbital module still soaks ~0.01 K/h)
    assert s.heat_rejection_w == pytest.approx(0.0, abs=1e-6) and s.crew_heat_w == 0.0
    net = s.avionics_cabin_w + s.equipment_air_w + s.wall_air_w + s.station_air_w
    assert abs(net) < 0.01 * s.avionics_w
