"""Fitting the figure's legends and y-axis titles into their rows and column.

:class:`LegendFitMixin` is mixed into :class:`thermoviz.figure.figure.Figure`; it uses
the figure's ``legends``, ``legend_cells``, ``strip_blank``, ``plots``,
``legend_width`` and ``_squeezed_titles``.
"""

from __future__ import annotations

import math
import re

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from . import spec as S
from .parts import compact_legend
from .style import AXIS_LABEL_PT, LEGEND_PT, ui_font
from .uncertainty_bands import legend_row

LEGEND_WIDTH = 350
#: On narrow windows the legend column shrinks to this share of the figure's
#: width, but not below LEGEND_MIN_WIDTH; legends then scale down to fit it.
LEGEND_SHARE = 0.38
LEGEND_MIN_WIDTH = 250
#: Smallest legend scale (11 pt -> 7.7 pt); below it a legend is clipped to its row.
LEGEND_MIN_SCALE = 0.7
#: A legend row is never made shorter than this share of its legend's height.
LEGEND_MIN_ROW_SHARE = LEGEND_MIN_SCALE
#: Rich-text tags in a legend row (<i>confidence</i>), not measured as text.
_TAGS = re.compile(r"<[^>]+>")


class LegendFitMixin:
    """Legend column width, legend scale and short axis titles of a :class:`Figure`."""

    def _fit_legend_column(self, widget_width: int) -> None:
        scene_width = widget_width / getattr(self, "display_scale", 1.0)
        width = max(LEGEND_MIN_WIDTH, min(LEGEND_WIDTH, round(LEGEND_SHARE * scene_width)))
        if not getattr(self, "legend_column", True):
            width = 0  # a slide draws its legend under the plots
        if width != self.legend_width:
            self.legend_width = width
            for cell in [self.strip_blank, *self.legend_cells.values()]:
                cell.setFixedWidth(width)

    def hide_legend_column(self) -> None:
        """No legend column right of the plots (a slide puts its legend under them)."""
        self.legend_column = False
        self.legend_width = 0
        for cell in [self.strip_blank, *self.legend_cells.values()]:
            cell.setFixedWidth(0)
            cell.hide()
        for cell in self.legend_cells.values():
            cell.setMinimumHeight(0)  # a hidden legend must not hold its plot's row open

    def fit_legends(self) -> None:
        """Refit every legend (after a display-scale change)."""
        for key in self.legends:
            self.fit_legend(key)

    def refit_legend_rows(self, key: str) -> None:
        """After rows were added to or removed from legend ``key``: fixed row heights, a cell tall
        enough for the legend at LEGEND_MIN_SCALE (its plot keeps the rest), then the fit."""
        legend = self.legends[key]
        compact_legend(legend)
        # hidden cells (a slide's, a hidden plot's) must not hold their rows open
        if getattr(self, "legend_column", True) and key in self.visible_plots():
            self.legend_cells[key].setMinimumHeight(math.ceil(LEGEND_MIN_ROW_SHARE * legend.boundingRect().height()))
        self.fit_legend(key)

    def fit_legend(self, key: str) -> None:
        """Shrink a legend (down to LEGEND_MIN_SCALE) when its cell is smaller than the legend."""
        legend, cell = self.legends[key], self.legend_cells[key]
        rect = legend.boundingRect()
        if rect.height() <= 0 or rect.width() <= 0:
            return
        size = cell.size()
        if self._fit_row_breaks(key, size.width()):
            rect = legend.boundingRect()
        fit = min(1.0, size.height() / rect.height(), (size.width() - 4) / rect.width())
        # A legend ignores the view's transform (pyqtgraph), so it follows the display scale itself:
        # at 175 % (presentation mode) its text grows with the ticks instead of staying at 11 pt.
        legend.setScale(max(LEGEND_MIN_SCALE, fit) * getattr(self, "display_scale", 1.0))
        self._fit_axis_titles(key, size.height())

    def _fit_row_breaks(self, key: str, cell_width: float) -> bool:
        """Break the rows of legend ``key`` that would be clipped even at LEGEND_MIN_SCALE into two lines
        (a longer language's captions in a narrow column: "Влажный термометр 31 °C: измеренный предел"),
        and join them again when the column is wide enough (a window that grew).  True when a row
        changed (the legend is compacted and its cell made tall enough again)."""
        legend = self.legends[key]
        labels = [label for _sample, label in legend.items if isinstance(label, pg.LabelItem)]
        if not labels:
            return False
        metrics = QFontMetrics(ui_font(LEGEND_PT))
        overhead = legend.boundingRect().width() - max(label.boundingRect().width() for label in labels)
        room = (cell_width - 4) / LEGEND_MIN_SCALE - overhead
        changed = False
        for label in labels:
            whole = getattr(label, "whole_text", label.text)
            if "<br>" in whole:  # broken by its maker (the band's row)
                continue
            wide = metrics.horizontalAdvance(_TAGS.sub("", whole)) + 6 > room  # + the label's margins
            wanted = legend_row(whole, room) if wide else whole
            if wanted != label.text:
                label.setText(wanted)
                label.whole_text = whole
                changed = True
        if changed:
            compact_legend(legend)
            if getattr(self, "legend_column", True) and key in self.visible_plots():
                self.legend_cells[key].setMinimumHeight(
                    math.ceil(LEGEND_MIN_ROW_SHARE * legend.boundingRect().height()))
        return changed

    def _fit_axis_titles(self, key: str, row_height: float) -> None:
        """Use the short y-axis title where the full one is longer than the plot row is tall."""
        metrics = QFontMetrics(ui_font(AXIS_LABEL_PT))
        spec = S.plot_spec(key)
        for side, axis_spec in (("left", spec.left), ("right", spec.right)):
            if axis_spec is None:
                continue
            short = axis_spec.short or axis_spec.title
            axis = self.plots[key].getAxis(side)  # its tooltip carries the full title
            fits = metrics.horizontalAdvance(axis_spec.title) + 8 <= row_height
            wanted = axis_spec.title if fits else short
            # A row too short even for the short title hides it (it would run into the next
            # row's title); the axis tooltip and the legend's "(right axis)" still say it.
            squeezed = metrics.horizontalAdvance(short) + 12 > row_height  # the drawn title box is ~4 px taller
            if axis.labelText != wanted:
                shown = axis.label.isVisible()  # an axis with all its curves hidden keeps its title hidden
                axis.setLabel(wanted, **dict(axis.labelStyle))
                axis.showLabel(shown)
            was_squeezed = (key, side) in self._squeezed_titles
            if squeezed and not was_squeezed and axis.label.isVisible():
                self._squeezed_titles.add((key, side))
                axis.showLabel(False)
            elif not squeezed and was_squeezed:
                self._squeezed_titles.discard((key, side))
                # not if the figure contents hid the axis meanwhile (all its curves hidden: no numbers)
                axis.showLabel(bool(axis.style.get("showValues", True)))

    def legend_scales(self) -> dict[str, float]:
        """The scale each legend is drawn at (1 = full size; tests, layout checks), display scale aside."""
        display_scale = getattr(self, "display_scale", 1.0)
        return {key: legend.scale() / display_scale for key, legend in self.legends.items()}
