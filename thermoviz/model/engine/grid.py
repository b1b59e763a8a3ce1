"""The time grid of one scenario: breakpoints, a refined leak window, crew segments."""

from __future__ import annotations

import math

import numpy as np

from ..crew.heat_strain import split_minutes
from ..loop.leak import leak_curve

#: Largest step of the single-scenario grid [h] (plot resolution and implicit-Euler accuracy).
MAX_STEP_H = 0.5
#: Step [h] while the crew rides a closed cabin: one PHS segment (10 min) per step.
CREW_FLIGHT_STEP_H = 1.0 / 6.0
#: Offsets [h] of the extra grid points after each breakpoint (resolves fast transients).
REFINE_AFTER_H = (0.02, 0.06, 0.15, 0.3)
#: A sample this long [h] (1 s) before undock and landing, so plots draw the switch as a step.
PRE_SWITCH_H = 1.0 / 3600.0
#: Fractions of the loop's liquid still aboard at which the leak window gets a grid point.
LEAK_FRACTIONS = (0.98, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.02)


def scenario_grid(scenario, vehicle, loop, coolant, timing, shutdown_h, coupled: bool = True) -> np.ndarray:
    """Non-uniform grid [h] with the scenario's breakpoints and a refined leak window.

    While the crew is aboard the grid is made of whole-minute crew segments of
    ``CREW_FLIGHT_STEP_H`` (10 min; the crew model steps PHS once per grid step), and
    no other point falls inside them.  Without the coupled crew (the fast preview) a
    station module's crew, aboard all the time, keeps the ordinary grid.
    """
    duration = scenario.duration_h
    points = [0.0, duration]
    breaks = [0.0]
    for t in (timing.puncture_h[0], timing.undock_h[0], timing.landing_h[0], shutdown_h[0]):
        if np.isfinite(t) and t < duration:
            breaks.append(float(t))
    if scenario.punctured and timing.cda_m2[0] > 0:
        curve = leak_curve(loop, coolant)
        tp = timing.puncture_h[0]
        fractions = set(LEAK_FRACTIONS)
        fractions.update(np.linspace(loop.pump_stop_fraction, loop.pump_full_fraction, 9).tolist())
        lost = curve.inventory_m3 * (1.0 - np.array(sorted(fractions)))
        times = tp + curve.time_to_lose_s(np.append(lost, curve.inventory_m3), timing.cda_m2[0]) / 3600.0
        points.extend(float(t) for t in times if t < duration)
        if times[-1] < duration:
            breaks.append(float(times[-1]))
    points.extend(breaks)
    for b in breaks:
        points.extend(b + dt for dt in REFINE_AFTER_H)
    for t in (timing.undock_h[0], timing.landing_h[0]):
        if np.isfinite(t) and PRE_SWITCH_H < t <= duration + 1e-9:
            points.append(float(t) - PRE_SWITCH_H)
    grid = np.unique(np.clip(np.array(points), 0.0, duration))
    gaps = np.diff(grid)
    if (gaps > MAX_STEP_H).any():
        extra = [np.linspace(grid[i], grid[i + 1], int(math.ceil(g / MAX_STEP_H)) + 1)[1:-1]
                 for i, g in enumerate(gaps) if g > MAX_STEP_H]
        grid = np.unique(np.concatenate([grid, *extra]))
    # crew segments
    if scenario.crew > 0:
        if vehicle.is_station_module and not coupled:
            start = end = None
        elif vehicle.is_station_module:
            start, end = 0.0, duration
        elif np.isfinite(timing.undock_h[0]) and timing.undock_h[0] < duration:
            start = float(timing.undock_h[0])
            end = min(float(timing.landing_h[0]), duration)
        else:
            start = end = None
        if start is not None and end - start >= 1.0 / 60.0:
            minutes = split_minutes(int(round((end - start) * 60.0)), int(round(CREW_FLIGHT_STEP_H * 60)))
            seg = start + np.concatenate([[0], np.cumsum(minutes)]) / 60.0
            seg[-1] = end
            # keep the 1-s sample before landing so plots draw the switch as a step
            # (also when the run ends at landing: the crew's last step is then still on the grid)
            at_landing = end >= float(timing.landing_h[0]) - 1e-9  # False for a station module (NaN)
            pre = [end - PRE_SWITCH_H] if at_landing and end - PRE_SWITCH_H > seg[-2] else []
            grid = np.concatenate([grid[grid < start - 1e-9], seg, pre, grid[grid > end + 1e-9]])
    grid = np.unique(grid)
    return grid[np.concatenate([[True], np.diff(grid) > 1e-9])]
