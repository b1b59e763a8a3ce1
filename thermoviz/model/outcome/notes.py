"""Plain-language caveats attached to a physics result (which numbers are estimates, calibration)."""

from __future__ import annotations

from ..calibration import cd_range
from ..language import QT_TRANSLATE_NOOP, Phrase
from ..loop.coolant import CoolantParams
from ..loop.leak import LeakCurve, effective_initial_pressure_pa
from ..params import LoopParams, VehicleParams
from ..scenario import Scenario

_READABLE = {
    "air_heat_capacity_j_k": QT_TRANSLATE_NOOP("Notes", "cabin air heat capacity"),
    "wall_heat_capacity_j_k": QT_TRANSLATE_NOOP("Notes", "wall heat capacity"),
    "air_wall_ua_w_k": QT_TRANSLATE_NOOP("Notes", "air-to-wall heat exchange"),
    "equipment_heat_capacity_j_k": QT_TRANSLATE_NOOP("Notes", "equipment bay heat capacity"),
    "equipment_air_ua_w_k": QT_TRANSLATE_NOOP("Notes", "equipment-to-cabin heat exchange"),
    "equipment_wall_ua_w_k": QT_TRANSLATE_NOOP("Notes", "equipment-to-wall heat exchange"),
    "orbital_module_heat_capacity_j_k": QT_TRANSLATE_NOOP("Notes", "orbital module heat capacity"),
    "orbital_module_ua_w_k": QT_TRANSLATE_NOOP("Notes", "wall-to-orbital-module heat exchange"),
    "cabin_radiating_area_m2": QT_TRANSLATE_NOOP("Notes", "cabin area facing space"),
    "equipment_radiating_area_m2": QT_TRANSLATE_NOOP("Notes", "equipment bay area facing space"),
    "orbital_module_radiating_area_m2": QT_TRANSLATE_NOOP("Notes", "orbital module area facing space"),
    "mli_effective_emissivity": QT_TRANSLATE_NOOP("Notes", "insulation emissivity"),
    "space_sink_temp_c": QT_TRANSLATE_NOOP("Notes", "space sink temperature"),
    "module_separation_before_landing_h": QT_TRANSLATE_NOOP("Notes", "module separation time"),
    "landed_hull_ua_w_k": QT_TRANSLATE_NOOP("Notes", "heat loss after landing"),
    "landing_site_air_temp_c": QT_TRANSLATE_NOOP("Notes", "landing-site temperature"),
    "equipment_setpoint_c": QT_TRANSLATE_NOOP("Notes", "equipment set-point"),
    "avionics_cabin_fraction": QT_TRANSLATE_NOOP("Notes", "share of equipment heat in the cabin"),
    "avionics_shutdown_w": QT_TRANSLATE_NOOP("Notes", "equipment heat after shutdown"),
    "shutdown_after_leak_h": QT_TRANSLATE_NOOP("Notes", "shutdown time after the leak"),
    "avionics_docked_w": QT_TRANSLATE_NOOP("Notes", "avionics heat (docked)"),
    "avionics_free_flight_w": QT_TRANSLATE_NOOP("Notes", "avionics heat (free flight)"),
    "avionics_landed_w": QT_TRANSLATE_NOOP("Notes", "heat after landing"),
    "station_air_exchange_m3_h": QT_TRANSLATE_NOOP("Notes", "station air exchange"),
    "station_air_temp_c": QT_TRANSLATE_NOOP("Notes", "station air temperature"),
    "station_air_rh_pct": QT_TRANSLATE_NOOP("Notes", "station air humidity"),
    "cabin_setpoint_c": QT_TRANSLATE_NOOP("Notes", "cabin set-point"),
    "chx_dew_point_c": QT_TRANSLATE_NOOP("Notes", "dehumidifier dew point"),
    "chx_air_flow_m3_h": QT_TRANSLATE_NOOP("Notes", "dehumidifier air flow"),
    "cabin_free_volume_m3": QT_TRANSLATE_NOOP("Notes", "cabin free volume"),
    "descent_duration_h": QT_TRANSLATE_NOOP("Notes", "return duration"),
    "accumulator_gas_l": QT_TRANSLATE_NOOP("Notes", "accumulator gas volume"),
    "polytropic_exponent": QT_TRANSLATE_NOOP("Notes", "accumulator expansion exponent"),
    "pump_full_fraction": QT_TRANSLATE_NOOP("Notes", "pump degradation threshold"),
    "pump_stop_fraction": QT_TRANSLATE_NOOP("Notes", "pump stop threshold"),
    "heat_rejection_capacity_w": QT_TRANSLATE_NOOP("Notes", "radiator capacity"),
    "liquid_inventory_l": QT_TRANSLATE_NOOP("Notes", "coolant inventory"),
    "initial_pressure_kpa": QT_TRANSLATE_NOOP("Notes", "loop pressure"),
    "calibrated_discharge_coefficient": QT_TRANSLATE_NOOP("Notes", "calibrated discharge coefficient"),
    "accumulator_reserve_l": QT_TRANSLATE_NOOP("Notes", "accumulator liquid reserve"),
    "accumulator_charge_pressure_kpa": QT_TRANSLATE_NOOP("Notes", "accumulator charge pressure"),
    "tail_pressure_kpa": QT_TRANSLATE_NOOP("Notes", "residual pressure after the accumulator bottoms out"),
    # the words the note has always printed for it (README outputs are compared); translated like the others
    "exposed_radiator_area_m2": QT_TRANSLATE_NOOP("Notes", "exposed radiator area m2"),
}


