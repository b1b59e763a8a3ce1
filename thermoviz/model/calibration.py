"""Calibration of the leak model against the public record, as data and as ranges.

The record gives *inequalities*, not numbers (docs/sources.md §1.1):

* MS-22's spray was still visible "over three hours" after detection: the loop
  was not empty 3 h after the puncture;
* "the majority of the cooling fluid had leaked out by" 13:30 EST 15 Dec,
  ≈17.75 h after detection: more than half (> 50 %) of the inventory was lost
  by then.

Because the drain is separable (``t(V) = τ(V) / (Cd·A)``, see
:mod:`thermoviz.model.loop.leak`), every such inequality is a bound on Cd in closed
form::

    lost ≥ f at t*      <=>  Cd ≥ τ(f·V_liquid) / (A · t*)
    not empty at t*     <=>  Cd ≤ τ(V_liquid) / (A · t*)

and an orifice never passes more than its ideal flow, so Cd ≤ 1.
:func:`cd_range` returns the interval these allow for a loop as it is;
``spans`` widens it over the plausible ranges of the other estimated leak
parameters (gas volume, reserve, tail pressure).  The nominal, *fitted*
value reads "majority" as the middle of "more than half, not yet all": three
quarters lost at 17.75 h (:func:`fit_cd`).  The other record items are held
out and only tested against (``tests/model/test_calibration_range.py``).
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass

import numpy as np

from .loop.coolant import CoolantParams
from .loop.leak import hole_area_m2, leak_curve
from .params import LoopParams

#: Physical cap: an orifice passes at most its ideal (Bernoulli) flow.
CD_MAX = 1.0


@dataclass(frozen=True)
class RecordItem:
    """One fact of the public record and how the model uses it."""

    id: str
    event: str
    statement: str
    source: str
    use: str  # "fitted" or "held out"
    parameter: str  # what it calibrates or checks


#: Which parameter is fitted to which record item, and which items are held out.
CALIBRATION_TABLE: tuple[RecordItem, ...] = (
    RecordItem("ms22_majority_17_75h", "Soyuz MS-22",
               "majority of the coolant gone ≈17.75 h after detection (13:30 EST 15 Dec 2022)",
               "NASA update 19 Dec 2022 via SpaceRef", "fitted",
               "effective discharge coefficient Cd of soyuz-ms external loop (nominal: 75 % lost at "
               "17.75 h; range: ≥ 50 % lost)"),
    RecordItem("ms22_visible_3h", "Soyuz MS-22", "spray visible for over three hours",
               "TASS/Izvestia via Republic World", "held out", "upper bound of the Cd range; tested"),
    RecordItem("ms22_all_lost", "Soyuz MS-22", "all coolant of the external loop lost",
               "SpacePolicyOnline; NASASpaceflight, Mar 2023", "held out",
               "loop empty long before the undock (28 Mar 2023); tested"),
    RecordItem("ms21_pressure_zero", "Progress MS-21",
               "loop pressure went to zero, all coolant lost (11 Feb 2023, undocked 17 Feb)",
               "NASA via SpaceRef; Krikalev via TASS", "held out",
               "pressure collapse and empty loop within the 6.5 days docked, MS-22 Cd and hole; tested"),
    RecordItem("nauka_ceased_2d", "Nauka RTOd", "leak ceased within ≈2 days (9 → 11 Oct 2023)",
               "NASA via a-trust.org; Roscosmos", "held out",
               "RTOd loop empty within 2 days for an ≥ 0.8 mm hole at the MS-22 Cd; tested"),
    # Cabin, equipment bay and crew (tests/model/test_record_docked_and_return.py).  The four-node cabin
    # (no fixed-temperature surroundings; orbital module, instrument compartment, radiation to space) is
    # fitted by least squares on the docked items only, with four docked-only parameters; every other
    # cabin estimate is set from its own reasoning (vehicle file) and the crewed-return items are held out.
    RecordItem("ms22_docked_cabin_30_to_27c", "Soyuz MS-22",
               "docked, hatch open: crew compartment ≈30 °C (16 Dec), 28-30 °C (17 Dec), 27 °C (21 Dec 2022)",
               "Interfax 16 Dec; TASS 17-18 Dec; Sputnik 21 Dec 2022", "fitted",
               "station_air_temp_c (26.2 °C) for the settled 27 °C; station_air_exchange_m3_h (160 m3/h, top of "
               "its range) for the ≈30 °C peak"),
    RecordItem("ms22_pao_40_then_30c", "Soyuz MS-22",
               "instrument-assembly compartment +40 °C in the first days, ≈+30 °C after the shutdown",
               "Roscosmos via Sputnik, 19 Dec 2022", "fitted",
               "avionics_docked_w (530 W) for the +40 °C peak; avionics_shutdown_w (220 W) for the ≈30 °C"),
    RecordItem("ms22_return_3_crew_40c", "Soyuz MS-22",
               "sealed 6-h return with 3 crew: cabin 'up to 40 °C' / 'low 40s', humidity soaring, not acceptable",
               "NASA (Montalbano) via SpaceDaily; Roscosmos briefing 11 Jan 2023", "held out",
               "no parameter fitted to it; tested: cabin peak aboard 38-44 °C, RH up ≥ 15 points, core ≥ 39 °C"),
    RecordItem("ms22_return_2_crew_decision", "Soyuz MS-22",
               "12 Jan 2023: only the two cosmonauts would ride MS-22 in an emergency",
               "Gizmodo; leonarddavid.com", "held out",
               "no parameter fitted to it; tested: 2 crew ≥ 0.5 K cooler air and a lower vapour pressure than 3"),
)

#: Every cabin parameter of the vehicle files: ``(name, use, what)``.  "fitted" names the record items
#: (ids above) it is fitted to; "estimated" ones are set from their own reasoning in the vehicle file and
#: fitted to nothing (the crewed-return items are held out of every fit).
_DOCKED = "ms22_docked_cabin_30_to_27c, ms22_pao_40_then_30c (least squares, docked rows only)"
CABIN_PARAMETERS: tuple[tuple[str, str, str], ...] = (
    ("station_air_temp_c", "fitted", _DOCKED),
    ("station_air_exchange_m3_h", "fitted", _DOCKED),
    ("avionics_docked_w", "fitted", _DOCKED),
    ("avionics_shutdown_w", "fitted", _DOCKED),
    *((name, "estimated", "not fitted (vehicle file: source, range, confidence)") for name in (
        "descent_duration_h", "cabin_free_volume_m3", "air_heat_capacity_j_k", "wall_heat_capacity_j_k",
        "air_wall_ua_w_k", "equipment_heat_capacity_j_k", "equipment_air_ua_w_k", "equipment_wall_ua_w_k",
        "orbital_module_heat_capacity_j_k", "orbital_module_ua_w_k", "cabin_radiating_area_m2",
        "equipment_radiating_area_m2", "orbital_module_radiating_area_m2", "mli_effective_emissivity",
        "space_sink_temp_c", "module_separation_before_landing_h", "landed_hull_ua_w_k",
        "landing_site_air_temp_c", "equipment_setpoint_c", "avionics_free_flight_w", "avionics_landed_w",
        "station_air_rh_pct", "cabin_setpoint_c", "chx_dew_point_c", "chx_air_flow_m3_h",
        "avionics_cabin_fraction", "shutdown_after_leak_h")),
)

#: MS-22 record times [h after detection] and the fraction lost they imply.
MS22_HOLE_MM = 0.8
MS22_MAJORITY_T_H = 17.75
MS22_MAJORITY_FRACTION = 0.5
MS22_NOMINAL_FRACTION = 0.75
MS22_VISIBLE_T_H = 3.0


def _tau(loop: LoopParams, coolant: CoolantParams, fraction: float) -> float:
    curve = leak_curve(loop, coolant)
    return float(np.interp(fraction * curve.inventory_m3, curve.volume_m3, curve.tau_s_m2))


def _cd_bounds(loop: LoopParams, coolant: CoolantParams, hole_mm: float) -> tuple[float, float]:
    area = float(hole_area_m2(hole_mm))
    lo = _tau(loop, coolant, MS22_MAJORITY_FRACTION) / (area * MS22_MAJORITY_T_H * 3600.0)
    hi = _tau(loop, coolant, 1.0) / (area * MS22_VISIBLE_T_H * 3600.0)
    return lo, min(hi, CD_MAX)


def _variants(loop: LoopParams, spans: dict[str, tuple[float, float]] | None):
    if not spans:
        yield loop
        return
    names = list(spans)
    for corner in itertools.product(*(spans[n] for n in names)):
        yield dataclasses.replace(loop, **dict(zip(names, corner)))


def cd_range(loop: LoopParams, coolant: CoolantParams, hole_mm: float = MS22_HOLE_MM,
             spans: dict[str, tuple[float, float]] | None = None) -> tuple[float, float]:
    """Range (lo, hi) of effective discharge coefficient the MS-22 record allows.

    Parameters
    ----------
    loop, coolant : the punctured loop and its coolant.
    hole_mm : hole diameter [mm] (MS-22: 0.8 mm, Interfax 20 Dec 2022).
    spans : optional ``{LoopParams field: (lo, hi)}`` of other leak parameters to sweep
        (every corner); the result is the envelope over them.

    Returns
    -------
    (lo, hi) : lo from "more than half lost by 17.75 h", hi from "not empty at 3 h"
        (capped at 1).  lo > hi means the record cannot be met with this loop.
    """
    if hole_mm <= 0:
        raise ValueError(f"hole_mm must be > 0, got {hole_mm:g}")
    bounds = [_cd_bounds(v, coolant, hole_mm) for v in _variants(loop, spans)]
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def fit_cd(loop: LoopParams, coolant: CoolantParams, hole_mm: float = MS22_HOLE_MM,
           fraction: float = MS22_NOMINAL_FRACTION, at_h: float = MS22_MAJORITY_T_H) -> float:
    """Cd that makes ``loop`` lose ``fraction`` of its liquid ``at_h`` hours after the puncture."""
    return _tau(loop, coolant, fraction) / (float(hole_area_m2(hole_mm)) * at_h * 3600.0)


def leak_spans(ranges: dict[str, tuple[float, float] | None], loop_id: str) -> dict[str, tuple[float, float]]:
    """The estimated leak-parameter ranges of one loop, from a vehicle's ``{key: range}`` map.

    ``ranges`` maps provenance keys (``loops.<id>.<field>``) to (lo, hi) or None; only the
    accumulator gas volume, its reserve, the tail pressure and the expansion exponent are
    swept (the ones the drain time depends on that the record does not pin).
    """
    fields = ("accumulator_gas_l", "accumulator_reserve_l", "tail_pressure_kpa", "polytropic_exponent")
    out = {}
    for name in fields:
        rng = ranges.get(f"loops.{loop_id}.{name}")
        if rng is not None:
            out[name] = (float(rng[0]), float(rng[1]))
    return out
