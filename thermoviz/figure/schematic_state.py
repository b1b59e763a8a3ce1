"""What the loop schematic shows at one instant, read from a Result (Qt-free).

:meth:`SchematicState.at` interpolates a :class:`thermoviz.Result` at a time and
adds the few quantities the series do not carry directly but that follow from
them and the vehicle's documented parameters:

* the **outflow** through the hole [L/h]: the rate at which the coolant inventory
  falls, ``-dV/dt = -V_inv · d(coolant_remaining_pct / 100)/dt``, taken as a
  centred difference over ``±OUTFLOW_HALF_WINDOW_H`` of the interpolated series
  (the leak curve is smooth, so the window only has to be short compared with
  the drain, which takes hours);
* the **accumulator reserve** [L]: a bellows accumulator makes up the first
  ``reserve_l`` litres lost; once they are gone it has bottomed out and the loop
  pressure collapses (:class:`thermoviz.model.params.LoopParams`);
* the **pump circulation** [0..1] of the punctured loop, the model's own
  :func:`thermoviz.model.loop.leak.circulation_factor` of the remaining inventory;
* the heat flows between the cabin's three nodes, evaluated with the model's own
  cabin constants (:func:`thermoviz.model.engine.timing.cabin_constants`) and
  configuration (:func:`thermoviz.model.engine.timing.configuration`) on the result's
  node temperatures — the terms of the cabin equations in :mod:`thermoviz.model.cabin.nodes`,
  not a second model:

  - **avionics** [W]: all equipment heat now (docked, after the docked shutdown,
    free flight, landed), of which ``avionics_cabin_w`` is released in the cabin air
    and the rest in the equipment bay;
  - **equipment bay -> air** [W], ``U_ea·(T_e - T_a)`` (when the result has ``equipment_temp_c``);
  - **walls -> air** [W], ``U_aw·(T_w - T_a)`` and **hull -> walls** [W], what the walls get
    from outside the cabin: ``U_wo·(T_o - T_w) + U_we·(T_e - T_w)`` from the joined orbital module
    and equipment bay, less the radiation to space ``G_rad·(T_w - T_sink)`` or, landed, the loss to
    the outside air (when the result has ``wall_temp_c``; for a one-node cabin model the same
    terms with the air temperature);
  - **station air** [W] while docked with the hatch open, ``G·(T_station - T_a)``
    with ``G = ρ_air·c_p·V̇_exchange`` (negative: the station air carries heat away);
* **crew** heat [W]: the rest of ``heat_load_w`` after the avionics.

Series that a model version may not provide (``equipment_temp_c``,
``wall_temp_c``) are None when absent, and the painter leaves their part out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..io.vehicles import resolve
from ..model.cabin.nodes import air_conductance_w_k
from ..model.cabin.radiant import radiation_conductance_w_k
from ..model.engine.timing import Timing, cabin_constants, configuration
from ..model.loop.leak import circulation_factor, hole_area_m2

#: Half-width of the centred difference that gives the outflow rate [h] (3 min).
OUTFLOW_HALF_WINDOW_H = 0.05
#: Circulation factor below which the pump counts as stopped [-].
PUMP_STOPPED_BELOW = 0.02
#: Heat rejected below which the radiator counts as dead [W].
RADIATOR_DEAD_BELOW_W = 5.0

PHASES = ("docked", "free flight", "landed")


@dataclass(frozen=True)
class SchematicState:
    """Everything the loop schematic draws at one time (units in the names; None = not available).

    Attributes
    ----------
    time_h : float
        Time since the start of the simulation [h].
    title : str
        Scenario title.
    vehicle_title, vehicle_kind : str
        Vehicle name and kind (``spacecraft`` or ``station_module``).
    phase : str
        One of :data:`PHASES`.
    punctured : bool
        True once the hole exists (at or after the puncture time).
    outflow_l_h : float
        Coolant leaving through the hole [L/h] (0 before the puncture and once empty).
    coolant_remaining_pct, liquid_inventory_l : float
        Coolant left in the punctured loop [%] and the loop's full inventory [L].
    loop_pressure_kpa, initial_pressure_kpa : float
        Loop pressure now and before the puncture [kPa, absolute].
    accumulator_reserve_l, accumulator_reserve_left_l : float
        Liquid the accumulator can make up when full [L], and what is left of it [L].
    pump_circulation : float
        Circulation factor of the punctured loop's pump [0..1].
    heat_rejection_w, heat_rejection_capacity_w : float
        Heat the loops reject now and could reject [W] (all loops of the vehicle).
    punctured_loop_capacity_w : float
        Rejection capacity of the punctured loop at full circulation [W].
    avionics_w, crew_heat_w, station_air_w : float
        Equipment heat (all of it), the crew's heat, and heat from station air into the
        cabin air (negative = carried away) [W].
    avionics_cabin_w : float
        The part of ``avionics_w`` released straight in the cabin air [W] (the rest heats the bay).
    equipment_air_w, wall_air_w : float or None
        Heat from the equipment bay and from the walls into the cabin air [W] (None: no such node).
    hull_w : float or None
        Heat from outside the cabin into its walls (joined modules, space, outside air) or into
        the air (one-node cabin) [W] (negative = lost); None when unknown.
    cabin_temp_c, cabin_rh_pct, wet_bulb_c : float
        Cabin air state.
    crew_aboard, seats : int
        People in the cabin now, and the vehicle's seats (0 for a cargo ship).
    crew_core_temp_c : float or None
        Crew core temperature [°C]; None when not computed or nobody is aboard.
    crew_core_extrapolated : bool
        True where the crew model is outside its validity range.
    equipment_temp_c, wall_temp_c : float or None
        Equipment-bay and wall temperatures [°C] when the result carries them.
    verdict_text, verdict_severity : str
        The scenario's verdict (for captions).
    """

    time_h: float
    title: str
    vehicle_title: str
    vehicle_kind: str
    phase: str
    punctured: bool
    outflow_l_h: float
    coolant_remaining_pct: float
    liquid_inventory_l: float
    loop_pressure_kpa: float
    initial_pressure_kpa: float
    accumulator_reserve_l: float
    accumulator_reserve_left_l: float
    pump_circulation: float
    heat_rejection_w: float
    heat_rejection_capacity_w: float
    punctured_loop_capacity_w: float
    avionics_w: float
    crew_heat_w: float
    station_air_w: float
    hull_w: float | None
    avionics_cabin_w: float
    equipment_air_w: float | None
    wall_air_w: float | None
    cabin_temp_c: float
    cabin_rh_pct: float
    wet_bulb_c: float
    crew_aboard: int
    seats: int
    crew_core_temp_c: float | None
    crew_core_extrapolated: bool
    equipment_temp_c: float | None
    wall_temp_c: float | None
    verdict_text: str
    verdict_severity: str

    @property
    def pump_running(self) -> bool:
        """The punctured loop's pump still circulates coolant."""
        return self.pump_circulation >= PUMP_STOPPED_BELOW

    @property
    def radiator_active(self) -> bool:
        """The punctured loop's radiator still rejects heat (its pump circulates)."""
        return self.pump_running and self.heat_rejection_w >= RADIATOR_DEAD_BELOW_W

    @property
    def accumulator_bottomed_out(self) -> bool:
        """The accumulator's liquid reserve is used up (pressure collapses)."""
        return self.accumulator_reserve_left_l <= 1e-9

    @classmethod
    def at(cls, result, time_h: float) -> "SchematicState":
        """The state of ``result`` (a :class:`thermoviz.Result`) at ``time_h`` [h].

        Times outside the simulated span are clamped to it.  Raises ``ValueError``
        for a time that is not a finite number.
        """
        t = float(time_h)
        if not math.isfinite(t):
            raise ValueError(f"time_h must be a finite number of hours, got {time_h!r}")
        times = np.asarray(result.time_h, dtype=float)
        t = min(max(t, float(times[0])), float(times[-1]))
        scenario = result.scenario
        vehicle, loop, _coolant = resolve(scenario)

        def value(name: str) -> float | None:
            series = result.series.get(name)
            if series is None:
                return None
            v = float(np.interp(t, times, series))
            return v if math.isfinite(v) else None

        remaining_pct = _or(value("coolant_remaining_pct"), 0.0)
        outflow = _outflow_l_h(times, np.asarray(result.series["coolant_remaining_pct"]), t,
                               loop.liquid_inventory_l)
        lost_l = (1.0 - remaining_pct / 100.0) * loop.liquid_inventory_l
        reserve_left = min(max(loop.reserve_l - lost_l, 0.0), loop.reserve_l)
        phase = _phase(result.events, t)
        aboard_now = _aboard(result, t)
        crew_now = int(scenario.crew) if aboard_now else 0
        flows = _flows(vehicle, scenario, t, value, crew_now)
        avionics = flows["avionics"]
        heat_load = _or(value("heat_load_w"), 0.0)
        cabin_temp = _or(value("cabin_temp_c"), math.nan)
        core = value("crew_core_temp_c") if crew_now else None
        validity = result.outside_validity.get("crew_core_temp_c")
        extrapolated = bool(core is not None and validity is not None and len(validity) == len(times)
                            and validity[_index_at(times, t)])
        punctured = scenario.puncture_time_h is not None and scenario.hole_diameter_mm > 0 \
            and t >= scenario.puncture_time_h
        return cls(
            time_h=t, title=scenario.title, vehicle_title=vehicle.title, vehicle_kind=vehicle.kind,
            phase=phase, punctured=punctured, outflow_l_h=outflow if punctured else 0.0,
            coolant_remaining_pct=remaining_pct, liquid_inventory_l=loop.liquid_inventory_l,
            loop_pressure_kpa=_or(value("loop_pressure_kpa"), 0.0), initial_pressure_kpa=loop.initial_pressure_kpa,
            accumulator_reserve_l=loop.reserve_l, accumulator_reserve_left_l=reserve_left,
            pump_circulation=float(circulation_factor(remaining_pct / 100.0, loop)),
            heat_rejection_w=_or(value("heat_rejection_w"), 0.0),
            heat_rejection_capacity_w=_or(value("heat_rejection_capacity_w"), 0.0),
            punctured_loop_capacity_w=loop.heat_rejection_capacity_w,
            avionics_w=avionics, crew_heat_w=max(heat_load - avionics, 0.0) if crew_now else 0.0,
            station_air_w=flows["station"], hull_w=flows["hull"], avionics_cabin_w=flows["avionics_cabin"],
            equipment_air_w=flows["equipment_air"], wall_air_w=flows["wall_air"],
            cabin_temp_c=cabin_temp, cabin_rh_pct=_or(value("cabin_rh_pct"), 0.0),
            wet_bulb_c=_or(value("wet_bulb_c"), math.nan), crew_aboard=crew_now, seats=int(vehicle.max_crew),
            crew_core_temp_c=core, crew_core_extrapolated=extrapolated,
            equipment_temp_c=value("equipment_temp_c"), wall_temp_c=value("wall_temp_c"),
            verdict_text=result.verdict.text, verdict_severity=result.verdict.severity,
        )


