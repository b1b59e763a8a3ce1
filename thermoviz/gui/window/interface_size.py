"""View ▸ Interface size, applied at once: window fonts and plots grow together, no restart.

The application font is scaled (widgets that inherit it follow), widgets with a
font of their own (the verdict banner, the readout) are scaled from the size they
were built with, and the plots are drawn ``factor`` times larger
(:meth:`thermoviz.figure.figure.Figure.set_display_scale`).  Exports are not
affected: they lay out their own copy at print size.

Presentation mode picks a readable size by itself: its smallest text at least 1/40
of the screen's height (27 px on a 1920×1080 projector), so the back row can read it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget

from thermoviz.figure.style import UI_PT, ui_font

#: Text height in presentation mode: a line of the smallest window text (the readout's) is at least this
#: share of the screen's height (issue 18: readable from the back of a classroom).
PRESENTATION_TEXT_SHARE = 1 / 40
#: The smallest text size of the window at 100 % [pt] (the cursor readout's values).
SMALLEST_PT = 11
_BASE_PT = "thermoviz_base_pt"


def text_height_px(factor: float, point_size: float = UI_PT) -> float:
    """Height [px] of a line of the window's text (``point_size`` at 100 %) at interface size ``factor``."""
    return QFontMetricsF(ui_font(point_size * factor)).height()


def presentation_factor(screen_height_px: float, at_least: float = 1.0) -> float:
    """The smallest size (in 1/4 steps, not below ``at_least``) whose smallest text is >= 1/40 of the screen."""
    wanted = screen_height_px * PRESENTATION_TEXT_SHARE
    factor = max(at_least, 1.0)
    while text_height_px(factor, SMALLEST_PT) < wanted and factor < 4.0:
        factor = math.floor(factor * 4 + 1) / 4
    return factor


def apply_interface_size(window, factor: float) -> None:
    """Scale the whole window's text and plots to ``factor`` (1 = 100 %) now."""
    app = QApplication.instance()
    app.setFont(ui_font(UI_PT * factor))
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        base = widget.property(_BASE_PT)
        if base is None:
            base = widget.font().pointSizeF() / getattr(window, "interface_size", 1.0)
            widget.setProperty(_BASE_PT, base)
        font = widget.font()
        font.setPointSizeF(float(base) * factor)
        widget.setFont(font)
    window.interface_size = factor
    window.dashboard.set_display_scale(factor)
