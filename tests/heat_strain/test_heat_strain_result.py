"""add_crew_strain on physics-only Results: NaN off board, validity flags, crew_limit, notes.

The Results are built directly with the Result constructor (a synthetic cabin), so these
tests pin the crew model independently of the loop/cabin physics.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from thermoviz.model import heat_strain as hs
from thermoviz.model.limits import CREW_CORE_LIMIT_C
from thermoviz.model.result import EVENTS, SERIES, Result, Verdict
from thermoviz.model.scenario import Scenario


@pytest.fixture(scope="module", autouse=True)
def phs_warm():
    """Import pythermalcomfort and JIT-compile phs once for the module (~2-4 s)."""
    hs.crew_core_temp_constant(30.0, 50.0, 1)


def physics_result(cabin_temp_c, cabin_rh_pct, aboard, *, crew=3, step_h=0.05, duration_h=8.0,
                   undock_h=1.0, landing_h=None):
    """A physics-only Result: cabin given as functions of time [h] (or constants)."""
    time_h = np.round(np.arange(0.0, duration_h + step_h / 2, step_h), 10)
    as_series = (lambda f: np.asarray(f(time_h), float) if callable(f) else np.full(time_h.shape, float(f)))
    series = {name: np.zeros(time_h.shape) for name in SERIES}
    series["cabin_temp_c"] = as_series(cabin_temp_c)
    series["cabin_rh_pct"] = as_series(cabin_rh_pct)
    series["crew_core_temp_c"] = np.full(time_h.shape, np.nan)
    events = dict.fromkeys(EVENTS)
    events.update(undock=undock_h, landing=landing_h)
    scenario = Scenario(crew=crew, duration_h=duration_h, undock_time_h=undock_h, hatch_open=False)
    return Result(scenario, time_h, series, events, Verdict("physics only", "info"),
                  crew_aboard=aboard(time_h), notes=("a physics note",))


def aboard_between(t0, t1):
    return lambda t: (t >= t0 - 1e-9) & (t <= t1 + 1e-9)


def test_crew_core_is_nan_off_board_and_starts_rested():
    before = physics_result(30.0, 50.0, aboard_between(1.0, 6.5), landing_h=6.5)
    after = hs.add_crew_strain(before)
    t, core = after.time_h, after.crew_core_temp_c
    on = after.crew_aboard
    assert np.all(np.isnan(core[~on])) and np.all(np.isfinite(core[on]))
    assert core[np.argmax(on)] == pytest.approx(36.8)
    assert after.crew_strain_computed and not before.crew_strain_computed
    assert np.all(np.isnan(before.crew_core_temp_c))  # the input Result is untouched
    assert after is not before and after.cabin_temp_c is before.cabin_temp_c
    assert after.events["undock"] == 1.0 and after.events["landing"] == 6.5
    assert after.notes[0] == "a physics note" and any("not validated" in n for n in after.notes)
    assert isinstance(after.verdict, Verdict)
    # a comfortable cabin: no limit, every input inside the PHS range
    assert after.events["crew_limit"] is None
    assert not after.outside_validity["crew_core_temp_c"].any()
    assert t[on][-1] == pytest.approx(6.5) and 36.8 < core[on][-1] < 37.5


def test_constant_cabin_matches_constant_helper():
    after = hs.add_crew_strain(physics_result(38.0, 60.0, aboard_between(1.0, 7.0)))
    expected = hs.crew_strain_constant(38.0, 60.0, 360)
    assert after.at(7.0)["crew_core_temp_c"] == pytest.approx(expected.core_temp_c, abs=1e-6)
    assert after.events["crew_limit"] == pytest.approx(1.0 + expected.minutes_to_limit / 60, abs=1e-9)


def test_crew_limit_is_interpolated_and_lies_on_the_curve():
    from pythermalcomfort.models import phs

    after = hs.add_crew_strain(physics_result(40.0, 60.0, aboard_between(1.0, 7.0)))
    limit_h = after.events["crew_limit"]
    d_lim = float(phs(tdb=40.0, tr=40.0, rh=60.0, duration=360, **hs.DEFAULT_CREW.phs_kwargs()).d_lim_t_re)
    # PHS's first whole minute at >= 38 °C is d_lim; the interpolated crossing is just before it
    assert 1.0 + (d_lim - 1) / 60 <= limit_h <= 1.0 + d_lim / 60
    assert limit_h != pytest.approx(round(limit_h * 20) / 20, abs=1e-6)  # not snapped to the 3-min grid
    core, t = after.crew_core_temp_c, after.time_h
    assert np.all(core[t < limit_h - 1e-9][np.isfinite(core[t < limit_h - 1e-9])] < CREW_CORE_LIMIT_C)
    assert np.all(core[(t > limit_h) & after.crew_aboard] > CREW_CORE_LIMIT_C)


def test_hot_humid_cabin_is_flagged_not_hidden():
    # cabin warms 25 -> 41 °C over 8 h at 70 % RH: vapour pressure passes 4.5 kPa at ~36 °C
    cabin = lambda t: 25.0 + 2.0 * t  # noqa: E731
    after = hs.add_crew_strain(physics_result(cabin, 70.0, aboard_between(1.0, 8.0)))
    flags = after.outside_validity["crew_core_temp_c"]
    p_a = 0.7 * hs.saturation_vapour_pressure_kpa(cabin(after.time_h))
    exit_h = after.time_h[np.argmax(p_a > 4.5)]
    assert not flags[after.time_h < exit_h - 0.05].any()
    assert flags[(after.time_h >= exit_h) & after.crew_aboard].all()
    assert not flags[~after.crew_aboard].any()
    # extrapolated, not NaN
    assert np.all(np.isfinite(after.crew_core_temp_c[flags]))
    (note,) = [n for n in after.notes if "validity range" in n]
    assert f"at {exit_h:.1f} h" in note and "vapour pressure" in note and "extrapolation" in note


def test_hot_cabin_from_the_start_flags_the_whole_period():
    after = hs.add_crew_strain(physics_result(42.0, 75.0, aboard_between(1.0, 4.0)))
    flags = after.outside_validity["crew_core_temp_c"]
    assert np.array_equal(flags, after.crew_aboard)
    assert any("at 1.0 h" in n and "above 4.5 kPa" in n for n in after.notes)


def test_no_crew_gives_no_crew_curve():
    after = hs.add_crew_strain(physics_result(45.0, 60.0, aboard_between(1.0, 7.0), crew=0))
    assert np.all(np.isnan(after.crew_core_temp_c))
    assert after.events["crew_limit"] is None
    assert after.crew_strain_computed
    assert not after.outside_validity["crew_core_temp_c"].any()
    assert after.notes == ("a physics note",)


def test_never_aboard_gives_all_nan():
    after = hs.add_crew_strain(physics_result(45.0, 60.0, lambda t: np.zeros(t.shape, bool)))
    assert np.all(np.isnan(after.crew_core_temp_c)) and after.events["crew_limit"] is None


def test_each_aboard_period_starts_from_a_rested_crew():
    aboard = lambda t: ((t >= 1.0) & (t <= 3.0)) | ((t >= 4.0) & (t <= 6.0))  # noqa: E731
    after = hs.add_crew_strain(physics_result(40.0, 60.0, aboard))
    core, t = after.crew_core_temp_c, after.time_h
    assert core[np.isclose(t, 4.0)][0] == pytest.approx(36.8)
    assert core[np.isclose(t, 3.0)][0] > 38.5
    assert np.all(np.isnan(core[(t > 3.01) & (t < 3.99)]))
    # the same exposure gives the same curve in both periods
    assert core[np.isclose(t, 5.5)][0] == pytest.approx(core[np.isclose(t, 2.5)][0], abs=1e-9)
    assert after.events["crew_limit"] < 3.0


def test_changing_cabin_is_followed_not_averaged():
    # hot first, then cooled: the crew heats, then recovers
    cabin = lambda t: np.where(t < 3.0, 40.0, 24.0)  # noqa: E731
    after = hs.add_crew_strain(physics_result(cabin, 55.0, aboard_between(1.0, 8.0)))
    core, t = after.crew_core_temp_c, after.time_h
    peak_at = t[np.nanargmax(core)]
    assert 2.9 <= peak_at <= 3.4
    assert core[np.isclose(t, 8.0)][0] < np.nanmax(core) - 0.5


def test_long_hot_exposure_reports_the_dehydration_limits():
    after = hs.add_crew_strain(physics_result(45.0, 30.0, aboard_between(0.0, 8.0), undock_h=0.0))
    dehydration = [n for n in after.notes if "of body mass" in n]
    assert len(dehydration) == 2
    assert "3%" in dehydration[0] and "5%" in dehydration[1]
    hours = [float(n.rsplit(" at ", 1)[1].split(" h")[0]) for n in dehydration]
    assert 0 < hours[0] < hours[1] < 8.0
    sweat_3pct = hs.crew_strain_constant(45.0, 30.0, round(hours[0] * 60) + 6).sweat_loss_g
    assert sweat_3pct >= 0.03 * 75_000


def test_already_computed_result_is_returned_by_the_api_unchanged():
    from thermoviz.api import with_crew_strain

    once = hs.add_crew_strain(physics_result(30.0, 50.0, aboard_between(1.0, 2.0)))
    assert with_crew_strain(once) is once
    assert not math.isnan(once.at(1.5)["crew_core_temp_c"])


def test_station_module_crew_beyond_eight_hours_is_marked_illustrative():
    # a warm module worked in for 24 h (no undock): PHS covers one 8-h work sequence
    after = hs.add_crew_strain(physics_result(34.0, 50.0, lambda t: np.ones(t.shape, bool),
                                              duration_h=24.0, undock_h=None, step_h=0.25))
    assert any("more than 8 h" in n and "illustrative" in n for n in after.notes)
    assert not any("cannot drink" in n for n in after.notes)  # station crew drink
    for note in (n for n in after.notes if "of body mass" in n):
        assert float(note.rsplit(" at ", 1)[1].split(" h")[0]) <= 8.0
    assert np.all(np.isfinite(after.crew_core_temp_c))
