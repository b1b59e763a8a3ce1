"""The readout under the plots: every quantity at the time cursor."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy

from thermoviz.model.result import SERIES, Result

from . import theme

#: Display order and decimals of each series in the readout.
READOUT_ORDER: tuple[tuple[str, int], ...] = (
    ("loop_pressure_kpa", 0),
    ("coolant_remaining_pct", 1),
    ("heat_load_w", 0),
    ("heat_rejection_w", 0),
    ("heat_rejection_capacity_w", 0),
    ("cabin_temp_c", 1),
    ("cabin_rh_pct", 0),
    ("wet_bulb_c", 1),
    ("crew_core_temp_c", 2),
)
COLUMNS = 5
#: Column counts tried, widest first, when the window is narrow (e.g. a 1024x768 projector).
NARROW_COLUMNS = (5, 3)
#: Widest value text per series, used to decide how many columns fit (stable
#: while the cursor moves: the layout never flips because a number got longer).
WIDEST_VALUE = {
    "loop_pressure_kpa": "000 kPa", "coolant_remaining_pct": "100.0%", "heat_load_w": "0000 W",
    "heat_rejection_w": "0000 W", "heat_rejection_capacity_w": "0000 W", "cabin_temp_c": "00.0 °C",
    "cabin_rh_pct": "100%", "wet_bulb_c": "00.0 °C", "crew_core_temp_c": "computing…",
    "wall_temp_c": "00.0 °C", "equipment_temp_c": "00.0 °C", "condensed_water_kg": "0.00 kg",
}
SHORT_NAME = {
    "loop_pressure_kpa": "Pressure",
    "coolant_remaining_pct": "Coolant",
    "heat_load_w": "Load",
    "heat_rejection_w": "Rejected",
    "heat_rejection_capacity_w": "Capacity",
    "cabin_temp_c": "Cabin air",
    "cabin_rh_pct": "RH",
    "wet_bulb_c": "Wet-bulb",
    "wall_temp_c": "Walls",
    "equipment_temp_c": "Equipment",
    "condensed_water_kg": "Condensed",
    "crew_core_temp_c": "Crew core",
}


def format_value(value: float, unit: str, decimals: int) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    sep = "" if unit == "%" else " "
    return f"{value:.{decimals}f}{sep}{unit}"


class CursorReadout(QFrame):
    """A grid of 'name: value unit' labels; :attr:`values` holds the shown texts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cursorReadout")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#cursorReadout { background: #FFFFFF; border: 1px solid #BBBBBB; }")
        # The window's minimum width must not be set by this readout: it reflows
        # into fewer columns instead (see resizeEvent).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.columns = COLUMNS
        grid = QGridLayout(self)
        self.grid = grid
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.time_label = QLabel("Cursor —")
        self.time_label.setFont(theme.ui_font(12, bold=True))
        self.time_label.setToolTip("Time cursor: drag the vertical line or click a plot; "
                                   "the values below are at that time.")
        grid.addWidget(self.time_label, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        self.labels: dict[str, QLabel] = {}
        self.texts: dict[str, str] = {}
        self._crew_pending = False
        for i, (name, _dec) in enumerate(READOUT_ORDER):
            unit, title = SERIES[name]
            label = QLabel()
            label.setFont(theme.ui_font(11))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(f"{title} [{unit}] at the cursor time (linear interpolation)")
            label.setMinimumWidth(0)
            self.labels[name] = label
        self._place_labels(COLUMNS)

    def _place_labels(self, columns: int) -> None:
        grid = self.grid
        for label in self.labels.values():
            grid.removeWidget(label)
        for i, label in enumerate(self.labels.values()):
            grid.addWidget(label, i // columns, 1 + i % columns)
        for col in range(1, max(COLUMNS, columns) + 1):
            grid.setColumnStretch(col, 1 if col <= columns else 0)
        self.columns = columns

    def width_needed(self, columns: int) -> int:
        """Pixels the readout needs to show its labels in ``columns`` columns."""
        bold = theme.ui_font(11, bold=True)
        plain = QFontMetrics(theme.ui_font(11))
        strong = QFontMetrics(bold)
        widths = [plain.horizontalAdvance(f"{SHORT_NAME[name]}: ") + strong.horizontalAdvance(WIDEST_VALUE[name])
                  for name, _dec in READOUT_ORDER]
        col_widths = [max(widths[c::columns]) for c in range(columns)]
        time_w = QFontMetrics(theme.ui_font(12, bold=True)).horizontalAdvance("000.00 h")
        margins = self.grid.contentsMargins()
        spacing = self.grid.horizontalSpacing()
        return time_w + sum(col_widths) + spacing * columns + margins.left() + margins.right() + 4

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        width = event.size().width()
        columns = next((c for c in NARROW_COLUMNS if self.width_needed(c) <= width), NARROW_COLUMNS[-1])
        if columns != self.columns:
            self._place_labels(columns)
        super().resizeEvent(event)

    def set_crew_pending(self, pending: bool) -> None:
        self._crew_pending = pending

    def show_values(self, t_h: float, result: Result, values: dict[str, float]) -> None:
        _set_text(self.time_label, f"Cursor\n{t_h:.2f} h")
        aboard = bool(np.interp(t_h, result.time_h, np.asarray(result.crew_aboard, dtype=float)) >= 0.5)
        for name, decimals in READOUT_ORDER:
            unit, title = SERIES[name]
            text = format_value(values.get(name), unit, decimals)
            if name == "crew_core_temp_c" and text == "—":
                text = "computing…" if self._crew_pending else ("not aboard" if not aboard else "—")
            short = SHORT_NAME.get(name, title)
            self.texts[name] = text
            _set_text(self.labels[name], f"{short}: <b>{text}</b>")


def _set_text(label: QLabel, text: str) -> None:
    """setText only on a change: an unchanged label is then neither re-laid out nor redrawn."""
    if label.text() != text:
        label.setText(text)
