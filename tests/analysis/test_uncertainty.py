"""Uncertainty bands: seeded Latin hypercube, bands around the nominal run, sensitivity."""

from __future__ import annotations

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.uncertainty import latin_hypercube, uncertainty_band, vehicle_with
from thermoviz.io.vehicles import get_vehicle
from thermoviz.model.scenario import ScenarioError


@pytest.fixture(scope="module")
def crewed_return():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return")


#: Ranges centred on the catalogue values, so the nominal vehicle is the centre of the sample.
#: (The vehicle files' own ranges need not be centred: with them the nominal may sit at an edge
#: of the plausible spread, e.g. a Cd near the low end of its range, and leave the 5-95 % band.)
SYMMETRIC = ("orbital_module_ua_w_k", "air_heat_capacity_j_k", "wall_heat_capacity_j_k", "avionics_free_flight_w", "avionics_docked_w",
             "loops.external.heat_rejection_capacity_w", "station_air_exchange_m3_h")


def _centred(fraction=0.25):
    from thermoviz.io.vehicles import provenance

    prov = provenance("soyuz-ms")
    return {k: (prov[k].value * (1 - fraction), prov[k].value * (1 + fraction)) for k in SYMMETRIC}


@pytest.fixture(scope="module")
def band(crewed_return):
    return uncertainty_band(crewed_return, 60, seed=3, ranges=_centred())


def test_band_contains_the_nominal_curves(band):
    for name, tol in (("cabin_temp_c", 0.05), ("crew_core_temp_c", 0.1)):
        nominal = np.asarray(band.nominal.series[name])
        lo, mid, hi = band.bands[name]
        ok = np.isfinite(nominal) & np.isfinite(lo)
        assert ok.sum() > 10
        assert (nominal[ok] >= lo[ok] - tol).all() and (nominal[ok] <= hi[ok] + tol).all(), name
        assert (lo[ok] <= mid[ok]).all() and (mid[ok] <= hi[ok]).all()
    assert band.bands["cabin_temp_c"].shape == (3, len(band.nominal.time_h))


def test_reproducible_with_a_seed_and_different_without(crewed_return, band):
    again = uncertainty_band(crewed_return, 60, seed=3, ranges=_centred())
    assert np.array_equal(again.samples, band.samples)
    assert np.array_equal(again.bands["cabin_temp_c"], band.bands["cabin_temp_c"])
    other = uncertainty_band(crewed_return, 60, seed=4, ranges=_centred())
    assert not np.array_equal(other.samples, band.samples)


def test_latin_hypercube_has_one_sample_per_stratum():
    samples = latin_hypercube({"a": (0.0, 1.0), "b": (10.0, 30.0)}, 40, seed=1)
    for j, (lo, hi) in enumerate(((0.0, 1.0), (10.0, 30.0))):
        strata = np.floor((samples[:, j] - lo) / (hi - lo) * 40).astype(int)
        assert sorted(strata) == list(range(40))


def test_default_ranges_run(crewed_return):
    u = uncertainty_band(crewed_return, 20)
    assert u.parameters and u.n == 20 and 0.0 <= u.limit_share["crew_limit"] <= 1.0


def test_shares_sensitivity_and_sentence(band):
    d = band.to_dict()
    assert d["sample_count"] == 60 and 0.0 <= d["share_reaching_limit"]["crew_limit"] <= 1.0
    assert band.dominant in band.parameters
    assert abs(band.sensitivity[band.dominant]) == max(abs(v) for v in band.sensitivity.values())
    # graded on the one outcome scale (the verdict's default grade), not by the 38 °C event
    pct = round(100 * band.grades[str(band.nominal.scenario.crew)]["not_acceptable"])
    crew = band.nominal.scenario.crew
    assert band.sentence.startswith(f'{crew} crew reach "not acceptable" (core 39 °C, where performance drops '
                                    f'sharply) or worse in {pct} % of 60 plausible vehicles')
    p = d["peak_percentiles"]["crew_core_temp_c"]
    assert p["p5"] <= p["p50"] <= p["p95"]


def test_a_single_dominant_parameter_is_named(crewed_return):
    # insulation emissivity over a wide range, everything else fixed: it must dominate, with the right sign
    u = uncertainty_band(crewed_return, 30, ranges={"mli_effective_emissivity": (0.005, 0.12), "cabin_free_volume_m3": (2.99, 3.01)})
    assert u.dominant == "mli_effective_emissivity" and u.sensitivity["mli_effective_emissivity"] < -0.9
    assert not u.fallback_ranges
    # named in plain words for the reader, the field name kept for scripts
    assert "dominated by the effective emissivity of the insulation" in u.sentence
    assert "mli_effective_emissivity" not in u.sentence
    assert u.to_dict()["dominant_parameter"] == "mli_effective_emissivity"
    assert u.to_dict()["dominant_parameter_label"] == "effective emissivity of the insulation (heat loss to space)"


