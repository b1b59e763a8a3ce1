"""A figure that goes straight onto a 16:9 slide: title, verdict, the chosen plots, legend under them.

The slide is a small widget (title label, verdict line, the off-screen
:class:`~thermoviz.figure.figure.Figure` of :mod:`thermoviz.export.figure` without
its legend column, a legend grid under the plots, a footer) laid out at a
logical size of ``SLIDE_LOGICAL`` (1280 x 720) and painted at 1.5x (1920 x 1080)
or 3x (3840 x 2160).  Type is sized for a projector: at 1920 x 1080 the title is
about 60 px tall, the verdict and legend about 27 px, tick labels about 22 px.

What the plots show (plots, hidden curves and limits, highlight, time window,
pinned reference, a date axis if the view asks for one) is the
:class:`~thermoviz.figure.view.FigureView`, exactly as in the window and the other
exports.  The file is written atomically and verified (:mod:`thermoviz.io.atomic`).
"""

from __future__ import annotations

import contextlib
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from thermoviz import __version__
from thermoviz.figure import spec as S
from thermoviz.figure.offscreen import ensure_qt_app
from thermoviz.figure.style import qpen
from thermoviz.figure.uncertainty_bands import BAND_ALPHA, band_text
from thermoviz.figure.view import FigureView
from thermoviz.io.preset_texts import shown_title
from thermoviz.model.language import number, translate
from thermoviz.model.outcome.result import Result
from thermoviz.model.scenario import quote_value
from thermoviz.model.units import localise_temps
from .figure import build_figure, settle
from .png import save_png, widget_image


#: Pixel sizes offered (name -> (width, height)).
SLIDE_SIZES: dict[str, tuple[int, int]] = {"1920x1080": (1920, 1080), "3840x2160": (3840, 2160)}
#: The slide is laid out at this logical size and painted scaled to the pixel size.
SLIDE_LOGICAL = (1280, 720)
TITLE_PT = 30
VERDICT_PT = 15
LEGEND_PT = 14
FOOTER_PT = 10
#: Legend columns under the plots; a long legend (cabin + crew plots list ~19 curves and limits)
#: gets a fourth column and slightly smaller type, so the plots keep their height.
LEGEND_COLUMNS = 3
LEGEND_COLUMNS_LONG = 4
LEGEND_LONG_ENTRIES = 12
LEGEND_PT_LONG = 12
#: Verdict line colours by severity: (background, border, text); the same hues as the window's banner.
SEVERITY_COLOURS = {
    "safe": ("#DDF2EA", S.GREEN, "#00382A"),
    "info": ("#DCEBF7", S.BLUE, "#002A45"),
    "caution": ("#FFF0C7", S.ORANGE, "#3D2A00"),
    "danger": ("#B34700", S.VERMILLION, "#FFFFFF"),
}
CURSOR_COLOUR = QtGui.QColor(70, 70, 70, 150)
#: Plots shorter than this [logical px] (four plots on one slide) get fewer y tick labels.
SHORT_PLOT_PX = 90


def few_ticks(low: float, high: float) -> list[tuple[float, str]]:
    """Two or three round values inside ``low``..``high`` (labels for a plot a few lines tall)."""
    span = high - low
    if not span > 0:
        return []
    base = 10.0 ** math.floor(math.log10(span / 2))
    step = next(m * base for m in (1, 2, 5, 10) if span / (m * base) <= 3)
    first = math.ceil(low / step) * step
    values = [first + k * step for k in range(4) if first + k * step <= high + 1e-9]
    return [(v, f"{v:g}") for v in values]


def parse_slide_size(text: str) -> tuple[int, int]:
    """``"1920x1080"`` -> (1920, 1080); ValueError naming the allowed sizes otherwise."""
    size = SLIDE_SIZES.get(str(text).strip().lower().replace("×", "x"))
    if size is None:
        raise ValueError(f"must be one of {', '.join(SLIDE_SIZES)}, got {quote_value(str(text), limit=40)}")
    return size


@dataclass(frozen=True)
class LegendEntry:
    """One legend row under the plots: a line (or band) sample and its text."""

    text: str
    pen: QtGui.QPen
    fill: QtGui.QColor | None = None
    bold: bool = False


