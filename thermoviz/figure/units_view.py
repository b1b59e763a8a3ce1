"""Show an existing figure in another temperature unit (View ▸ Units), without rebuilding it.

The curves keep their °C data; temperature axes place and label their ticks in the
shown unit (:class:`~thermoviz.figure.grid_background.GridAxis`), and every text
that carries a temperature (axis titles, legends, limit and curve tooltips, event
labels, plot notes) is written again from its °C source.
"""

from __future__ import annotations

from ..model.units import localise_temps, temp_symbol, temp_unit
from . import spec as S
from .explain_text import axis_tooltip, explained
from .grid_background import GridAxis
from .parts import LimitBand, limit_tooltip, set_legend_tooltip


def apply_units(figure) -> None:
    """Re-label ``figure`` (a :class:`~thermoviz.figure.figure.Figure`) in the unit now shown."""
    for key, plot in figure.plots.items():
        spec = S.plot_spec(key)
        for side, axis_spec in (("left", spec.left), ("right", spec.right)):
            if axis_spec is None:
                continue
            axis = plot.getAxis(side)
            shown = axis.label.isVisible()
            axis.setLabel(axis_spec.title, **dict(axis.labelStyle))
            axis.showLabel(shown)
            axis.setToolTip(axis_tooltip(axis_spec.title, S.series_of(key, side)))
            if isinstance(axis, GridAxis) and axis.temperature:
                axis.retick()
        for item in figure.limit_items.get(key, []):
            graphic = item.region if isinstance(item, LimitBand) else item.line
            graphic.setToolTip(limit_tooltip(item.limit.limit))
    for series in S.SERIES_SPECS:
        curve = figure.curves.get(series.key)
        if curve is not None:
            curve.setToolTip(explained("series", series.key, f"{series.legend} [{series.unit}]"))
    contents = figure.contents
    contents.apply(contents.hidden_series, contents.hidden_limits, contents.highlight)  # legends: new captions
    for key, legend in figure.legends.items():
        for item in figure.limit_items.get(key, []):
            sample = getattr(item, "sample", None)
            if sample is not None:
                set_legend_tooltip(legend, sample, limit_tooltip(item.limit.limit))
        figure.fit_legend(key)
    figure.events.retime()
    if figure.result is not None:
        figure.set_result(figure.result)  # plot notes and readouts written again
    figure.graphics.scene().update()


def value_display(unit: str) -> tuple[float, float, str]:
    """Scale, offset and unit in which a map value in ``unit`` is shown: a temperature (°C) or a
    temperature margin (K) follows View ▸ Units / ``--units`` (°F: x 1.8, + 32 for a temperature)."""
    if temp_unit() == "F" and unit in ("°C", "K"):
        return 1.8, (32.0 if unit == "°C" else 0.0), temp_symbol("F")
    return 1.0, 0.0, unit


def shown_temps(text: str) -> str:
    """A title, key or caption written in °C and kelvin, in the unit shown."""
    if temp_unit() != "F":
        return text
    return localise_temps(text, exact=True).replace("kelvin below", "°F below")