def test_seats_and_zero_width_ranges_are_not_sampled():
    """Review finding: Nauka's max_crew (1-3 seats) was sampled as a float, descent [0, 0] as a range."""
    from thermoviz.analysis.uncertainty import default_ranges
    from thermoviz.io.vehicles import provenance, vehicle_ids

    for vehicle_id in vehicle_ids():
        ranges, _fallback = default_ranges(vehicle_id)
        assert "max_crew" not in ranges
        assert all(lo < hi for lo, hi in ranges.values()), vehicle_id
    seats = [p for k, p in provenance("nauka").items() if k == "max_crew"]
    assert seats and seats[0].range is not None  # the file gives a seats range: it is kept, just not sampled


def test_every_sampled_parameter_has_plain_words():
    import dataclasses

    from thermoviz.model.param_labels import LOOP_LABELS, VEHICLE_LABELS, parameter_label
    from thermoviz.model.params import LoopParams, VehicleParams

    numeric = ("float", "int", "float | None")
    for cls, table in ((VehicleParams, VEHICLE_LABELS), (LoopParams, LOOP_LABELS)):
        names = {f.name for f in dataclasses.fields(cls) if str(f.type) in numeric}
        assert names and names <= set(table), sorted(names - set(table))
    assert parameter_label("loops.external.heat_rejection_capacity_w") == \
        "external loop: radiator heat rejection capacity"


def test_crew_limit_share_agrees_with_single_runs(crewed_return):
    u = uncertainty_band(crewed_return.replace(undock_time_h=8.0), 12, ranges={"mli_effective_emissivity": (0.005, 0.12)}, seed=2)
    vehicle = get_vehicle("soyuz-ms")
    reached = [thermoviz.simulate(crewed_return.replace(undock_time_h=8.0),
                                  vehicle=vehicle_with(vehicle, {"mli_effective_emissivity": s[0]})).events["crew_limit"] is not None
               for s in u.samples]
    assert u.limit_share["crew_limit"] == pytest.approx(np.mean(reached))


def test_bad_parameters_name_themselves(crewed_return):
    with pytest.raises(ScenarioError) as err:
        uncertainty_band(crewed_return, 20, ranges={"warp_factor": (1, 2)})
    assert err.value.field == "warp_factor"
    with pytest.raises(ScenarioError, match="uncertainty"):
        uncertainty_band(crewed_return, 3)


def test_cancel_stops_without_a_result_and_progress_reaches_one(crewed_return):
    from thermoviz.analysis.evaluate import Cancelled

    from thermoviz.analysis.uncertainty import CHUNK

    calls = []
    with pytest.raises(Cancelled):  # cancelled after the first chunk of samples (checked between chunks)
        uncertainty_band(crewed_return, 3 * CHUNK, cancel=lambda: calls.append(1) or len(calls) > 1)
    assert len(calls) == 2
    seen = []
    uncertainty_band(crewed_return, 10, progress=seen.append)
    assert seen[-1] == 1.0 and all(b >= a for a, b in zip(seen, seen[1:]))


def test_calibrated_cd_range_drives_the_scenario_cd_only_when_the_scenario_uses_it(crewed_return):
    name = "loops.external.calibrated_discharge_coefficient"
    calibrated = get_vehicle("soyuz-ms").loop("external").calibrated_discharge_coefficient
    assert crewed_return.discharge_coefficient == calibrated
    early = crewed_return.replace(undock_time_h=6.0)  # loop still partly full: Cd matters
    u = uncertainty_band(early, 20, ranges={name: (0.05, 0.75)})
    assert np.ptp(u.peaks["cabin_temp_c"]) > 0.1 and u.dominant == name
    own = uncertainty_band(early.replace(discharge_coefficient=0.3), 20,
                           ranges={name: (0.05, 0.75), "mli_effective_emissivity": (0.029, 0.031)})
    assert name not in own.parameters and any("own discharge coefficient" in n for n in own.notes)


def test_station_module_crew_band_matches_single_runs():
    nauka = thermoviz.load_scenario("nauka-rtod").replace(duration_h=10.0)
    u = uncertainty_band(nauka, 10, ranges={"mli_effective_emissivity": (0.005, 0.12)}, seed=1)
    assert "crew_core_temp_c" in u.bands and ' crew reach "not acceptable" (core 39 °C' in u.sentence
    vehicle = get_vehicle("nauka")
    for k in (0, 5):
        r = thermoviz.simulate(nauka, vehicle=vehicle_with(vehicle, {"mli_effective_emissivity": u.samples[k, 0]}))
        assert u.peaks["crew_core_temp_c"][k] == pytest.approx(np.nanmax(r.series["crew_core_temp_c"]), abs=0.1)
