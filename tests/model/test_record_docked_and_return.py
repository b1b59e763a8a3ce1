"""Every cabin/crew item of the public record, with its tolerance and why (docs/sources.md §1).

Time 0 here is the leak's detection, 00:45 UTC 15 Dec 2022; a calendar day ``D Dec`` is the
window from 00:00 to 24:00 UTC of that day.  Which items are *fitted* and which are *held out*
is stated on each test and in README (Calibration).
"""

import numpy as np
import pytest

import thermoviz
from thermoviz.io.vehicles import get_vehicle
from thermoviz.model import psychro
from thermoviz.model.limits import CORE_PERFORMANCE_C, CREW_CORE_LIMIT_C
from thermoviz.model.scenario import Scenario

CD_CAL = get_vehicle("soyuz-ms").loop("external").calibrated_discharge_coefficient
DETECTION_UTC_H = 0.75  # 00:45 UTC on 15 Dec


def day(r, dec):
    """Mask of the UTC calendar day ``dec`` December 2022."""
    start = (dec - 15) * 24.0 - DETECTION_UTC_H
    return (r.time_h >= start) & (r.time_h < start + 24.0)


@pytest.fixture(scope="module")
def docked():
    # 0.8 mm hole, hatch open, Soyuz systems shut down after the leak (vehicle file), six days
    return thermoviz.simulate(Scenario(hole_diameter_mm=0.8, discharge_coefficient=CD_CAL, puncture_time_h=0.0,
                                       undock_time_h=None, hatch_open=True, crew=0, duration_h=168.0))


def sealed_return(crew):
    # the "6 h or longer" sealed return of the 11 Jan 2023 analysis, from the docked, leaking state
    return thermoviz.simulate(Scenario(hole_diameter_mm=0.8, discharge_coefficient=CD_CAL, puncture_time_h=0.0,
                                       undock_time_h=48.0, descent_duration_h=6.0, crew=crew, duration_h=60.0))


@pytest.fixture(scope="module")
def three():
    return sealed_return(3)


@pytest.fixture(scope="module")
def two():
    return sealed_return(2)


def test_docked_cabin_16_dec_about_30_c(docked):
    # FITTED. "≈+30 °C" (Interfax 16 Dec). Tolerance ±1.5 K: a rounded spoken value for a compartment
    # (descent + orbital module) that the model lumps into one air node.
    assert 28.5 <= docked.cabin_temp_c[day(docked, 16)].max() <= 31.5


def test_docked_cabin_17_dec_28_to_30_c(docked):
    # FITTED, a known miss of ~1 K. "28-30 °C" (TASS 17 Dec). The model settles within hours of the
    # shutdown while the real vehicle cooled over days, so on 17 Dec it is already at ≈27 °C;
    # tolerance 1.5 K below the reported band, 1.5 K above it.
    c = docked.cabin_temp_c[day(docked, 17)]
    assert 26.5 <= c.min() and c.max() <= 31.5


def test_docked_cabin_falls_to_27_c_by_21_dec(docked):
    # FITTED (station_air_temp_c). 27 °C on 21 Dec (Borisov via Sputnik), "decreasing" on 18 Dec (TASS).
    # Tolerance ±0.5 K: the report is a whole degree.
    assert docked.cabin_temp_c[day(docked, 21)] == pytest.approx(27.0, abs=0.5)
    assert docked.cabin_temp_c[day(docked, 18)].mean() >= docked.cabin_temp_c[day(docked, 21)].mean() - 0.05


def test_docked_cabin_stays_in_27_to_30_c_band_days_1_to_6(docked):
    # FITTED. All reports 16-21 Dec lie in 27-30 °C; ±1 K for rounding and the lumped node.
    settled = (docked.time_h >= 24.0) & (docked.time_h < 6 * 24.0)
    c = docked.cabin_temp_c[settled]
    assert 26.0 <= c.min() and c.max() <= 31.5


def test_instrument_compartment_near_40_then_30_c(docked):
    # FITTED (avionics_docked_w). "+40 °C in the first days, ≈+30 °C after the shutdown" (Roscosmos via
    # Sputnik 19 Dec, reported once). Tolerance: peak 40-43 °C (the report is a round "+40" of a maximum),
    # settled 30 ± 2 K.
    e = docked.equipment_temp_c
    assert 40.0 <= e.max() <= 43.0
    assert docked.events["equipment_limit"] is not None and docked.events["equipment_limit"] < 48.0
    assert 28.0 <= e[day(docked, 19)].mean() <= 32.0


def vapour_pressure_kpa(r):
    return r.cabin_rh_pct / 100.0 * psychro.saturation_vapour_pressure_pa(r.cabin_temp_c) / 1e3


