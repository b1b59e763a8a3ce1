"""Live display scale of a figure: the scene is laid out smaller and shown scaled up.

Used by :meth:`thermoviz.figure.figure.Figure.set_display_scale` (View ▸ Interface
size, presentation mode): fonts, legends, gaps and markers all grow together and
nothing is rebuilt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF


class ScaledLayout(QObject):
    """Keeps a pyqtgraph view's scene at 1/scale of its size, shown scaled up (see set_display_scale)."""

    def __init__(self, figure):
        super().__init__(figure)
        self.figure = figure

    def apply(self) -> None:
        graphics, scale = self.figure.graphics, self.figure.display_scale
        size = graphics.size()
        if scale == 1.0:
            graphics.autoPixelRange = True
            graphics.setRange(QRectF(0, 0, size.width(), size.height()), padding=0, disableAutoPixel=False)
            graphics.updateMatrix()
        else:
            graphics.setRange(QRectF(0, 0, size.width() / scale, size.height() / scale), padding=0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and self.figure.display_scale != 1.0:
            # Before pyqtgraph's own resize handling, which then keeps this range.
            size = event.size()
            scale = self.figure.display_scale
            watched.range = QRectF(0, 0, size.width() / scale, size.height() / scale)
        return False