def _readable(key: str) -> str:
    return _READABLE.get(key.rsplit(".", 1)[-1], key.rsplit(".", 1)[-1].replace("_", " "))


def _note(template: str, **values) -> Phrase:
    return Phrase("Notes", template, **values)


def physics_notes(scenario: Scenario, vehicle: VehicleParams, loop: LoopParams, coolant: CoolantParams,
                  curve: LeakCurve, events: dict) -> tuple[str, ...]:
    """The notes, in English (:class:`~thermoviz.model.language.Phrase`: the window shows them in its language)."""
    notes = []
    names = []
    for key in vehicle.estimates:
        if key.startswith("loops.") and not key.startswith(f"loops.{loop.id}."):
            continue
        name = _readable(key)
        if name not in names:
            names.append(name)
    if names:
        notes.append(_note(QT_TRANSLATE_NOOP("Notes", "Estimated or derived from the record (no direct public figure) "
                                             "for {vehicle}: {names}; sources and reasoning in the vehicle file."),
                           vehicle=vehicle.title, names=tuple(names)))
    notes.append(_note(QT_TRANSLATE_NOOP("Notes", "Coolant: {coolant} — identity not publicly confirmed; "
                                         "properties {confidence}."),
                       coolant=coolant.title, confidence=Phrase("Confidence", coolant.confidence)))
    if scenario.punctured:
        cal = loop.calibrated_discharge_coefficient
        if cal is not None:
            lo, hi = cd_range(loop, coolant)
            notes.append(_note(QT_TRANSLATE_NOOP(
                "Notes", "Leak rate calibrated to the public record: an effective discharge coefficient of {cal} "
                "(not the 0.62 of a clean hole) reproduces MS-22's slow drain; the record (still spraying at 3 h, "
                "more than half gone by 17.75 h) allows Cd from {low} to {high}; this scenario uses Cd = {cd}."),
                cal=f"{cal:g}", low=f"{lo:.2g}", high=f"{hi:.2g}", cd=f"{scenario.discharge_coefficient:g}"))
        if effective_initial_pressure_pa(loop, coolant) > loop.initial_pressure_kpa * 1e3 + 1:
            notes.append(_note(QT_TRANSLATE_NOOP(
                "Notes", "{coolant} boils at the loop's {pressure} kPa: the loop is assumed charged to {charged} kPa "
                "(vapour pressure + 1 atm) instead."),
                coolant=coolant.title, pressure=f"{loop.initial_pressure_kpa:g}",
                charged=f"{curve.initial_pressure_pa / 1e3:.0f}"))
        if curve.reserve_m3 < curve.inventory_m3:
            notes.append(_note(QT_TRANSLATE_NOOP(
                "Notes", "Once the accumulator's {reserve} L liquid reserve is gone its bellows bottoms out and the "
                "loop pressure collapses to about {tail} kPa (vapour and gas out of solution, an estimate); the rest "
                "of the coolant then leaks out slowly."),
                reserve=f"{curve.reserve_m3 * 1e3:.3g}", tail=f"{curve.loop_pressure_pa(curve.reserve_m3) / 1e3:.2g}"))
        if events.get("coolant_depleted") is None and events.get("puncture") is not None:
            notes.append(_note(QT_TRANSLATE_NOOP("Notes", "The loop is not empty by the end of the run.")))
    if vehicle.undocks and events.get("landing") is not None:
        if vehicle.module_separation_before_landing_h > 0:
            notes.append(_note(QT_TRANSLATE_NOOP(
                "Notes", "{hours} h before landing the orbital module and the equipment bay (with the loop and its "
                "radiator) separate; the descent module flies on alone and their curves stay at their values at "
                "separation."), hours=f"{vehicle.module_separation_before_landing_h:g}"))
        notes.append(_note(QT_TRANSLATE_NOOP("Notes", "After landing the crew is out and the capsule powered down; "
                                             "the cabin curve after landing is illustrative only.")))
    return tuple(notes)
