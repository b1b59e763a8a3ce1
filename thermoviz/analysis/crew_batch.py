"""Crew heat strain for many cells at once, exactly as the single path samples the cabin.

For each riding cell the cabin (air temperature, humidity) is cut, from that
cell's undock, into the same whole-minute segments (10 min) as
:func:`thermoviz.model.heat_strain.add_crew_strain`, averaged over each segment
(vapour pressure averaged, not humidity; see :func:`segment_means`), and
chained through ISO 7933 PHS (pythermalcomfort ``phs`` on arrays, the same
keyword inputs and carried state as :func:`~thermoviz.model.heat_strain.chain_phs`).

Cells whose segment-mean cabin is the same to :data:`TDB_RESOLUTION_C` and
:data:`RH_RESOLUTION_PCT` share one PHS run (on a hole x undock map, every hole
that emptied the loop well before the same undock rides the same cabin).

``stop_at_limit=True`` drops a cell from the later segments once its core has
reached 38 °C (the crew margin needs only the crossing time); PHS cases are
independent, so this changes nothing for the cells that remain.  The crossing is
PHS's whole minute (``d_lim_t_re``), up to 1 min after the single path's
interpolated crossing.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from ..model.heat_strain import (
    DEFAULT_CREW, PHS_INITIAL_STATE, PHS_STATE_KEYS, CrewHeatParams, _phs, _phs_session, _split_minutes,
    saturation_vapour_pressure_kpa,
)
from ..model.limits import CREW_CORE_LIMIT_C


#: Cells whose segment-mean cabin agrees to this resolution share one PHS run (far below
#: anything PHS resolves: 0.01 °C of air moves the core by well under 0.01 °C over 6 h,
#: a crossing by seconds).
TDB_RESOLUTION_C = 1e-2
RH_RESOLUTION_PCT = 0.1


class CrewBatch(NamedTuple):
    """Per cell: crew-limit time [h] (NaN = not reached), core peak [°C] (NaN when stopped early),
    and the core at each segment end, shape (segments + 1, cells) (NaN after a stop)."""

    limit_h: np.ndarray
    core_peak_c: np.ndarray
    seg_end_h: np.ndarray
    core_c: np.ndarray


def aboard_minutes(descent_h: float, pre_switch_h: float) -> int:
    """Whole minutes of the aboard period as the single path counts them (undock to 1 s before landing)."""
    return int(round((descent_h - pre_switch_h) * 60.0))


def interp_columns(t: np.ndarray, grid: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Linear interpolation of each column of ``values`` (on ``grid``) at that column's times ``t``."""
    i = np.clip(np.searchsorted(grid, t, side="right") - 1, 0, len(grid) - 2)
    t0, t1 = grid[i], grid[i + 1]
    w = np.clip((t - t0) / (t1 - t0), 0.0, 1.0)
    col = np.arange(values.shape[1])[None, :]
    return values[i, col] * (1.0 - w) + values[i + 1, col] * w


def _integral_at(t: np.ndarray, grid: np.ndarray, values: np.ndarray, cum: np.ndarray) -> np.ndarray:
    """∫ from grid[0] to ``t`` of each column's linear interpolant (``cum`` = its value at the nodes) [unit·h]."""
    i = np.clip(np.searchsorted(grid, t, side="right") - 1, 0, len(grid) - 2)
    col = np.arange(values.shape[1])[None, :]
    y_t = interp_columns(t, grid, values)
    return cum[i, col] + (t - grid[i]) * 0.5 * (values[i, col] + y_t)


