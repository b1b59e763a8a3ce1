"""What the stepping code reads of a vehicle: cabin constants and the inputs of every step.

:func:`step_inputs` evaluates, for one vehicle and N scenarios on a grid ``time_h``
((K,) common or (K, N) per cell), the leak state at the grid points and the
configuration (equipment heat, crew, station air, capacity, circulation) over each
step.  :func:`stack_inputs` puts the inputs of several vehicles side by side, one
column each, so that :func:`thermoviz.model.engine.simulate.integrate` can advance N
different vehicles with the same stepping code that advances one (the cabin
constants become arrays of shape (N,); :func:`thermoviz.model.cabin.nodes.advance` is
element-wise).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from ..cabin.nodes import CabinConstants
from ..loop.leak import circulation_factor, leak_curve
from .timing import Timing, cabin_constants, configuration


@dataclass(frozen=True)
class StepInputs:
    """Cabin constants and step inputs of N columns (one vehicle, or several stacked).

    ``cols``: equipment heat [W], crew aboard, station air exchange [m³/s], capacity [W],
    CHX circulation factor, equipment heat released in the cabin air [W], modules joined (1/0)
    and landed (1/0), each of shape (K-1, N) (one value per step).  The loop and its radiator
    leave with the instrument compartment: no capacity once the modules have separated.  ``lost_m3``, ``remaining`` (fraction) and
    ``capacity_w`` are (K, N) at the grid points; ``full_capacity_w`` and the first
    point's configuration ``cfg0`` (the steady state before anything happens) are per column.
    """

    consts: CabinConstants
    curves: tuple
    lost_m3: np.ndarray
    remaining: np.ndarray
    capacity_w: np.ndarray
    cols: tuple
    full_capacity_w: object
    cfg0: dict


def leak_state(vehicle, loop, coolant, timing: Timing, t_h):
    """Liquid lost, remaining fraction, circulation factor and capacity at times t_h (K, 1) -> (K, N)."""
    curve = leak_curve(loop, coolant)
    tp = np.where(np.isnan(timing.puncture_h), np.inf, timing.puncture_h)
    elapsed_s = np.where(t_h > tp, (t_h - tp) * 3600.0, 0.0)
    lost = curve.volume_lost_m3(elapsed_s, timing.cda_m2)
    remaining = 1.0 - lost / curve.inventory_m3
    phi = circulation_factor(remaining, loop)
    capacity = phi * loop.heat_rejection_capacity_w + vehicle.other_loops_capacity_w(loop.id)
    return curve, lost, remaining, phi, capacity


def time_column(time_h: np.ndarray) -> np.ndarray:
    """Times as (K, 1) for a common grid (K,), or the per-cell grids (K, N) unchanged."""
    return time_h[:, None] if time_h.ndim == 1 else time_h


def step_inputs(vehicle, loop, coolant, timing: Timing, time_h: np.ndarray) -> StepInputs:
    """The inputs of every step of ``time_h`` for N scenarios of one vehicle."""
    t_col = time_column(time_h)
    curve, lost, remaining, phi_pt, cap_pt = leak_state(vehicle, loop, coolant, timing, t_col)
    cfg = configuration(vehicle, timing, 0.5 * (t_col[1:] + t_col[:-1]))
    # The condensing heat exchanger works while any radiator loop circulates (implicit Euler: end values).
    phi_chx = phi_pt if vehicle.other_loops_capacity_w(loop.id) == 0 else np.ones_like(phi_pt)
    shape = (lost.shape[0] - 1, lost.shape[1])
    # a point's capacity is that of the step ending there (the first point's: its own configuration)
    joined0 = configuration(vehicle, timing, t_col[:1])["joined"]
    cap_pt = cap_pt * np.concatenate([np.broadcast_to(joined0, (1, shape[1])),
                                      np.broadcast_to(cfg["joined"], shape)])
    cols = tuple(np.broadcast_to(c, shape) for c in (cfg["avionics"], cfg["crew"], cfg["exchange"], cap_pt[1:],
                                                     phi_chx[1:], cfg["avionics_cabin"], cfg["joined"],
                                                     cfg["landed"]))
    return StepInputs(cabin_constants(vehicle), (curve,), lost, remaining, cap_pt, cols,
                      loop.heat_rejection_capacity_w + vehicle.other_loops_capacity_w(loop.id),
                      configuration(vehicle, timing, t_col[:1]))


def stack_inputs(parts: list[StepInputs]) -> StepInputs:
    """Several vehicles' inputs as one, column after column (each part has one or more columns)."""
    sizes = [p.lost_m3.shape[1] for p in parts]

    def per_column(value, k):
        return np.broadcast_to(np.asarray(value, float), (sizes[k],))

    consts = CabinConstants(**{f.name: np.concatenate([per_column(getattr(p.consts, f.name), k)
                                                        for k, p in enumerate(parts)])
                               for f in dataclasses.fields(CabinConstants)})
    cat = lambda name: np.concatenate([getattr(p, name) for p in parts], axis=1)  # noqa: E731
    cols = tuple(np.concatenate([p.cols[j] for p in parts], axis=1) for j in range(len(parts[0].cols)))
    cfg0 = {key: np.concatenate([np.broadcast_to(p.cfg0[key], (1, sizes[k])) for k, p in enumerate(parts)], axis=1)
            for key in parts[0].cfg0}
    full = np.concatenate([per_column(p.full_capacity_w, k) for k, p in enumerate(parts)])
    return StepInputs(consts, tuple(c for p in parts for c in p.curves), cat("lost_m3"), cat("remaining"),
                      cat("capacity_w"), cols, full, cfg0)
