"""Help where the eye is: Help ▸ What's this? (Shift+F1), then click any part of the window.

Every legend entry, curve, axis, limit line, event marker and reported-timeline
diamond of the plots carries its explanation as a tooltip (built by the figure
layer from ``assets/help/explanations.toml``); the verdict banner carries the
verdict's.  In What's-this mode a click on the plots shows the explanation of the
item under the mouse; widgets use Qt's own What's-this text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QWhatsThis

from thermoviz.figure.explain_text import explained


def item_help(figure, view_pos: QPoint) -> str:
    """The tooltip of the topmost item with one under ``view_pos`` (viewport pixels) of ``figure``'s plots."""
    graphics = figure.graphics
    scene_pos = graphics.mapToScene(view_pos)
    for item in graphics.scene().items(scene_pos):
        while item is not None:
            text = item.toolTip()
            if text:
                return text
            item = item.parentItem()
    return ""


class Explainer(QObject):
    """Answers What's-this clicks on the dashboard's plots; sets the banner's help text."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_text = ""
        window.dashboard.graphics.viewport().installEventFilter(self)
        verdict = explained("concept", "verdict")
        window.verdict_banner.setWhatsThis(verdict)
        window.verdict_banner.explanation = verdict

    def enter_whats_this(self) -> None:
        QWhatsThis.enterWhatsThisMode()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.QueryWhatsThis:
            event.accept()
            return True
        if kind == QEvent.Type.WhatsThis:
            text = item_help(self.window.dashboard, event.pos()) or (
                "<qt>The plots. Click a curve, a legend entry, an axis, a limit line or an event "
                "to see what it is, why it matters and its source.</qt>")
            self.last_text = text
            QWhatsThis.showText(event.globalPos(), text, watched)
            return True
        return super().eventFilter(watched, event)
