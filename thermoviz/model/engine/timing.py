"""Scenario timing and vehicle configuration: when the hole opens, undock, landing, shutdown.

:class:`Timing` holds per-scenario inputs of a batch as numpy arrays of shape (N,)
(NaN = never); :func:`configuration` turns them into what the cabin sees at each
time: crew aboard, equipment heat [W], station air exchange [m³/s].  Split out of
:mod:`thermoviz.model.engine.simulate`, which re-exports every name.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import psychro
from ..cabin import nodes as cabin
from ..loop.leak import hole_area_m2
from ..params import VehicleParams
from ..scenario import Scenario


@dataclass(frozen=True)
class Timing:
    """Per-scenario inputs of a batch, numpy arrays of shape (N,); NaN = never."""

    cda_m2: np.ndarray
    puncture_h: np.ndarray
    undock_h: np.ndarray
    landing_h: np.ndarray
    crew: np.ndarray
    hatch_open: np.ndarray


def batch_timing(vehicle: VehicleParams, hole_diameter_mm, discharge_coefficient, puncture_time_h,
                 undock_time_h, crew, hatch_open, descent_duration_h) -> Timing:
    arrays = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (
        hole_diameter_mm, discharge_coefficient, puncture_time_h, undock_time_h, crew, hatch_open)))
    hole, cd, tp, tu, n_crew, hatch = (np.atleast_1d(a).astype(float) for a in arrays)
    descent = vehicle.descent_duration_h if descent_duration_h is None else np.asarray(descent_duration_h, float)
    if not vehicle.undocks:
        tu = np.full_like(tu, np.nan)
    return Timing(cda_m2=cd * hole_area_m2(hole), puncture_h=tp, undock_h=tu, landing_h=tu + descent,
                  crew=n_crew, hatch_open=hatch > 0.5)


def cabin_constants(vehicle: VehicleParams) -> cabin.CabinConstants:
    """The cabin equations' constants for a vehicle."""
    v = vehicle
    return cabin.CabinConstants(
        air_c=v.air_heat_capacity_j_k, wall_c=v.wall_heat_capacity_j_k, equip_c=v.equipment_heat_capacity_j_k,
        orbital_c=v.orbital_module_heat_capacity_j_k, volume_m3=v.cabin_free_volume_m3,
        air_wall_ua=v.air_wall_ua_w_k, equip_air_ua=v.equipment_air_ua_w_k, equip_wall_ua=v.equipment_wall_ua_w_k,
        orbital_wall_ua=v.orbital_module_ua_w_k, mli_emissivity=v.mli_effective_emissivity,
        wall_area_m2=v.cabin_radiating_area_m2, equip_area_m2=v.equipment_radiating_area_m2,
        orbital_area_m2=v.orbital_module_radiating_area_m2, sink_c=v.space_sink_temp_c,
        landed_ua=v.landed_hull_ua_w_k, outside_c=v.landing_site_air_temp_c, setpoint_c=v.cabin_setpoint_c,
        equip_setpoint_c=v.equipment_setpoint_c,
        setpoint_vapour_kg_m3=float(psychro.saturation_vapour_density_kg_m3(v.chx_dew_point_c)),
        station_vapour_kg_m3=float(psychro.vapour_density_from_rh(v.station_air_temp_c, v.station_air_rh_pct)),
        station_temp_c=v.station_air_temp_c, chx_flow_m3_s=v.chx_air_flow_m3_h / 3600.0)


def shutdown_h(vehicle: VehicleParams, timing: Timing) -> np.ndarray:
    """Time [h] the docked equipment is shut down after a leak (NaN = never), shape (N,)."""
    if vehicle.shutdown_after_leak_h is None or vehicle.avionics_shutdown_w is None:
        return np.full(timing.puncture_h.shape, np.nan)
    leaking = np.isfinite(timing.puncture_h) & (timing.cda_m2 > 0)
    return np.where(leaking, timing.puncture_h + vehicle.shutdown_after_leak_h, np.nan)


def configuration(vehicle: VehicleParams, timing: Timing, t_h):
    """Configuration at times ``t_h`` (shape (K, 1)) -> dict of (K, N) arrays."""
    undock = np.where(np.isnan(timing.undock_h), np.inf, timing.undock_h)
    landing = np.where(np.isnan(timing.landing_h), np.inf, timing.landing_h)
    off = shutdown_h(vehicle, timing)
    docked = t_h < undock
    landed = t_h >= landing
    joined = docked | (t_h < landing - vehicle.module_separation_before_landing_h)
    aboard = np.ones_like(docked) if vehicle.is_station_module else (~docked & ~landed)
    docked_w = np.where(t_h >= np.where(np.isnan(off), np.inf, off), vehicle.avionics_shutdown_w or 0.0,
                        vehicle.avionics_docked_w)
    flying = vehicle.avionics_free_flight_w
    # after the modules separate, the instrument compartment's equipment leaves with it
    flying = np.where(joined, flying, vehicle.avionics_cabin_fraction * flying)
    avionics = np.where(docked, docked_w, np.where(landed, vehicle.avionics_landed_w, flying))
    # in free flight the crew cabin's own equipment heats the cabin air directly; once landed all that is
    # left is in the descent module
    avionics_cabin = np.where(landed, avionics, np.where(~docked, vehicle.avionics_cabin_fraction
                                                         * vehicle.avionics_free_flight_w, 0.0))
    avionics_cabin = np.where(docked, 0.0, avionics_cabin)
    exchange = np.where(docked & timing.hatch_open, vehicle.station_air_exchange_m3_h / 3600.0, 0.0)
    crew = np.where(aboard, timing.crew, 0.0)
    return dict(aboard=aboard, avionics=avionics, avionics_cabin=avionics_cabin, exchange=exchange, crew=crew,
                joined=joined.astype(float), landed=landed.astype(float))


def scenario_timing(scenario: Scenario, vehicle: VehicleParams) -> Timing:
    """The one-scenario :class:`Timing` of ``scenario``."""
    return batch_timing(vehicle, scenario.hole_diameter_mm if scenario.punctured else 0.0,
                        scenario.discharge_coefficient,
                        np.nan if scenario.puncture_time_h is None else scenario.puncture_time_h,
                        np.nan if scenario.undock_time_h is None else scenario.undock_time_h,
                        scenario.crew, scenario.hatch_open, scenario.descent_duration_h)
