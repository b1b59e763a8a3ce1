"""Keeping the map's boundary legend clear of the star's "this scenario" label.

The legend sits in a corner of the map's view box (upper right unless that would cover
the label); it is re-placed whenever the view is resized or its range changes, so the
exported PNG/SVG and the window's Map tab both keep the label readable.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore

#: Legend corners (offsets from the view box's edges, px) in order of preference:
#: upper right, upper left, lower right, lower left.
CORNER_OFFSETS = ((-12, 12), (12, 12), (-12, -12), (12, -12))


#: Half the star's size [px]: the legend keeps clear of the star as well as its label.
STAR_HALF_PX = 14


def label_rect(label: pg.TextItem):
    """The label's and its star's rectangle in scene coordinates.

    Computed from the star's position and the text's size and anchor rather than the
    label's own scene rectangle, which lags a resize until the label is repainted."""
    view = label.getViewBox()
    if view is None:
        return label.sceneBoundingRect()
    star = view.mapViewToScene(label.pos())
    size = label.textItem.boundingRect()
    ax, ay = float(label.anchor[0]), float(label.anchor[1])
    text = QtCore.QRectF(star.x() - ax * size.width(), star.y() - ay * size.height(), size.width(), size.height())
    return text.united(QtCore.QRectF(star.x() - STAR_HALF_PX, star.y() - STAR_HALF_PX,
                                     2 * STAR_HALF_PX, 2 * STAR_HALF_PX))


def place_legend(legend: pg.LegendItem, label: pg.TextItem, *_args) -> None:
    """Put ``legend`` in the first corner where it does not overlap ``label`` or its star (else upper right)."""
    if not label.isVisible():
        return
    text_rect = label_rect(label)
    for offset in CORNER_OFFSETS:
        legend.setOffset(offset)
        if not legend.sceneBoundingRect().intersects(text_rect):
            return
    legend.setOffset(CORNER_OFFSETS[0])


def keep_legend_clear(legend: pg.LegendItem | None, label: pg.TextItem | None, view: pg.ViewBox) -> None:
    """Place ``legend`` clear of ``label`` now and whenever ``view`` is resized or moved."""
    if legend is None or label is None:
        return

    def place(*_args) -> None:
        place_legend(legend, label)

    view.sigResized.connect(place)
    view.sigTransformChanged.connect(place)  # after a resize or zoom has moved the label
    place()


__all__ = ["CORNER_OFFSETS", "STAR_HALF_PX", "keep_legend_clear", "label_rect", "place_legend"]