def segment_means(grid: np.ndarray, cabin_c: np.ndarray, rh_pct: np.ndarray, undock_h: np.ndarray,
                  total_min: int, minutes: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Segment-mean air temperature [°C] and humidity [%] (segments, cells) from each cell's undock.

    The single path samples the cabin every minute and averages by the trapezoid rule; here the
    same means come from the exact integral of the piecewise-linear cabin between the segment
    edges (vapour pressure interpolated between grid nodes rather than recomputed each minute:
    the two differ by far less than 0.01 °C / 0.1 % RH, and cost 10x fewer look-ups).
    """
    edges = np.concatenate([[0], np.cumsum(minutes)])
    t = undock_h[None, :] + edges[:, None] / 60.0
    width_h = np.diff(edges)[:, None] / 60.0
    dt = np.diff(grid)[:, None]
    p_a = rh_pct / 100.0 * saturation_vapour_pressure_kpa(cabin_c)
    means = []
    for y in (cabin_c, p_a):
        cum = np.concatenate([np.zeros((1, y.shape[1])), np.cumsum(0.5 * (y[1:] + y[:-1]) * dt, axis=0)])
        total = _integral_at(t, grid, y, cum)
        means.append(np.diff(total, axis=0) / width_h)
    tdb_seg, p_seg = means
    return tdb_seg, 100.0 * p_seg / saturation_vapour_pressure_kpa(tdb_seg)


def crew_batch(grid, cabin_c, rh_pct, undock_h, descent_h: float, pre_switch_h: float, *,
               stop_at_limit: bool, params: CrewHeatParams = DEFAULT_CREW) -> CrewBatch:
    """Chained PHS for cells (columns of ``cabin_c``/``rh_pct`` on ``grid``) aboard from ``undock_h``."""
    total_min = aboard_minutes(descent_h, pre_switch_h)
    minutes = _split_minutes(total_min, params.segment_min)
    n = cabin_c.shape[1]
    seg_end_h = undock_h[None, :] + np.concatenate([[0], np.cumsum(minutes)])[:, None] / 60.0
    if not minutes or n == 0:
        core = np.full((len(minutes) + 1, n), PHS_INITIAL_STATE["t_re"])
        return CrewBatch(np.full(n, np.nan), core[0].copy(), seg_end_h, core)
    tdb_seg, rh_seg = segment_means(grid, cabin_c, rh_pct, undock_h, total_min, minutes)
    # Cells that ride through the same cabin (e.g. every hole that emptied the loop long before
    # the same undock) need one PHS run: identical inputs to the stated resolution share it.
    key = np.concatenate([np.round(tdb_seg / TDB_RESOLUTION_C), np.round(rh_seg / RH_RESOLUTION_PCT)]).T
    _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    if len(first) < n:
        sub = crew_batch_segments(tdb_seg[:, first], rh_seg[:, first], minutes, stop_at_limit, params)
        limit_sub, core_sub = sub
        core = core_sub[:, inverse]
        limit_min = limit_sub[inverse]
    else:
        limit_min, core = crew_batch_segments(tdb_seg, rh_seg, minutes, stop_at_limit, params)
    stopped = np.isnan(core[-1])
    peak = np.where(stopped, np.nan, np.nanmax(core, axis=0))
    return CrewBatch(undock_h + limit_min / 60.0, peak, seg_end_h, core)


def crew_batch_segments(tdb_seg, rh_seg, minutes, stop_at_limit: bool, params: CrewHeatParams = DEFAULT_CREW):
    """Chained PHS over segment means (segments, cells): (limit minute or NaN, core at segment ends)."""
    n = tdb_seg.shape[1]
    core = np.full((len(minutes) + 1, n), np.nan)
    core[0] = PHS_INITIAL_STATE["t_re"]
    limit_min = np.full(n, np.nan)
    kwargs = params.phs_kwargs()
    state = {k: np.full(n, float(v)) for k, v in PHS_INITIAL_STATE.items()}
    live = np.arange(n)
    elapsed = 0
    with _phs_session(n):
        for k, duration in enumerate(minutes):
            if live.size == 0:
                break
            out = _phs(tdb=tdb_seg[k, live], tr=tdb_seg[k, live], rh=rh_seg[k, live], duration=duration,
                       **kwargs, **{key: state[key][live] for key in PHS_STATE_KEYS})
            t_re = np.asarray(out.t_re, dtype=float)
            d_lim = np.asarray(out.d_lim_t_re, dtype=float)
            crossed = np.isnan(limit_min[live]) & ((t_re >= CREW_CORE_LIMIT_C) | (d_lim < duration))
            limit_min[live[crossed]] = elapsed + d_lim[crossed]
            for key in PHS_STATE_KEYS:
                state[key][live] = np.asarray(getattr(out, key), dtype=float)
            core[k + 1, live] = t_re
            elapsed += duration
            if stop_at_limit:
                live = live[~crossed]
    return limit_min, core
