"""More crew never less heat (issue 16 item 4), and the energy books in the result (item 6)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

import thermoviz
from thermoviz.io.vehicles import get_vehicle, provenance
from thermoviz.model import psychro

#: Cabin estimates sampled over their vehicle-file ranges (the new sink and coupling parameters included).
SAMPLED = ("mli_effective_emissivity", "space_sink_temp_c", "orbital_module_ua_w_k", "equipment_wall_ua_w_k",
           "air_wall_ua_w_k", "avionics_free_flight_w", "avionics_cabin_fraction", "wall_heat_capacity_j_k",
           "equipment_air_ua_w_k", "orbital_module_heat_capacity_j_k")


def _moist_enthalpy_kj_kg(temp_c, vapour_pa):
    """Moist-air enthalpy per kg of dry air at 101.3 kPa [kJ/kg]."""
    x = 0.622 * vapour_pa / (101325.0 - vapour_pa)
    return 1.006 * temp_c + x * (2501.0 + 1.86 * temp_c)


def _peaks(vehicle, crew):
    """Peaks while the crew is aboard: vapour pressure [Pa], moist-air enthalpy [kJ/kg], air [°C], core [°C]."""
    r = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return").replace(crew=crew), vehicle=vehicle)
    on = r.crew_aboard
    vapour_pa = r.cabin_rh_pct / 100.0 * psychro.saturation_vapour_pressure_pa(r.cabin_temp_c)
    return (vapour_pa[on].max(), _moist_enthalpy_kj_kg(r.cabin_temp_c, vapour_pa)[on].max(),
            r.cabin_temp_c[on].max(), r.series["crew_core_temp_c"][on].max())


def _vehicle(fractions):
    """The Soyuz with the :data:`SAMPLED` estimates at ``fractions`` of their vehicle-file ranges."""
    base, prov = get_vehicle("soyuz-ms"), provenance("soyuz-ms")
    changes = {name: prov[name].range[0] + f * (prov[name].range[1] - prov[name].range[0])
               for name, f in zip(SAMPLED, fractions)}
    note(f"vehicle changes: {changes}")  # printed with a failing example
    return dataclasses.replace(base, **changes)


def _heat_mj(result):
    """Heat the vehicle gained over the whole run and over the crew's ride, every node and the bodies [MJ]."""
    return tuple(sum(result.energy[w]["stored_mj"].values()) for w in ("whole_run", "crew_aboard"))


@settings(max_examples=12, deadline=None, derandomize=True, print_blob=True)
@given(st.lists(st.floats(0.0, 1.0), min_size=len(SAMPLED), max_size=len(SAMPLED)))
def test_more_crew_never_less_heat_in_the_vehicle(fractions):
    """Issue 16 item 4, with NO temperature cut-off: the heat the vehicle holds (air, walls, equipment bay,
    orbital module, vapour and the crew's bodies, from the energy books) never falls with more crew.  Each
    person adds metabolic heat; in air hotter than the skin a body also soaks heat up, but it stays aboard.
    (Measured over 200 Latin-hypercube vehicles, seed 0: 0 vehicles with less heat for more crew.)"""
    s = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle = _vehicle(fractions)
    heat = [_heat_mj(thermoviz.simulate(s.replace(crew=n), vehicle=vehicle)) for n in (1, 2, 3)]
    for window in (0, 1):
        assert heat[0][window] < heat[1][window] < heat[2][window], heat


def _valid_peaks(results):
    """Peak air temperature and vapour pressure of each run while its crew is aboard, up to the first
    time any of the runs leaves the crew models' validity (ISO 7933 input range: air 15-50 °C, vapour
    pressure <= 4.5 kPa; core below 40 °C): the window where the crew's heat output is a prediction."""
    ends = []
    for r in results:
        out = np.asarray(r.outside_validity["crew_core_temp_c"], bool) & r.crew_aboard
        ends.append(r.time_h[out].min() if out.any() else np.inf)
    peaks = []
    for r in results:
        window = r.crew_aboard & (r.time_h < min(ends))
        vapour_pa = r.cabin_rh_pct / 100.0 * psychro.saturation_vapour_pressure_pa(r.cabin_temp_c)
        peaks.append((vapour_pa[window].max(), r.cabin_temp_c[window].max()) if window.any() else None)
    return peaks


