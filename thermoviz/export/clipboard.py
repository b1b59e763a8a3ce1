"""Copy the figure (the print-styled dashboard as an image) to the clipboard."""

from __future__ import annotations

from PySide6 import QtGui

from thermoviz.figure.view import FigureView

from .figure import export_figure
from .png import widget_image

#: Scale of the clipboard image: 2x stays sharp when pasted into slides.
CLIPBOARD_SCALE = 2


def figure_image(result, view: FigureView | None = None, scale: float = CLIPBOARD_SCALE) -> QtGui.QImage:
    """The dashboard figure of ``result`` as a QImage (white background)."""
    with export_figure(result, view) as figure:
        return widget_image(figure, scale)


def copy_figure(result, view: FigureView | None = None, scale: float = CLIPBOARD_SCALE) -> QtGui.QImage:
    """Put the dashboard figure on the system clipboard; returns the image copied."""
    image = figure_image(result, view, scale=scale)
    QtGui.QGuiApplication.clipboard().setImage(image)
    return image
