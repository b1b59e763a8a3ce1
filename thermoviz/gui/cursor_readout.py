"""The readout under the plots: every quantity at the time cursor."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

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
SHORT_NAME = {
    "loop_pressure_kpa": "Pressure",
    "coolant_remaining_pct": "Coolant",
    "heat_load_w": "Load",
    "heat_rejection_w": "Rejected",
    "heat_rejection_capacity_w": "Capacity",
    "cabin_temp_c": "Cabin air",
    "cabin_rh_pct": "RH",
    "wet_bulb_c": "Wet-bulb",
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
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(18)
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
            grid.addWidget(label, i // COLUMNS, 1 + i % COLUMNS)
            self.labels[name] = label
        for col in range(1, COLUMNS + 1):
            grid.setColumnStretch(col, 1)

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