@settings(max_examples=12, deadline=None, derandomize=True, print_blob=True)
@given(st.lists(st.floats(0.0, 1.0), min_size=len(SAMPLED), max_size=len(SAMPLED)))
def test_more_crew_never_drier_while_the_crew_models_are_valid(fractions):
    """Vapour pressure never falls with more crew while the crew models are valid (measured: 0 of 200
    vehicles).  Beyond that window it can (2 vs 3 crew: 6.5 % of 200 vehicles, all with 3-crew air peaks of 45.2 °C or more):
    the vapour is capped by condensation on the walls, and the bodies, storing heat at cores of 45-52 °C,
    leave the walls cooler.  So the cut-off is the validity window, not a temperature."""
    s = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    vehicle = _vehicle(fractions)
    peaks = _valid_peaks([thermoviz.simulate(s.replace(crew=n), vehicle=vehicle) for n in (1, 2, 3)])
    if any(p is None for p in peaks):
        return
    assert peaks[0][0] <= peaks[1][0] + 1e-6 <= peaks[2][0] + 2e-6, peaks


#: A core no living body reaches; beyond it PHS's bodies store heat without limit (extrapolated, flagged).
IMPOSSIBLE_CORE_C = 46.0
#: Air just above the crew's skin: below it a person heats the air; above it a sweating person cools it.
SKIN_AIR_C = 38.0


@settings(max_examples=10, deadline=None, derandomize=True, print_blob=True)
@given(st.lists(st.floats(0.0, 1.0), min_size=len(SAMPLED), max_size=len(SAMPLED)))
def test_more_crew_never_cooler_drier_or_less_enthalpy(fractions):
    """Issue 16 item 4.  Vapour pressure and moist-air enthalpy never fall with more crew while the cores
    stay below :data:`IMPOSSIBLE_CORE_C` (measured over 200 Latin-hypercube vehicles, seed 0: they fall only
    with more-crew cores of 48.6 °C or more).  Air temperature never falls (0.02 K) while the fewer-crew air
    stays below :data:`SKIN_AIR_C`.  Above the skin's temperature it can, and that is physics, not a defect:
    each sweating person then takes heat from the air by convection, gives it back as vapour (the enthalpy
    still rises) and radiates to the cooler walls, an evaporative cooler of the air (measured: 2 crew hotter
    air than 3 in 28 % of the vehicles, all with 2-crew air peaks of 41.6 °C or more)."""
    vehicle = _vehicle(fractions)
    peaks = {n: _peaks(vehicle, n) for n in (1, 2, 3)}
    for fewer, more in ((1, 2), (2, 3)):
        vapour_a, enthalpy_a, air_a, _core_a = peaks[fewer]
        vapour_b, enthalpy_b, air_b, core_b = peaks[more]
        if core_b < IMPOSSIBLE_CORE_C:
            assert vapour_a <= vapour_b + 1e-6, ("vapour pressure", fewer, more, peaks)
            assert enthalpy_a <= enthalpy_b + 1e-9, ("enthalpy", fewer, more, peaks)
        if air_a < SKIN_AIR_C:
            assert air_a <= air_b + 0.02, ("air temperature", fewer, more, peaks)


def test_energy_books_are_in_the_result_and_the_json():
    from thermoviz.io.json_io import result_summary

    r = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    energy = result_summary(r)["energy"]
    for window in ("whole_run", "crew_aboard"):
        b = energy[window]
        assert set(b) == {"generated_mj", "rejected_mj", "station_mj", "space_mj", "outside_air_mj", "stored_mj",
                          "residual_mj"}
        assert set(b["stored_mj"]) == {"cabin_air", "cabin_wall", "equipment_bay", "orbital_module",
                                       "cabin_vapour", "crew_bodies"}
        assert abs(b["residual_mj"]) <= 0.01 * b["generated_mj"]
    aboard = energy["crew_aboard"]
    # sealed return: the loop is dead, no station air, no ground yet: heat only radiates (a few W/m²) or is stored
    assert aboard["rejected_mj"] == 0.0 and aboard["station_mj"] == 0.0 and aboard["outside_air_mj"] == 0.0
    hours = r.events["landing"] - r.events["undock"]
    watts = aboard["space_mj"] * 1e6 / (hours * 3600.0)
    area = sum(getattr(r.vehicle, f) for f in ("cabin_radiating_area_m2", "equipment_radiating_area_m2",
                                               "orbital_module_radiating_area_m2"))
    assert 1.0 <= watts / area <= 20.0
    assert np.isclose(sum(aboard["stored_mj"].values()) + aboard["space_mj"], aboard["generated_mj"], rtol=0.01)


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.lists(st.floats(0.0, 1.0), min_size=len(SAMPLED), max_size=len(SAMPLED)))
def test_preview_cabin_is_never_cooler_with_more_crew(fractions):
    """The fast preview (nominal crew, no body model) had each person evaporate without limit once the air
    passed skin temperature, turning the crew into an air cooler: 2 crew hotter than 3."""
    from thermoviz.io.vehicles import resolve
    from thermoviz.model.engine.simulate import simulate_physics

    vehicle = _vehicle(fractions)
    s = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    peaks = []
    for n in (1, 2, 3):
        _v, loop, coolant = resolve(s)
        r = simulate_physics(s.replace(crew=n), vehicle, loop, coolant)
        peaks.append(r.cabin_temp_c[r.crew_aboard].max())
    assert peaks[0] <= peaks[1] + 1e-9 and peaks[1] <= peaks[2] + 1e-9, peaks


