"""Every cell's own single-scenario time grid, built for N cells at once and aligned by phase.

:func:`batch_scenario_grid` returns, for N scenarios of one vehicle, the grid that
:func:`thermoviz.model.engine.grid.scenario_grid` builds for each of them (the same points:
breakpoints, refinement after each, the leak-fraction times, the 0.5-h gap filling,
the 10-min crew segments from that cell's own undock), as an array of shape (K, N)
so that :func:`thermoviz.model.engine.simulate.simulate_batch` can integrate every cell
in its own time frame with the one stepping code.

Alignment: each cell's grid is cut into phases (before undock, undock to landing,
after landing) and each phase is padded to the longest one of the batch by
repeating its last point (a zero-length step, which the integrator skips).  So all
cells with the same descent duration ride their crew segments at the same step
indices, and one PHS call per segment advances every riding cell.
"""

from __future__ import annotations

import numpy as np

from ..loop.leak import leak_curve
from .grid import CREW_FLIGHT_STEP_H, LEAK_FRACTIONS, MAX_STEP_H, PRE_SWITCH_H, REFINE_AFTER_H

_DEDUPE_H = 1e-9


def _sorted_unique_rows(points: np.ndarray) -> np.ndarray:
    """Rows sorted, NaN last; a point within 1e-9 h of its predecessor becomes NaN (as np.unique + filter)."""
    p = np.sort(points, axis=1)
    close = np.zeros(p.shape, dtype=bool)
    close[:, 1:] = np.diff(p, axis=1) <= _DEDUPE_H
    p[close] = np.nan
    return np.sort(p, axis=1)


def _fill_gaps(p: np.ndarray, max_step_h: float) -> np.ndarray:
    """Split every gap longer than ``max_step_h`` evenly, as the single grid does (rows sorted, NaN last)."""
    gaps = np.diff(p, axis=1)
    k = np.where(np.isfinite(gaps) & (gaps > max_step_h), np.ceil(np.nan_to_num(gaps) / max_step_h), 1).astype(int)
    extra = k - 1
    n_extra = extra.sum(axis=1)
    if n_extra.max(initial=0) == 0:
        return p
    rows, cols = np.nonzero(extra)
    reps = extra[rows, cols]
    r = np.repeat(rows, reps)
    c = np.repeat(cols, reps)
    # m = 1 .. k-1 within each gap
    start = np.repeat(np.cumsum(reps) - reps, reps)
    m = np.arange(r.size) - start + 1
    values = p[r, c] + gaps[r, c] * m / k[r, c]
    per_row = np.bincount(r, minlength=p.shape[0])
    slot = np.arange(r.size) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    add = np.full((p.shape[0], n_extra.max()), np.nan)
    add[r, slot] = values
    return _sorted_unique_rows(np.concatenate([p, add], axis=1))


