"""The pinned reference: another Result drawn faded behind the current one, to compare.

"Reference" in the figure and GUI layers means only this pinned comparison.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPen

from thermoviz.model.language import translate
from thermoviz.model.outcome.result import Result
from . import spec as S
from .crew_display import CORE_DISPLAY_CAP_C
from .parts import compact_legend, legend_sample, set_legend_tooltip
from .style import make_pen, qpen


#: Opacity (0-255) of the pinned reference's curves: the same colours, faded.
REFERENCE_ALPHA = 130
#: The pinned scenario's title in the legend is cut to this many characters (full text: tooltip).
REFERENCE_TITLE_CHARS = 34


def reference_shift_h(reference: Result, current: Result) -> tuple[float, str]:
    """Hours to shift a reference result so it lines up with ``current``, and the anchor.

    Undock if both undock (return flights compare from the moment the hatch closes),
    else the puncture if both are punctured, else the start of the simulation.
    """
    for anchor in ("undock", "puncture"):
        t_ref, t_cur = reference.events.get(anchor), current.events.get(anchor)
        if t_ref is not None and t_cur is not None:
            return float(t_cur) - float(t_ref), anchor
    return 0.0, "start"


def faded(pen: QPen, alpha: int = REFERENCE_ALPHA) -> QPen:
    """``pen`` with its colour at opacity ``alpha`` (0-255)."""
    pen = QPen(pen)
    colour = QColor(pen.color())
    colour.setAlpha(alpha)
    pen.setColor(colour)
    return pen


class ReferenceCurves:
    """The faded curves of the pinned Result in one figure, and their two legend rows."""

    def __init__(self, figure):
        self.figure = figure
        self.result: Result | None = None
        self.label = ""
        self.anchor: str | None = None
        self.curves: dict[str, pg.PlotDataItem] = {}
        self._samples: list[pg.PlotDataItem] = []

    def __getitem__(self, key: str) -> pg.PlotDataItem:
        return self.curves[key]

    def values(self):
        return self.curves.values()

    def set(self, result: Result | None, label: str = "") -> None:
        """Pin ``result`` (None clears it).

        The reference stays while the scenario is edited, so "this leak" can be seen
        against "a nominal return" on the same axes.  It is shifted in time so that
        both undock at the same moment (else both punctures; else both starts): see
        :func:`reference_shift_h`.
        """
        self.result, self.label, self.anchor = result, label, None
        if result is None:
            for curve in self.curves.values():
                curve.hide()
            self._set_legend(None)
            return
        t = np.asarray(result.time_h)
        for name, view in self.figure.curve_views.items():
            curve = self.curves.get(name)
            if curve is None:
                curve = pg.PlotDataItem(pen=faded(qpen(S.series_spec(name).pen)), connect="finite")
                curve.setZValue(-8)  # under the live curves, over the bands
                view.addItem(curve, ignoreBounds=True)
                self.curves[name] = curve
            y = np.asarray(result.series[name]) if name in result.series else np.full(t.shape, np.nan)
            if name == S.CREW_SERIES:  # the pinned core is never drawn above the cap either
                y = np.minimum(y, CORE_DISPLAY_CAP_C)
            curve.setData(t, y, connect="finite")
            row = S.series_spec(name)
            curve.setToolTip(translate("Plots", "Reference: {label}").format(label=label)
                             + f" — {row.legend} [{translate('Units', row.unit)}]")
            curve.show()
        self.place()

    def place(self) -> None:
        """Shift the curves to the current anchor and name the reference in the first legend."""
        current = self.figure.result
        if self.result is None or current is None:
            return
        shift_h, anchor = reference_shift_h(self.result, current)
        for curve in self.curves.values():
            if curve.pos().x() != shift_h:
                curve.setPos(shift_h, 0.0)
        if anchor != self.anchor:
            self.anchor = anchor
            self._set_legend({"start": translate("Plots", "Faded: reference"),
                              "undock": translate("Plots", "Faded: reference (aligned at undock)"),
                              "puncture": translate("Plots", "Faded: reference (aligned at puncture)")}[anchor])

    def _set_legend(self, text: str | None) -> None:
        """Two legend rows: what the faded lines are, and the pinned scenario's title."""
        key = next(iter(self.figure.legends))
        legend = self.figure.legends[key]
        for item in self._samples:
            legend.removeItem(item)
        self._samples = []
        if text is not None:
            label = self.label
            title = label if len(label) <= REFERENCE_TITLE_CHARS else label[:REFERENCE_TITLE_CHARS - 1] + "…"
            tooltip = translate("Plots", "Pinned reference: {label}. Its curves are drawn faded in the same colours, "
                                 "shifted so both scenarios undock (else are punctured) at the same time. "
                                 "View ▸ Clear reference removes it.").format(label=label)
            for row_text, pen in ((text, make_pen("#8A8A8A", 3)), (f"  {title}", pg.mkPen(None))):
                sample = legend_sample(row_text, pen)
                legend.addItem(sample, row_text)
                set_legend_tooltip(legend, sample, tooltip)
                self._samples.append(sample)
        compact_legend(legend)
        self.figure.fit_legend(key)

