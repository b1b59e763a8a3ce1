"""The Map tab's drawing: a MapResult put into the tab, its title and key as wrapping labels.

:class:`MapDrawMixin` is mixed into :class:`thermoviz.gui.map.map_view.MapView`; it uses the
view's ``map_holder``, ``placeholder``, ``title_label``, ``readout``, ``result`` and the
hover/click handlers of :class:`~thermoviz.gui.map.map_readout.MapReadoutMixin`.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from thermoviz.model.language import translate

from ..accessible import describe_map
from .map_axes import log_ticks
from .map_odds import KEY_NOTE as ODDS_KEY_NOTE
from .map_odds import odds_weights

#: Below this plot width [px] the map's legend is hidden (each line carries its crew label).
LEGEND_MIN_WIDTH_PX = 700


class MapDrawMixin:
    def _clear_map(self) -> None:
        self.title_label.setText("")
        self.key_text = ""
        self.readout.setText(" ")
        if self.map_widget is not None:
            self.map_holder.removeWidget(self.map_widget)
            self.map_widget.deleteLater()
            self.map_widget, self._plot = None, None
        self.placeholder.show()

    def _draw(self, result) -> None:
        from thermoviz.figure.map_plot import map_widget

        self._clear_map()
        self.placeholder.hide()
        weights = odds_weights(result) if self.odds_check.isChecked() else None
        widget = map_widget(result, offscreen=False, weights=weights)
        widget.setMinimumSize(300, 220)
        # The title and the key become wrapping labels of the tab: drawn inside the scene they
        # would either widen it past a 1024 px window or be cut.
        from thermoviz.figure.map_plot import _title
        from thermoviz.figure.map_words import map_key
        from thermoviz.figure.units_view import shown_temps

        for row in (0, 2):
            item = widget.ci.getItem(row, 0)
            if item is not None:
                item.setText("")
                item.setMaximumHeight(0)
                item.setMinimumHeight(0)
        self.title_label.setText(shown_temps(_title(result)))
        self.key_text = shown_temps(map_key(result)) + ("<br>" + translate("Map", ODDS_KEY_NOTE) if weights is not None else "")
        self.readout.setText(self.hover_text or self.key_text)
        self.map_holder.addWidget(widget, 1)
        self.map_widget, self._plot = widget, widget.ci.getItem(1, 0)
        describe_map(widget)
        self._legends = [item for item in self._plot.vb.childItems() if isinstance(item, pg.LegendItem)]
        self._plot.vb.sigResized.connect(self._fit_legend)
        self._fit_legend()
        widget.scene().sigMouseMoved.connect(self._hovered)
        widget.scene().sigMouseClicked.connect(self._clicked)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(lambda pos: self.context_menu().popup(widget.mapToGlobal(pos)))

    def _fit_legend(self, *_args) -> None:
        """On a narrow map the legend would hide the star and the lines: the labels on the lines suffice."""
        if self._plot is None:
            return
        wide = self._plot.vb.width() >= LEGEND_MIN_WIDTH_PX
        for legend in self._legends:
            legend.setVisible(wide)
        # A log axis labels every minor tick by default: crowded on a narrow map; 1-2-5 steps read well.
        for name, axis in (("bottom", self.result.x), ("left", self.result.y)):
            if axis.log:
                self._plot.getAxis(name).setTicks([log_ticks(float(axis.values[0]), float(axis.values[-1]),
                                                             (1, 2, 5) if wide else (1, 3))])
