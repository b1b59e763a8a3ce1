"""Coolant leak from a punctured loop: orifice flow to vacuum from a bellows accumulator.

Equations (docs/sources.md §6)
------------------------------
Liquid lost ``V`` [m³] since the puncture.  The accumulator is a gas chamber
behind a bellows (or diaphragm) that holds a liquid *reserve* ``V_r``; while the
bellows still moves, the gas expands polytropically and pushes the liquid::

    P_gas(V) = P0 · (V_g0 / (V_g0 + V))^n          for V < V_r      [Pa]

Outflow through a hole of area A = π d²/4 as a liquid orifice into vacuum
(thin-wall hole: single-phase flow driven by P - P_v, Henry & Fauske 1971)::

    dV/dt = Cd · A · g(V),   g(V) = sqrt(2 · (P_gas(V) - P_v) / ρ)   [m³/s]

**Bottoming out.**  At V = V_r the bellows rests on its stop: the gas no longer
reaches the liquid, the loop is a rigid pipe full of liquid and its pressure
collapses to the coolant's vapour pressure P_v plus a small residual
``p_tail`` (vapour of the warmer parts of the loop and gas coming out of
solution, an estimate per loop).  That residual keeps pushing liquid out slowly::

    dV/dt = Cd · A · q_tail,   q_tail = max(sqrt(2 · p_tail / ρ), q_vap)

where ``q_vap`` is saturated vapour choked at the hole (ideal gas) expressed as a
liquid-equivalent flow, which matters only for volatile coolants (ammonia)::

    q_vap = P_v · sqrt(γ / (R_s T)) · (2/(γ+1))^((γ+1)/(2(γ-1))) / ρ

The same ``q_tail`` applies if the gas pressure reaches P_v before the reserve
is used up (a tiny gas charge).  The flow per unit Cd·A is therefore
``max(g(V), q_tail)`` before V_r and ``q_tail`` after it; that maximum also
regularises the square root at ΔP -> 0 (infinite derivative there).  The pump
thresholds of the loop agree with the reserve: ``pump_full_fraction`` is
``1 - V_r / V_liquid``.  "Empty" is the event V = V_liquid (the loop is then open
to vacuum and its pressure is 0); the model never integrates past it and never
gives a negative inventory.

Separable solution (why every hole size is instant and never stiff)
-------------------------------------------------------------------
The ODE is autonomous and the flow scales with Cd·A, so::

    t(V) = τ(V) / (Cd·A),    τ(V) = ∫₀^V dV' / flow_per_area(V')      [s·m²]

τ is computed once per (loop, coolant): by cumulative trapezoidal quadrature
up to V_r on a grid clustered toward the P = P_v point (where 1/g has an
integrable 1/sqrt singularity), and exactly (linear) after it; it is inverted
by interpolation.  Any hole size or Cd only rescales time.  For P_v = 0 the
first phase is closed-form::

    t(V) = V_g0 / (k (n/2 + 1)) · ((1 + V/V_g0)^(n/2+1) - 1),  k = Cd·A·sqrt(2 P0/ρ)

which the tests use as the oracle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .coolant import CoolantParams
from ..params import LoopParams

ATM_PA = 101_325.0
R_UNIVERSAL = 8.314_462
LOOP_TEMP_K = 293.15  # loop liquid ≈ 20 °C (estimate; radiator loops run ~0–30 °C, docs/sources.md §2)
#: Flow floor per unit Cd·A [m/s], only to keep the quadrature finite when P_v = 0 at the very end.
_Q_FLOOR_M_S = 1e-12
_GRID_POINTS = 3000


def effective_initial_pressure_pa(loop: LoopParams, coolant: CoolantParams) -> float:
    """Loop charge pressure [Pa] for this coolant.

    A loop must keep its liquid above the vapour pressure, so when the chosen
    coolant's vapour pressure is not at least 1 atm below the vehicle's charge
    pressure (e.g. ammonia, 1 MPa at 25 °C, in a 3 atm Soyuz loop), the charge is
    raised to ``P_v + 1 atm`` — what a designer of an ammonia loop would do.
    """
    p0 = loop.initial_pressure_kpa * 1e3
    pv = coolant.vapour_pressure_kpa * 1e3
    return max(p0, pv + ATM_PA)


def choked_vapour_flow_per_area(coolant: CoolantParams, temp_k: float = LOOP_TEMP_K) -> float:
    """Liquid-equivalent volume flow per unit Cd·A of saturated vapour choked at the hole [m/s]."""
    gamma = coolant.vapour_heat_capacity_ratio
    r_specific = R_UNIVERSAL / (coolant.vapour_molar_mass_g_mol * 1e-3)
    pv = coolant.vapour_pressure_kpa * 1e3
    mass_flux = pv * math.sqrt(gamma / (r_specific * temp_k)) * (2 / (gamma + 1)) ** ((gamma + 1) / (2 * (gamma - 1)))
    return mass_flux / coolant.density_kg_m3


def hole_area_m2(hole_diameter_mm):
    """Hole area A = π d²/4 [m²] from the diameter [mm] (float or array)."""
    d = np.asarray(hole_diameter_mm, dtype=float) * 1e-3
    return math.pi * d * d / 4.0


@dataclass(frozen=True, eq=False)
class LeakCurve:
    """Pre-integrated drain of one loop with one coolant (see module docstring).

    ``tau_s_m2[i]`` is Cd·A times the time to lose ``volume_m3[i]`` of liquid.
    """

    inventory_m3: float
    initial_pressure_pa: float
    gas_volume_m3: float
    polytropic_exponent: float
    density_kg_m3: float
    vapour_pressure_pa: float
    tail_flow_m_s: float
    volume_m3: np.ndarray
    tau_s_m2: np.ndarray
    reserve_m3: float = math.inf
    tail_pressure_pa: float = 0.0

    # -- state as a function of liquid lost --------------------------------
    def gas_pressure_pa(self, volume_lost_m3):
        """Pressure the accumulator gas puts on the liquid [Pa].

        ``P0·(V_g0/(V_g0+V))^n`` while the bellows moves (V < reserve); once it has
        bottomed out the gas no longer reaches the liquid and this is the residual
        ``P_v + p_tail`` of the collapsed loop.
        """
        v = np.asarray(volume_lost_m3, dtype=float)
        polytropic = self.initial_pressure_pa * (self.gas_volume_m3 / (self.gas_volume_m3 + v)) \
            ** self.polytropic_exponent
        return np.where(v < self.reserve_m3, polytropic, self.vapour_pressure_pa + self.tail_pressure_pa)

    def loop_pressure_pa(self, volume_lost_m3):
        """Loop pressure [Pa]: gas pressure, never below P_v + p_tail while liquid is left, 0 once empty."""
        v = np.asarray(volume_lost_m3, dtype=float)
        p = np.maximum(self.gas_pressure_pa(v), self.vapour_pressure_pa + self.tail_pressure_pa)
        return np.where(v >= self.inventory_m3, 0.0, p)

    def flow_per_area_m_s(self, volume_lost_m3):
        """Outflow per unit Cd·A [m³/s per m²]: max(g(V), q_tail) before bottoming out, q_tail after; 0 once empty."""
        v = np.asarray(volume_lost_m3, dtype=float)
        dp = np.maximum(self.gas_pressure_pa(v) - self.vapour_pressure_pa, 0.0)
        q = np.maximum(np.sqrt(2.0 * dp / self.density_kg_m3), max(self.tail_flow_m_s, _Q_FLOOR_M_S))
        return np.where(v >= self.inventory_m3, 0.0, q)

    def remaining_fraction(self, volume_lost_m3):
        """Fraction of the liquid inventory still in the loop [0..1]."""
        v = np.clip(np.asarray(volume_lost_m3, dtype=float), 0.0, self.inventory_m3)
        return 1.0 - v / self.inventory_m3

    # -- time <-> volume ----------------------------------------------------
    def volume_lost_m3(self, elapsed_s, cda_m2):
        """Liquid lost [m³] after ``elapsed_s`` since the puncture through Cd·A = ``cda_m2`` [m²].

        Vectorised over both arguments; negative elapsed time or Cd·A = 0 gives 0.
        """
        x = np.maximum(np.asarray(elapsed_s, dtype=float), 0.0) * np.asarray(cda_m2, dtype=float)
        return np.interp(x, self.tau_s_m2, self.volume_m3)

    def time_to_lose_s(self, volume_m3, cda_m2):
        """Time [s] to lose ``volume_m3`` of liquid through Cd·A [m²] (inf when Cd·A = 0)."""
        tau = np.interp(np.asarray(volume_m3, dtype=float), self.volume_m3, self.tau_s_m2)
        cda = np.asarray(cda_m2, dtype=float)
        with np.errstate(divide="ignore"):
            return np.where(cda > 0, tau / np.where(cda > 0, cda, 1.0), np.inf)

    def time_bottomed_out_s(self, cda_m2):
        """Time [s] at which the accumulator's liquid reserve is used up (inf if never)."""
        if self.reserve_m3 >= self.inventory_m3:
            return np.full_like(np.asarray(cda_m2, dtype=float), np.inf)
        return self.time_to_lose_s(self.reserve_m3, cda_m2)


