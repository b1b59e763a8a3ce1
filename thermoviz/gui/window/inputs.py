"""Small input widgets for scenario fields: a logarithmic hole-size control and
an "hours, or none" control (puncture time / never, undock time / stays docked).

Ranges, units and help texts come from ``FIELD_SPECS`` (one source of truth).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QHBoxLayout, QSlider, QSpinBox, QVBoxLayout,
                               QWidget)

from superqt.utils import qdebounced, signals_blocked

from thermoviz.model.language import translate
from thermoviz.model.scenario import FieldSpec

from .number_input import NumberBox


def field_tooltip(spec: FieldSpec) -> str:
    unit = f" [{translate('Units', spec.unit)}]" if spec.unit else ""
    allowed = translate("Fields", "Allowed: {allowed}").format(allowed=spec.allowed())
    return f"<b>{spec.label_text()}{unit}</b><br>{spec.help_text()}<br><i>{allowed}</i>"


def clothing_tip(clothing) -> str:
    """A clothing choice, where its values come from, and how sure they are."""
    return translate("Clothing", "{title}: {source} ({confidence})").format(
        title=translate("Clothing", clothing.title), source=translate("Clothing", clothing.source),
        confidence=translate("Clothing", clothing.confidence))


def make_spin(spec: FieldSpec, decimals: int, step: float) -> NumberBox:
    """A number box for ``spec``: full-precision value, ``decimals`` shown at least, visible rejections."""
    spin = NumberBox(spec.label_text(), translate("Units", spec.unit), spec.minimum, spec.maximum,
                     min_decimals=decimals)
    spin.setSingleStep(step)
    spin.setKeyboardTracking(False)  # typing "12" does not simulate "1" first
    spin.setAccelerated(True)
    if spec.unit:
        spin.setSuffix(f" {translate('Units', spec.unit)}")
    spin.setToolTip(field_tooltip(spec))
    spin.setMinimumWidth(110)
    return spin


class HoleDiameterInput(QWidget):
    """Hole diameter: log slider 0.05–20 mm, a number box (down to :attr:`SPIN_MIN_MM`), and a "No leak" box.

    ``value()`` is the diameter in mm, 0 when "No leak" is ticked.  While the
    slider is dragged, ``changed`` is coalesced: the spin box follows every move,
    but ``changed`` is emitted once per event-loop pass (0-ms timer), so mouse
    moves that arrive faster than a recompute + redraw never queue up work and
    the latest position always wins.
    """

    changed = Signal()
    LOG_MIN_MM = 0.05
    LOG_MAX_MM = 20.0
    #: Smallest hole the number box takes [mm]: the model accepts any hole > 0; below the
    #: slider's 0.05 mm the slider rests at its left end and the box shows the true value.
    SPIN_MIN_MM = 0.001
    STEPS = 1000

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self._last_open_mm = 0.8
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.STEPS)
        self.slider.setSingleStep(10)   # ≈ 6 % per arrow key
        self.slider.setPageStep(100)    # ≈ 80 % per Page Up/Down
        self.slider.setToolTip(field_tooltip(spec) + "<br>"
                                  + translate("Tooltips", "Logarithmic scale: 0.05 mm … 20 mm."))
        self.slider.setAccessibleName(translate("Tooltips", "Hole diameter (logarithmic)"))
        self.spin = make_spin(spec, 2, 0.1)
        self.spin.setRange(self.SPIN_MIN_MM, self.LOG_MAX_MM)
        self.spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.spin.setAccessibleName(translate("Tooltips", "Hole diameter in millimetres"))
        self.no_leak = QCheckBox(translate("Controls", "No leak"))
        self.no_leak.setToolTip(translate("Tooltips", "No puncture at all: hole diameter 0 mm."))

        # Spin box and "No leak" on top, the slider below on the whole width: in a
        # row beside the spin box a narrow dock squeezed the slider to a stub.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin, 1)
        row.addWidget(self.no_leak)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.slider)

        # While the slider is dragged, all moves delivered in one event-loop pass emit one change.
        self._drag_change = qdebounced(self.changed.emit, timeout=0, parent=self)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._flush_drag)
        self.spin.valueChanged.connect(self._spin_changed)
        self.no_leak.toggled.connect(self._no_leak_toggled)

    # log mapping ---------------------------------------------------------
    @classmethod
    def mm_to_slider(cls, mm: float) -> int:
        mm = min(max(mm, cls.LOG_MIN_MM), cls.LOG_MAX_MM)
        frac = math.log(mm / cls.LOG_MIN_MM) / math.log(cls.LOG_MAX_MM / cls.LOG_MIN_MM)
        return round(frac * cls.STEPS)

    @classmethod
    def slider_to_mm(cls, position: int) -> float:
        frac = position / cls.STEPS
        return cls.LOG_MIN_MM * (cls.LOG_MAX_MM / cls.LOG_MIN_MM) ** frac

    # value -----------------------------------------------------------------
    def value(self) -> float:
        return 0.0 if self.no_leak.isChecked() else self.spin.value()

    def set_value(self, mm: float) -> None:
        """Show ``mm`` without emitting ``changed``."""
        self._drag_change.cancel()  # a coalesced drag change is superseded by this value
        with signals_blocked(self.slider), signals_blocked(self.spin), signals_blocked(self.no_leak):
            leak = mm > 0
            if leak:
                self._last_open_mm = mm
            self.no_leak.setChecked(not leak)
            shown = mm if leak else self._last_open_mm
            self.spin.setValue(shown)
            self.slider.setValue(self.mm_to_slider(shown))
            self.slider.setEnabled(leak)
            self.spin.setEnabled(leak)

    def _slider_moved(self, position: int) -> None:
        mm = round(self.slider_to_mm(position), 2 if position < self.STEPS else 1)
        with signals_blocked(self.spin):
            self.spin.setValue(mm)
        self._last_open_mm = self.spin.value()
        if self.slider.isSliderDown():
            self._drag_change()  # (re)armed: one emission for all moves of this pass
        else:
            self.changed.emit()  # keyboard, wheel, click on the groove: at once

    def _flush_drag(self) -> None:
        """Slider released: emit a coalesced change that is still waiting."""
        self._drag_change.flush(restart_timer=False)

    def _spin_changed(self, mm: float) -> None:
        with signals_blocked(self.slider):
            self.slider.setValue(self.mm_to_slider(mm))
        self._last_open_mm = mm
        self.changed.emit()

    def _no_leak_toggled(self, checked: bool) -> None:
        self.slider.setEnabled(not checked)
        self.spin.setEnabled(not checked)
        self.changed.emit()


class OptionalHoursInput(QWidget):
    """A time in hours, or None via a check box (e.g. "Never punctured", "Stays docked")."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, none_text: str, default_h: float, step_h: float = 0.5,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.spin = make_spin(spec, 2, step_h)
        self.spin.setValue(default_h)
        #: What "none" stands for, shown greyed while the box is ticked (None: keep the last typed value).
        self.none_value_h: float | None = None
        self._typed_h: float | None = default_h
        self.spin.setAccessibleName(spec.label_text())
        self.none_box = QCheckBox(none_text)
        self.none_box.setToolTip(translate("Tooltips", "{field}: none — {meaning}.").format(
            field=spec.label_text(), meaning=translate("Fields", spec.none_meaning)))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin, 1)
        row.addWidget(self.none_box)
        self.spin.valueChanged.connect(self.changed)
        self.none_box.toggled.connect(self._none_toggled)

    def value(self) -> float | None:
        return None if self.none_box.isChecked() else self.spin.value()

    def set_value(self, hours: float | None) -> None:
        with signals_blocked(self.spin), signals_blocked(self.none_box):
            self.none_box.setChecked(hours is None)
            if hours is not None:
                self._typed_h = hours
                self.spin.setValue(hours)
            elif self.none_value_h is not None:
                self.spin.setValue(self.none_value_h)
            self.spin.setEnabled(hours is not None)

    def set_none_value(self, hours: float | None) -> None:
        """The value "none" stands for (e.g. the vehicle's return duration), shown greyed while ticked."""
        self.none_value_h = hours
        if self.none_box.isChecked() and hours is not None:
            with signals_blocked(self.spin):
                self.spin.setValue(hours)

    def _none_toggled(self, checked: bool) -> None:
        self.spin.setEnabled(not checked)
        with signals_blocked(self.spin):
            if checked and self.none_value_h is not None:
                self._typed_h = self.spin.value()
                self.spin.setValue(self.none_value_h)
            elif not checked and self._typed_h is not None and self.none_value_h is None:
                self.spin.setValue(self._typed_h)
        self.changed.emit()


class CrewSpin(QSpinBox):
    """The crew box: 0 to the vehicle's seats; a typed number above them is refused out loud (``rejected``)."""

    rejected = Signal(str)

    def validate(self, text: str, pos: int):  # noqa: D102 (Qt's)
        state = super().validate(text, pos)
        digits = text.strip()
        if state[0] == QValidator.State.Invalid and digits.isdigit() and int(digits) > self.maximum():
            self.rejected.emit(translate("Errors", "Crew {crew} refused: this vehicle has {seats} seats "
                                         "(crew 0 to {seats})").format(crew=int(digits), seats=self.maximum()))
        return state

