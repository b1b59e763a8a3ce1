"""High contrast (View ▸ High contrast): thicker curves and limit lines, black axis text, firmer grid.

For a washed-out projector or low vision.  Colours and dash patterns stay those of the
spec (:mod:`thermoviz.figure.spec`), so colour, style and now width all separate the curves.
"""

from __future__ import annotations

from PySide6.QtGui import QPen

from . import spec as S
from .parts import LimitBand
from .style import make_pen, qpen

#: Line widths are multiplied by this in high contrast.
WIDTH_FACTOR = 1.8
#: Axis text and tick colour in high contrast (the normal look uses each axis's colour).
INK_HIGH = "#000000"
#: Grid line opacity (0-1) normal / high contrast.
GRID_ALPHA = (0.25, 0.55)


def _wider(pen: QPen, factor: float) -> QPen:
    out = QPen(pen)
    out.setWidthF(pen.widthF() * factor)
    return out


def set_high_contrast(figure, on: bool) -> None:
    """Draw ``figure`` (a :class:`~thermoviz.figure.figure.Figure`) in high contrast or normally."""
    factor = WIDTH_FACTOR if on else 1.0
    contents = figure.contents
    highlight = contents.highlight
    contents.apply(contents.hidden_series, contents.hidden_limits, None)  # restore pens before restyling
    for series in S.SERIES_SPECS:
        curve = figure.curves.get(series.key)
        if curve is not None:
            pen = _wider(qpen(series.pen), factor)
            curve.setPen(pen)
            contents._pens[series.key] = QPen(pen)  # the highlight widens from this pen
    for items in figure.limit_items.values():
        for item in items:
            pen = _wider(qpen(item.limit.pen), factor)
            lines = item.region.lines if isinstance(item, LimitBand) else [item.line]
            for line in lines:
                line.setPen(pen)
    for key, plot in figure.plots.items():
        spec = S.plot_spec(key)
        for side, axis_spec in (("left", spec.left), ("right", spec.right)):
            if axis_spec is None:
                continue
            colour = INK_HIGH if on else axis_spec.colour
            axis = plot.getAxis(side)
            shown = axis.label.isVisible()
            axis.setPen(make_pen(INK_HIGH if on else "#333333", 1.5 if on else 1.0))
            axis.setTextPen(make_pen(colour, 1.0))
            axis.setLabel(axis.labelText, **{**dict(axis.labelStyle), "color": colour})  # setPen recolours it
            axis.showLabel(shown)
        plot.showGrid(x=False, y=True, alpha=GRID_ALPHA[on])
    figure.high_contrast = on
    contents.apply(contents.hidden_series, contents.hidden_limits, highlight)
    figure.graphics.resetCachedContent()  # the grid drawn in the view's background
    figure.graphics.scene().update()
