"""The view a scenario file may keep: time window, plots and time axis (``[view]`` table).

::

    [view]
    time_axis = "puncture"        # puncture | start | utc | zone: what the time axis shows
    from_h = 46.0                 # window start and end, hours since the puncture
    to_h = 56.0                   #   (since the start when time_axis = "start" or there is no puncture)
    plots = ["cabin", "crew"]     # from loop, heat, cabin, crew

File ▸ Save writes the window's view; ``thermoviz run FILE --png/--svg/--pdf/--slide`` draws it
unless ``--from``/``--to``/``--plots``/``--time-axis`` say otherwise, so the window's zoomed figure
rebuilds from the file alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..model.scenario import ScenarioError, quote_value

TIME_AXES = ("puncture", "start", "utc", "zone")
PLOTS = ("loop", "heat", "cabin", "crew")
KEYS = ("time_axis", "from_h", "to_h", "plots")


@dataclass(frozen=True)
class SavedView:
    """A view kept in a scenario file (None = not kept: the default)."""

    time_axis: str | None = None
    from_h: float | None = None  # in the time axis's base: hours since the puncture unless "start"
    to_h: float | None = None
    plots: tuple[str, ...] | None = None

    def to_toml(self) -> str:
        lines = ["", "[view]  # the window's view: time axis, window (hours since the puncture unless "
                     "time_axis = \"start\"), plots"]
        if self.time_axis is not None:
            lines.append(f'time_axis = "{self.time_axis}"')
        for key in ("from_h", "to_h"):
            value = getattr(self, key)
            if value is not None:
                lines.append(f"{key} = {float(value)!r}")
        if self.plots is not None:
            lines.append("plots = [" + ", ".join(f'"{p}"' for p in self.plots) + "]")
        return "\n".join(lines) + "\n" if len(lines) > 2 else ""


def view_from_dict(table: Any, source: str | None = None) -> SavedView | None:
    """The checked ``[view]`` table (None when absent); ScenarioError naming ``view.<key>`` otherwise."""
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ScenarioError("view", "must be a table ([view]) with time_axis, from_h, to_h, plots", source=source)
    unknown = [k for k in table if k not in KEYS]
    if unknown:
        raise ScenarioError(f"view.{unknown[0]}", f"unknown key; allowed: {', '.join(KEYS)}", source=source)
    axis = table.get("time_axis")
    if axis is not None and axis not in TIME_AXES:
        raise ScenarioError("view.time_axis", f"must be one of {', '.join(TIME_AXES)}, got {quote_value(axis)}",
                            source=source)
    window = {}
    for key in ("from_h", "to_h"):
        value = table.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not math.isfinite(value) or abs(value) > 1e4):
            raise ScenarioError(f"view.{key}", f"must be a number of hours from -10000 to 10000, got "
                                f"{quote_value(value)}", source=source)
        window[key] = None if value is None else float(value)
    if None not in window.values() and window["to_h"] <= window["from_h"]:
        raise ScenarioError("view.to_h", f"must be later than from_h ({window['from_h']:g}), got {window['to_h']:g}",
                            source=source)
    plots = table.get("plots")
    if plots is not None:
        if (not isinstance(plots, list) or not plots or any(p not in PLOTS for p in plots)
                or len(set(plots)) != len(plots)):
            raise ScenarioError("view.plots", f"must be distinct plots from {', '.join(PLOTS)}, got "
                                f"{quote_value(plots)}", source=source)
        plots = tuple(p for p in PLOTS if p in plots)
    return SavedView(axis, window["from_h"], window["to_h"], plots)

