"""The loop schematic beside the plots: a dock that follows the time cursor and plays it.

:class:`SchematicDock` holds a :class:`~thermoviz.gui.schematic.schematic_view.SchematicView`
and a :class:`~thermoviz.gui.schematic.playback_bar.PlaybackBar`.  The dashboard's cursor
drives the schematic; Play runs a :class:`~thermoviz.gui.schematic.schematic_view.PlaybackController`
whose time moves the dashboard's cursor (which in turn moves the schematic).
A hidden dock does no work: it only remembers that its picture is stale and
redraws when shown, so a control change costs nothing while it is closed.
File ▸ Export ▸ Animation asks for size, frame rate and length and writes a GIF
or MP4 with a progress dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDockWidget, QDoubleSpinBox, QFileDialog, QFormLayout,
                               QMessageBox, QSpinBox, QVBoxLayout, QWidget)

from thermoviz.model.language import translate

from ..file_filters import shown_filters

from .playback_bar import PlaybackBar
from .schematic_view import PlaybackController, SchematicView


class SchematicDock(QDockWidget):
    """Dock with the live loop schematic and its playback bar (hidden until asked for)."""

    def __init__(self, window):
        super().__init__(translate("Window", "Loop schematic"), window)
        self.setObjectName("schematicDock")
        self.window_ = window
        self.view = SchematicView()
        self.view.setMinimumSize(320, 180)
        self.controller = PlaybackController(self)
        self.bar = PlaybackBar(self.controller)
        # Space plays only with the focus in the dock: elsewhere it still ticks a check box.
        self.bar.play_button.setShortcut(QKeySequence())
        self.play_shortcut = QShortcut(QKeySequence("Space"), self)
        self.play_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.play_shortcut.activated.connect(self.controller.toggle)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        self.setWidget(body)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._stale = True
        self._following = False
        dashboard = window.dashboard
        dashboard.cursor_moved.connect(self._cursor_moved)
        self.controller.time_changed.connect(self._played)
        self._sized = False
        self.visibilityChanged.connect(self._visibility_changed)

    #: Share of the window's width the dock takes when first shown (the plots keep the rest).
    WIDTH_SHARE = 0.34

    def _visibility_changed(self, visible: bool) -> None:
        if not visible:
            if self.controller.is_playing():
                self.controller.pause()
            return
        if not self._sized and not self.isFloating():
            self._sized = True
            width = max(320, int(self.window_.width() * self.WIDTH_SHARE))
            self.window_.resizeDocks([self], [width], Qt.Orientation.Horizontal)
        self.refresh()

    def result_changed(self) -> None:
        """A new result: redraw now if shown, else later."""
        self._stale = True
        result = self.window_.session.result
        if result is not None and len(result.time_h):
            self.controller.set_range(float(result.time_h[0]), float(result.time_h[-1]))
        if self.isVisible():
            self.refresh()
        elif self.controller.is_playing():
            self.controller.pause()

    def refresh(self) -> None:
        """Bring the schematic to the shown result at the cursor's time."""
        session = self.window_.session
        result = session.result if session.result_state != "error" else None
        self.view.set_result(result)
        self.view.set_time(self.window_.dashboard.cursor_time_h)
        self._stale = False

    def _cursor_moved(self, t_h: float) -> None:
        if not self.isVisible():
            return
        if self._stale:
            self.refresh()
        else:
            self.view.set_time(t_h)
        if not self._following and not self.controller.is_playing():
            self.controller.seek(t_h)

    def _played(self, t_h: float) -> None:
        self._following = True
        try:
            self.window_.dashboard.set_cursor(t_h)
        finally:
            self._following = False


class AnimationDialog(QDialog):
    """Size, frame rate and length of an exported animation, and the time window."""

    def __init__(self, parent, duration_h: float, start_h: float = 0.0):
        super().__init__(parent)
        self.setWindowTitle("Export animation")
        form = QFormLayout(self)
        self.width_spin, self.height_spin = QSpinBox(), QSpinBox()
        for spin, (lo, hi), value in ((self.width_spin, (320, 3840), 1280), (self.height_spin, (180, 2160), 720)):
            spin.setRange(lo, hi)
            spin.setSingleStep(2)
            spin.setValue(value)
            spin.setSuffix(" px")
        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(1, 50)
        self.fps_spin.setValue(12)
        self.fps_spin.setSuffix(" fps")
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setRange(1.0, 120.0)
        self.seconds_spin.setValue(8.0)
        self.seconds_spin.setSuffix(" s")
        self.from_spin, self.to_spin = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, value in ((self.from_spin, start_h), (self.to_spin, duration_h)):
            spin.setRange(start_h, duration_h)
            spin.setDecimals(2)
            spin.setValue(value)
            spin.setSuffix(" h")
        form.addRow("Width", self.width_spin)
        form.addRow("Height", self.height_spin)
        form.addRow("Frame rate", self.fps_spin)
        form.addRow("Length", self.seconds_spin)
        form.addRow("From", self.from_spin)
        form.addRow("To", self.to_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self):
        """The chosen :class:`~thermoviz.export.animation.AnimationOptions` (AnimationError if invalid)."""
        from ...export.animation import AnimationOptions

        even = lambda v: v - v % 2  # noqa: E731 - encoders need even sizes
        return AnimationOptions(width_px=even(self.width_spin.value()), height_px=even(self.height_spin.value()),
                                fps=self.fps_spin.value(), duration_s=self.seconds_spin.value(),
                                from_h=self.from_spin.value(), to_h=self.to_spin.value())


#: Hook for tests: returns (path, filter) like QFileDialog.getSaveFileName.
ask_save_path = QFileDialog.getSaveFileName


def export_animation_dialog(window, *, options=None, path: str | None = None):
    """File ▸ Export ▸ Animation: ask options and a path, then write with a progress dialog.

    Returns the written paths, or None (cancelled or failed; a failure is shown as one line).
    """
    from ...export.animation import AnimationError
    from .animation_progress import export_animation_with_progress

    result = window.session.result
    if result is None or window.session.result_state == "error":
        return None
    t = result.time_h
    if options is None:
        dialog = AnimationDialog(window, float(t[-1]), float(t[0]))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            options = dialog.options()
        except AnimationError as err:
            QMessageBox.warning(window, translate("Dialogs", "Export animation"), str(err))
            return None
    if path is None:
        path, _filter = ask_save_path(window, translate("Dialogs", "Export animation"), "thermoviz.gif",
                                      shown_filters("Animated GIF (*.gif);;MP4 video (*.mp4)")[0])
        if not path:
            return None
    kind = "mp4" if str(path).lower().endswith(".mp4") else "gif"
    try:
        if kind == "gif":
            options.check_gif_size()
        written = export_animation_with_progress(window, result, options=options, **{kind: path})
    except (AnimationError, OSError) as err:
        QMessageBox.warning(window, translate("Dialogs", "Export animation"), str(err))
        return None
    if written:
        window.statusBar().showMessage(translate("Dialogs", "Animation written: {files}").format(
            files=", ".join(map(str, written))), 10000)
    return written


__all__ = ["AnimationDialog", "SchematicDock", "export_animation_dialog"]