def test_three_crew_sealed_return_not_acceptable(three):
    # HELD OUT (no parameter is fitted to it). Roscosmos/NASA 11 Jan 2023: not acceptable for 3.
    aboard = three.crew_aboard
    assert np.nanmax(three.crew_core_temp_c[aboard]) >= CORE_PERFORMANCE_C


def test_three_crew_cabin_heads_for_40_c_with_humidity_rising(three):
    # HELD OUT. "could reach up to 40 °C" (NASA), "low 40s" (Roscosmos), humidity would "soar":
    # the cabin peak while the crew is aboard within 38-44 °C; the relative humidity rises by ≥ 15 points.
    aboard = three.crew_aboard
    undock = three.at(48.0 + 1e-6)
    assert 38.0 <= three.cabin_temp_c[aboard].max() <= 44.0
    assert three.cabin_rh_pct[aboard].max() - undock["cabin_rh_pct"] >= 15.0


def test_two_crew_cooler_and_drier_than_three(two, three):
    # HELD OUT. 12 Jan 2023 decision: only the two cosmonauts would ride MS-22 in an emergency (fewer
    # people, less heat and humidity): the direction (cooler air, lower vapour pressure, lower core).
    assert two.cabin_temp_c[two.crew_aboard].max() < three.cabin_temp_c[three.crew_aboard].max()
    assert vapour_pressure_kpa(two)[two.crew_aboard].max() < vapour_pressure_kpa(three)[three.crew_aboard].max()
    assert np.nanmax(two.crew_core_temp_c[two.crew_aboard]) < np.nanmax(three.crew_core_temp_c[three.crew_aboard])


@pytest.mark.parametrize("crew_model", [
    pytest.param("phs", marks=pytest.mark.xfail(strict=True, reason=(
        "Held-out miss, not tuned away: with PHS bodies the 2-crew air peak is 0.46 K below the 3-crew one "
        "(39.84 vs 40.30 °C), short of 0.5 K. PHS's bodies keep 1.8 MJ of the third person's 2.9 MJ "
        "(cores 41.7 vs 40.8 °C, past its validated range), so less of it reaches the air; JOS-3's bodies "
        "keep 1.3 MJ and give 1.0 K. README: '2 vs 3 crew'."))),
    "jos3",
])
def test_two_crew_at_least_half_a_kelvin_cooler_air(crew_model):
    # HELD OUT. The reading of the decision: 2 crew at least 0.5 K cooler air than 3.
    runs = {}
    for crew in (2, 3):
        runs[crew] = thermoviz.simulate(Scenario(hole_diameter_mm=0.8, discharge_coefficient=CD_CAL,
                                                 puncture_time_h=0.0, undock_time_h=48.0, descent_duration_h=6.0,
                                                 crew=crew, duration_h=60.0, crew_model=crew_model))
    peak = {crew: r.cabin_temp_c[r.crew_aboard].max() for crew, r in runs.items()}
    assert peak[3] - peak[2] >= 0.5


def test_ms23_nominal_return_keeps_the_equipment_bay_cool():
    # Consistency: MS-23 returned its crew normally (27 Sep 2023); loop intact, bay at its set-point.
    r = thermoviz.simulate(Scenario(hole_diameter_mm=0.0, puncture_time_h=None, undock_time_h=2.0, crew=3,
                                    duration_h=12.0))
    aboard = r.crew_aboard
    assert r.equipment_temp_c.max() <= 26.0 and r.events["equipment_limit"] is None
    assert np.nanmax(r.crew_core_temp_c[aboard]) < CREW_CORE_LIMIT_C
    assert r.verdict.severity == "safe"


def test_readme_two_versus_three_figures_are_the_models(two, three):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    m = re.search(r"\*\*2 vs 3 crew\.\*\* The nominal vehicle gives 3 crew ([\d.]+) °C and ([\d.]+) kPa, 2 crew "
                  r"([\d.]+) °C and ([\d.]+) kPa", text)
    assert m, "README: the 2 vs 3 crew sentence"
    # README's runs are the shipped preset (puncture 1 h, undock 49 h); these fixtures start at 0 h / 48 h:
    # the same physics shifted by 1 h of docked history, so figures agree to 0.05 K / 0.02 kPa
    for r, t_c, p_kpa in ((three, m[1], m[2]), (two, m[3], m[4])):
        on = r.crew_aboard
        assert r.cabin_temp_c[on].max() == pytest.approx(float(t_c), abs=0.05)
        assert vapour_pressure_kpa(r)[on].max() == pytest.approx(float(p_kpa), abs=0.02)
