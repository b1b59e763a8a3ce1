"""The 5–95 % band of plausible vehicles behind the cabin, equipment and crew curves.

:func:`thermoviz.uncertainty_band` runs the scenario over a seeded sample of the
vehicle parameters' plausible ranges; this draws, for every series it has a band
for, the area between its 5th and 95th percentile in the series' colour, faded, under
the curves, and one legend row saying what the shading is.  A figure shows a band
only for the scenario it was computed for (the window clears it on every edit).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetrics

from ..model.language import translate
from . import spec as S
from .parts import legend_sample, set_legend_tooltip
from .style import LEGEND_PT, make_pen, qpen, ui_font

#: Opacity (0-255) of a band's fill.
BAND_ALPHA = 60
#: A band row wider than this [px at LEGEND_PT] is broken into two lines: one long row (the crew
#: band's, 454 px) would otherwise shrink its whole legend to the minimum scale in the 350 px column.
ROW_WRAP_PX = 340


def band_detail(uncertainty) -> str:
    """What the shading spans (a crew band says its own, :mod:`thermoviz.analysis.crew_band`), in the
    chosen language: ``5–95 % of 200 plausible vehicles``."""
    own = getattr(uncertainty, "band_detail", None)
    if isinstance(own, str):
        return own
    return translate("Uncertainty", "5–95 % of {n} plausible vehicles").format(n=uncertainty.n)


def band_text(uncertainty) -> str:
    """The legend row: what the shading is (``Shaded: 5–95 % of 200 plausible vehicles``)."""
    return translate("Uncertainty", "Shaded: {what}").format(what=band_detail(uncertainty))


def band_sentence(uncertainty) -> str:
    """The band's sentence (the legend row's tooltip) in the chosen language."""
    shown = getattr(uncertainty, "shown_sentence", None)
    return shown() if callable(shown) else uncertainty.sentence


def legend_row(text: str, width_px: float = ROW_WRAP_PX) -> str:
    """``text`` as one legend row, broken with ``<br>`` at the word that balances its two lines
    when it is wider than ``width_px`` at the legend's font."""
    metrics = QFontMetrics(ui_font(LEGEND_PT))
    words: list[str] = []
    for word in text.split(" "):  # a unit stays with its number: "31 °C", "5–95 %"
        if words and word[:1] in ("°", "%"):
            words[-1] += " " + word
        else:
            words.append(word)
    if metrics.horizontalAdvance(text) <= width_px or len(words) < 2:
        return text
    cut = min(range(1, len(words)), key=lambda i: max(metrics.horizontalAdvance(" ".join(words[:i])),
                                                       metrics.horizontalAdvance(" ".join(words[i:]))))
    return " ".join(words[:cut]) + "<br>" + " ".join(words[cut:])


class UncertaintyBands:
    """Bands of one :class:`~thermoviz.analysis.uncertainty.UncertaintyResult` in one figure."""

    def __init__(self, figure):
        self.figure = figure
        self.result = None
        self.fills: dict[str, pg.FillBetweenItem] = {}
        self._edges: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self._sample = None
        self._sample_key = None

    def set(self, uncertainty) -> None:
        """Draw ``uncertainty``'s bands (None removes them)."""
        self.result = uncertainty
        for name, view in self.figure.curve_views.items():
            band = None if uncertainty is None else uncertainty.bands.get(name)
            fill = self.fills.get(name)
            if band is None:
                if fill is not None:
                    fill.hide()
                continue
            t = np.asarray(uncertainty.time_h, dtype=float)
            lo, hi = np.asarray(band[0], dtype=float), np.asarray(band[-1], dtype=float)
            ok = np.isfinite(lo) & np.isfinite(hi)
            lo, hi = np.where(ok, lo, np.nan), np.where(ok, hi, np.nan)
            if fill is None:
                low, high = pg.PlotDataItem(), pg.PlotDataItem()
                colour = QColor(qpen(S.series_spec(name).pen).color())
                colour.setAlpha(BAND_ALPHA)
                fill = pg.FillBetweenItem(low, high, brush=pg.mkBrush(colour), pen=pg.mkPen(None))
                fill.setZValue(-9)  # under the live and the reference curves
                view.addItem(fill, ignoreBounds=True)
                self.fills[name], self._edges[name] = fill, (low, high)
            low, high = self._edges[name]
            # FillBetweenItem cannot span gaps: draw only the finite stretch (the crew's ride)
            idx = np.flatnonzero(ok)
            span = slice(idx[0], idx[-1] + 1) if idx.size else slice(0, 0)
            low.setData(t[span], lo[span])
            high.setData(t[span], hi[span])
            fill.setToolTip(f"{S.series_spec(name).legend}: {band_detail(uncertainty)}")
            fill.show()
        self.place_legend()

    def _legend_key(self) -> str:
        """The plot whose legend explains the shading: the cabin's (else the first shown)."""
        names = [n for n in ("cabin_temp_c", "crew_core_temp_c", "equipment_temp_c")
                 if self.result is None or n in self.result.bands]  # a plot that shows a band
        for name in names:
            plot = S.series_spec(name).plot if name in {s.key for s in S.SERIES_SPECS} else None
            if plot in self.figure.legends and plot in self.figure.visible_plots():
                return plot
        return next(iter(self.figure.legends))

    def place_legend(self) -> None:
        """(Re)write the row saying what the shading is, in the legend of a shown plot with a band.

        Called after anything that rebuilds the legends or changes the shown plots (the figure's
        contents, :meth:`Figure.show_plots`): the exports apply the view's contents after the band,
        and a rebuilt legend has only the spec's rows.
        """
        if self._sample is not None:
            legend = self.figure.legends[self._sample_key]
            legend.removeItem(self._sample)  # a no-op on a legend rebuilt since
            self.figure.refit_legend_rows(self._sample_key)
            self._sample = None
        if self.result is None:
            return
        key = self._sample_key = self._legend_key()
        legend = self.figure.legends[key]
        self._sample = legend_sample(band_text(self.result), make_pen("#BBBBBB", 10))
        legend.addItem(self._sample, legend_row(band_text(self.result)))
        set_legend_tooltip(legend, self._sample, band_sentence(self.result))
        self.figure.refit_legend_rows(key)
