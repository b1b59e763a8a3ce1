"""The plots' grid lines drawn in the view's cached background (on screen only).

pyqtgraph draws a plot's grid as part of its y axes: each axis with a grid covers
the whole plot, so every repaint of a plot blits two plot-sized translucent
pixmaps (one per y axis), and every y-range change replays about 40 translucent
lines per axis (≈ 5–10 ms each on a 2-core machine).  :class:`GridBackground`
takes the grid out of the axes and draws the same lines (the axes' own tick
positions and alphas, from :meth:`pyqtgraph.AxisItem.generateDrawSpecs`) into
the QGraphicsView's background, which Qt caches as one opaque pixmap: a control
change then costs nothing for the grid, and a range change redraws only the
lines of the plots that changed.  The grid then lies under the curves and limit
bands instead of over them.

Exports do not use the view (they render the scene) and keep pyqtgraph's grid.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsScene

from thermoviz.model.units import c_to_unit, temp_unit, unit_to_c

#: Grid lines fainter than this alpha (of 255) change no pixel by more than a grey level
#: or two on the white plot; pyqtgraph's third tick level is drawn at alpha ≈ 2.
FAINTEST_ALPHA = 4


class GridAxis(pg.AxisItem):
    """A y axis whose grid lines can be handed to the view's background (:class:`GridBackground`).

    With ``grid_elsewhere`` off it is exactly pyqtgraph's AxisItem.  With it on, the axis
    keeps its grid setting (so its labels are placed and hidden as with the grid) but
    draws no grid lines and covers only its own strip, not the whole plot.
    """

    grid_elsewhere = False
    #: Drawings kept per axis state: a drag moves a plot among a few whole-degree ranges.
    KEPT_STATES = 8
    #: A temperature axis: its data stay in °C, its ticks are placed and labelled in the
    #: shown unit (round °F values where °F is chosen, View ▸ Units).
    temperature = False

    def __init__(self, orientation: str, temperature: bool = False, **kwargs):
        super().__init__(orientation, **kwargs)
        self.temperature = temperature

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph names)
        if not self.temperature or temp_unit() == "C":
            return super().tickValues(minVal, maxVal, size)
        low, high = sorted((c_to_unit(minVal), c_to_unit(maxVal)))
        return [(spacing / 1.8, [unit_to_c(v) for v in values])
                for spacing, values in super().tickValues(low, high, size)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        if not self.temperature or temp_unit() == "C":
            return super().tickStrings(values, scale, spacing)
        return super().tickStrings([round(c_to_unit(v), 9) for v in values], scale, spacing * 1.8)

    def retick(self) -> None:
        """Forget the kept drawings and redraw (after the shown unit changed)."""
        self.picture = None
        self._kept = OrderedDict()
        self.update()

    def set_grid_elsewhere(self, on: bool) -> None:
        self.prepareGeometryChange()
        self.grid_elsewhere = on
        self.picture = None
        self._kept: OrderedDict = OrderedDict()
        self.update()

    def state_key(self) -> tuple:
        """Everything the axis's drawing and grid lines depend on (range, sizes, scale, style, pens)."""
        view = self.linkedView()
        ticks_in = view.mapRectToItem(self, view.boundingRect()).getRect() if view is not None else None
        item = self.sceneTransform()
        views = self.scene().views() if self.scene() is not None else []
        shown = views[0].transform() if views else None  # the interface size scales the view
        scale = (item.m11(), item.m12(), item.m21(), item.m22(), None if shown is None else (shown.m11(), shown.m22()))
        style = tuple((k, v.toString() if isinstance(v, QFont) else repr(v)) for k, v in sorted(self.style.items()))
        return (tuple(self.range), self.mapRectFromParent(self.geometry()).getRect(), ticks_in, scale, style,
                self.grid, self.scale, repr(self.logMode), repr(self._tickSpacing), repr(self._tickLevels),
                self.pen().color().rgba(), self.pen().widthF(), self.textPen().color().rgba(),
                self.temperature and temp_unit())

    def _kept_value(self, kind: str, make):
        """The ``kind`` drawing for the current state, made by ``make()`` only for a new state."""
        key = (kind, self.state_key())
        value = self._kept.get(key)
        if value is None:
            value = make()
            self._kept[key] = value
            while len(self._kept) > 2 * self.KEPT_STATES:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        return value

    def paint(self, p, opt, widget) -> None:
        if self.grid_elsewhere and self.picture is None:
            self.picture = self._kept_value("picture", self._new_picture)
        super().paint(p, opt, widget)

    def _new_picture(self) -> QPicture:
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(painter)
            if specs is not None:
                self.drawPicture(painter, *specs)
        finally:
            painter.end()
        return picture

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        if self.grid_elsewhere and self.grid is not False:
            return self.mapRectFromParent(self.geometry())  # the vertical extent the grid gives
        return super().boundingRect()

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph name)
        specs = super().generateDrawSpecs(p)
        if specs is None or not self.grid_elsewhere or self.grid is False:
            return specs
        axis_line, _grid_lines, texts = specs
        return axis_line, [], texts

    def grid_lines(self) -> list:
        """(pen, p1, p2) of the grid lines pyqtgraph would draw, in this axis's coordinates."""
        if not self.grid_elsewhere:
            return self._grid_lines()
        return self._kept_value("grid", self._grid_lines)

    def _grid_lines(self) -> list:
        """The grid lines computed.

        pyqtgraph's own computation (``generateDrawSpecs``) also lays out every tick
        label (about 1 ms an axis); this is its line part alone, for y axes.
        """
        view = self.linkedView()
        if view is None or self.grid is False or self.orientation not in ("left", "right") \
                or self._tickLevels is not None:
            specs = None if self.grid is False else pg.AxisItem.generateDrawSpecs(self, QPainter())
            return [] if specs is None else specs[1]
        bounds = self.mapRectFromParent(self.geometry())
        ticks_in = view.mapRectToItem(self, view.boundingRect())
        if self.orientation == "left":
            span = (bounds.topRight() + QPointF(-1, -1), bounds.bottomRight() + QPointF(-1, 1))
            start, stop = ticks_in.right(), bounds.right()
        else:
            span = (bounds.topLeft() + QPointF(1, -1), bounds.bottomLeft() + QPointF(1, 1))
            start, stop = ticks_in.left(), bounds.left()
        ends = [self.mapToDevice(point) for point in span]
        if None in ends:
            return []
        length_px = math.hypot(ends[1].x() - ends[0].x(), ends[1].y() - ends[0].y())
        low, high = self.range
        if length_px == 0:
            return []
        scale = -bounds.height() / (high - low) if high != low else 1.0
        offset = low * scale - bounds.height() if high != low else 0.0
        shown = sorted(v * scale - offset for v in (low, high))
        lines = []
        for level, (_spacing, values) in enumerate(self.tickValues(low, high, length_px)):
            pen = QPen(self.tickPen())
            colour = QColor(pen.color())
            colour.setAlpha(int(_line_alpha(self.style["tickAlpha"], level, self.grid, length_px, len(values))))
            pen.setColor(colour)
            for value in values:
                y = value * scale - offset
                if shown[0] <= y <= shown[1]:
                    lines.append((pen, QPointF(start, y), QPointF(stop, y)))
        return lines


