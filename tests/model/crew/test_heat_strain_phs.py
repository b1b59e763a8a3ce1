"""PHS chaining itself: oracle values of domain.md §4.1 and chained-vs-single equivalence.

The oracle table was derived by calling pythermalcomfort 4.8.1 ``phs`` once per row
(sitting, 1.2 met, 0.6 clo, 0.1 m/s, tr = tdb, PHS defaults incl. acclimatised);
here the same conditions go through *our* chained path (10-minute segments).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from thermoviz.model.crew import heat_strain as hs
from thermoviz.model.crew.params import DEFAULT_CREW, TABLE_CREW


@pytest.fixture(scope="module", autouse=True)
def phs_warm():
    """Import pythermalcomfort and JIT-compile phs once for the module (~2-4 s)."""
    hs.crew_core_temp_constant(30.0, 50.0, 1)


# tdb °C, RH %, D_lim,tre min (None = not within 6 h), t_re at 6 h °C  — domain.md §4.1
DOMAIN_TABLE = [
    (27, 60, None, 37.1),
    (30, 60, None, 37.1),
    (33, 80, None, 37.9),
    (35, 60, None, 37.0),
    (35, 80, 94, 40.0),
    (38, 60, 114, 39.5),
    (40, 40, None, 37.2),
    (40, 60, 63, 41.5),
    (45, 40, 63, 41.5),
]


@pytest.mark.parametrize("tdb_c, rh_pct, d_lim_min, t_re_6h_c", DOMAIN_TABLE)
def test_chained_path_reproduces_domain_table(tdb_c, rh_pct, d_lim_min, t_re_6h_c):
    out = hs.crew_strain_constant(tdb_c, rh_pct, 360, TABLE_CREW)
    assert out.core_temp_c == pytest.approx(t_re_6h_c, abs=0.06)
    if d_lim_min is None:
        assert math.isnan(out.minutes_to_limit)
    else:
        # PHS D_lim,tre is the first whole minute with t_re >= 38 °C; ours is interpolated
        # between whole minutes, so it lies in (d-1, d] (one extra minute for chaining).
        assert d_lim_min - 2 < out.minutes_to_limit <= d_lim_min + 1


def test_two_chained_hours_equal_one_two_hour_call():
    from pythermalcomfort.models import phs

    kwargs = DEFAULT_CREW.phs_kwargs()
    single = phs(tdb=40.0, tr=40.0, rh=50.0, duration=120, **kwargs, **hs.PHS_INITIAL_STATE)
    chained = hs.chain_phs([40.0, 40.0], [50.0, 50.0], [60, 60])
    assert chained.time_min.tolist() == [0, 60, 120]
    assert chained.t_re_c[-1] == pytest.approx(float(single.t_re), abs=0.02)
    assert chained.sweat_loss_g[-1] == pytest.approx(float(single.sweat_loss_g), rel=2e-3)
    # and the state really is carried: a fresh start for hour 2 would be far cooler
    restarted = phs(tdb=40.0, tr=40.0, rh=50.0, duration=60, **kwargs, **hs.PHS_INITIAL_STATE)
    assert chained.t_re_c[-1] > float(restarted.t_re) + 0.5


def test_ten_minute_segments_track_one_minute_chaining_on_a_changing_cabin():
    # cabin warms 24 -> 44 °C over 6 h at constant vapour pressure 4 kPa
    minutes = np.arange(360)
    tdb = 24.0 + 20.0 * (minutes + 0.5) / 360
    rh = 100 * 4.0 / hs.saturation_vapour_pressure_kpa(tdb)
    fine = hs.chain_phs(tdb, rh, [1] * 360)
    seg_tdb = tdb.reshape(36, 10).mean(axis=1)
    seg_rh = 100 * 4.0 / hs.saturation_vapour_pressure_kpa(seg_tdb)
    coarse = hs.chain_phs(seg_tdb, seg_rh, [10] * 36)
    fine_at_coarse_nodes = fine.t_re_c[::10]
    assert np.max(np.abs(coarse.t_re_c - fine_at_coarse_nodes)) < 0.03
    assert coarse.limit_min == pytest.approx(float(fine.limit_min), abs=1.0)
    assert coarse.t_re_c[-1] > 38.0  # the case does cross the limit


def test_vectorised_cases_match_one_by_one():
    tdb = np.array([27.0, 40.0, 35.0])
    rh = np.array([60.0, 60.0, 80.0])
    together = hs.crew_strain_constant(tdb, rh, 120)
    for i in range(3):
        alone = hs.crew_strain_constant(tdb[i], rh[i], 120)
        assert together.core_temp_c[i] == pytest.approx(alone.core_temp_c, abs=1e-9)
        assert together.sweat_loss_g[i] == pytest.approx(alone.sweat_loss_g, rel=1e-9)


def test_not_acclimatised_crew_is_strained_sooner_than_the_table_subject():
    crew = hs.crew_strain_constant(38.0, 60.0, 360, DEFAULT_CREW)
    table = hs.crew_strain_constant(38.0, 60.0, 360, TABLE_CREW)
    assert crew.minutes_to_limit < table.minutes_to_limit
    assert crew.core_temp_c > table.core_temp_c


def test_validity_range_matches_iso_7933():
    # 40 °C / 60 % RH is 4.42 kPa (inside); 40 °C / 70 % RH is 5.2 kPa (outside)
    assert hs.phs_inputs_valid(40.0, 0.6 * hs.saturation_vapour_pressure_kpa(40.0))
    assert not hs.phs_inputs_valid(40.0, 0.7 * hs.saturation_vapour_pressure_kpa(40.0))
    assert not hs.phs_inputs_valid(51.0, 3.0)
    assert not hs.phs_inputs_valid(14.0, 1.0)
    assert not hs.phs_inputs_valid(22.0, 0.4)  # very dry air: below 0.5 kPa (2023 edition)


def test_segment_split_covers_whole_minutes():
    assert hs.split_minutes(360, 10) == [10] * 36
    parts = hs.split_minutes(208, 10)
    assert sum(parts) == 208 and max(parts) <= 10 and min(parts) >= 9
    assert hs.split_minutes(0, 10) == []
    with pytest.raises(ValueError, match="segment_minutes"):
        hs.chain_phs([30.0], [50.0], [0])


def test_importing_the_module_does_not_import_pythermalcomfort():
    # the GUI start-up path must not pay ~1.3 s for pythermalcomfort/numba
    import subprocess
    import sys

    code = ("import sys, thermoviz.model.crew.heat_strain; "
            "print('pythermalcomfort' in sys.modules, 'numba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
