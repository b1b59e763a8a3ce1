"""What the main window keeps between runs, and what closing it does: geometry, dock layout and the
current scenario saved to QSettings; on close, the lesson left, unsaved changes asked about and every
worker stopped.

:class:`WindowStateMixin` is mixed into :class:`thermoviz.gui.window.main_window.MainWindow`; it uses the
window's ``session``, ``settings``, ``file_actions``, ``presenting`` and workers.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from thermoviz.model.language import translate

from .settings import remember_scenario


class WindowStateMixin:
    """Save and restore the window; close it cleanly."""

    def save_state(self, settings) -> None:
        """Geometry, dock layout and the current scenario into QSettings."""
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        scenario = self.session.base if self._remember_clean else self.scenario
        if scenario is not None:
            remember_scenario(settings, scenario, self.session.preset_id)
        settings.sync()

    def restore_geometry(self, settings) -> bool:
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        ok = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        return bool(ok)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        lesson = getattr(self, "lesson_panel", None)
        if lesson is not None and lesson.active:  # remember (and ask about) the user's scenario, not a step's
            lesson.leave()
        if not self.file_actions.maybe_save_changes(translate("Dialogs", "closing")):
            event.ignore()
            return
        # Still changed after the prompt = the user chose Discard: the next start shows the
        # file as it was saved, not the discarded edits.
        self._remember_clean = self.session.source_path is not None and self.session.dirty
        if self.presenting:  # remember the normal layout, not the full-screen one
            self.set_presentation_mode(False)
        if self.settings is not None:
            self.save_state(self.settings)
        self._drop_crew_job()
        self.session.retire_crew_jobs()
        self.crew_runner.stop()
        self.map_view.stop()
        self.uncertainty.runner.cancel()
        self.crew_band.runner.cancel()
        super().closeEvent(event)