def batch_scenario_grid(vehicle, loop, coolant, timing, shutdown_h, duration_h, punctured, coupled: bool = True
                        ) -> np.ndarray:
    """The single-scenario grid of each of N cells, phase-aligned, shape (K, N) [h].

    ``timing`` is the batch :class:`~thermoviz.model.engine.timing.Timing`, ``shutdown_h``,
    ``duration_h`` and ``punctured`` arrays of shape (N,).  Padding points repeat the
    previous point (zero-length steps).
    """
    duration = np.asarray(duration_h, dtype=float)
    n = duration.size
    tp, tu, tl = timing.puncture_h, timing.undock_h, timing.landing_h
    cols = [np.zeros(n), duration]
    breaks = [np.zeros(n)]
    for t in (tp, tu, tl, np.asarray(shutdown_h, dtype=float)):
        breaks.append(np.where(np.isfinite(t) & (t < duration), t, np.nan))
    leaking = np.asarray(punctured, bool) & (timing.cda_m2 > 0) & np.isfinite(tp)
    if leaking.any():
        curve = leak_curve(loop, coolant)
        fractions = set(LEAK_FRACTIONS)
        fractions.update(np.linspace(loop.pump_stop_fraction, loop.pump_full_fraction, 9).tolist())
        lost = curve.inventory_m3 * (1.0 - np.array(sorted(fractions)))
        lost = np.append(lost, curve.inventory_m3)
        with np.errstate(invalid="ignore"):
            times = tp[:, None] + curve.time_to_lose_s(lost[None, :], timing.cda_m2[:, None]) / 3600.0
        times = np.where(leaking[:, None] & (times < duration[:, None]), times, np.nan)
        cols.extend(times.T)
        breaks.append(times[:, -1])
    cols.extend(breaks)
    cols.extend(b + dt for b in breaks for dt in REFINE_AFTER_H)
    for t in (tu, tl):
        cols.append(np.where(np.isfinite(t) & (PRE_SWITCH_H < t) & (t <= duration + 1e-9), t - PRE_SWITCH_H, np.nan))
    p = np.stack(cols, axis=1)
    p = np.where(np.isfinite(p), np.clip(p, 0.0, duration[:, None]), np.nan)
    p = _fill_gaps(_sorted_unique_rows(p), MAX_STEP_H)
    # crew segments: from each riding cell's undock to its landing (or the run's end)
    riding = (timing.crew > 0) & np.isfinite(tu) & (tu < duration)
    if vehicle.is_station_module:
        riding = (timing.crew > 0) & coupled
        start, end = np.zeros(n), duration.copy()
    else:
        start, end = tu, np.minimum(tl, duration)
    riding &= np.nan_to_num(end - start) >= 1.0 / 60.0
    if riding.any():
        seg_min = int(round(CREW_FLIGHT_STEP_H * 60))
        total = np.where(riding, np.round((end - start) * 60.0), 0).astype(int)
        n_seg = np.ceil(total / seg_min).astype(int)
        m = int(n_seg.max())
        j = np.arange(m + 1)[None, :]
        edges = np.round(np.where(j <= n_seg[:, None], j, n_seg[:, None]) * total[:, None]
                         / np.maximum(n_seg[:, None], 1))
        seg = start[:, None] + edges / 60.0
        seg = np.where(j == n_seg[:, None], end[:, None], seg)
        seg = np.where((j <= n_seg[:, None]) & riding[:, None], seg, np.nan)
        last_inner = np.take_along_axis(seg, np.maximum(n_seg - 1, 0)[:, None], axis=1)[:, 0]
        at_landing = end >= tl - 1e-9  # the crew's last step ends at landing (also when the run ends there)
        pre = np.where(riding & at_landing & (end - PRE_SWITCH_H > last_inner), end - PRE_SWITCH_H,
                       np.nan)
        inside = riding[:, None] & (p >= (start - 1e-9)[:, None]) & (p <= (end + 1e-9)[:, None])
        p = _sorted_unique_rows(np.concatenate([np.where(inside, np.nan, p), seg, pre[:, None]], axis=1))
    return align_phases(p, start if vehicle.is_station_module else tu, np.where(riding, end, np.nan))


def align_phases(p: np.ndarray, undock_h: np.ndarray, landing_h: np.ndarray) -> np.ndarray:
    """(N, P) sorted rows (NaN last) -> (K, N): phases before undock / undock..landing / after, padded."""
    valid = np.isfinite(p)
    u = np.where(np.isfinite(undock_h) & np.isfinite(landing_h), undock_h, np.inf)[:, None]
    land = np.where(np.isfinite(landing_h), landing_h, np.inf)[:, None]
    phase = np.where(p < u - 1e-9, 0, np.where(p <= land + 1e-9, 1, 2))
    counts = np.stack([(valid & (phase == k)).sum(axis=1) for k in range(3)], axis=1)
    width = counts.max(axis=0)
    offset = np.concatenate([[0], np.cumsum(width)[:-1]])
    # index of each point inside its phase
    first_of_phase = np.concatenate([np.zeros((p.shape[0], 1), int), np.cumsum(counts, axis=1)[:, :-1]], axis=1)
    idx = np.arange(p.shape[1])[None, :] - np.take_along_axis(first_of_phase, np.minimum(phase, 2), axis=1)
    target = offset[phase] + idx
    out = np.full((p.shape[0], int(width.sum())), np.nan)
    rows, cols = np.nonzero(valid)
    out[rows, target[rows, cols]] = p[rows, cols]
    # padding repeats the previous point (forward fill along each row)
    have = np.isfinite(out)
    last = np.maximum.accumulate(np.where(have, np.arange(out.shape[1])[None, :], 0), axis=1)
    out = np.take_along_axis(out, last, axis=1)
    return np.ascontiguousarray(out.T)


__all__ = ["batch_scenario_grid"]
