"""Meteoroid and debris fluxes (thermoviz.model.odds.flux) against closed forms and published anchors."""

from __future__ import annotations

import math

import pytest

from thermoviz.model.odds import flux
from thermoviz.model.odds.wall import AMG6_WALL_1MM, Wall, critical_diameter_mm, penetration_depth_mm, perforates


def grun_typed_from_the_standard(m: float) -> float:
    """ECSS-E-ST-10-04C §10.2 as quoted in the project's stack notes: F1 + F2 + F3 per m² per second."""
    f1 = (2.2e3 * m ** 0.306 + 15) ** -4.38
    f2 = 1.3e-9 * (m + 1e11 * m ** 2 + 1e27 * m ** 4) ** -0.36
    f3 = 1.3e-16 * (m + 1e6 * m ** 2) ** -0.85
    return f1 + f2 + f3


@pytest.mark.parametrize("mass_g", [1e-12, 1e-9, 1e-6, 1e-3, 1.0, 100.0])
def test_grun_flux_is_the_ecss_formula_per_year(mass_g):
    assert flux.grun_flux_per_m2_yr(mass_g) == pytest.approx(3.15576e7 * grun_typed_from_the_standard(mass_g),
                                                             rel=1e-12)


@pytest.mark.parametrize("diameter_mm, per_m2_yr", [(0.1, 1.16), (0.2, 0.139), (0.3, 0.035), (0.5, 0.0057),
                                                   (1.0, 4.2e-4)])
def test_grun_flux_at_sizes_matches_the_reference_table(diameter_mm, per_m2_yr):
    # docs/sources.md §8 table (2.5 g/cm³ spheres, raw Grün at 1 AU): the textbook order of magnitude,
    # e.g. a 1 mm meteoroid ~4e-4 per m² per year
    assert flux.grun_flux_per_m2_yr(flux.sphere_mass_g(diameter_mm)) == pytest.approx(per_m2_yr, rel=0.03)


def test_earth_factors_at_the_station():
    # sin η = (R_E + 100 km)/(R_E + h): ≈0.65 at 400 km; focusing 1 + R_E/r ≈ 1.94
    assert flux.earth_shielding(400.0) == pytest.approx(0.65, abs=0.01)
    assert flux.gravitational_enhancement(400.0) == pytest.approx(1.94, abs=0.01)
    assert flux.earth_shielding(36000.0) > 0.99  # far away the Earth hides almost nothing
    with_earth = flux.meteoroid_flux_per_m2_yr(0.3, 420.0)
    raw = flux.grun_flux_per_m2_yr(flux.sphere_mass_g(0.3))
    assert 1.1 < with_earth / raw < 1.4  # focusing slightly outweighs the shielding in LEO


def test_debris_flux_orders_of_magnitude_at_the_iss():
    # ORDEM-era figures at the ISS (from memory): ~1e-5 per m² per year for >= 1 cm, a few 1e-3 for >= 1 mm
    one_cm = flux.debris_flux_per_m2_yr(10.0, 420.0, 51.6, 2022.9)
    one_mm = flux.debris_flux_per_m2_yr(1.0, 420.0, 51.6, 2022.9)
    assert 3e-6 < one_cm < 5e-5
    assert 1e-3 < one_mm < 1e-2
    # debris grows with the years and thins with a busier Sun (denser upper atmosphere)
    assert flux.debris_flux_per_m2_yr(1.0, 420.0, 51.6, 2022.9) > flux.debris_flux_per_m2_yr(1.0, 420.0, 51.6, 2000)
    assert flux.debris_flux_per_m2_yr(1.0, 420.0, 51.6, 2022.9, 200) < one_mm