def test_readme_shares_of_vehicles_cooler_with_more_crew_are_the_models():
    """The README's shares (200 vehicles, Latin hypercube, seed 0, as ``--uncertainty 200``) of vehicles whose
    air peak aboard is higher with fewer crew, with the coolest such fewer-crew air peak, and of those whose
    vapour pressure or enthalpy peak is, with the lowest more-crew core among them."""
    import re
    from pathlib import Path

    from thermoviz.analysis.uncertainty import default_ranges, latin_hypercube, vehicle_with
    from thermoviz.io.vehicles import resolve
    from thermoviz.model.engine.vehicle_batch import simulate_vehicles

    text = " ".join((Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8").split())
    air_m = re.search(r"the 2-crew air peak is above the 3-crew one by more than 0\.02 K in ([\d.]+) % \(1 vs 2 "
                      r"crew: ([\d.]+) %\), all with fewer-crew air peaks of ([\d.]+) °C or more", text)
    wet_m = re.search(r"vapour-pressure peak falls with more crew in ([\d.]+) % and the enthalpy peak in ([\d.]+) %"
                      r" \(2 vs 3 crew\), all with more-crew cores of ([\d.]+) °C or more", text)
    assert air_m and wet_m, "README: the more-crew shares sentences"
    s = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    base, _loop, coolant = resolve(s)
    ranges, _fallback = default_ranges(s.vehicle)
    names, samples = list(ranges), latin_hypercube(ranges, 200, 0)
    cd_name = f"loops.{s.loop}.calibrated_discharge_coefficient"
    values = [dict(zip(names, row)) for row in samples]
    vehicles = [vehicle_with(base, v) for v in values]
    cds = [float(v.get(cd_name, s.discharge_coefficient)) for v in values]
    air, vapour, enthalpy, core = {}, {}, {}, {}
    for n in (1, 2, 3):
        b = simulate_vehicles(s.replace(crew=n), vehicles, coolant, discharge_coefficients=cds)
        on = np.asarray(b.crew_aboard, bool)
        t = b.series["cabin_temp_c"]
        p = b.series["cabin_rh_pct"] / 100.0 * psychro.saturation_vapour_pressure_pa(t)
        air[n] = np.where(on, t, -np.inf).max(axis=0)
        vapour[n] = np.where(on, p, -np.inf).max(axis=0)
        enthalpy[n] = np.where(on, _moist_enthalpy_kj_kg(t, p), -np.inf).max(axis=0)
        core[n] = np.where(on, b.series["crew_core_temp_c"], -np.inf).max(axis=0)
    cooler = {f: air[f] > air[f + 1] + 0.02 for f in (1, 2)}
    assert 100.0 * cooler[2].mean() == pytest.approx(float(air_m[1]), abs=0.01)
    assert 100.0 * cooler[1].mean() == pytest.approx(float(air_m[2]), abs=0.01)
    assert min(air[f][cooler[f]].min() for f in (1, 2)) == pytest.approx(float(air_m[3]), abs=0.01)
    drier = vapour[2] > vapour[3] + 1e-6
    less = enthalpy[2] > enthalpy[3] + 1e-9
    assert 100.0 * drier.mean() == pytest.approx(float(wet_m[1]), abs=0.01)
    assert 100.0 * less.mean() == pytest.approx(float(wet_m[2]), abs=0.01)
    assert core[3][drier | less].min() == pytest.approx(float(wet_m[3]), abs=0.01)
    assert core[3][drier | less].min() > IMPOSSIBLE_CORE_C
