"""Presentation mode: full screen with only the verdict, the plots and the readout (F11; Esc leaves)."""

from __future__ import annotations


class Presentation:
    """Hides the controls dock and the status bar of ``window`` and restores them afterwards."""

    def __init__(self, window):
        self.window = window
        self._restore: tuple | None = None

    @property
    def on(self) -> bool:
        return self._restore is not None

    def set(self, on: bool) -> None:
        window = self.window
        if on == self.on:
            return
        if on:
            self._restore = (window.controls_dock.isVisible(), window.statusBar().isVisible(), window.windowState())
            window.controls_dock.hide()
            window.statusBar().hide()
            window.showFullScreen()
        else:
            dock_visible, status_visible, state = self._restore
            self._restore = None
            window.controls_dock.setVisible(dock_visible)
            window.statusBar().setVisible(status_visible)
            window.setWindowState(state)
        action = window.actions["presentation"]
        if action.isChecked() != on:
            action.setChecked(on)