def _line_alpha(tick_alpha, level: int, grid: int, length_px: float, count: int) -> float:
    """pyqtgraph's alpha (0-255) of a tick level's grid lines (``AxisItem.generateDrawSpecs``)."""
    if tick_alpha is None:
        return 255 / (level + 1) * grid / 255.0 * min(max(0.05 * length_px / (count + 1), 0.0), 1.0)
    if isinstance(tick_alpha, float):
        return min(255, max(0, int(round(tick_alpha * 255))))
    return tick_alpha


class FigureGraphics(pg.GraphicsLayoutWidget):
    """The figure's GraphicsLayoutWidget; ``background_layers`` paint over its cached background."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.background_layers: list = []

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt name)
        super().drawBackground(painter, rect)
        for layer in self.background_layers:
            layer(painter, rect)


class GridBackground:
    """Draw ``figure``'s y grids in its view's background instead of in its axes.

    Parameters
    ----------
    figure : thermoviz.figure.figure.Figure
        A figure whose ``graphics`` is a :class:`FigureGraphics`.
    """

    def __init__(self, figure):
        self.figure = figure
        self.graphics: FigureGraphics = figure.graphics
        #: The y axes whose grid is drawn here (the axes themselves no longer draw it).
        self.axes: list[GridAxis] = []
        for plot in figure.plots.values():
            for side in ("left", "right"):
                axis = plot.getAxis(side)
                if isinstance(axis, GridAxis) and axis.grid is not False:
                    axis.set_grid_elsewhere(True)
                    self.axes.append(axis)
        self._drawn: dict[str, tuple] = {}
        self._shades: OrderedDict = OrderedDict()
        self.graphics.background_layers.append(self.draw)
        # A plot whose range or place changes gets its grid redrawn in the same repaint
        # as its curves (these signals come before the repaint)...
        for key, plot in figure.plots.items():
            for view in (plot.vb, figure.right_views.get(key)):
                if view is not None:
                    view.sigYRangeChanged.connect(self.refresh)
                    view.sigResized.connect(self.refresh)
        # ...and anything else (hidden plots or axes, the interface size) is caught before
        # every repaint (then the grid follows one repaint later).
        self.graphics.scene().sigPrepareForPaint.connect(self.refresh)

    # ------------------------------------------------------------------ state
    def _state(self, key: str) -> tuple:
        """What the grid of plot ``key`` depends on: visibility, place, axis ranges and sizes."""
        plot = self.figure.plots[key]
        if not plot.isVisible():
            return ()
        rect = plot.vb.sceneBoundingRect()
        axes = tuple((axis.isVisible(), tuple(axis.range), axis.size().height(), axis.temperature and temp_unit())
                     for axis in (plot.getAxis("left"), plot.getAxis("right")) if axis in self.axes)
        return (rect.x(), rect.y(), rect.width(), rect.height(), axes)

    def refresh(self, *_args) -> None:
        """Redraw (in the cached background) the grid of every plot whose state changed."""
        changed = QRectF()
        for key, plot in self.figure.plots.items():
            state = self._state(key)
            old = self._drawn.get(key)
            if state == old:
                continue
            self._drawn[key] = state
            for rect in (old, state):
                if rect:
                    changed = changed.united(QRectF(*rect[:4]))
        if not changed.isEmpty():
            self.graphics.invalidateScene(changed.adjusted(-2, -2, 2, 2), QGraphicsScene.SceneLayer.BackgroundLayer)

    # ------------------------------------------------------------------ drawing
    @staticmethod
    def lines(axis: GridAxis):
        """(pen, p1, p2) in scene coordinates: the grid lines ``axis`` would draw, minus invisible ones."""
        return [(pen, axis.mapToScene(p1), axis.mapToScene(p2)) for pen, p1, p2 in axis.grid_lines()
                if pen.color().alpha() >= FAINTEST_ALPHA]

    def shades(self, plot) -> list[tuple[QPen, list[QLineF]]]:
        """The grid lines of ``plot`` in scene coordinates, grouped by their opaque shade.

        The background is white, so each translucent grid line is drawn as the opaque
        colour it gives over white (opaque lines are several times cheaper to draw);
        lines that coincide (the left and right axes of a plot with one y scale) are
        combined as their translucent strokes would have been.  Kept per axis state.
        """
        axes = [a for a in (plot.getAxis("left"), plot.getAxis("right")) if a in self.axes and a.isVisible()]
        key = (plot.vb.sceneBoundingRect().getRect(), tuple(a.state_key() for a in axes))
        kept = self._shades.get(key)
        if kept is not None:
            return kept
        merged: dict[tuple, list] = {}
        for axis in axes:
            for pen, p1, p2 in self.lines(axis):
                ends = sorted([(round(p1.x(), 1), round(p1.y(), 1)), (round(p2.x(), 1), round(p2.y(), 1))])
                line = merged.setdefault(tuple(ends), [p1, p2, pen.color(), 1.0])
                line[3] *= 1.0 - pen.color().alphaF()  # what the strokes leave of the white
        by_rgb: dict[tuple, list[QLineF]] = {}
        for p1, p2, colour, clear in merged.values():
            by_rgb.setdefault(_over_white(colour, 1.0 - clear), []).append(QLineF(p1, p2))
        shades = []
        for rgb, lines in by_rgb.items():
            pen = QPen(QColor(*rgb))
            pen.setCosmetic(True)
            pen.setWidth(1)
            shades.append((pen, lines))
        self._shades[key] = shades
        while len(self._shades) > 4 * GridAxis.KEPT_STATES:
            self._shades.popitem(last=False)
        return shades

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the grid lines of the visible plots that meet ``rect`` (scene coordinates)."""
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            for plot in self.figure.plots.values():
                area = plot.vb.sceneBoundingRect()
                if not plot.isVisible() or not area.intersects(rect):
                    continue
                painter.setClipRect(area)
                for pen, lines in self.shades(plot):  # one call per shade
                    painter.setPen(pen)
                    painter.drawLines(lines)
        finally:
            painter.restore()


def _over_white(colour: QColor, alpha: float) -> tuple[int, int, int]:
    """The opaque RGB of ``colour`` at ``alpha`` composed over white."""
    return tuple(round(255 + (channel - 255) * alpha) for channel in (colour.red(), colour.green(), colour.blue()))
