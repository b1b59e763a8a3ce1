"""Moist-air relations for the cabin: saturation, relative humidity, wet-bulb.

All functions take floats or numpy arrays (vectorised).

* Saturation vapour pressure over water, Magnus form with the Alduchov &
  Eskridge (1996, J. Appl. Meteor. 35:601) coefficients, good to ~0.1 % from
  -40 to 50 °C::

      e_s(T) = 610.94 Pa · exp(17.625·T / (T + 243.04)),   T in °C

* Vapour density (ideal gas): rho_v = e / (R_v · T_K), R_v = 461.5 J/(kg·K).
* Wet-bulb temperature: Stull (2011), "Wet-bulb temperature from relative
  humidity and air temperature", J. Appl. Meteor. Climatol. 50:2267, valid for
  RH 5–99 % and -20…50 °C at sea-level pressure (±1 °C in that range; the cabin
  is at ~101 kPa).  At or near saturation the formula is capped at the dry-bulb
  temperature (the exact wet-bulb of saturated air).
"""

from __future__ import annotations

import numpy as np

R_VAPOUR_J_KG_K = 461.5
LATENT_HEAT_J_KG = 2.43e6  # evaporation of water at ~30 °C (docs/sources.md §5.1)
AIR_DENSITY_KG_M3 = 1.18  # cabin air at ~101 kPa, 25 °C
AIR_CP_J_KG_K = 1005.0


def saturation_vapour_pressure_pa(temp_c):
    """Saturation vapour pressure over water [Pa] (Alduchov & Eskridge 1996 Magnus form)."""
    temp_c = np.asarray(temp_c, dtype=float)
    return 610.94 * np.exp(17.625 * temp_c / (temp_c + 243.04))


def vapour_density_kg_m3(vapour_pressure_pa, temp_c):
    """Water-vapour density [kg/m³] from its partial pressure [Pa] and temperature [°C]."""
    return np.asarray(vapour_pressure_pa, dtype=float) / (R_VAPOUR_J_KG_K * (np.asarray(temp_c) + 273.15))


def saturation_vapour_density_kg_m3(temp_c):
    """Vapour density of saturated air [kg/m³]."""
    return vapour_density_kg_m3(saturation_vapour_pressure_pa(temp_c), temp_c)


def vapour_density_from_rh(temp_c, rh_pct):
    """Vapour density [kg/m³] of air at ``temp_c`` [°C] and relative humidity ``rh_pct`` [%]."""
    return saturation_vapour_density_kg_m3(temp_c) * np.asarray(rh_pct, dtype=float) / 100.0


def relative_humidity_pct(vapour_density, temp_c):
    """Relative humidity [%] of air holding ``vapour_density`` [kg/m³] at ``temp_c`` [°C]."""
    return 100.0 * np.asarray(vapour_density, dtype=float) / saturation_vapour_density_kg_m3(temp_c)


def vapour_pressure_kpa(vapour_density, temp_c):
    """Water-vapour partial pressure [kPa]."""
    return np.asarray(vapour_density) * R_VAPOUR_J_KG_K * (np.asarray(temp_c) + 273.15) / 1000.0


def wet_bulb_c(temp_c, rh_pct):
    """Wet-bulb temperature [°C], Stull (2011) with RH clipped to its 5–99 % range, capped at T."""
    temp_c = np.asarray(temp_c, dtype=float)
    rh = np.clip(np.asarray(rh_pct, dtype=float), 5.0, 99.0)
    tw = (
        temp_c * np.arctan(0.151977 * np.sqrt(rh + 8.313659))
        + np.arctan(temp_c + rh)
        - np.arctan(rh - 1.676331)
        + 0.00391838 * rh**1.5 * np.arctan(0.023101 * rh)
        - 4.686035
    )
    return np.minimum(tw, temp_c)
