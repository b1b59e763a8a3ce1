"""A live loop schematic widget and the playback clock that drives the time cursor.

``SchematicView`` paints :func:`thermoviz.figure.schematic.paint_schematic` for a
Result at one time; ``PlaybackController`` advances a time value with a QTimer
(play, pause, loop, speed) and emits ``time_changed(float)``, which a window
connects to the view's :meth:`SchematicView.set_time` and to the plots' cursor.
Neither is wired into the main window here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...figure.schematic import paint_schematic
from ...figure.schematic_state import SchematicState
from ...model.language import number, translate

#: Playback speeds offered to users [simulated hours per second of playback].
SPEEDS_H_PER_S = (0.5, 1.0, 2.0, 5.0, 10.0, 20.0)
#: Timer tick [ms] (25 frames per second).
TICK_MS = 40
#: Longest wall-clock step one tick may advance [s]: after a stall (a slow repaint, a
#: dialog) playback continues instead of jumping ahead.
MAX_TICK_S = 0.25


class SchematicView(QWidget):
    """The loop schematic of a Result at the cursor's time (blank until a result is set)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._result = None
        self._time_h = 0.0
        self._state: SchematicState | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 270)
        self.setAccessibleName("Loop schematic")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(960, 540)

    @property
    def state(self) -> SchematicState | None:
        """What is drawn now (None before a result is set)."""
        return self._state

    def set_result(self, result) -> None:
        """Show ``result`` (a :class:`thermoviz.Result`) at the current time, clamped to its span."""
        self._result = result
        self._update_state()

    def set_time(self, hours: float) -> None:
        """Move to ``hours`` since the start of the simulation (clamped to the result's span)."""
        hours = float(hours)
        if not math.isfinite(hours):
            raise ValueError(f"time must be a finite number of hours, got {hours!r}")
        self._time_h = hours
        self._update_state()

    def _update_state(self) -> None:
        self._state = SchematicState.at(self._result, self._time_h) if self._result is not None else None
        self.setToolTip("" if self._state is None else
                        translate("Playback", "t = {hours} h: coolant {pct} %, cabin {temp} °C").format(
                            hours=number(f"{self._state.time_h:.1f}"), pct=f"{self._state.coolant_remaining_pct:.0f}",
                            temp=number(f"{self._state.cabin_temp_c:.1f}")))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self._state is None:
                painter.fillRect(rect, QColor("#FFFFFF"))
                painter.setPen(QColor("#595959"))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "Run a scenario to see its coolant loop")
                return
            paint_schematic(painter, rect, self._state)
        finally:
            painter.end()


class PlaybackController(QObject):
    """A clock that runs a time value through ``[start_h, end_h]``.

    ``speed_h_per_s`` simulated hours pass per second of playback.  At the end it
    wraps to the start when ``loop`` is on, else it stops there.  ``time_changed``
    is emitted for every change of the time (ticks, :meth:`seek`, wraps).
    """

    time_changed = Signal(float)
    playing_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, start_h: float = 0.0, end_h: float = 1.0,
                 speed_h_per_s: float = 2.0, loop: bool = True):
        super().__init__(parent)
        self._start_h, self._end_h = 0.0, 1.0
        self.set_range(start_h, end_h)
        self._time_h = self._start_h
        self._speed = 1.0
        self.set_speed(speed_h_per_s)
        self.loop = bool(loop)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

    # ---- state
    @property
    def time_h(self) -> float:
        return self._time_h

    @property
    def start_h(self) -> float:
        return self._start_h

    @property
    def end_h(self) -> float:
        return self._end_h

    @property
    def speed_h_per_s(self) -> float:
        return self._speed

    def is_playing(self) -> bool:
        return self._timer.isActive()

    def set_range(self, start_h: float, end_h: float) -> None:
        """Play through ``[start_h, end_h]`` [h]; the current time is clamped into it."""
        start_h, end_h = float(start_h), float(end_h)
        if not (math.isfinite(start_h) and math.isfinite(end_h)) or end_h <= start_h:
            raise ValueError(f"playback range must be finite with end > start, got {start_h:g} to {end_h:g} h")
        self._start_h, self._end_h = start_h, end_h
        if hasattr(self, "_time_h"):
            self.seek(self._time_h)

    def set_speed(self, speed_h_per_s: float) -> None:
        """Simulated hours per second of playback (a positive number)."""
        speed = float(speed_h_per_s)
        if not math.isfinite(speed) or speed <= 0:
            raise ValueError(f"speed must be a positive number of hours per second, got {speed_h_per_s!r}")
        self._speed = speed

    def set_loop(self, on: bool) -> None:
        self.loop = bool(on)

    # ---- transport
    def play(self) -> None:
        """Start (from the start if the time sits at the end)."""
        if self.is_playing():
            return
        if self._time_h >= self._end_h:
            self.seek(self._start_h)
        self._clock.start()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self.is_playing():
            return
        self._timer.stop()
        self.playing_changed.emit(False)

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek(self, hours: float) -> None:
        """Jump to ``hours`` (clamped to the range)."""
        hours = float(hours)
        if not math.isfinite(hours):
            raise ValueError(f"time must be a finite number of hours, got {hours!r}")
        new = min(max(hours, self._start_h), self._end_h)
        if new != getattr(self, "_time_h", None):
            self._time_h = new
            self.time_changed.emit(new)

    def step(self, wall_s: float) -> None:
        """Advance by ``wall_s`` seconds of playback (wraps or stops at the end)."""
        t = self._time_h + self._speed * max(float(wall_s), 0.0)
        if t < self._end_h:
            self.seek(t)
        elif self.loop:
            span = self._end_h - self._start_h
            self.seek(self._start_h + (t - self._end_h) % span)
        else:
            self.seek(self._end_h)
            self.pause()

    def _tick(self) -> None:
        elapsed_s = self._clock.restart() / 1000.0
        self.step(min(elapsed_s, MAX_TICK_S))
