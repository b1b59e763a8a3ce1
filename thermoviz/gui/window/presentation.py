"""Presentation mode: full screen with only the verdict, the plots and the readout (F11; Esc leaves)."""

from __future__ import annotations


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
            self._restore = (window.controls_dock.isVisible(), window.statusBar().isVisible(), window.windowState())
            window.controls_dock.hide()
            window.statusBar().hide()
            window.showFullScreen()
            self._apply_size(on=True)
        else:
            dock_visible, status_visible, state = self._restore
            self._restore = None
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
