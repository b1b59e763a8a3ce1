"""Paint a dashboard widget or one plot onto any QPainter (image, PDF page), crisply.

``QWidget.render`` of a ``QGraphicsView`` through a scaled painter draws the wrong
region (measured with PySide6 6.10.3), so pyqtgraph views are painted through
``QGraphicsScene.render(painter, target, source)``, which keeps vectors on a PDF
painter and is sharp at any scale.  Other widgets (labels, frames) are drawn with
``QWidget.render`` without their children, then their children recursively.

Cosmetic pens are widened by the scale factor while painting
(:func:`~thermoviz.export.print_style.scaled_pens`), so a 4x PNG has lines as
thick, relative to the figure, as the 1x one.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from .print_style import export_mode, scaled_pens


def render_scene_rect(painter: QtGui.QPainter, scene: QtWidgets.QGraphicsScene,
                      source: QtCore.QRectF, target: QtCore.QRectF) -> None:
    """Paint ``source`` (scene coordinates) of ``scene`` into ``target`` (painter coordinates).

    The source is mapped onto the target with one uniform scale factor
    (``target.width() / source.width()``); cosmetic pens are widened by it.
    """
    factor = target.width() / source.width() if source.width() else 1.0
    painter.save()
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, True)
        with export_mode(scene, factor), scaled_pens(scene, factor):
            scene.render(painter, target, source, QtCore.Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        painter.restore()


def render_widget(painter: QtGui.QPainter, widget: QtWidgets.QWidget, scale: float,
                  offset: QtCore.QPointF | None = None) -> None:
    """Paint ``widget`` and its visible children at ``scale`` with its top-left at ``offset``.

    ``offset`` is in painter coordinates (already scaled).
    """
    offset = offset or QtCore.QPointF(0, 0)
    if isinstance(widget, QtWidgets.QGraphicsView):
        size = widget.viewport().size() if widget.viewport() else widget.size()
        source = widget.mapToScene(QtCore.QRect(QtCore.QPoint(0, 0), size)).boundingRect()
        vp_offset = widget.viewport().mapTo(widget, QtCore.QPoint(0, 0)) if widget.viewport() else QtCore.QPoint()
        target = QtCore.QRectF(offset.x() + vp_offset.x() * scale, offset.y() + vp_offset.y() * scale,
                               size.width() * scale, size.height() * scale)
        bg = widget.backgroundBrush()
        if bg.style() != QtCore.Qt.BrushStyle.NoBrush:
            painter.fillRect(target, bg)
        render_scene_rect(painter, widget.scene(), source, target)
        return
    painter.save()
    painter.translate(offset)
    painter.scale(scale, scale)
    widget.render(painter, QtCore.QPoint(0, 0), QtGui.QRegion(),
                  QtWidgets.QWidget.RenderFlag.DrawWindowBackground)
    painter.restore()
    for child in widget.findChildren(QtWidgets.QWidget, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isHidden() or child.isWindow():
            continue
        pos = child.pos()
        render_widget(painter, child, scale,
                      QtCore.QPointF(offset.x() + pos.x() * scale, offset.y() + pos.y() * scale))
