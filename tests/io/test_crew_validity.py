"""Validity everywhere: crew core beyond the validated range is flagged, crew peaks are taken aboard."""

from __future__ import annotations

import json

import numpy as np
import pytest

import thermoviz
from thermoviz.io.csv_io import VALIDITY_COLUMN, columns
from thermoviz.io.json_io import result_summary
from thermoviz.model.limits import CORE_VALIDATED_MAX_C


@pytest.fixture(scope="module")
def nominal():
    return thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))


@pytest.fixture(scope="module")
def long_descent():
    """A 12-h descent: the core passes 40 °C (issue 16 printed 42.6 °C as a plain result)."""
    return thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return").replace(descent_duration_h=12.0))


def test_a_core_beyond_the_validated_range_is_flagged_from_its_first_sample(long_descent):
    core = np.asarray(long_descent.series["crew_core_temp_c"])
    outside = np.asarray(long_descent.outside_validity["crew_core_temp_c"])
    hot = np.nan_to_num(core, nan=-np.inf) >= CORE_VALIDATED_MAX_C
    assert hot.any() and np.nanmax(core) > CORE_VALIDATED_MAX_C + 1.0
    assert outside[hot].all()
    first = int(np.argmax(hot))
    assert outside[first:][long_descent.crew_aboard[first:]].all()  # later values inherit the history
    assert "crew_core_temp_c" in result_summary(long_descent)["peaks_extrapolated"]
    assert any(f"{CORE_VALIDATED_MAX_C:g} °C" in n and "extrapolation" in n for n in long_descent.notes)


@pytest.fixture(scope="module")
def comfortable():
    return thermoviz.simulate(thermoviz.load_scenario("soyuz-ms23-return"))


def test_a_core_inside_the_range_is_not_flagged(comfortable):
    core = np.asarray(comfortable.series["crew_core_temp_c"])
    assert np.nanmax(core) < CORE_VALIDATED_MAX_C
    assert not np.asarray(comfortable.outside_validity["crew_core_temp_c"]).any()
    assert "crew_core_temp_c" not in result_summary(comfortable)["peaks_extrapolated"]


def test_json_states_the_range_and_the_peaks_while_aboard(nominal):
    data = json.loads(json.dumps(result_summary(nominal)))
    assert data["crew_validity"]["core_below_c"] == CORE_VALIDATED_MAX_C
    aboard = np.asarray(nominal.crew_aboard)
    rh = np.asarray(nominal.series["cabin_rh_pct"])
    assert data["peaks_crew_aboard"]["cabin_rh_pct"] == pytest.approx(float(np.nanmax(rh[aboard])))
    assert data["peaks"]["cabin_rh_pct"] >= data["peaks_crew_aboard"]["cabin_rh_pct"]
    assert data["peaks_crew_aboard"]["crew_core_temp_c"] == pytest.approx(data["peaks"]["crew_core_temp_c"])


def test_no_crew_no_crew_peaks():
    r = thermoviz.simulate(thermoviz.load_scenario("progress-ms21"))
    assert r.crew_peaks == {} and result_summary(r)["peaks_crew_aboard"] == {}


def test_csv_validity_column_marks_extrapolated_core(long_descent, comfortable):
    for result, expect_any in ((long_descent, True), (comfortable, False)):
        cols = {name: values for name, _unit, values in columns(result)}
        flag = cols[VALIDITY_COLUMN[0]]
        core = np.asarray(result.series["crew_core_temp_c"])
        assert np.array_equal(np.isfinite(flag), np.isfinite(core))  # a flag exactly where there is a value
        assert bool(np.nansum(flag)) is expect_any
        assert np.array_equal(flag[np.isfinite(flag)] == 1,
                              np.asarray(result.outside_validity["crew_core_temp_c"])[np.isfinite(core)])


def test_pdf_peaks_table_flags_and_says_the_period(long_descent):
    from thermoviz.export.report_text import peaks_html

    html = "".join(peaks_html(long_descent))
    assert "While the crew is aboard" in html and "crew-aboard period" in html
    assert "extrapolated: beyond the model" in html
