"""The Map tab's hover read-out and click: the cell under the mouse, its text, loading it.

:class:`MapReadoutMixin` is mixed into :class:`thermoviz.gui.map.map_view.MapView`; it
uses the view's ``result``, ``state``, ``readout``, ``key_text``, ``map_widget``,
``_plot`` and ``main``.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt

from thermoviz.analysis.fields import field_info
from thermoviz.analysis.metrics import MARGIN_NOT_REACHED_H
from thermoviz.figure.map_words import metric_name
from thermoviz.figure.units_view import shown_temps, value_display
from thermoviz.model.language import number, translate
from thermoviz.model.units import delta_c_to_unit
from thermoviz.model.outcome.grades import grade

from .map_odds import cell_odds_text


def _fmt(value: float, unit: str) -> str:
    if not math.isfinite(value):
        return "—"
    scale, offset, unit = value_display(unit)  # °C and K in °F when View ▸ Units says so
    value = value * scale + offset
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return f"{number(text)} {translate('Units', unit)}".strip()


def field_name(name: str) -> str:
    """A map input's name (no unit) in the chosen language."""
    return translate("Fields", field_info(name).label)


class MapReadoutMixin:
    """Hover read-out and click-to-load of the map cells."""

    def cell_at(self, scene_pos):
        """(column, row) of the map cell under ``scene_pos``, or None outside the map."""
        if self._plot is None or self.result is None or not self._plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = self._plot.vb.mapSceneToView(scene_pos)
        x, y = point.x(), point.y()
        if self.result.x.log:
            x = 10 ** x
        if self.result.y.log:
            y = 10 ** y
        return self.result.nearest_cell(x, y)

    def cell_text(self, i: int, j: int) -> str:
        r = self.result
        parts = [f"{field_name(r.x.field)}: {_fmt(float(r.x.values[i]), r.x.unit)}",
                 f"{field_name(r.y.field)}: {_fmt(float(r.y.values[j]), r.y.unit)}"]
        value, metric = float(r.values[j, i]), metric_name(r.metric)
        if r.metric == "crew_margin_h" and value >= MARGIN_NOT_REACHED_H:
            parts.append(translate("Map", "{metric}: crew limit not reached ({count} crew)").format(
                metric=metric, count=r.scenario.crew))
        else:
            parts.append(f"{metric}: {_fmt(value, r.unit)}")
        odds = cell_odds_text(r, i, j) if self.odds_check.isChecked() else ""
        if odds:
            parts.append(odds)
        title = translate("Grades", grade(r.grade).title).lower()
        for crew, margins in r.crew_margins.items():
            m = float(margins[j, i])
            _, _, unit = value_display("K")
            m *= delta_c_to_unit(1.0)
            margin = number(f"{abs(m):.1f}")
            word = ("—" if not np.isfinite(m) else
                    translate("Map", "{margin} {unit} below {grade}").format(margin=margin, unit=unit, grade=title)
                    if m > 0 else
                    translate("Map", "{grade} ({margin} {unit} over)").format(grade=title, margin=margin, unit=unit))
            parts.append(translate("Map", "{count} crew: {margin}").format(count=crew, margin=word))
        click = "  " + translate("Map", "(click: load this case)") if self.state in ("current", "coarse") else ""
        return shown_temps(" · ".join(parts)) + click

    def _hovered(self, scene_pos) -> None:
        cell = self.cell_at(scene_pos)
        self.hover_text = "" if cell is None else self.cell_text(*cell)
        self.readout.setText(self.hover_text or self.key_text or " ")
        if self.map_widget is not None:
            self.map_widget.setToolTip(self.hover_text)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.state not in ("current", "coarse"):
            return
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.load_cell(*cell)

    def load_cell(self, i: int, j: int) -> None:
        """Load cell (column ``i``, row ``j``) into the time plots: one undoable step."""
        self.main.load_scenario_step(self.result.cell_scenario(i, j))
