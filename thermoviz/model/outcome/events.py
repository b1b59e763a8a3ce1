"""Event times of a run: leak milestones, timeline switches and first limit crossings."""

from __future__ import annotations

import numpy as np

from ..limits import CABIN_TEMP_LIMIT_C, EQUIPMENT_LIMIT_C


def first_crossing_h(time_h: np.ndarray, values: np.ndarray, level: float) -> np.ndarray:
    """First time [h] each column of ``values`` (K, N) rises above ``level``, interpolated; NaN if never.

    ``time_h`` is the common grid (K,) or each column's own grid (K, N).
    """
    over = values > level
    first = np.argmax(over, axis=0)
    has = over.any(axis=0)
    i0 = np.maximum(first - 1, 0)
    cols = np.arange(values.shape[1])
    t0, t1 = (time_h[i0], time_h[first]) if time_h.ndim == 1 else (time_h[i0, cols], time_h[first, cols])
    y0, y1 = values[i0, cols], values[first, cols]
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.where(y1 > y0, (level - y0) / (y1 - y0), 0.0)
    crossing = np.where(first == 0, time_h[0], t0 + np.clip(frac, 0, 1) * (t1 - t0))
    return np.where(has, crossing, np.nan)


def events(vehicle, curve, timing, time_h, series, duration_h, shutdown_h) -> dict:
    """Event times [h] of shape (N,), NaN where the event does not happen within the run.

    ``crew_limit`` is filled in by the crew model (NaN here).
    """
    tp = timing.puncture_h
    leaking = np.isfinite(tp) & (timing.cda_m2 > 0)
    half = tp + curve.time_to_lose_s(0.5 * curve.inventory_m3, timing.cda_m2) / 3600.0
    empty = tp + curve.time_to_lose_s(curve.inventory_m3, timing.cda_m2) / 3600.0

    def within(x, ok=True):
        return np.where(ok & np.isfinite(x) & (x <= duration_h + 1e-9), x, np.nan)

    return {
        "puncture": within(tp, leaking),
        "coolant_half_lost": within(half, leaking),
        "coolant_depleted": within(empty, leaking),
        "undock": within(timing.undock_h),
        "landing": within(timing.landing_h),
        "cabin_temp_limit": first_crossing_h(time_h, series["cabin_temp_c"], CABIN_TEMP_LIMIT_C),
        "equipment_limit": first_crossing_h(time_h, series["equipment_temp_c"], EQUIPMENT_LIMIT_C),
        "crew_limit": np.full(tp.shape, np.nan),
    }