def _or(value: float | None, default: float) -> float:
    """``value`` unless it is None (a plain ``or`` would also replace a true 0.0)."""
    return default if value is None else value


def _outflow_l_h(times: np.ndarray, remaining_pct: np.ndarray, t: float, inventory_l: float) -> float:
    """Centred-difference outflow [L/h] of the remaining-coolant series at ``t``."""
    lo = max(t - OUTFLOW_HALF_WINDOW_H, float(times[0]))
    hi = min(t + OUTFLOW_HALF_WINDOW_H, float(times[-1]))
    if hi <= lo:
        return 0.0
    drop_pct = float(np.interp(lo, times, remaining_pct) - np.interp(hi, times, remaining_pct))
    return max(drop_pct / 100.0 * inventory_l / (hi - lo), 0.0)


def _phase(events, t: float) -> str:
    """Docked before undock (always, for a station module), landed from landing on."""
    undock, landing = events.get("undock"), events.get("landing")
    if undock is None or t < undock:
        return "docked"
    if landing is not None and t >= landing:
        return "landed"
    return "free flight"


def _index_at(times: np.ndarray, t: float) -> int:
    """Index of the last sample at or before ``t``."""
    return int(min(max(np.searchsorted(times, t, side="right") - 1, 0), len(times) - 1))


