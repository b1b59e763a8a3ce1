"""Copy the figure (the print-styled dashboard as an image) to the clipboard."""

from __future__ import annotations

from PySide6 import QtGui

from .figure import export_dashboard
from .png import widget_image

#: Scale of the clipboard image: 2x stays sharp when pasted into slides.
CLIPBOARD_SCALE = 2


def figure_image(result, like=None, scale: float = CLIPBOARD_SCALE) -> QtGui.QImage:
    """The dashboard figure of ``result`` as a QImage (white background)."""
    with export_dashboard(result, like=like) as dashboard:
        return widget_image(dashboard, scale)


def copy_figure(result, like=None, scale: float = CLIPBOARD_SCALE) -> QtGui.QImage:
    """Put the dashboard figure on the system clipboard; returns the image copied."""
    image = figure_image(result, like=like, scale=scale)
    QtGui.QGuiApplication.clipboard().setImage(image)
    return image
