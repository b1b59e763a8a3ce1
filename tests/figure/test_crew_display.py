"""The crew core as drawn: trusted solid, extrapolated dotted and capped (Qt-free split)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from thermoviz.figure.crew_display import split_crew_core
from thermoviz.model.limits import CORE_DISPLAY_CAP_C


def test_extrapolated_part_is_dotted_capped_and_joined():
    t = np.arange(8.0)
    core = np.array([37.0, 37.5, 38.0, 39.0, 41.0, 43.0, 45.0, 64.7])
    outside = np.array([False, False, False, True, True, True, True, True])
    d = split_crew_core(t, core, outside)
    assert np.isnan(d.trusted_c[3:]).all() and np.array_equal(d.trusted_c[:3], core[:3])
    assert d.beyond_c[2] == 38.0  # the boundary sample joins the two lines
    assert np.nanmax(d.beyond_c) == CORE_DISPLAY_CAP_C
    assert d.capped_from_h == 5.0 and d.capped_to_h == 7.0 and d.drawn_max_c == CORE_DISPLAY_CAP_C


def test_above_the_cap_is_beyond_the_model_even_without_a_validity_mask():
    d = split_crew_core([0, 1, 2], [37.0, 42.5, 44.0], None)
    assert np.isnan(d.trusted_c[1:]).all() and d.capped_from_h == 1.0


def test_nothing_extrapolated_draws_everything_solid():
    d = split_crew_core([0, 1], [37.0, np.nan], [False, False])
    assert np.isnan(d.beyond_c).all() and d.capped_from_h is None and d.drawn_max_c == 37.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(30, 80), st.booleans()), min_size=1, max_size=40))
def test_drawn_values_never_exceed_the_cap_and_cover_every_sample(samples):
    core = np.array([c for c, _ in samples])
    outside = np.array([o for _, o in samples])
    d = split_crew_core(np.arange(len(core), dtype=float), core, outside)
    drawn = np.fmax(d.trusted_c, d.beyond_c)
    assert np.all(drawn <= CORE_DISPLAY_CAP_C + 1e-12)
    assert np.isfinite(drawn).all()  # every sample is drawn by one of the two lines
    assert np.all(np.isnan(d.trusted_c[outside]))
