"""Psychrometrics against published values and pythermalcomfort (oracle)."""

import numpy as np
import pytest

from thermoviz.model import psychro


@pytest.mark.parametrize("temp_c, kpa", [(0.0, 0.6112), (20.0, 2.339), (30.0, 4.246), (40.0, 7.384)])
def test_saturation_vapour_pressure_matches_steam_tables(temp_c, kpa):
    # IAPWS / CRC steam-table values; the Magnus form is within 0.5 % over 0-40 °C
    assert psychro.saturation_vapour_pressure_pa(temp_c) / 1e3 == pytest.approx(kpa, rel=5e-3)


def test_wet_bulb_matches_pythermalcomfort_stull_oracle():
    from pythermalcomfort.psychrometrics import wet_bulb_tmp

    t = np.array([15.0, 20.0, 27.0, 35.0, 40.0, 45.0])
    for rh in (10.0, 30.0, 60.0, 90.0):
        np.testing.assert_allclose(psychro.wet_bulb_c(t, rh), np.minimum(wet_bulb_tmp(t, rh), t), atol=1e-9)


def test_stull_reference_point_and_saturation_cap():
    # Stull (2011): T = 20 °C, RH = 50 % -> Tw = 13.7 °C
    assert psychro.wet_bulb_c(20.0, 50.0) == pytest.approx(13.7, abs=0.1)
    assert psychro.wet_bulb_c(40.0, 100.0) <= 40.0


def test_relative_humidity_round_trip():
    rho = psychro.vapour_density_from_rh(25.0, 40.0)
    assert psychro.relative_humidity_pct(rho, 25.0) == pytest.approx(40.0)
    assert psychro.vapour_pressure_kpa(rho, 25.0) == pytest.approx(0.4 * 3.169, rel=5e-3)
