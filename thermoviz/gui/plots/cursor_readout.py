"""The readout under the plots: every quantity at the time cursor."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from thermoviz.figure import spec
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.outcome.result import Result

from .. import theme

COLUMNS = 5
#: Column counts tried, widest first, when the window is narrow (e.g. a 1024x768 projector).
NARROW_COLUMNS = (5, 4, 3, 2)
#: Texts the crew value shows besides numbers: the readout makes room for them (never "not aboa").
STATUS_TEXTS = (QT_TRANSLATE_NOOP("Readout", "computing…"), QT_TRANSLATE_NOOP("Readout", "not aboard"))


class ReadoutValue(QWidget):
    """One readout entry, ``name: value`` with the value in bold, painted directly.

    A new value only repaints this widget.  A rich-text QLabel re-laid out its text
    document and, through ``updateGeometry``, the readout's grid and the window's
    layouts above it for every changed value: about a tenth of a control change's
    frame.  The size hint is fixed by the widest value the row can show.
    """

    _ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def __init__(self, name: str, widest: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name, self.value, self.widest = name, "", widest
        self._hint = self._measure()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _measure(self) -> QSize:
        plain, bold = QFontMetrics(self.font()), QFontMetrics(self._bold())
        return QSize(plain.horizontalAdvance(self.name) + bold.horizontalAdvance(self.widest) + 2,
                     max(plain.height(), bold.height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self._hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(0, self._hint.height())  # narrow windows clip it, the readout reflows

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange:  # View ▸ Interface size
            self._hint = self._measure()
            self.updateGeometry()
            readout = self.parent()
            if hasattr(readout, "reflow"):  # the columns follow the new text size
                readout.reflow()
        super().changeEvent(event)

    def set_value(self, value: str) -> None:
        """Show ``value``; an unchanged value is not repainted."""
        if value != self.value:
            self.value = value
            self.update()

    def text(self) -> str:
        """What is shown, as rich text (``Pressure: <b>20 kPa</b>``)."""
        return f"{self.name}<b>{self.value}</b>"

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self.value:  # no result shown yet: blank, as an empty label
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.rect()
        painter.setFont(self.font())
        painter.drawText(rect, self._ALIGN, self.name)
        left = QFontMetrics(self.font()).horizontalAdvance(self.name)
        painter.setFont(self._bold())
        painter.drawText(QRect(rect.x() + left, rect.y(), max(0, rect.width() - left), rect.height()), self._ALIGN,
                         self.value)
        painter.end()


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
        #: Scenario hour -> text in the time axis's terms (the dashboard sets it).
        self.time_text = lambda t_h: f"{t_h:.2f} h"
        self.time_label = QLabel(translate("Readout", "Cursor") + " —")
        self.time_label.setFont(theme.ui_font(12, bold=True))
        self.time_label.setToolTip(translate("Readout", "Time cursor: drag the vertical line or click a plot; "
                                             "the values below are at that time."))
        grid.addWidget(self.time_label, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        self.labels: dict[str, ReadoutValue] = {}
        self.texts: dict[str, str] = {}
        self._crew_pending = False
        for row in spec.SERIES_SPECS:
            widest = max((row.widest, *(translate("Readout", t) for t in STATUS_TEXTS)), key=len) if row.key == spec.CREW_SERIES else _in_language(row.widest)
            label = ReadoutValue(f"{row.short}: ", widest)
            label.setFont(theme.ui_font(11))
            label.setToolTip(translate("Readout", "{name} at the cursor time (linear interpolation)").format(
                name=f"{translate('Plots', row.label)} [{translate('Units', row.unit)}]"))
            self.labels[row.key] = label
        self._place_labels(COLUMNS)

    def _place_labels(self, columns: int) -> None:
        grid = self.grid
        for label in self.labels.values():
            grid.removeWidget(label)
        for i, label in enumerate(self.labels.values()):
            grid.addWidget(label, i // columns, 1 + i % columns)
        labels = list(self.labels.values())
        for col in range(1, max(COLUMNS, columns) + 1):
            grid.setColumnStretch(col, 1 if col <= columns else 0)
            # a column is never narrower than its widest value (equal shares clipped "not aboard")
            need = max((lbl.sizeHint().width() for lbl in labels[col - 1::columns]), default=0) if col <= columns else 0
            grid.setColumnMinimumWidth(col, need)
        self.columns = columns

    def width_needed(self, columns: int) -> int:
        """Pixels the readout needs to show its labels in ``columns`` columns."""
        widths = [label.sizeHint().width() for label in self.labels.values()]  # at the shown text size
        col_widths = [max(widths[c::columns]) for c in range(columns)]
        time_w = QFontMetrics(self.time_label.font()).horizontalAdvance("000.00 h")
        margins = self.grid.contentsMargins()
        spacing = self.grid.horizontalSpacing()
        return time_w + sum(col_widths) + spacing * columns + margins.left() + margins.right() + 4

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.reflow(event.size().width(), force=False)
        super().resizeEvent(event)

    def reflow(self, width: int | None = None, force: bool = True) -> None:
        """As many columns as fit ``width`` (default: the readout's), each as wide as its widest value."""
        width = self.width() if width is None else width
        columns = next((c for c in NARROW_COLUMNS if self.width_needed(c) <= width), NARROW_COLUMNS[-1])
        if columns != self.columns or force:
            self._place_labels(columns)

    def set_crew_pending(self, pending: bool) -> None:
        self._crew_pending = pending

    def clear(self, reason: str) -> None:
        """No values (the scenario cannot be computed): every quantity shows "—", ``reason`` as tooltip."""
        _set_text(self.time_label, translate("Readout", "Cursor") + "\n—")
        for row in spec.SERIES_SPECS:
            self.texts[row.key] = "—"
            self.labels[row.key].set_value("—")
        self.setToolTip(reason)

    def show_values(self, t_h: float, result: Result, values: dict[str, float]) -> None:
        if self.toolTip():
            self.setToolTip("")
        _set_text(self.time_label, translate("Readout", "Cursor") + f"\n{self.time_text(t_h)}")
        aboard = bool(np.interp(t_h, result.time_h, np.asarray(result.crew_aboard, dtype=float)) >= 0.5)
        for row in spec.SERIES_SPECS:
            text = spec.format_value(values.get(row.key), row.unit, row.decimals)
            if row.key == spec.CREW_SERIES and text == "—":
                text = translate("Readout", STATUS_TEXTS[0]) if self._crew_pending else (
                    translate("Readout", STATUS_TEXTS[1]) if not aboard else "—")
            self.texts[row.key] = text
            self.labels[row.key].set_value(text)


def _in_language(widest: str) -> str:
    """A widest value (``0000 W``) with the language's unit (``0000 Вт``)."""
    figures, _space, unit = widest.partition(" ")
    return f"{figures} {translate('Units', unit)}" if unit else widest


def _set_text(label: QLabel, text: str) -> None:
    """setText only on a change: an unchanged label is then neither re-laid out nor redrawn."""
    if label.text() != text:
        label.setText(text)
