"""Every event time a sample of the series: what a curve shows at an event is the event's value.

Events are computed exactly (the leak's closed form, a crossing interpolated between
samples, the crew model's own minute steps) while the series are sampled on the run's
grid, so a fast drain could fall between two samples and the curve showed 95 %
remaining where "coolant depleted" was marked.  :func:`events_on_samples` inserts each
event time into the grid (or snaps it onto a sample within :data:`SNAP_H`): the other
series take the straight line between their neighbours there (what a plot draws anyway),
and the event's own series takes the event's value (:data:`EVENT_VALUES`).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ..limits import CABIN_TEMP_LIMIT_C, CREW_CORE_LIMIT_C, EQUIPMENT_LIMIT_C
from .result import Result

#: The value a series takes at an event: event -> (series, value).
EVENT_VALUES = {
    "coolant_half_lost": ("coolant_remaining_pct", 50.0),
    "coolant_depleted": ("coolant_remaining_pct", 0.0),
    "cabin_temp_limit": ("cabin_temp_c", CABIN_TEMP_LIMIT_C),
    "equipment_limit": ("equipment_temp_c", EQUIPMENT_LIMIT_C),
    "crew_limit": ("crew_core_temp_c", CREW_CORE_LIMIT_C),
}
#: An event this close to a sample [h] is that sample (a few microseconds).
SNAP_H = 1e-9


def events_on_samples(result: Result) -> Result:
    """``result`` with each event time on a sample and that sample showing the event's value."""
    t = np.asarray(result.time_h, dtype=float)
    events = dict(result.events)
    inserts: dict[float, list[str]] = {}
    snapped: list[tuple[str, int]] = []  # events already on a sample: (name, index)
    for name, when in events.items():
        if when is None:
            continue
        k = int(np.clip(np.searchsorted(t, when), 1, len(t) - 1))
        nearest = k if abs(t[k] - when) <= abs(t[k - 1] - when) else k - 1
        if abs(t[nearest] - when) <= SNAP_H or not t[0] < when < t[-1]:
            events[name] = float(t[nearest])
            key, value = EVENT_VALUES.get(name, (None, None))
            shown = result.series[key][nearest] if key in result.series else np.nan
            if abs(t[nearest] - when) <= SNAP_H and np.isfinite(shown) and shown != value:
                snapped.append((name, nearest))
        else:
            inserts.setdefault(float(when), []).append(name)
    aboard = _no_empty_last_ride(result)
    if not inserts and not snapped and aboard is result.crew_aboard and events == dict(result.events):
        return result
    times = np.array(sorted(inserts))
    at = np.searchsorted(t, times)  # insert before this index: between t[at - 1] and t[at]
    frac = (times - t[at - 1]) / (t[at] - t[at - 1])

    def line(values: np.ndarray) -> np.ndarray:
        values = np.asarray(values, dtype=float)
        return np.insert(values, at, values[at - 1] + frac * (values[at] - values[at - 1]))

    new_t = np.insert(t, at, times)
    series = {name: line(values) for name, values in result.series.items()}
    for i, when in enumerate(times):
        for name in inserts[float(when)]:
            if name in EVENT_VALUES and EVENT_VALUES[name][0] in series:
                key, value = EVENT_VALUES[name]
                if np.isfinite(series[key][at[i] + i]):
                    series[key][at[i] + i] = value
    for name, k in snapped:  # a crossing computed on the sample itself shows its exact value there too
        key, value = EVENT_VALUES[name]
        series[key][k + int(np.sum(at <= k))] = value
    masks = {name: np.insert(mask, at, mask[at - 1] | mask[at]) for name, mask in result.outside_validity.items()
             if len(mask) == len(t)}
    return dataclasses.replace(result, time_h=new_t, series=series, events=events,
                               crew_aboard=np.insert(aboard, at, aboard[at - 1]),
                               outside_validity={**result.outside_validity, **masks})


def _no_empty_last_ride(result: Result) -> np.ndarray:
    """The aboard mask without a ride of one sample at the run's end (undock = end: nobody rode, no curve)."""
    aboard = np.asarray(result.crew_aboard, dtype=bool)
    core = result.series.get("crew_core_temp_c")
    if (result.crew_strain_computed and core is not None and aboard.size and aboard[-1] and np.isnan(core[-1])
            and (aboard.size == 1 or not aboard[-2])):
        aboard = aboard.copy()
        aboard[-1] = False
        return aboard
    return result.crew_aboard
