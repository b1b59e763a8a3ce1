"""Print styling of pyqtgraph figures: white page, dark text, pens that survive scaling.

Two independent jobs:

* :func:`apply_print_style` turns a (possibly dark-themed) dashboard into black-on-white.
  It is applied to a throw-away *copy* of the dashboard built for the export
  (see :mod:`thermoviz.export.figure`), so the on-screen window is never touched
  and nothing has to be restored.
* :func:`scaled_pens` temporarily multiplies the width of every *cosmetic* pen in a
  scene.  pyqtgraph draws curves and axes with cosmetic pens (width in device
  pixels), so a 4x render would otherwise draw 1-pixel hairlines on a 4x bigger
  image.  The original pens are restored on exit.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

#: Colours used for exports (the page is always white whatever the screen theme).
PAGE_COLOR = "#ffffff"
INK_COLOR = "#1a1a1a"  # text, axes


def _luminance(color: QtGui.QColor) -> float:
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()


def _too_light(color: QtGui.QColor) -> bool:
    """True for a colour that would vanish on white (designed for a dark background)."""
    return color.alphaF() > 0.35 and _luminance(color) > 0.82


def _darkened(pen: QtGui.QPen) -> QtGui.QPen:
    pen = QtGui.QPen(pen)
    if _too_light(pen.color()):
        pen.setColor(QtGui.QColor(INK_COLOR))
    return pen


def light_palette() -> QtGui.QPalette:
    """A plain light palette for the non-plot widgets of an exported dashboard."""
    pal = QtGui.QPalette()
    white, ink = QtGui.QColor(PAGE_COLOR), QtGui.QColor(INK_COLOR)
    for role in (QtGui.QPalette.ColorRole.Window, QtGui.QPalette.ColorRole.Base,
                 QtGui.QPalette.ColorRole.Button, QtGui.QPalette.ColorRole.AlternateBase):
        pal.setColor(role, white)
    for role in (QtGui.QPalette.ColorRole.WindowText, QtGui.QPalette.ColorRole.Text,
                 QtGui.QPalette.ColorRole.ButtonText, QtGui.QPalette.ColorRole.PlaceholderText):
        pal.setColor(role, ink)
    return pal


def apply_print_style(widget: QtWidgets.QWidget) -> None:
    """Restyle ``widget`` and every pyqtgraph view inside it for a white page (in place).

    Backgrounds become white; axes, tick labels, titles and legend text dark; any
    curve, line or text coloured for a dark background (near white) becomes dark.
    Deliberate colours (series, limit bands) are kept.
    """
    widget.setPalette(light_palette())
    widget.setStyleSheet(f"background: {PAGE_COLOR}; color: {INK_COLOR};")
    views = [widget] if isinstance(widget, pg.GraphicsView) else []
    views += widget.findChildren(pg.GraphicsView)
    for view in views:
        view.setBackground(PAGE_COLOR)
        style_scene(view.scene())


def style_scene(scene: QtWidgets.QGraphicsScene) -> None:
    """Dark-on-white styling of every pyqtgraph item in ``scene`` (in place)."""
    ink = QtGui.QColor(INK_COLOR)
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            # Deliberate axis colours (a right axis coloured like its curve) are kept.
            if _too_light(item.pen().color()):
                item.setPen(pg.mkPen(INK_COLOR))
            if _too_light(item.textPen().color()):
                item.setTextPen(pg.mkPen(INK_COLOR))  # also recolours the axis label
        elif isinstance(item, pg.LabelItem):
            color = QtGui.QColor(item.opts.get("color") or INK_COLOR)
            if _too_light(color) or item.opts.get("color") is None:
                item.setText(item.text, color=INK_COLOR)
        elif isinstance(item, pg.LegendItem):
            if _too_light(pg.mkColor(item.opts.get("labelTextColor") or "w")):
                item.setLabelTextColor(INK_COLOR)
            brush = item.opts.get("brush")
            if brush is not None and _luminance(pg.mkBrush(brush).color()) < 0.5:
                item.setBrush(pg.mkBrush(255, 255, 255, 225))
        elif isinstance(item, pg.TextItem):
            if _too_light(item.color):
                item.setColor(ink)
        elif isinstance(item, pg.PlotDataItem):  # holds the pen the legend shows
            pen = item.opts.get("pen")
            if pen is not None:
                pen = pg.mkPen(pen)
                if _too_light(pen.color()):
                    item.setPen(_darkened(pen))
        elif isinstance(item, pg.PlotCurveItem):
            # One continuous path per curve: proper line joins, and one SVG <path>
            # instead of thousands of two-point <polyline>s.
            item.setSegmentedLineMode("off")
            pen = item.opts.get("pen")
            if isinstance(pen, QtGui.QPen) and _too_light(pen.color()):
                item.setPen(_darkened(pen))
        elif isinstance(item, pg.InfiniteLine):
            if _too_light(item.pen.color()):
                item.setPen(_darkened(item.pen))
            label = getattr(item, "label", None)
            if label is not None and _too_light(label.color):
                label.setColor(ink)
        elif isinstance(item, QtWidgets.QGraphicsTextItem):
            if _too_light(item.defaultTextColor()):
                item.setDefaultTextColor(ink)


def _scaled(pen: QtGui.QPen, factor: float) -> QtGui.QPen:
    scaled = QtGui.QPen(pen)
    if pen.isCosmetic() or pen.widthF() == 0:
        scaled.setWidthF(max(pen.widthF(), 1.0) * factor)
    return scaled


@contextlib.contextmanager
def scaled_pens(scene: QtWidgets.QGraphicsScene, factor: float) -> Iterator[None]:
    """Multiply cosmetic pen widths in ``scene`` by ``factor`` inside the ``with`` block."""
    if factor == 1:
        yield
        return
    restore: list[tuple] = []
    for item in scene.items():
        if isinstance(item, pg.PlotCurveItem):
            pen, shadow = item.opts.get("pen"), item.opts.get("shadowPen")
            if isinstance(pen, QtGui.QPen):
                restore.append((item.setPen, pen))
                item.setPen(_scaled(pen, factor))
            if isinstance(shadow, QtGui.QPen):
                restore.append((item.setShadowPen, shadow))
                item.setShadowPen(_scaled(shadow, factor))
        elif isinstance(item, pg.InfiniteLine):
            restore.append((item.setPen, item.pen))
            item.setPen(_scaled(item.pen, factor))
        elif isinstance(item, pg.AxisItem):
            # AxisItem.setPen also recolours the axis label from the pen; keep the label's style.
            def set_axis_pen(pen, axis=item, style=dict(item.labelStyle)):
                axis.setPen(pen)
                axis.labelStyle = dict(style)
                axis._updateLabel()  # noqa: SLF001 (re-applies labelStyle)

            restore.append((set_axis_pen, item.pen()))
            set_axis_pen(_scaled(item.pen(), factor))
            if item._tickPen is not None:  # noqa: SLF001 (no public getter for a custom tick pen)
                restore.append((item.setTickPen, item._tickPen))
                item.setTickPen(_scaled(item._tickPen, factor))
        elif isinstance(item, pg.LegendItem):
            restore.append((item.setPen, item.pen()))
            item.setPen(_scaled(item.pen(), factor))
        elif isinstance(item, QtWidgets.QAbstractGraphicsShapeItem):
            restore.append((item.setPen, item.pen()))
            item.setPen(_scaled(item.pen(), factor))
        elif isinstance(item, pg.GraphicsObject) and isinstance(getattr(item, "opts", None), dict):
            pen = item.opts.get("pen")
            if isinstance(pen, QtGui.QPen):
                opts = item.opts
                restore.append((lambda p, opts=opts, it=item: (opts.__setitem__("pen", p), it.update()), pen))
                opts["pen"] = _scaled(pen, factor)
                item.update()
    try:
        yield
    finally:
        for setter, original in reversed(restore):
            setter(original)


def _unscaled_parent(item: QtWidgets.QGraphicsItem) -> bool:
    parent = item.parentItem()
    if parent is None:
        return True
    t = parent.sceneTransform()
    return abs(t.m11() - 1) < 1e-9 and abs(t.m22() - 1) < 1e-9 and t.m12() == 0 and t.m21() == 0


@contextlib.contextmanager
def export_mode(scene: QtWidgets.QGraphicsScene, scale: float) -> Iterator[None]:
    """Prepare ``scene`` for painting through a painter scaled by ``scale``.

    * pyqtgraph's own export mode (hides the auto-range "A" buttons, scales scatter symbols);
    * items drawn with ``ItemIgnoresTransformations`` (pyqtgraph's LegendItem) would keep
      their screen size while everything else grows by ``scale`` (a legend a quarter of
      its size at 4x): the flag is lifted while painting where the parent is unscaled,
      which at scale 1 changes nothing.
    """
    opts = {"antialias": True, "background": QtGui.QColor(PAGE_COLOR), "resolutionScale": scale}
    items = [i for i in scene.items() if hasattr(i, "setExportMode")]
    flag = QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    unpinned = [i for i in scene.items() if i.flags() & flag and _unscaled_parent(i)]
    for item in items:
        item.setExportMode(True, opts)
    for item in unpinned:
        item.setFlag(flag, False)
    try:
        yield
    finally:
        for item in unpinned:
            item.setFlag(flag, True)
        for item in items:
            item.setExportMode(False)
