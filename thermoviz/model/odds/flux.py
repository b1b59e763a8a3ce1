"""Particle fluxes at the station's orbit: meteoroids (Grün 1985 / ECSS) and orbital debris (NASA 91).

Both return the cumulative flux of particles at least as big as asked, in impacts per m² of a
randomly oriented surface per year.  Closed forms only (a call costs microseconds).

Meteoroids: Grün et al. (1985), Icarus 62:244-272, eq. A3, the interplanetary flux at 1 AU as
standardised in ECSS-E-ST-10-04C §10.2.4.1 (per m² of a single-sided randomly oriented flat plate,
with the seconds-per-year factor 3.15576e7), corrected for the Earth by the Earth-shielding factor
``(1 + cos η) / 2`` with ``sin η = (R_E + 100 km) / r`` (Annex C.1.3.1) and the gravitational
enhancement ``1 + R_E / r`` (as recalled; ECSS derives it from the velocity distribution, Annex
C.1.2, and adds a spacecraft-motion factor K that the model factor's range covers).  Density
2.5 g/cm³ (ECSS) turns a diameter into a mass.

Orbital debris: the NASA 91 engineering model (Kessler, Reynolds & Anz-Meador 1991, NASA TM-100471
rev.; in SSP 30425 rev. B and listed by ECSS-E-ST-10-04 as a simple model), a closed form in
size, altitude, inclination, year and solar activity.  Its growth terms were fitted to the 1980s
population (2 %/yr for small fragments, 4 %/yr from 2011 on, 5 %/yr for the mass in orbit) and are
extrapolated to the 2020s; docs/sources.md states the factor-of-3 band used.
"""

from __future__ import annotations

import math

import numpy as np

EARTH_RADIUS_KM = 6378.0
SECONDS_PER_YEAR = 3.15576e7  # ECSS: the Grün flux per second times this factor is per year
SHIELDING_ATMOSPHERE_KM = 100.0  # ECSS: the atmosphere's height in the shielding angle
METEOROID_DENSITY_G_CM3 = 2.5  # ECSS-E-ST-10-04C mean meteoroid density

# Grün et al. (1985) eq. A3 constants (m in grams, flux per m² per second)
_C4, _C5, _G4, _G5 = 2.2e3, 15.0, 0.306, -4.38
_C6, _C7, _C8, _G8 = 1.3e-9, 1.0e11, 1.0e27, -0.36
_C9, _C10, _G10 = 1.3e-16, 1.0e6, -0.85


def grun_flux_per_m2_s(mass_g):
    """Grün (1985) interplanetary cumulative flux at 1 AU, particles of mass >= ``mass_g`` [m⁻² s⁻¹]."""
    m = np.asarray(mass_g, dtype=float)
    return ((_C4 * m ** _G4 + _C5) ** _G5
            + _C6 * (m + _C7 * m ** 2 + _C8 * m ** 4) ** _G8
            + _C9 * (m + _C10 * m ** 2) ** _G10)


def grun_flux_per_m2_yr(mass_g):
    """The same per year (ECSS-E-ST-10-04C form) [m⁻² yr⁻¹]."""
    return SECONDS_PER_YEAR * grun_flux_per_m2_s(mass_g)


def sphere_mass_g(diameter_mm, density_g_cm3: float = METEOROID_DENSITY_G_CM3):
    """Mass of a sphere of ``diameter_mm`` [g]."""
    d_cm = np.asarray(diameter_mm, dtype=float) / 10.0
    return density_g_cm3 * math.pi / 6.0 * d_cm ** 3


def gravitational_enhancement(altitude_km: float) -> float:
    """ECSS gravitational enhancement of the meteoroid flux, ``1 + R_E / r`` (≈1.94 at 400 km)."""
    return 1.0 + EARTH_RADIUS_KM / (EARTH_RADIUS_KM + altitude_km)


def earth_shielding(altitude_km: float) -> float:
    """ECSS Earth-shielding factor ``(1 + cos η) / 2``, ``sin η = (R_E + 100 km) / r`` (≈0.66 at 400 km)."""
    sin_eta = (EARTH_RADIUS_KM + SHIELDING_ATMOSPHERE_KM) / (EARTH_RADIUS_KM + altitude_km)
    return (1.0 + math.sqrt(max(0.0, 1.0 - sin_eta ** 2))) / 2.0


def meteoroid_flux_per_m2_yr(diameter_mm, altitude_km: float, focusing: float | None = None):
    """Meteoroids of diameter >= ``diameter_mm`` in Earth orbit [m⁻² yr⁻¹] (Grün × focusing × shielding).

    ``focusing``: the gravitational enhancement factor (default: the ECSS ``1 + R_E / r``).
    """
    g = gravitational_enhancement(altitude_km) if focusing is None else focusing
    return grun_flux_per_m2_yr(sphere_mass_g(diameter_mm)) * g * earth_shielding(altitude_km)


# NASA 91 debris model (Kessler et al. 1991), d in cm, flux per m² per year
DEBRIS_BASE_YEAR = 1988
DEBRIS_FRAGMENT_GROWTH = (0.02, 0.04)  # q, q': yearly growth of the small fragments, to / after 2011 (g1)
DEBRIS_FRAGMENT_GROWTH_CHANGE_YEAR = 2011
DEBRIS_MASS_GROWTH = 0.05  # p: yearly growth of the mass in orbit (g2, large objects)


def debris_inclination_factor(inclination_deg: float) -> float:
    """ψ(i), the NASA 91 inclination factor: more debris crosses steeper orbits.

    Interpolated through the model's tabulated values as recalled (docs/sources.md labels them
    "from memory"): 0.91 at 28.5°, 1.2 at 51.6° (the ISS), 1.4 at 65°, 1.6 at 90°.
    """
    knots_deg = (0.0, 28.5, 51.6, 65.0, 90.0, 100.0)
    values = (0.85, 0.91, 1.2, 1.4, 1.6, 1.7)
    return float(np.interp(inclination_deg, knots_deg, values))


def debris_flux_per_m2_yr(diameter_mm, altitude_km: float, inclination_deg: float, year: float,
                          solar_flux_sfu: float = 120.0):
    """Orbital debris of diameter >= ``diameter_mm`` (NASA 91 closed form) [m⁻² yr⁻¹].

    ``solar_flux_sfu``: F10.7 of the year before (13-month smoothed); a higher value means a denser
    upper atmosphere that clears the debris faster.
    """
    d_cm = np.asarray(diameter_mm, dtype=float) / 10.0
    phi1 = 10.0 ** (altitude_km / 200.0 - solar_flux_sfu / 140.0 - 1.5)
    phi = phi1 / (phi1 + 1.0)
    q, q_late = DEBRIS_FRAGMENT_GROWTH
    early = min(year, DEBRIS_FRAGMENT_GROWTH_CHANGE_YEAR) - DEBRIS_BASE_YEAR
    late = max(0.0, year - DEBRIS_FRAGMENT_GROWTH_CHANGE_YEAR)
    g1 = (1.0 + q) ** early * (1.0 + q_late) ** late
    g2 = 1.0 + DEBRIS_MASS_GROWTH * (year - DEBRIS_BASE_YEAR)
    f1 = 1.22e-5 * d_cm ** -2.5
    f2 = 8.1e10 * (d_cm + 700.0) ** -6
    return phi * debris_inclination_factor(inclination_deg) * (f1 * g1 + f2 * g2)