def legend_entries(figure, view: FigureView) -> list[LegendEntry]:
    """The legend of the slide: visible curves and limits of the shown plots, then the reference."""
    entries: list[LegendEntry] = []
    for key in view.plots:
        for series in S.series_of(key):
            if series.key not in view.hidden_series:
                entries.append(LegendEntry(series.legend, qpen(series.pen), bold=series.key == view.highlight))
        for limit in S.plot_spec(key).limits:
            if limit.legend and limit.limit.key not in view.hidden_limits:
                fill = QtGui.QColor(*limit.fill) if limit.fill is not None and limit.fill[3] else None
                entries.append(LegendEntry(limit.text, qpen(limit.pen), fill, limit.limit.key == view.highlight))
    if view.uncertainty is not None:
        fill = QtGui.QColor(136, 136, 136, BAND_ALPHA * 2)
        entries.append(LegendEntry(band_text(view.uncertainty), QtGui.QPen(QtGui.QColor(0, 0, 0, 0), 1), fill))
    if view.reference is not None:
        anchor = figure.reference_anchor
        label = shown_title(view.reference_label or "") or translate("Slide", "reference")
        if anchor in (None, "start"):
            text = translate("Slide", "Faded: {label}").format(label=label)
        elif anchor == "undock":
            text = translate("Slide", "Faded: {label}, aligned at undock").format(label=label)
        elif anchor == "puncture":
            text = translate("Slide", "Faded: {label}, aligned at puncture").format(label=label)
        else:
            text = f"Faded: {label}, aligned at {anchor}"
        entries.append(LegendEntry(text, QtGui.QPen(QtGui.QColor(138, 138, 138), 3)))
    return entries


class _Sample(QtWidgets.QWidget):
    """A legend sample painted as vectors (sharp at any export scale)."""

    def __init__(self, entry: LegendEntry):
        super().__init__()
        self.entry = entry
        self.setFixedSize(44, 18)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        rect = QtCore.QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.entry.fill is not None:
            painter.fillRect(rect, self.entry.fill)
        pen = QtGui.QPen(self.entry.pen)
        pen.setCosmetic(False)
        pen.setWidthF(min(max(pen.widthF(), 1.5) * (1.6 if self.entry.bold else 1.0), 6.0))
        painter.setPen(pen)
        y = rect.center().y()
        painter.drawLine(QtCore.QPointF(rect.left(), y), QtCore.QPointF(rect.right(), y))
        painter.end()


def _label(text: str, point_size: float, *, bold: bool = False, wrap: bool = True) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text)
    font = QtGui.QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return label


