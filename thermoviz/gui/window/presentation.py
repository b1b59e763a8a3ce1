"""Presentation mode: full screen with only the verdict, the plots, the readout and a lesson (F11; Esc leaves).

The menu bar, the status bar and every dock but the lesson's are hidden (and come back after).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget


class Presentation:
    """Hides the controls dock and the status bar of ``window`` and restores them afterwards."""

    def __init__(self, window):
        self.window = window
        self._restore: tuple | None = None
        #: Screen height to size the text for (None: the window's screen); tests and renders set it.
        self.screen_height_px: int | None = None

    @property
    def on(self) -> bool:
        return self._restore is not None

    def set(self, on: bool) -> None:
        window = self.window
        if on == self.on:
            return
        if on:
            # Only the plots, the verdict and the lesson stay: no menu bar, no other dock.
            docks = [d for d in window.findChildren(QDockWidget)
                     if d.isVisible() and d is not getattr(window, "lesson_panel", None)]
            self._restore = (window.controls_dock.isVisible(), window.statusBar().isVisible(), window.windowState(),
                             docks, window.menuBar().isVisible())
            for dock in docks:
                dock.hide()
            window.addActions([a for a in window.actions.values() if hasattr(a, "shortcut")])  # keys still work
            window.menuBar().hide()
            window.controls_dock.hide()
            window.statusBar().hide()
            window.showFullScreen()
            self._apply_size(on=True)
        else:
            dock_visible, status_visible, state, docks, menu_visible = self._restore
            self._restore = None
            for dock in docks:
                dock.show()
            window.menuBar().setVisible(menu_visible)
            window.controls_dock.setVisible(dock_visible)
            window.statusBar().setVisible(status_visible)
            window.setWindowState(state)
            self._apply_size(on=False)
        action = window.actions["presentation"]
        if action.isChecked() != on:
            action.setChecked(on)

    def _apply_size(self, on: bool) -> None:
        """A readable size for the screen while presenting (see :mod:`.interface_size`); the chosen one after."""
        from .interface_size import apply_interface_size, presentation_factor

        window = self.window
        chosen = getattr(window, "chosen_interface_size", 1.0)
        if on:
            screen = window.screen()
            height = self.screen_height_px or (screen.geometry().height() if screen is not None else 1080)
            factor = presentation_factor(height, at_least=chosen)
        else:
            factor = chosen
        if factor != getattr(window, "interface_size", 1.0):
            apply_interface_size(window, factor)
