"""°C / °F shown to people (View ▸ Units, --units): conversions and temperatures in prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thermoviz.model import units as U


@pytest.mark.parametrize("c, f", [(0.0, 32.0), (100.0, 212.0), (-40.0, -40.0), (40.0, 104.0), (38.0, 100.4),
                                  (37.0, 98.6)])
def test_fixed_points(c, f):
    """Water's fixed points, the −40 crossing, and NASA's "104 °F" for 40 °C."""
    assert U.c_to_unit(c, "F") == pytest.approx(f)
    assert U.unit_to_c(f, "F") == pytest.approx(c)
    assert U.c_to_unit(c, "C") == c


@given(st.floats(-273.15, 1e4, allow_nan=False))
def test_round_trip(c):
    assert U.unit_to_c(U.c_to_unit(c, "F"), "F") == pytest.approx(c, abs=1e-9)


def test_arrays_convert_elementwise():
    import numpy as np

    out = U.c_to_unit(np.array([0.0, 100.0, np.nan]), "F")
    assert out[:2].tolist() == [32.0, 212.0] and np.isnan(out[2])


@pytest.mark.parametrize("text, expected", [
    ("the cabin reaches 41 °C, core 38 °C", "the cabin reaches 106 °F, core 100 °F"),
    ("Comfort 18–27 °C", "Comfort 64–81 °F"),
    ("peak 39.45 °C", "peak 103.01 °F"),
    ("30.55 ± 0.98 °C for young adults", "86.99 ± 1.76 °F for young adults"),  # the ± part is a difference
    ("within ± 2 °C", "within ± 4 °F"),
    ("≈+30 °C afterwards", "≈+86 °F afterwards"),
    ("Cabin [°C]", "Cabin [°F]"),
    ("no temperature here, ISO 7933", "no temperature here, ISO 7933"),
])
def test_prose_in_fahrenheit(text, expected):
    assert U.localise_temps(text, "F") == expected
    assert U.localise_temps(text, "C") == text


def test_limits_keep_their_tenth():
    """A threshold is exact (38 °C is 100.4 °F); a measured 38 °C may be a rounded 37.95 (100 °F)."""
    assert U.localise_temps("Core 38 °C, comfort 18–27 °C", "F", exact=True) == "Core 100.4 °F, comfort 64.4–80.6 °F"
    assert U.localise_temps("Core 40 °C", "F", exact=True) == "Core 104 °F"


def test_prose_follows_the_chosen_unit():
    U.set_temp_unit("f")
    assert U.temp_unit() == "F" and U.temp_symbol() == "°F"
    assert U.localise_temps("40 °C") == "104 °F"
    assert U.temp_text(40.0, 0) == "104 °F"
    U.set_temp_unit("°C")
    assert U.localise_temps("40 °C") == "40 °C"


def test_bad_unit_names_the_field_and_choices():
    with pytest.raises(ValueError, match=r"units: must be one of C, F, got 'K'"):
        U.set_temp_unit("K")
    assert U.temp_unit() == "C"
