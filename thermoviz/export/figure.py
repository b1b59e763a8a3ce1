"""The figure that every export shows: an off-screen, print-styled :class:`~thermoviz.figure.figure.Figure`.

Exports never paint the live window.  They build a fresh Figure (the same class
the window shows, so the figure is identical in the GUI and the headless CLI),
give it the result and the :class:`~thermoviz.figure.view.FigureView` (plots,
time range, pinned reference), lay it out at a fixed logical size, restyle it
black-on-white (:func:`~thermoviz.export.print_style.apply_print_style`) and
paint that.  The exported pixel size does not depend on the window size, the
screen theme never leaks into a report, and the window does not flicker.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Iterator

from PySide6 import QtCore, QtWidgets

from thermoviz.figure.figure import Figure
from thermoviz.figure.view import FigureView
from thermoviz.model.outcome.result import Result

from .print_style import apply_print_style

#: Logical size of an exported dashboard (pixels at scale 1): event strip + four plots.
DASHBOARD_SIZE = (1280, 1200)
#: Logical size of one exported plot (pixels at scale 1): event strip + that plot.
PLOT_SIZE = (1000, 560)


def settle(widget: QtWidgets.QWidget) -> None:
    """Lay out ``widget`` (and its GraphicsLayouts) without showing it on a screen."""
    widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    for _ in range(3):
        QtWidgets.QApplication.processEvents()
        QtWidgets.QApplication.sendPostedEvents()


def resize_figure(figure: Figure, size: tuple[int, int]) -> None:
    """Lay ``figure`` out at ``size`` and re-pack its event labels (they are packed in pixels)."""
    if (figure.width(), figure.height()) != tuple(size):
        figure.resize(*size)
    settle(figure)
    figure.events.relayout()
    settle(figure)


def build_figure(result: Result, view: FigureView | None = None, size: tuple[int, int] | None = None,
                 only: str | None = None) -> Figure:
    """A print-styled, laid-out, off-screen Figure showing ``result`` as ``view`` says.

    ``only`` = a plot key: just the event strip and that plot (one-plot exports).
    The caller owns the widget (``deleteLater()`` it, or use :func:`export_figure`).
    """
    view = view or FigureView()
    if only is not None:
        view = dataclasses.replace(view, plots=(only,))
    if size is None:
        size = DASHBOARD_SIZE if only is None else PLOT_SIZE
    figure = Figure(view.plots)
    figure.set_result(result)
    figure.apply_view(dataclasses.replace(view, x_range_h=None))
    figure.resize(*size)
    apply_print_style(figure)
    resize_figure(figure, size)
    if view.x_range_h is not None:
        figure.apply_view(view)
        resize_figure(figure, size)
    return figure


@contextlib.contextmanager
def export_figure(result: Result, view: FigureView | None = None, size: tuple[int, int] | None = None,
                  only: str | None = None) -> Iterator[Figure]:
    """``with export_figure(result, view) as fig:`` -> the export copy, disposed of afterwards."""
    figure = build_figure(result, view, size=size, only=only)
    try:
        yield figure
    finally:
        figure.hide()
        figure.deleteLater()
        # Delete the copy now, not at the next event-loop turn: a headless CLI never
        # returns to an event loop, and a widget left for interpreter shutdown made
        # the process crash at exit (about one run in three).
        QtCore.QCoreApplication.sendPostedEvents(figure, QtCore.QEvent.Type.DeferredDelete)


__all__ = ["DASHBOARD_SIZE", "PLOT_SIZE", "build_figure", "export_figure", "resize_figure", "settle"]
