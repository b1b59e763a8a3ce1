"""Notes drawn over the figure's plots: "curves not current" and the crew plot's state.

:class:`PlotNotesMixin` is mixed into :class:`thermoviz.figure.figure.Figure`; it uses
the figure's ``plots``, ``specs``, ``curves``, ``reference_curves``, ``contents``,
``result`` and ``crew_pending``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from thermoviz.model.language import translate

from . import spec as S
from .style import ui_font

#: Opacity of the curves while the shown result is not the current scenario's (an error state).
UNAVAILABLE_OPACITY = 0.25


def fit_note(note: pg.TextItem, view: pg.ViewBox) -> None:
    """Wrap a note inside its plot (a narrow window cut it off at the right)."""
    available = max(80.0, view.width() - 20)
    item = note.textItem
    item.setTextWidth(-1)
    if item.boundingRect().width() > available:
        item.setTextWidth(available)
    note.updateTextPos()
    note.update()


class PlotNotesMixin:
    """The notes over the first plot and over the crew plot."""

    def _build_unavailable_message(self) -> None:
        first = self.plots[self.specs[0].key]
        self.unavailable_reason: str | None = None
        self.unavailable_message = pg.TextItem("", color=S.INK, anchor=(0, 0), fill=pg.mkBrush(255, 240, 199, 240),
                                               border=pg.mkPen(S.ORANGE, width=2))
        self.unavailable_message.setFont(ui_font(11, bold=True))
        self.unavailable_message.setParentItem(first.vb)
        self.unavailable_message.setPos(10, 8)
        self.unavailable_message.setZValue(60)
        self.unavailable_message.hide()
        first.vb.sigResized.connect(lambda vb: fit_note(self.unavailable_message, vb))

    def _build_crew_message(self) -> None:
        """A note over the crew plot while its curve is missing (computing, no crew aboard)."""
        self.crew_message = pg.TextItem("", color=S.INK, anchor=(0, 0), fill=pg.mkBrush(255, 255, 224, 235),
                                        border=pg.mkPen("#8A8A8A"))
        self.crew_message.setFont(ui_font(11, bold=True))
        crew = S.series_spec(S.CREW_SERIES)
        self._crew_plot = self.plots.get(crew.plot) if crew is not None else None
        if self._crew_plot is not None:
            self.crew_message.setParentItem(self._crew_plot.vb)
            self._crew_plot.vb.sigResized.connect(lambda _vb: self._fit_crew_message())
        self.crew_message.setPos(10, 8)
        self.crew_message.setZValue(50)
        self.crew_message.hide()

    def set_unavailable(self, reason: str | None) -> None:
        """Grey every curve and say why (``reason``) while the shown result is not the scenario's; None restores."""
        self.unavailable_reason = reason
        opacity = 1.0 if reason is None else UNAVAILABLE_OPACITY
        wanted = [(c, opacity * self.contents.dim_factor(k)) for k, c in self.curves.items()]
        wanted += [(c, opacity) for c in self.reference_curves.values()]
        for curve, value in wanted:  # a highlight's dimming survives a new result
            if curve.opacity() != value:
                curve.setOpacity(value)
        if reason is None:
            self.unavailable_message.hide()
            return
        # Short, so it fits the smallest plot row; the reason itself is in the banner and the tooltip.
        self.unavailable_message.setText(translate("Plots", "Curves not current: see the message above"))
        self.unavailable_message.setToolTip(reason)
        fit_note(self.unavailable_message, self.plots[self.specs[0].key].vb)
        self.unavailable_message.show()

    def set_crew_pending(self, pending: bool) -> None:
        """Show or hide the 'computing…' note on the crew plot."""
        self.crew_pending = pending
        self._update_crew_message()

    def _update_crew_message(self) -> None:
        result = self.result
        text = ""
        if self.crew_pending:
            text = translate("Plots", "Crew heat strain: computing…")
        elif result is not None and S.CREW_SERIES in result.series:
            core = np.asarray(result.series[S.CREW_SERIES])
            if not np.isfinite(core).any():
                if result.scenario.crew == 0:
                    text = translate("Plots", "No crew in this scenario")
                elif not np.asarray(result.crew_aboard).any():
                    text = translate("Plots", "Crew not aboard: vehicle stays docked")
                else:
                    text = translate("Plots", "No crew core temperature available")
        if self.crew_message.toPlainText() != text:
            self.crew_message.setText(text)
            self._fit_crew_message()
        self.crew_message.setVisible(bool(text) and self._crew_plot is not None)

    def _fit_crew_message(self) -> None:
        if self._crew_plot is not None:
            fit_note(self.crew_message, self._crew_plot.vb)
