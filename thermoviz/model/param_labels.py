"""Plain words for every numeric vehicle and loop parameter (what a reader sees instead of the field name)."""

from __future__ import annotations

from .language import translate

#: Vehicle parameter -> plain words (units are shown separately).
VEHICLE_LABELS = {
    "descent_duration_h": "time from undocking to landing",
    "cabin_free_volume_m3": "cabin free air volume",
    "air_heat_capacity_j_k": "heat capacity of the cabin air and light interior",
    "wall_heat_capacity_j_k": "heat capacity of the cabin walls and structure",
    "air_wall_ua_w_k": "heat transfer from cabin air to walls",
    "equipment_heat_capacity_j_k": "heat capacity of the equipment bay",
    "equipment_air_ua_w_k": "heat transfer from equipment bay to cabin air",
    "equipment_wall_ua_w_k": "heat transfer from equipment bay to cabin walls",
    "orbital_module_heat_capacity_j_k": "heat capacity of the orbital module",
    "orbital_module_ua_w_k": "heat transfer from cabin walls to the orbital module",
    "cabin_radiating_area_m2": "cabin hull area facing space",
    "equipment_radiating_area_m2": "equipment bay hull area facing space",
    "orbital_module_radiating_area_m2": "orbital module hull area facing space",
    "mli_effective_emissivity": "effective emissivity of the insulation (heat loss to space)",
    "space_sink_temp_c": "effective temperature of space the insulation sees",
    "module_separation_before_landing_h": "module separation before landing",
    "landed_hull_ua_w_k": "heat loss to the outside air after landing",
    "landing_site_air_temp_c": "landing-site air temperature",
    "equipment_setpoint_c": "equipment bay set-point",
    "avionics_docked_w": "equipment heat while docked",
    "avionics_free_flight_w": "equipment heat in free flight",
    "avionics_landed_w": "equipment heat after landing",
    "avionics_cabin_fraction": "share of the equipment heat released in the cabin",
    "avionics_shutdown_w": "equipment heat after the shutdown",
    "shutdown_after_leak_h": "hours from the leak to the equipment shutdown",
    "station_air_exchange_m3_h": "station air flow through the hatch",
    "station_air_temp_c": "station air temperature",
    "station_air_rh_pct": "station air humidity",
    "cabin_setpoint_c": "cabin air set-point",
    "chx_dew_point_c": "dew point of the condensing heat exchanger",
    "chx_air_flow_m3_h": "air flow through the condensing heat exchanger",
    "max_crew": "seats",
    "exposed_radiator_area_m2": "radiator area exposed to meteoroids and debris",
}

#: Loop parameter -> plain words.
LOOP_LABELS = {
    "liquid_inventory_l": "coolant inventory",
    "initial_pressure_kpa": "loop pressure before the leak",
    "accumulator_gas_l": "accumulator gas volume",
    "accumulator_reserve_l": "accumulator liquid reserve",
    "accumulator_charge_pressure_kpa": "accumulator charge pressure",
    "polytropic_exponent": "accumulator gas polytropic exponent",
    "pump_full_fraction": "inventory share below which the pump weakens",
    "pump_stop_fraction": "inventory share at which the pump stops",
    "heat_rejection_capacity_w": "radiator heat rejection capacity",
    "calibrated_discharge_coefficient": "hole discharge coefficient (Cd)",
    "tail_pressure_kpa": "pressure left once the liquid is gone",
}


def parameter_label(name: str) -> str:
    """Plain words for ``name`` (``air_wall_ua_w_k`` or ``loops.external.heat_rejection_capacity_w``).

    A loop parameter names its loop ("external loop: radiator heat rejection capacity");
    an unknown name is returned with its underscores as spaces.
    """
    if name.startswith("loops.") and name.count(".") >= 2:
        _, loop_id, key = name.split(".", 2)
        return f"{loop_id} loop: {LOOP_LABELS.get(key, key.replace('_', ' '))}"
    return VEHICLE_LABELS.get(name, name.replace("_", " "))


def shown_parameter_label(name: str) -> str:
    """:func:`parameter_label` in the chosen language (the words are marked, context ``Parameters``, in
    ``thermoviz/gui/vehicle/row_texts.py``; the loop id stays)."""
    if name.startswith("loops.") and name.count(".") >= 2:
        _, loop_id, key = name.split(".", 2)
        label = LOOP_LABELS.get(key)
        words = translate("Parameters", label) if label else key.replace("_", " ")
        return translate("Uncertainty", "{loop} loop: {parameter}").format(loop=loop_id, parameter=words)
    label = VEHICLE_LABELS.get(name)
    return translate("Parameters", label) if label else name.replace("_", " ")
