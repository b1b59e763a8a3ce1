"""Plain-language caveats attached to a physics result (which numbers are estimates, calibration)."""

from __future__ import annotations

from ..calibration import cd_range
from ..loop.coolant import CoolantParams
from ..loop.leak import LeakCurve, effective_initial_pressure_pa
from ..params import LoopParams, VehicleParams
from ..scenario import Scenario

_READABLE = {
    "air_heat_capacity_j_k": "cabin air heat capacity",
    "wall_heat_capacity_j_k": "wall heat capacity",
    "air_wall_ua_w_k": "air-to-wall heat exchange",
    "equipment_heat_capacity_j_k": "equipment bay heat capacity",
    "equipment_air_ua_w_k": "equipment-to-cabin heat exchange",
    "equipment_wall_ua_w_k": "equipment-to-wall heat exchange",
    "orbital_module_heat_capacity_j_k": "orbital module heat capacity",
    "orbital_module_ua_w_k": "wall-to-orbital-module heat exchange",
    "cabin_radiating_area_m2": "cabin area facing space",
    "equipment_radiating_area_m2": "equipment bay area facing space",
    "orbital_module_radiating_area_m2": "orbital module area facing space",
    "mli_effective_emissivity": "insulation emissivity",
    "space_sink_temp_c": "space sink temperature",
    "module_separation_before_landing_h": "module separation time",
    "landed_hull_ua_w_k": "heat loss after landing",
    "landing_site_air_temp_c": "landing-site temperature",
    "equipment_setpoint_c": "equipment set-point",
    "avionics_cabin_fraction": "share of equipment heat in the cabin",
    "avionics_shutdown_w": "equipment heat after shutdown",
    "shutdown_after_leak_h": "shutdown time after the leak",
    "avionics_docked_w": "avionics heat (docked)",
    "avionics_free_flight_w": "avionics heat (free flight)",
    "avionics_landed_w": "heat after landing",
    "station_air_exchange_m3_h": "station air exchange",
    "station_air_temp_c": "station air temperature",
    "station_air_rh_pct": "station air humidity",
    "cabin_setpoint_c": "cabin set-point",
    "chx_dew_point_c": "dehumidifier dew point",
    "chx_air_flow_m3_h": "dehumidifier air flow",
    "cabin_free_volume_m3": "cabin free volume",
    "descent_duration_h": "return duration",
    "accumulator_gas_l": "accumulator gas volume",
    "polytropic_exponent": "accumulator expansion exponent",
    "pump_full_fraction": "pump degradation threshold",
    "pump_stop_fraction": "pump stop threshold",
    "heat_rejection_capacity_w": "radiator capacity",
    "liquid_inventory_l": "coolant inventory",
    "initial_pressure_kpa": "loop pressure",
    "calibrated_discharge_coefficient": "calibrated discharge coefficient",
    "accumulator_reserve_l": "accumulator liquid reserve",
    "accumulator_charge_pressure_kpa": "accumulator charge pressure",
    "tail_pressure_kpa": "residual pressure after the accumulator bottoms out",
}


def _readable(key: str) -> str:
    return _READABLE.get(key.rsplit(".", 1)[-1], key.rsplit(".", 1)[-1].replace("_", " "))


def physics_notes(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams,
                  curve: LeakCurve, events: dict) -> tuple[str, ...]:
    notes = []
    names = []
    for key in vehicle.estimates:
        if key.startswith("loops.") and not key.startswith(f"loops.{loop.id}."):
            continue
        name = _readable(key)
        if name not in names:
            names.append(name)
    if names:
        notes.append(f"Estimated or derived from the record (no direct public figure) for {vehicle.title}: "
                     + ", ".join(names) + "; sources and reasoning in the vehicle file.")
    notes.append(f"Coolant: {coolant.title} — identity not publicly confirmed; properties {coolant.confidence}.")
    if scenario.punctured:
        cal = loop.calibrated_discharge_coefficient
        if cal is not None:
            lo, hi = cd_range(loop, coolant)
            notes.append(
                f"Leak rate calibrated to the public record: an effective discharge coefficient of {cal:g} "
                f"(not the 0.62 of a clean hole) reproduces MS-22's slow drain; the record (still spraying "
                f"at 3 h, more than half gone by 17.75 h) allows Cd from {lo:.2g} to {hi:.2g}; this scenario "
                f"uses Cd = {scenario.discharge_coefficient:g}.")
        if effective_initial_pressure_pa(loop, coolant) > loop.initial_pressure_kpa * 1e3 + 1:
            notes.append(
                f"{coolant.title} boils at the loop's {loop.initial_pressure_kpa:g} kPa: the loop is assumed charged "
                f"to {curve.initial_pressure_pa / 1e3:.0f} kPa (vapour pressure + 1 atm) instead.")
        if curve.reserve_m3 < curve.inventory_m3:
            notes.append(
                f"Once the accumulator's {curve.reserve_m3 * 1e3:.3g} L liquid reserve is gone its bellows bottoms "
                f"out and the loop pressure collapses to about {curve.loop_pressure_pa(curve.reserve_m3) / 1e3:.2g} kPa "
                f"(vapour and gas out of solution, an estimate); the rest of the coolant then leaks out slowly.")
        if events.get("coolant_depleted") is None and events.get("puncture") is not None:
            notes.append("The loop is not empty by the end of the run.")
    if vehicle.undocks and events.get("landing") is not None:
        if vehicle.module_separation_before_landing_h > 0:
            notes.append(f"{vehicle.module_separation_before_landing_h:g} h before landing the orbital module and "
                         "the equipment bay (with the loop and its radiator) separate; the descent module flies on "
                         "alone and their curves stay at their values at separation.")
        notes.append("After landing the crew is out and the capsule powered down; the cabin curve after "
                     "landing is illustrative only.")
    return tuple(notes)