class Slide(QtWidgets.QWidget):
    """The 16:9 slide widget: :attr:`title_label`, :attr:`verdict_label`, :attr:`figure`, :attr:`legend`."""

    def __init__(self, result: Result, view: FigureView, title: str, cursor_h: float | None = None,
                 footer: str | None = None):
        super().__init__()
        self.setObjectName("slide")
        self.setStyleSheet("#slide { background: white; } QLabel { color: #111111; background: transparent; }")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor("white"))
        self.setPalette(palette)
        self.setFixedSize(*SLIDE_LOGICAL)  # long texts wrap; they never widen the slide
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 12)
        layout.setSpacing(6)

        self.title_label = _label(title, TITLE_PT, bold=True)
        self.title_label.setObjectName("slideTitle")
        layout.addWidget(self.title_label)
        verdict = result.verdict
        background, border, ink = SEVERITY_COLOURS.get(verdict.severity, SEVERITY_COLOURS["info"])
        self.verdict_label = _label(localise_temps(verdict.text), VERDICT_PT, bold=True)
        self.verdict_label.setObjectName("slideVerdict")
        self.verdict_label.setStyleSheet(f"#slideVerdict {{ background: {background}; color: {ink}; "
                                         f"border: 3px solid {border}; border-radius: 6px; padding: 4px 10px; }}")
        layout.addWidget(self.verdict_label)

        self.figure = build_figure(result, view, size=(SLIDE_LOGICAL[0] - 56, 420))
        self.figure.hide_legend_column()
        self.view = view
        self.cursor_h = cursor_h
        if cursor_h is not None:
            self._draw_cursor(cursor_h)
        layout.addWidget(self.figure, 1)

        self.legend_entries = legend_entries(self.figure, view)
        self.legend = QtWidgets.QWidget()
        self.legend.setObjectName("slideLegend")
        self.legend.setStyleSheet("#slideLegend { background: white; }")
        grid = QtWidgets.QGridLayout(self.legend)
        grid.setContentsMargins(8, 2, 8, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        long_legend = len(self.legend_entries) > LEGEND_LONG_ENTRIES
        columns = LEGEND_COLUMNS_LONG if long_legend else LEGEND_COLUMNS
        legend_pt = LEGEND_PT_LONG if long_legend else LEGEND_PT
        column_px = (SLIDE_LOGICAL[0] - 56 - 16 - 18 * (columns - 1)) // columns
        row = col = 0
        for entry in self.legend_entries:
            cell = QtWidgets.QHBoxLayout()
            cell.setSpacing(6)
            cell.addWidget(_Sample(entry))
            text = _label(entry.text, legend_pt, bold=entry.bold, wrap=False)
            # a long entry spans as many columns as it needs; one longer than the row (the pinned
            # reference's title) gets a whole row and may wrap
            need = text.sizeHint().width() + 50
            span = next((k for k in range(1, columns + 1) if need <= k * column_px + (k - 1) * 18), columns)
            if span == columns and need > column_px * columns:
                text.setWordWrap(True)
            if col + span > columns:
                row, col = row + 1, 0
            cell.addWidget(text, 1)
            grid.addLayout(cell, row, col, 1, span)
            col += span
            if col >= columns:
                row, col = row + 1, 0
        for col in range(columns):
            grid.setColumnStretch(col, 1)
        layout.addWidget(self.legend)
        self.footer_label = _label(footer or default_footer(result, view), FOOTER_PT)
        self.footer_label.setStyleSheet("color: #444444;")
        layout.addWidget(self.footer_label)

    def _draw_cursor(self, t_h: float) -> None:
        pen = pg.mkPen(CURSOR_COLOUR, width=5)
        pen.setCosmetic(True)
        for plot in self.figure.plots.values():
            line = pg.InfiniteLine(pos=t_h, angle=90, movable=False, pen=pen)
            line.setZValue(40)
            plot.addItem(line, ignoreBounds=True)

    @property
    def title(self) -> str:
        return self.title_label.text()

    def layout_now(self) -> None:
        """Lay the slide out at its logical size and re-pack the event labels for the figure's size."""
        settle(self)
        self.figure.events.relayout()
        # the legend cells that usually trigger it are hidden on a slide: fit the axis titles here
        for key, plot in self.figure.plots.items():
            height = plot.geometry().height()
            self.figure._fit_axis_titles(key, height)
            if height < SHORT_PLOT_PX:  # a few-line plot: two or three tick labels, or they print on each other
                for side in ("left", "right"):
                    axis = plot.getAxis(side)
                    view = axis.linkedView()
                    if view is not None and axis.style.get("showValues", True):
                        axis.setTicks([few_ticks(*view.viewRange()[1]), []])
        settle(self)

    def clipped_labels(self) -> list[str]:
        """Texts of labels cut off by their width (tests; should be empty)."""
        cut = []
        for label in self.findChildren(QtWidgets.QLabel):
            if label.isVisible() and not label.wordWrap():
                if label.fontMetrics().horizontalAdvance(label.text()) > label.width() + 1:
                    cut.append(label.text())
        return cut


def default_footer(result: Result, view: FigureView) -> str:
    """Where the curves come from, in one line (model, scenario, window), in the chosen language."""
    window = ""
    if view.x_range_h is not None:  # in the axis's own time base: since the puncture unless it counts from the start
        puncture = result.events.get("puncture")
        if view.time_axis == "start" or puncture is None:
            origin, text = 0.0, translate("Slide", " · shown {low} to {high} hours after the start")
        else:
            origin, text = float(puncture), translate("Slide", " · shown {low} to {high} hours since the puncture")
        lo, hi = (round(t - origin, 2) for t in view.x_range_h)
        window = text.format(low=number(f"{lo:g}"), high=number(f"{hi:g}"))
    footer = translate("Slide", "Simulated with thermoviz {version} (a model with estimates, not a flight record) · "
                       "scenario: {title}")
    title = shown_title(result.scenario.title) or translate("Slide", "untitled")
    return footer.format(version=__version__, title=title) + window


@contextlib.contextmanager
def build_slide(result: Result, view: FigureView | None = None, title: str | None = None,
                cursor_h: float | None = None) -> Iterator[Slide]:
    """``with build_slide(result, view) as slide:`` -> a laid-out off-screen :class:`Slide`, disposed of after."""
    ensure_qt_app()  # headless callers (CLI, scripts) have no QApplication yet
    view = view or FigureView()
    untitled = translate("Slide", "Untitled scenario")
    text = (title if title is not None else shown_title(result.scenario.title)) or untitled
    slide = Slide(result, view, text.strip() or untitled, cursor_h)
    try:
        slide.layout_now()
        yield slide
    finally:
        slide.hide()
        slide.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(slide, QtCore.QEvent.Type.DeferredDelete)


def slide_image(slide: Slide, size: tuple[int, int]) -> QtGui.QImage:
    """The slide painted at ``size`` pixels (16:9: 1920 x 1080 or 3840 x 2160)."""
    scale = size[0] / SLIDE_LOGICAL[0]
    image = widget_image(slide, scale)
    if (image.width(), image.height()) != tuple(size):
        image = image.copy(0, 0, *size)
    return image


def export_slide(result: Result, path: str | os.PathLike[str], view: FigureView | None = None,
                 size: tuple[int, int] = SLIDE_SIZES["1920x1080"], title: str | None = None,
                 cursor_h: float | None = None) -> Path:
    """Write a 16:9 slide PNG of ``result`` (``size`` pixels exactly) atomically; returns the path.

    ``title`` defaults to the scenario's title; ``cursor_h`` draws a time cursor [h].
    """
    if tuple(size) not in SLIDE_SIZES.values():
        raise ValueError(f"size: must be one of {', '.join(SLIDE_SIZES)}, got {size!r}")
    with build_slide(result, view, title, cursor_h) as slide:
        image = slide_image(slide, size)
    return save_png(image, path)


__all__ = ["SLIDE_SIZES", "Slide", "build_slide", "export_slide", "legend_entries", "parse_slide_size",
           "slide_image"]
