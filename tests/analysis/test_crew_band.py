"""The crew band: both crew models and the physiological assumptions on one vehicle."""

from __future__ import annotations

import json

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.crew_band import crew_band, variant_params
from thermoviz.cli import main
from thermoviz.io.vehicles import resolve
from thermoviz.model.engine.simulate import run_scenario


@pytest.fixture(scope="module")
def scenario():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return").replace(crew=2)


@pytest.fixture(scope="module")
def band(scenario):
    return crew_band(scenario, *resolve(scenario))


def test_variants_cover_both_models_and_every_assumption(scenario):
    rows = variant_params(scenario)
    ids = [r[0] for r in rows]
    assert ids[0] == "central" and rows[0][2].model == "phs"
    assert {"jos3", "acclimatised", "met-1.0", "met-1.4", "air-0.2", "clo-minus", "clo-plus"} <= set(ids)
    assert {p.model for _i, _l, p in rows} == {"phs", "jos3"}
    jos3_first = variant_params(scenario.replace(crew_model="jos3"))
    assert jos3_first[0][2].model == "jos3" and jos3_first[1][0] == "phs"


def test_envelope_holds_the_central_curve(band):
    on = np.isfinite(band.central_c)
    assert on.sum() > 10
    assert (band.low_c[on] <= band.central_c[on] + 1e-9).all() and (band.central_c[on] <= band.high_c[on] + 1e-9).all()
    assert (band.high_c[on] - band.low_c[on]).max() > 1.0  # the assumptions matter by more than a kelvin


def test_each_variant_peak_is_its_own_coupled_run(scenario, band):
    vehicle, loop, coolant = resolve(scenario)
    params = dict((vid, p) for vid, _l, p in variant_params(scenario))
    for v in (band.central, *[v for v in band.variants if v.id in ("met-1.4", "jos3")]):
        _t, series, _e, aboard, *_ = run_scenario(scenario, vehicle, loop, coolant, True, crew_params=params[v.id])
        assert v.core_peak_c == pytest.approx(float(np.nanmax(series["crew_core_temp_c"][aboard])))


def test_more_work_more_heat(band):
    peaks = {v.id: v.core_peak_c for v in band.variants}
    assert peaks["met-1.0"] < band.central.core_peak_c < peaks["met-1.4"]
    assert peaks["jos3-met-1.0"] < peaks["jos3"] < peaks["jos3-met-1.4"]


def test_sentence_names_the_central_curve_the_range_and_why(band):
    text = band.summary()
    lo, hi = band.peak_range_c
    assert f"{lo:.1f}–{hi:.1f} °C" in text and "central curve (ISO 7933 PHS" in text
    assert "PHS is central" in band.why_central
    data = band.to_dict()
    assert data["central"]["model"] == "phs" and len(data["variants"]) == band.n - 1
    assert json.loads(json.dumps(data)) == data


def test_cli_crew_band_json_and_text(capsys):
    assert main(["run", "soyuz-ms22-crewed-return", "--set", "crew=1", "--crew-band", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["crew_band"]["central"]["model"] == "phs"
    assert data["crew_band"]["grades"]
    assert main(["run", "progress-ms21", "--crew-band", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["crew_band"] is None


def test_cli_text_reads_the_band_with_the_verdict(capsys):
    assert main(["run", "soyuz-ms22-crewed-return", "--set", "crew=1", "--crew-band"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Verdict ["))
    assert lines[at + 1].startswith("Crew band: Crew core peak") and "is central" in lines[at + 1]
