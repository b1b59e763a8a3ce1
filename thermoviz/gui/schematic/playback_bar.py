"""Transport controls for a :class:`~thermoviz.gui.schematic.schematic_view.PlaybackController`.

``PlaybackBar``: a Play/Pause button (Space when focused), a speed chooser in
simulated hours per second, a Loop check box and the current time.  It only
drives the controller and follows its signals; the window decides where the
time goes (schematic, plot cursor).  Not yet wired into the main window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from thermoviz.model.language import number, translate

from .schematic_view import SPEEDS_H_PER_S, PlaybackController


class PlaybackBar(QWidget):
    """Play/Pause, speed, loop and a time read-out for ``controller``."""

    def __init__(self, controller: PlaybackController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.play_button = QPushButton(translate("Playback", "Play"))
        self.play_button.setToolTip(translate("Playback", "Run the time cursor through the scenario (Space)"))
        self.play_button.setShortcut("Space")
        self.speed_box = QComboBox()
        self.speed_box.setToolTip(translate("Playback", "Playback speed: simulated hours per second"))
        self.speed_box.setAccessibleName(translate("Playback", "Playback speed"))
        for speed in SPEEDS_H_PER_S:
            self.speed_box.addItem(_speed_text(speed), speed)
        self.loop_box = QCheckBox(translate("Playback", "Loop"))
        self.loop_box.setToolTip(translate("Playback", "Start again from the beginning at the end"))
        self.time_label = QLabel()
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance("t = 000.0 h") + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, QLabel(translate("Playback", "Speed")), self.speed_box, self.loop_box, self.time_label):
            layout.addWidget(widget)
        layout.addStretch(1)

        self._select_speed(controller.speed_h_per_s)
        self.loop_box.setChecked(controller.loop)
        self._show_time(controller.time_h)
        self._show_playing(controller.is_playing())
        self.play_button.clicked.connect(controller.toggle)
        self.speed_box.currentIndexChanged.connect(lambda _i: controller.set_speed(self.speed_box.currentData()))
        self.loop_box.toggled.connect(controller.set_loop)
        controller.time_changed.connect(self._show_time)
        controller.playing_changed.connect(self._show_playing)

    def _select_speed(self, speed: float) -> None:
        index = self.speed_box.findData(speed)
        if index < 0:  # a speed not in the list: offer it too
            self.speed_box.addItem(_speed_text(speed), speed)
            index = self.speed_box.count() - 1
        self.speed_box.setCurrentIndex(index)

    def _show_time(self, hours: float) -> None:
        self.time_label.setText(translate("Playback", "t = {hours} h").format(hours=number(f"{hours:.1f}")))

    def _show_playing(self, playing: bool) -> None:
        self.play_button.setText(translate("Playback", "Pause") if playing else translate("Playback", "Play"))
        self.play_button.setAccessibleName(translate("Playback", "Pause playback") if playing
                                           else translate("Playback", "Play"))


def _speed_text(speed: float) -> str:
    """A playback speed in simulated hours per second ("0,5 ч/с" in Russian)."""
    return translate("Playback", "{speed} h/s").format(speed=number(f"{speed:g}"))