@lru_cache(maxsize=64)
def leak_curve(loop: LoopParams, coolant: CoolantParams) -> LeakCurve:
    """Build (once, cached) the pre-integrated drain curve of ``loop`` filled with ``coolant``."""
    inventory = loop.liquid_inventory_l * 1e-3
    reserve = min(loop.reserve_l * 1e-3, inventory)
    vg0 = loop.accumulator_gas_l * 1e-3
    n = loop.polytropic_exponent
    p0 = effective_initial_pressure_pa(loop, coolant)
    pv = coolant.vapour_pressure_kpa * 1e3
    p_tail = loop.tail_pressure_kpa * 1e3
    rho = coolant.density_kg_m3
    q_vap = choked_vapour_flow_per_area(coolant) if pv > 0 else 0.0
    q_tail = max(math.sqrt(2.0 * p_tail / rho), q_vap)
    q_min = max(q_tail, _Q_FLOOR_M_S)

    # Phase 1, the bellows moves: 0 .. reserve, clustered toward the P = P_v point if it lies inside.
    v_boil = vg0 * ((p0 / pv) ** (1.0 / n) - 1.0) if pv > 0 else math.inf
    u = np.linspace(0.0, 1.0, _GRID_POINTS)
    if v_boil < reserve:
        volume = v_boil * (1.0 - (1.0 - u) ** 2)
        volume = np.concatenate([volume, np.linspace(v_boil, reserve, 200)[1:]])
    else:
        volume = reserve * (1.0 - (1.0 - u) ** 2)
    dp = np.maximum(p0 * (vg0 / (vg0 + volume)) ** n - pv, 0.0)
    inv_flow = 1.0 / np.maximum(np.sqrt(2.0 * dp / rho), q_min)
    # Cumulative trapezoid rule (as scipy.integrate.cumulative_trapezoid(..., initial=0),
    # written out: importing scipy.integrate costs ~0.4 s on the GUI's first recompute).
    tau = np.concatenate(([0.0], np.cumsum(0.5 * (inv_flow[1:] + inv_flow[:-1]) * np.diff(volume))))
    # Phase 2, bottomed out: constant flow q_tail, so τ is exactly linear in V.
    if reserve < inventory:
        tail_v = np.linspace(reserve, inventory, 50)[1:]
        volume = np.concatenate([volume, tail_v])
        tau = np.concatenate([tau, tau[-1] + (tail_v - reserve) / q_min])
    volume.flags.writeable = False
    tau.flags.writeable = False
    return LeakCurve(inventory, p0, vg0, n, rho, pv, q_tail, volume, tau, reserve, p_tail)


def circulation_factor(remaining_fraction, loop: LoopParams):
    """Pump circulation factor [0..1] from the inventory fraction f (estimate, vehicle-specific).

    ``clip((f - f_stop) / (f_full - f_stop), 0, 1)``: full circulation while the
    accumulator still makes up the loss, none once gas/vapour reaches the pump.
    """
    f = np.asarray(remaining_fraction, dtype=float)
    span = loop.pump_full_fraction - loop.pump_stop_fraction
    return np.clip((f - loop.pump_stop_fraction) / span, 0.0, 1.0)
