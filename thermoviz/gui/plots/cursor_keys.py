"""Move the time cursor with the keyboard while the plots have focus.

← / → move it by :data:`SMALL_STEP_SHARE` of the simulated span, Shift+← / → by
:data:`BIG_STEP_SHARE`, Home / End to the start / end.  Click a plot (or Tab to it)
to give the plots focus.  Listed in Help ▸ Keyboard shortcuts (``actions.CONTROL_KEYS``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from thermoviz.model.language import QT_TRANSLATE_NOOP

#: One ← / → press moves the cursor by this share of the simulated span (0.5 % = 21.6 min of 72 h).
SMALL_STEP_SHARE = 0.005
#: One Shift+← / → press moves it by this share (5 %).
BIG_STEP_SHARE = 0.05

#: (keys, what) rows for the shortcuts box.
CURSOR_KEY_ROWS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "← / → on the plots"),
     QT_TRANSLATE_NOOP("Shortcuts", "move the time cursor a small step (0.5 % of the span)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Shift+← / → on the plots"),
     QT_TRANSLATE_NOOP("Shortcuts", "move the time cursor a big step (5 % of the span)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Home / End on the plots"),
     QT_TRANSLATE_NOOP("Shortcuts", "time cursor to the start / end")),
)


class CursorKeys(QObject):
    """Event filter on the dashboard's plot view: arrow keys, Home and End move its cursor."""

    def __init__(self, dashboard):
        super().__init__(dashboard)
        self.dashboard = dashboard
        view = dashboard.graphics
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.installEventFilter(self)

    def target_h(self, key: int, shift: bool) -> float | None:
        """Where the cursor goes for ``key`` [h]; None for a key that is not ours."""
        span = self.dashboard.duration_h
        if not span:
            return None
        now = self.dashboard.cursor_time_h
        step = span * (BIG_STEP_SHARE if shift else SMALL_STEP_SHARE)
        return {Qt.Key.Key_Left: now - step, Qt.Key.Key_Right: now + step,
                Qt.Key.Key_Home: 0.0, Qt.Key.Key_End: span}.get(Qt.Key(key))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            target = self.target_h(event.key(), shift)
            if target is not None:
                self.dashboard.set_cursor(target)
                return True
        return super().eventFilter(watched, event)
