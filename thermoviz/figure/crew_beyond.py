"""The crew core's extrapolated part on a figure: dotted, capped, labelled (Qt).

:func:`thermoviz.figure.crew_display.split_crew_core` decides what is drawn; this
keeps the two pyqtgraph items that draw it (a dotted curve in the crew curve's
colour and a "beyond the model" label at the cap), reused across redraws.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from thermoviz.model.language import translate
from thermoviz.model.limits import CORE_DISPLAY_CAP_C

from . import spec as S
from .crew_display import CAP_LABEL, CrewCoreDisplay, split_crew_core
from .style import qpen, ui_font


class CrewBeyond:
    """Dotted, capped crew core where the model extrapolates; a label where it is capped."""

    def __init__(self, view: pg.ViewBox, series: S.SeriesSpec):
        pen = S.Pen(series.pen.colour, series.pen.width, "dot")
        self.curve = pg.PlotDataItem(pen=qpen(pen), connect="finite")
        self.curve.setToolTip(translate("Plots", "Crew core beyond the model's validity range: an extrapolation, "
                                        "drawn dotted and never above {cap} °C").format(cap=f"{CORE_DISPLAY_CAP_C:g}"))
        view.addItem(self.curve)
        self.view = view
        # Under the cap line at the end of the capped stretch (the validity shading labels its start).
        self.label = pg.TextItem(translate("Plots", CAP_LABEL), color=S.INK, anchor=(1, 0),
                                fill=pg.mkBrush(255, 255, 255, 225))
        self.label.setFont(ui_font(10, bold=True))
        self.label.setToolTip(translate("Plots", "The crew model is extrapolated here; the core is drawn dotted and "
                                        "held at {cap} °C where the model gives more (its raw values are in the CSV "
                                        "and --json).").format(cap=f"{CORE_DISPLAY_CAP_C:g}"))
        self.label.setZValue(20)
        view.addItem(self.label, ignoreBounds=True)
        self.label.hide()
        self.display: CrewCoreDisplay | None = None

    def split(self, time_h, core_c, outside) -> CrewCoreDisplay:
        """Split ``core_c`` (see :func:`split_crew_core`), draw the dotted part, and return the split."""
        d = self.display = split_crew_core(time_h, core_c, outside)
        t = np.asarray(time_h, dtype=float)
        old_x, old_y = self.curve.xData, self.curve.yData
        if not (old_x is not None and old_y is not None and np.array_equal(old_x, t)
                and np.array_equal(old_y, d.beyond_c, equal_nan=True)):
            self.curve.setData(t, d.beyond_c, connect="finite")
        if d.capped_from_h is None:
            self.label.hide()
        else:
            # one text line below the cap, clear of the validity shading's label at the top
            try:
                px_c = float(self.view.viewPixelSize()[1])
            except Exception:  # noqa: BLE001 - a view not laid out yet has no pixel size
                px_c = 0.0
            self.label.setPos(d.capped_to_h, CORE_DISPLAY_CAP_C - 18.0 * px_c)
            self.label.show()
        return d

    def clear(self) -> None:
        self.curve.setData([], [])
        self.label.hide()
        self.display = None