def test_ballistic_limit_of_a_1mm_aluminium_wall():
    # docs/sources.md §8: a 1 mm Al 6061-T6 wall is perforated by ≈0.17 mm at 20 km/s (meteoroid,
    # normal) or ≈0.27 mm at 10 km/s (debris)
    al6061 = Wall(thickness_mm=1.0, brinell_hardness=95.0, density_g_cm3=2.7, sound_speed_km_s=5.1)
    assert critical_diameter_mm(20.0, 0.0, 2.5, al6061) == pytest.approx(0.17, abs=0.01)
    assert critical_diameter_mm(10.0, 0.0, 2.8, al6061) == pytest.approx(0.26, abs=0.015)
    d = critical_diameter_mm(20.0, 45.0, 2.5, AMG6_WALL_1MM)
    assert perforates(d * 1.01, 20.0, 45.0, 2.5, AMG6_WALL_1MM)
    assert not perforates(d * 0.99, 20.0, 45.0, 2.5, AMG6_WALL_1MM)
    # the Cour-Palais exponents: depth ∝ d^(19/18) · V^(2/3)
    ratio = penetration_depth_mm(0.2, 16.0, 0.0, 2.5, AMG6_WALL_1MM) / penetration_depth_mm(0.1, 2.0, 0.0, 2.5,
                                                                                            AMG6_WALL_1MM)
    assert ratio == pytest.approx(2 ** (19 / 18) * 8 ** (2 / 3), rel=1e-9)


def test_ldef_impact_count_order_of_magnitude():
    """LDEF: ~130 m² exposed for 69 months (Apr 1984 - Jan 1990, 28.5°, 480 -> 340 km); the M&D SIG
    "measured and photographed approximately 4,600 individual impact events; craters >0.5 mm and
    penetrations >0.3 mm in diameter" (NASA JSC curation, https://curator.jsc.nasa.gov/mic/ldef/mdsig.cfm).

    Craters in the thick 6061 aluminium of the frame and trays: crater diameter ≈ 2·P∞ (a hemisphere).
    """
    al6061 = Wall(thickness_mm=10.0, brinell_hardness=95.0, density_g_cm3=2.7, sound_speed_km_s=5.1)

    # the particle whose P∞ is 0.25 mm at 45° (P∞ ∝ d^(19/18)): meteoroids at 20 km/s, debris at 9 km/s
    d_met = (0.25 / penetration_depth_mm(1.0, 20.0, 45.0, 2.5, al6061)) ** (18 / 19)
    d_deb = (0.25 / penetration_depth_mm(1.0, 9.0, 45.0, 2.8, al6061)) ** (18 / 19)
    assert 0.03 < d_met < 0.2 and 0.03 < d_deb < 0.2
    area_years = 130.0 * 69 / 12
    count = area_years * (flux.meteoroid_flux_per_m2_yr(d_met, 410.0)
                          + flux.debris_flux_per_m2_yr(d_deb, 410.0, 28.5, 1987.0))
    assert 4600 / 10 < count < 4600 * 10, count
    assert math.log10(count) == pytest.approx(math.log10(4600), abs=0.7)


def test_iss_returned_hardware_impact_count_order_of_magnitude():
    """ISS: "Pressurized Mating Adapter-2 (PMA-2) cover returned in 2015 after 1.6 years exposure with 26
    observed damages" (Hyde et al., NASA JSC HVIT, 7th European Conference on Space Debris 2017,
    https://conference.sdo.esoc.esa.int/proceedings/sdc7/paper/329).

    The abstract gives no area or size threshold: the cover is taken as 2-4 m² (a soft cover over a
    docking port ~1.3 m across, estimate) and the observed features as made by particles of 0.1 mm or more
    (visible damage in a fabric cover, estimate).  The model must land within a factor of 10.
    """
    per_m2_yr = (flux.meteoroid_flux_per_m2_yr(0.1, 410.0)
                 + flux.debris_flux_per_m2_yr(0.1, 410.0, 51.6, 2014.5))
    low, high = 2.0 * 1.6 * per_m2_yr, 4.0 * 1.6 * per_m2_yr
    assert 26 / 10 < low and high < 26 * 10, (low, high)
