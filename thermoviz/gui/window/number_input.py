"""A number box that never silently changes what was typed.

Qt's ``QDoubleSpinBox`` rounds the value to its display decimals, refuses a
keystroke that would leave its range ("25" in a 0–20 box stays "2"), reverts
"0.001" to the previous value and, in a dot locale, reads "0,5" as 5.
:class:`NumberBox` instead

- keeps the value at full precision and rounds only the *text* it shows
  (0.123 mm shows "0.123", 72.25 h shows "72.25");
- accepts a decimal point and a decimal comma ("0,5" = 0.5) whatever the locale;
- lets any number be typed, and on Enter/leaving the box rejects one outside the
  allowed range *visibly*: the box turns red, its tooltip and :attr:`rejected`
  (a one-line message naming the range) say why, and the last valid value is kept.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from thermoviz.model.language import translate

#: Decimals kept in the value (the model's own precision is far coarser than this).
STORED_DECIMALS = 6
_NUMBER = re.compile(r"^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)\s*$")
_PARTIAL = re.compile(r"^\s*[-+]?(\d*[.,]?\d*)\s*$")
REJECTED_STYLE = "QDoubleSpinBox { border: 2px solid #C0392B; background: #FDECEA; }"


def parse_number(text: str) -> float | None:
    """A typed number, with a decimal point or comma; None if ``text`` is not one."""
    if not _NUMBER.match(text):
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def display_text(value: float, min_decimals: int) -> str:
    """``value`` with at least ``min_decimals`` decimals and no trailing zeros beyond them."""
    text = f"{value:.{STORED_DECIMALS}f}".rstrip("0")
    whole, _, frac = text.partition(".")
    return f"{whole}.{frac.ljust(min_decimals, '0')}" if min_decimals or frac else whole


class NumberBox(QDoubleSpinBox):
    """A ``QDoubleSpinBox`` with full-precision values and visible rejections (see the module docstring).

    ``rejected`` is emitted with a one-line message when a typed value is refused.
    """

    rejected = Signal(str)

    def __init__(self, label: str, unit: str, minimum: float, maximum: float, min_decimals: int = 2,
                 parent=None):
        super().__init__(parent)
        self.label = label
        self.unit = unit
        self.min_decimals = min_decimals
        self.rejection = ""
        self._base_tooltip = ""
        self.setLocale(QLocale.c())  # our own parsing accepts both separators
        self.setDecimals(STORED_DECIMALS)
        self.setRange(minimum, maximum)
        self.lineEdit().textEdited.connect(self._clear_rejection)

    # ------------------------------------------------------------------ text <-> value
    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt name)
        # shown with the language's decimal separator (0,80 in Russian and Spanish: View ▸ Language)
        return display_text(value, self.min_decimals).replace(".", QLocale().decimalPoint())

    def _number_of(self, text: str) -> str:
        text = text.strip()
        suffix, prefix = self.suffix().strip(), self.prefix().strip()
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        return text.strip()

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt name)
        value = parse_number(self._number_of(text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        number = self._number_of(text)
        value = parse_number(number)
        if value is not None and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if value is not None or _PARTIAL.match(number):
            return QValidator.State.Intermediate, text, pos  # typed on; judged on Enter / leaving
        return QValidator.State.Invalid, text, pos

    def _judge_typed(self) -> None:
        """Before Qt interprets the text (Enter, leaving the box): refuse a value it would revert or clamp."""
        number = self._number_of(self.lineEdit().text())
        value = parse_number(number)
        if number and (value is None or not self.minimum() <= value <= self.maximum()):
            self.reject_text(number)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._judge_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._judge_typed()
        super().focusOutEvent(event)

    # ------------------------------------------------------------------ rejection
    def allowed_range(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return translate("Errors", "from {low} to {high}").format(
            low=display_text(self.minimum(), 0), high=display_text(self.maximum(), 0)) + unit

    def reject_text(self, typed: str) -> None:
        """Refuse ``typed``: say so on the box and in :attr:`rejected`; the value stays as it was."""
        kept = f"{self.textFromValue(self.value())}{self.suffix()}"
        what = (translate("Errors", "is not a number") if parse_number(typed) is None
                else translate("Errors", "is outside the allowed range"))
        self.rejection = translate("Errors", "{field}: “{typed}” {what} — allowed {allowed}; kept {kept}").format(
            field=self.label, typed=typed[:40], what=what, allowed=self.allowed_range(), kept=kept.strip())
        if not self._base_tooltip:
            self._base_tooltip = self.toolTip()
        self.setStyleSheet(REJECTED_STYLE)
        self.setToolTip(f"<b>{self.rejection}</b><br>{self._base_tooltip}")
        self.rejected.emit(self.rejection)

    def _clear_rejection(self, *_args) -> None:
        if self.rejection:
            self.rejection = ""
            self.setStyleSheet("")
            self.setToolTip(self._base_tooltip)

    def setValue(self, value: float) -> None:  # noqa: N802 (Qt name)
        self._clear_rejection()
        super().setValue(value)
