"""Puncture odds (thermoviz.model.odds.estimate/fleet): bands, monotonicity, the record."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thermoviz.model.odds import ESTIMATES, Estimate, Orbit, at_least, perforation_odds, record_odds, three_leaks_odds
from thermoviz.model.odds.fleet import RECORD_LEAKS
from thermoviz.model.odds.words import nice_number, one_in

SOYUZ = Estimate("radiator_area_m2", 8.0, 10.0, 12.0, "m2", "test")
AREAS = {"soyuz-ms": SOYUZ, "progress-ms": SOYUZ, "nauka": Estimate("a", 5.0, 10.0, 15.0, "m2", "test")}

holes = st.floats(min_value=0.0, max_value=20.0, allow_nan=False)
days = st.floats(min_value=0.0, max_value=3650.0, allow_nan=False)


def ends(band):
    return band.low, band.central, band.high


@settings(max_examples=150, deadline=None)
@given(holes, holes, days)
def test_a_bigger_hole_is_never_more_likely(a, b, t):
    small, big = sorted((a, b))
    for lo, hi in zip(ends(perforation_odds(SOYUZ, t, big).probability),
                      ends(perforation_odds(SOYUZ, t, small).probability)):
        assert lo <= hi * (1 + 1e-12)


@settings(max_examples=150, deadline=None)
@given(days, days, holes)
def test_a_longer_exposure_is_never_less_likely(a, b, hole):
    short, long_ = sorted((a, b))
    for s, l_ in zip(ends(perforation_odds(SOYUZ, short, hole).expected_count),
                     ends(perforation_odds(SOYUZ, long_, hole).expected_count)):
        assert s <= l_ * (1 + 1e-12)


@settings(max_examples=100, deadline=None)
@given(holes, st.floats(min_value=1.0, max_value=3650.0))
def test_band_is_ordered_and_probabilities_are_poisson(hole, t):
    odds = perforation_odds(SOYUZ, t, hole)
    n, p = odds.expected_count, odds.probability
    assert 0 <= n.low <= n.central <= n.high
    assert 0 <= p.low <= p.central <= p.high <= 1
    assert p.central == pytest.approx(at_least(1, n.central), rel=1e-12)
    # counts are linear in time: the band scales exactly
    assert perforation_odds(SOYUZ, 2 * t, hole).expected_count.central == pytest.approx(2 * n.central, rel=1e-9)


def test_band_is_about_an_order_of_magnitude_wide():
    n = perforation_odds(SOYUZ, 182.6, 0.8).expected_count
    assert 3 < n.high / n.low < 100  # never a single confident number, never meaningless either


def test_each_estimate_moves_the_count_the_stated_way():
    for est in ESTIMATES:
        assert est.low <= est.central <= est.high, est.name
        more, fewer = est.at(1.0), est.at(-1.0)
        assert {more, fewer} <= {est.low, est.high} or est.low == est.high


def test_ms22_hole_odds_are_a_few_percent_per_mission():
    # the hobbyist question: a hole like MS-22's (0.8 mm) on a Soyuz in a 6-month mission
    p = perforation_odds(SOYUZ, 182.6, 0.8).probability
    assert 0.003 < p.low and p.high < 0.5 and 0.01 < p.central < 0.2


def test_poisson_at_least():
    assert at_least(1, 0.0) == 0.0 and at_least(0, 0.0) == 1.0
    assert at_least(1, 1.0) == pytest.approx(1 - 2.718281828459045 ** -1)
    assert at_least(3, 2.0) == pytest.approx(1 - 0.1353352832 * (1 + 2 + 2), rel=1e-9)


def test_three_leaks_and_the_record():
    fleet = three_leaks_odds(AREAS)
    assert fleet.leaks == 3 and 0 < fleet.probability.low <= fleet.probability.central <= fleet.probability.high < 1
    # the long record (2 leaks in ~155 flights) sits inside the model's order of magnitude
    record = record_odds(SOYUZ)
    assert record.expected_count.low / 10 <= RECORD_LEAKS <= record.expected_count.high * 10
    assert record.probability.low <= record.probability.high


def test_odds_need_sensible_inputs():
    with pytest.raises(ValueError, match="days"):
        perforation_odds(SOYUZ, -1.0, 0.8)
    with pytest.raises(ValueError, match="min_hole_mm"):
        perforation_odds(SOYUZ, 10.0, float("nan"))
    assert perforation_odds(SOYUZ, 0.0, 0.8).probability.high == 0.0
    higher = perforation_odds(SOYUZ, 182.6, 0.0, Orbit(altitude_km=550.0)).expected_count.central
    assert higher > perforation_odds(SOYUZ, 182.6, 0.0).expected_count.central  # more debris higher up


def test_words():
    assert one_in(0.05) == "1 in 20" and one_in(0.000123) == "1 in 8,100"
    assert one_in(0.99) == "almost certain" and one_in(1e-9) == "less than 1 in a million"
    assert nice_number(6.8) == "6.8" and nice_number(3712) == "3,700"
