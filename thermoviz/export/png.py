"""PNG export of a dashboard or of one plot at 1x, 2x or 4x, always black on white.

Pixel size
----------
* Dashboard: the export dashboard is laid out at :data:`~thermoviz.export.figure.DASHBOARD_SIZE`
  (1200 x 800 logical pixels), so a dashboard PNG is exactly ``1200*scale x 800*scale``
  pixels (2400 x 1600 at 2x, 4800 x 3200 at 4x) whatever the window size on screen.
* One plot: an off-screen figure of that plot alone, :data:`~thermoviz.export.figure.PLOT_SIZE` x scale.

Everything is painted as vectors through a scaled painter (text and lines are
sharp at 4x) with cosmetic pens widened by the scale (lines do not become hairlines).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from thermoviz.io.atomic import atomic_write_bytes
from thermoviz.io.verify import png_verifier

from .print_style import PAGE_COLOR
from .render import render_widget

#: Scales offered in the GUI (any positive number works through the API).
SCALES = (1, 2, 4)


def _check_scale(scale: float) -> float:
    if not isinstance(scale, (int, float)) or isinstance(scale, bool) or not 0 < scale <= 8:
        raise ValueError(f"scale: must be a number above 0 and at most 8 (1, 2 or 4 in the app), got {scale!r}")
    return float(scale)


def _blank(width_px: int, height_px: int) -> QtGui.QImage:
    image = QtGui.QImage(width_px, height_px, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError(f"cannot allocate a {width_px} x {height_px} image")
    image.fill(QtGui.QColor(PAGE_COLOR))
    return image


def widget_image(widget: QtWidgets.QWidget, scale: float = 1) -> QtGui.QImage:
    """The whole ``widget`` (e.g. a dashboard) as an image of ``widget.size() * scale`` pixels."""
    scale = _check_scale(scale)
    width_px, height_px = round(widget.width() * scale), round(widget.height() * scale)
    image = _blank(width_px, height_px)
    painter = QtGui.QPainter(image)
    try:
        render_widget(painter, widget, scale)
    finally:
        painter.end()
    return image


def save_png(image: QtGui.QImage, path: str | os.PathLike[str], meta: dict[str, str] | None = None) -> Path:
    """Write ``image`` as PNG to ``path`` atomically (no partial file on failure).

    ``meta``: text chunks (keyword -> text, e.g. :func:`thermoviz.io.provenance.provenance`).
    """
    for key, text in (meta or {}).items():
        image.setText(key, text)

    return atomic_write_bytes(path, png_bytes(image), verify=png_verifier((image.width(), image.height())))


def png_bytes(image: QtGui.QImage) -> bytes:
    """``image`` encoded as PNG in memory: the file is then written by Python, so a full disk is named
    as such (libpng writing the file itself printed "Write Error" and Qt said "Unknown error")."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QImageWriter(buffer, b"png")
    if not writer.write(image):
        raise MemoryError(f"the PNG encoder failed ({writer.errorString() or 'no reason given'})")
    return bytes(buffer.data())


def export_widget_png(widget: QtWidgets.QWidget, path: str | os.PathLike[str], scale: float = 1,
                      meta: dict[str, str] | None = None) -> Path:
    """Render ``widget`` at ``scale`` and save it as PNG (atomic), with ``meta`` as text chunks."""
    return save_png(widget_image(widget, scale), path, meta)
