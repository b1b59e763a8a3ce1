"""Vehicle and coolant-loop parameters as plain frozen dataclasses.

The model never reads files: :mod:`thermoviz.io.vehicles` parses
``assets/vehicles/*.toml`` (where every number carries its source or the
reasoning of the estimate) into these objects.  Units are in the field names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("spacecraft", "station_module")


@dataclass(frozen=True)
class LoopParams:
    """One pumped liquid loop with a gas-charged accumulator and a radiator.

    Attributes
    ----------
    liquid_inventory_l : liquid coolant in the loop [L]; all of it can be expelled.
    initial_pressure_kpa : absolute loop pressure before the puncture [kPa] (the
        accumulator gas pressure with the full liquid reserve in it).
    accumulator_gas_l : gas volume of the accumulator before the puncture [L].
    polytropic_exponent : n in P·V_gas^n = const (1 isothermal … 1.4 adiabatic N₂).
    pump_full_fraction, pump_stop_fraction : inventory fractions between which the
        pump circulation degrades linearly from full to nothing.  ``pump_full_fraction``
        is where the accumulator's liquid reserve is used up: 1 - reserve / inventory.
    heat_rejection_capacity_w : radiator capacity with full circulation [W].
    calibrated_discharge_coefficient : effective Cd that reproduces the public record
        for this loop (None when there is no record to calibrate against).
    accumulator_reserve_l : liquid the accumulator can push out before its bellows
        bottoms out [L]; None = ``(1 - pump_full_fraction) · liquid_inventory_l``.
    accumulator_charge_pressure_kpa : gas pre-charge pressure with the bellows bottomed
        out (gas volume = gas + reserve) [kPa]; None = derived from the loop pressure,
        ``P0 · (V_gas / (V_gas + V_reserve))^n``.
    tail_pressure_kpa : pressure above the coolant's vapour pressure that still pushes
        liquid out once the bellows has bottomed out (vapour of the warm parts of the
        loop and gas coming out of solution) [kPa].
    """

    id: str
    title: str
    liquid_inventory_l: float
    initial_pressure_kpa: float
    accumulator_gas_l: float
    polytropic_exponent: float
    pump_full_fraction: float
    pump_stop_fraction: float
    heat_rejection_capacity_w: float
    calibrated_discharge_coefficient: float | None = None
    accumulator_reserve_l: float | None = None
    accumulator_charge_pressure_kpa: float | None = None
    tail_pressure_kpa: float = 0.0

    def __post_init__(self) -> None:
        if not 0.0 < self.reserve_l <= self.liquid_inventory_l:
            raise ValueError(f"accumulator_reserve_l must be in (0, liquid_inventory_l = "
                             f"{self.liquid_inventory_l:g}], got {self.reserve_l:g}")
        if self.tail_pressure_kpa < 0:
            raise ValueError(f"tail_pressure_kpa must be >= 0, got {self.tail_pressure_kpa:g}")

    @property
    def reserve_l(self) -> float:
        """Accumulator liquid reserve [L] (given, or from ``pump_full_fraction``)."""
        if self.accumulator_reserve_l is not None:
            return self.accumulator_reserve_l
        return (1.0 - self.pump_full_fraction) * self.liquid_inventory_l

    @property
    def charge_pressure_kpa(self) -> float:
        """Gas pre-charge pressure at the bottomed-out bellows [kPa], P0·(V_g/(V_g+V_r))^n."""
        if self.accumulator_charge_pressure_kpa is not None:
            return self.accumulator_charge_pressure_kpa
        ratio = self.accumulator_gas_l / (self.accumulator_gas_l + self.reserve_l)
        return self.initial_pressure_kpa * ratio ** self.polytropic_exponent


@dataclass(frozen=True)
class VehicleParams:
    """A spacecraft or station module: cabin, heat loads and its loops.

    Attributes (units in the names)
    -------------------------------
    kind : "spacecraft" (crew aboard from undock to landing) or "station_module"
        (crew always aboard, never undocks).  Behaviour is read through the capability
        properties :attr:`undocks` and :attr:`is_station_module`, never from the id.
    display_name : short name for sentences ("Soyuz", "Progress", "Nauka").
    max_crew : seats (0 for an uncrewed cargo ship).
    descent_duration_h : undock (hatch closed) -> landing [h].
    cabin_free_volume_m3 : free air volume of the cabin [m³].
    air_heat_capacity_j_k : cabin air plus the light interior that follows it (seats, panels,
        suits, crew couches) [J/K].
    wall_heat_capacity_j_k : pressure shell and structure of the cabin (the wall node) [J/K].
    air_wall_ua_w_k : convective exchange air <-> inner wall surface [W/K].
    equipment_heat_capacity_j_k : equipment (instrument-assembly) bay: avionics, cold plates, frame [J/K].
    equipment_air_ua_w_k : equipment bay <-> cabin air [W/K].
    equipment_wall_ua_w_k : equipment bay <-> cabin wall (the structural interface) [W/K].
    orbital_module_heat_capacity_j_k : the attached orbital module (air, structure, equipment) [J/K]
        (a station module: the adjoining module's structure).
    orbital_module_ua_w_k : orbital module <-> cabin wall (hatch bulkhead, frame) [W/K].
    cabin_radiating_area_m2, equipment_radiating_area_m2, orbital_module_radiating_area_m2 : insulated
        hull areas that radiate to space [m²].
    mli_effective_emissivity : effective emittance ε* of the insulation blankets (q = ε*·σ·(T⁴ - T_sink⁴)).
    space_sink_temp_c : effective radiative sink temperature the blankets see (orbit average) [°C].
    module_separation_before_landing_h : the orbital module and instrument compartment separate this
        long before landing; the descent module flies on alone [h].
    landed_hull_ua_w_k, landing_site_air_temp_c : after landing, cabin wall <-> outside air [W/K, °C].
    equipment_setpoint_c : temperature the cold plates hold the equipment bay at while the loop has capacity [°C].
    avionics_cabin_fraction : in free flight, share of the avionics heat released in the crew cabin
        itself (its own fans, life support, radios, displays); the rest, and all of it while docked
        or landed, goes to the equipment bay.
    avionics_docked_w : heat of the equipment while docked (standby) [W].
    avionics_shutdown_w : heat after the crew shuts systems down following a docked leak [W].
    shutdown_after_leak_h : docked: hours after a puncture at which systems are shut down (None = never).
    avionics_free_flight_w : heat of the equipment in free flight, all on [W].
    avionics_landed_w : heat of the equipment after landing [W].
    station_air_exchange_m3_h : ventilation flow with the station while docked with the hatch open [m³/h].
    station_air_temp_c, station_air_rh_pct : the station air that flow brings in.
    cabin_setpoint_c : temperature the thermal control holds while it has capacity [°C].
    chx_dew_point_c : dew point the condensing heat exchanger dries the air to [°C].
    chx_air_flow_m3_h : air flow through the condensing heat exchanger at full circulation [m³/h].
    loops : the vehicle's loops (first = default punctured loop).
    exposed_radiator_area_m2 : area of the radiator whose puncture the odds are about (the punctured
        loop's), facing meteoroids and debris [m²]; None = not known (no odds for this vehicle).
    estimates : names of parameters that are engineering estimates (shown as notes).
    """

    id: str
    title: str
    kind: str
    display_name: str
    max_crew: int
    descent_duration_h: float
    cabin_free_volume_m3: float
    air_heat_capacity_j_k: float
    wall_heat_capacity_j_k: float
    air_wall_ua_w_k: float
    equipment_heat_capacity_j_k: float
    equipment_air_ua_w_k: float
    equipment_wall_ua_w_k: float
    orbital_module_heat_capacity_j_k: float
    orbital_module_ua_w_k: float
    cabin_radiating_area_m2: float
    equipment_radiating_area_m2: float
    orbital_module_radiating_area_m2: float
    mli_effective_emissivity: float
    space_sink_temp_c: float
    module_separation_before_landing_h: float
    landed_hull_ua_w_k: float
    landing_site_air_temp_c: float
    equipment_setpoint_c: float
    avionics_docked_w: float
    avionics_free_flight_w: float
    avionics_landed_w: float
    station_air_exchange_m3_h: float
    station_air_temp_c: float
    station_air_rh_pct: float
    cabin_setpoint_c: float
    chx_dew_point_c: float
    chx_air_flow_m3_h: float
    default_coolant: str
    loops: tuple[LoopParams, ...]
    avionics_cabin_fraction: float = 0.0
    avionics_shutdown_w: float | None = None
    shutdown_after_leak_h: float | None = None
    exposed_radiator_area_m2: float | None = None
    estimates: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        if not self.loops:
            raise ValueError("a vehicle needs at least one loop")
        if self.exposed_radiator_area_m2 is not None and not self.exposed_radiator_area_m2 > 0:
            raise ValueError(f"exposed_radiator_area_m2 must be > 0 (or left out), got {self.exposed_radiator_area_m2!r}")

    @property
    def undocks(self) -> bool:
        """True for a vehicle that can undock and carry its crew home (crew aboard undock -> landing)."""
        return self.kind == "spacecraft"

    @property
    def is_station_module(self) -> bool:
        """True for a station module: never undocks, its crew works in it the whole run."""
        return self.kind == "station_module"

    @property
    def loop_ids(self) -> tuple[str, ...]:
        return tuple(loop.id for loop in self.loops)

    def loop(self, loop_id: str) -> LoopParams:
        for loop in self.loops:
            if loop.id == loop_id:
                return loop
        raise KeyError(loop_id)

    def other_loops_capacity_w(self, loop_id: str) -> float:
        """Heat-rejection capacity of every loop except ``loop_id`` (they stay intact) [W]."""
        return sum(lp.heat_rejection_capacity_w for lp in self.loops if lp.id != loop_id)
