"""Coolant leak from a punctured loop: orifice flow to vacuum from a gas-charged accumulator.

Equations (domain.md §6)
------------------------
Liquid lost ``V`` [m³] since the puncture; the accumulator gas expands polytropically::

    P_gas(V) = P0 · (V_g0 / (V_g0 + V))^n                       [Pa]

Outflow through a hole of area A = π d²/4 as a liquid orifice into vacuum
(thin-wall hole: single-phase flow driven by P - P_v, Henry & Fauske 1971)::

    dV/dt = Cd · A · g(V),   g(V) = sqrt(2 · (P_gas(V) - P_v) / ρ)   [m³/s]

When ``P_gas`` has fallen to the coolant's vapour pressure ``P_v`` the liquid
boils in the loop and holds it at ``P_v``; the liquid driving term vanishes and
the rest leaves as *vapour*, modelled as choked ideal-gas flow of saturated vapour
through the same hole (an estimate that ignores evaporative cooling, i.e. an upper
bound on that slow tail)::

    dV/dt = Cd · A · q_tail,  q_tail = P_v · sqrt(γ / (R_s T)) · (2/(γ+1))^((γ+1)/(2(γ-1))) / ρ

The flow per unit Cd·A is therefore ``max(g(V), q_tail)``; that maximum also
regularises the square root at ΔP -> 0 (stack-notes: infinite derivative there).
"Empty" is the event V = V_liquid (the gas pushes all liquid out; then the loop
is open to vacuum and its pressure falls to 0); the model never integrates past it.

Separable solution (why every hole size is instant and never stiff)
-------------------------------------------------------------------
The ODE is autonomous and the flow scales with Cd·A, so::

    t(V) = τ(V) / (Cd·A),    τ(V) = ∫₀^V dV' / max(g(V'), q_tail)      [s·m²]

τ is computed once per (loop, coolant) by cumulative trapezoidal quadrature on
a grid clustered toward the P = P_v point (where 1/g has an integrable
1/sqrt singularity) and inverted by interpolation.  Any hole size or Cd only
rescales time.  For P_v = 0 the integral is closed-form::

    t(V) = V_g0 / (k (n/2 + 1)) · ((1 + V/V_g0)^(n/2+1) - 1),  k = Cd·A·sqrt(2 P0/ρ)

which the tests use as the oracle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .coolant import CoolantParams
from .params import LoopParams

ATM_PA = 101_325.0
R_UNIVERSAL = 8.314_462
LOOP_TEMP_K = 293.15  # loop liquid ≈ 20 °C (estimate; radiator loops run ~0–30 °C, domain.md §2.1)
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

    # -- state as a function of liquid lost --------------------------------
    def gas_pressure_pa(self, volume_lost_m3):
        """Accumulator gas pressure P0·(V_g0/(V_g0+V))^n [Pa]."""
        v = np.asarray(volume_lost_m3, dtype=float)
        return self.initial_pressure_pa * (self.gas_volume_m3 / (self.gas_volume_m3 + v)) ** self.polytropic_exponent

    def loop_pressure_pa(self, volume_lost_m3):
        """Loop pressure [Pa]: gas pressure, held at P_v while liquid boils, 0 once empty."""
        v = np.asarray(volume_lost_m3, dtype=float)
        p = np.maximum(self.gas_pressure_pa(v), self.vapour_pressure_pa)
        return np.where(v >= self.inventory_m3, 0.0, p)

    def flow_per_area_m_s(self, volume_lost_m3):
        """Outflow per unit Cd·A, max(g(V), q_tail) [m³/s per m²]; 0 once empty."""
        v = np.asarray(volume_lost_m3, dtype=float)
        dp = np.maximum(self.gas_pressure_pa(v) - self.vapour_pressure_pa, 0.0)
        q = np.maximum(np.sqrt(2.0 * dp / self.density_kg_m3), max(self.tail_flow_m_s, _Q_FLOOR_M_S))
        return np.where(v >= self.inventory_m3, 0.0, q)

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


@lru_cache(maxsize=64)
def leak_curve(loop: LoopParams, coolant: CoolantParams) -> LeakCurve:
    """Build (once, cached) the pre-integrated drain curve of ``loop`` filled with ``coolant``."""
    inventory = loop.liquid_inventory_l * 1e-3
    vg0 = loop.accumulator_gas_l * 1e-3
    n = loop.polytropic_exponent
    p0 = effective_initial_pressure_pa(loop, coolant)
    pv = coolant.vapour_pressure_kpa * 1e3
    rho = coolant.density_kg_m3
    q_tail = choked_vapour_flow_per_area(coolant) if pv > 0 else 0.0

    # Liquid lost when the gas pressure reaches P_v (inf if it never does).
    v_boil = vg0 * ((p0 / pv) ** (1.0 / n) - 1.0) if pv > 0 else math.inf
    v_liquid_end = min(v_boil, inventory)
    u = np.linspace(0.0, 1.0, _GRID_POINTS)
    volume = v_liquid_end * (1.0 - (1.0 - u) ** 2)  # clustered toward the P = P_v end
    if v_boil < inventory:
        volume = np.concatenate([volume, np.linspace(v_boil, inventory, 200)[1:]])

    dp = np.maximum(p0 * (vg0 / (vg0 + volume)) ** n - pv, 0.0)
    flow = np.maximum(np.sqrt(2.0 * dp / rho), max(q_tail, _Q_FLOOR_M_S))
    # Cumulative trapezoid rule (as scipy.integrate.cumulative_trapezoid(..., initial=0),
    # written out: importing scipy.integrate costs ~0.4 s on the GUI's first recompute).
    inv_flow = 1.0 / flow
    tau = np.concatenate(([0.0], np.cumsum(0.5 * (inv_flow[1:] + inv_flow[:-1]) * np.diff(volume))))
    volume.flags.writeable = False
    tau.flags.writeable = False
    return LeakCurve(inventory, p0, vg0, n, rho, pv, q_tail, volume, tau)


def circulation_factor(remaining_fraction, loop: LoopParams):
    """Pump circulation factor [0..1] from the inventory fraction f (estimate, vehicle-specific).

    ``clip((f - f_stop) / (f_full - f_stop), 0, 1)``: full circulation while the
    accumulator still makes up the loss, none once gas/vapour reaches the pump.
    """
    f = np.asarray(remaining_fraction, dtype=float)
    span = loop.pump_full_fraction - loop.pump_stop_fraction
    return np.clip((f - loop.pump_stop_fraction) / span, 0.0, 1.0)
