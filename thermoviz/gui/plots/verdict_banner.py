"""The verdict banner: the result's plain-language verdict, large and coloured by severity.

Severity is also spelled out as a word (SAFE / INFO / CAUTION / DANGER) so the
banner never relies on colour alone.  While the crew heat strain is computed, a
note under the word says so; its place is kept when it is empty, so the banner
never changes size between "computing" and "done" (which re-laid out and
re-rendered every plot below it on each control change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from thermoviz.figure.explain_text import explained
from thermoviz.model.language import translate
from thermoviz.model.outcome.result import Verdict
from thermoviz.model.units import localise_temps

from .. import theme


class VerdictBanner(QFrame):
    """Shows a :class:`Verdict`; ``text`` and ``severity`` hold what is displayed."""

    PENDING_NOTE = "crew: computing…"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setAccessibleName("Verdict")
        self.severity = "info"
        self.text = ""
        self.pending = False
        self.badge = QLabel()
        self.badge.setFont(theme.ui_font(theme.BANNER_PT, bold=True))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(140)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setFont(theme.ui_font(theme.BANNER_PT, bold=True))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self.PENDING_NOTE)
        self.note.setFont(theme.ui_font(11))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setToolTip(translate("Verdict", "Crew heat strain (ISO 7933) is being computed; the verdict may still change."))
        self.note.setFixedSize(self.note.sizeHint())  # fixed: a text change never re-lays out the banner
        self.note.setText("")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.badge)
        column.addWidget(self.note, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 14, 8)
        layout.setSpacing(14)
        layout.addLayout(column)
        layout.addWidget(self.label, 1)
        self.set_verdict(Verdict("Computing…", "info"))

    #: The verdict's text shrinks (down to MIN_PT) rather than take more than MAX_LINES lines,
    #: so a long graded verdict on a 1024-px projector leaves the plots their room.
    MAX_LINES = 3
    MIN_PT = 11.0

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        from PySide6.QtGui import QFontMetrics

        width = self.label.width()
        if width <= 50 or not self.label.text():
            return
        scale = getattr(self.window(), "interface_size", 1.0) or 1.0
        point = float(theme.BANNER_PT) * scale
        floor = self.MIN_PT * scale
        flags = int(Qt.TextFlag.TextWordWrap)
        while point > floor:
            font = theme.ui_font(point, bold=True)
            metrics = QFontMetrics(font)
            rect = metrics.boundingRect(0, 0, width, 10000, flags, self.label.text())
            if rect.height() <= self.MAX_LINES * metrics.lineSpacing() + 1:
                break
            point -= 1.0
        point = max(point, floor)
        if abs(self.label.font().pointSizeF() - point) > 0.01:
            self.label.setFont(theme.ui_font(point, bold=True))

    def set_verdict(self, verdict: Verdict, pending: bool = False) -> None:
        """Show ``verdict``; ``pending`` = the crew heat strain is still being computed.

        Called on every control change: the style sheet (a costly re-polish) and
        texts are set only when they change, so an unchanged banner is not redrawn.
        """
        if verdict.severity != self.severity or not self.styleSheet():
            background, border, text = theme.SEVERITY_STYLE.get(verdict.severity, theme.SEVERITY_STYLE["info"])
            self.setStyleSheet(
                f"#verdictBanner {{ background: {background}; border: 3px solid {border}; border-radius: 6px; }}"
                f"#verdictBanner QLabel {{ color: {text}; background: transparent; }}"
            )
            self.badge.setText(translate("Verdict", theme.SEVERITY_WORD.get(verdict.severity, verdict.severity.upper())))
            self.badge.setStyleSheet(f"border: 2px solid {text}; border-radius: 4px; padding: 2px 8px;")
        self.severity = verdict.severity
        self.verdict = verdict  # kept to re-show it in another unit (View ▸ Units)
        self.text = localise_temps(verdict.text)
        self.pending = pending
        if self.label.text() != self.text:
            self.label.setText(self.text)
            self._fit_text()
            self.setAccessibleDescription(f"{self.badge.text()}: {self.text}")  # spoken when it changes
        tooltip = explained("concept", "verdict", f"Verdict ({verdict.severity}): {verdict.text}")
        if self.toolTip() != tooltip:
            self.setToolTip(tooltip)
        note = self.PENDING_NOTE if pending else ""
        if self.note.text() != note:
            self.note.setText(note)