def _aboard(result, t: float) -> bool:
    """Crew aboard at ``t``: the step mask of the result at the last sample at or before ``t``."""
    mask = np.asarray(result.crew_aboard, dtype=bool)
    return bool(mask.size and mask[_index_at(np.asarray(result.time_h), t)])


def _flows(vehicle, scenario, t: float, value, crew_now: int) -> dict:
    """The cabin equations' heat terms at ``t`` from the model's constants and configuration [W]."""
    undock = np.nan if scenario.undock_time_h is None or not vehicle.undocks else float(scenario.undock_time_h)
    descent = vehicle.descent_duration_h if scenario.descent_duration_h is None else scenario.descent_duration_h
    puncture = np.nan if scenario.puncture_time_h is None else float(scenario.puncture_time_h)
    timing = Timing(cda_m2=np.array([scenario.discharge_coefficient * float(hole_area_m2(scenario.hole_diameter_mm))]),
                    puncture_h=np.array([puncture]), undock_h=np.array([undock]),
                    landing_h=np.array([undock + descent]), crew=np.array([float(crew_now)]),
                    hatch_open=np.array([bool(scenario.hatch_open)]))
    cfg = {k: float(np.asarray(v).ravel()[0]) for k, v in configuration(vehicle, timing, np.array([[t]])).items()}
    c = cabin_constants(vehicle)
    t_a, t_w, t_e = value("cabin_temp_c"), value("wall_temp_c"), value("equipment_temp_c")
    station = 0.0
    if t_a is not None and cfg["exchange"] > 0 and vehicle.kind == "spacecraft":  # a module's air is the station's
        station = float(air_conductance_w_k(cfg["exchange"])) * (c.station_temp_c - t_a)
    shell = t_w if t_w is not None else t_a  # a one-node cabin: the hull straight to the air
    if shell is not None:
        t_o = value("orbital_module_temp_c")
        t_o = shell if t_o is None else t_o
        t_e_or_shell = shell if t_e is None else t_e
        hull = (cfg["joined"] * (c.orbital_wall_ua * (t_o - shell) + c.equip_wall_ua * (t_e_or_shell - shell))
                - (1.0 - cfg["landed"]) * float(radiation_conductance_w_k(c.mli_emissivity, c.wall_area_m2, shell,
                                                                          c.sink_c)) * (shell - c.sink_c)
                - cfg["landed"] * c.landed_ua * (shell - c.outside_c))
    else:
        hull = None
    both = t_a is not None
    return {"avionics": cfg["avionics"], "avionics_cabin": cfg["avionics_cabin"], "station": station, "hull": hull,
            "equipment_air": c.equip_air_ua * (t_e - t_a) if both and t_e is not None else None,
            "wall_air": c.air_wall_ua * (t_w - t_a) if both and t_w is not None else None}
