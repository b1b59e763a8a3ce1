"""File-menu actions of the main window: open/save scenario files, recent files,
drag-and-drop, exports (PNG/SVG/CSV/PDF), copy figure, and "export this plot" on a
right-click.  ``MainWindow`` calls :func:`install_file_actions` once; everything
about files lives here (owned by the export work).

Testability: every dialog goes through a small method of :class:`FileActions`
(``ask_open_path``, ``ask_save_path``, ``confirm_overwrite``, ``show_error``,
``show_info``) that tests replace on ``window.file_actions``; nothing else opens
a dialog.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

SCENARIO_FILTER = "Scenario files (*.toml)"
MAX_RECENT = 8
RECENT_KEY = "files/recent"
#: (menu text, file suffix, dialog filter) of the figure formats.
PNG_FILTER = "PNG image (*.png)"
SVG_FILTER = "SVG vector image (*.svg)"
PDF_FILTER = "PDF report (*.pdf)"
CSV_FILTER = "CSV table (*.csv)"


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug[:60] or "thermoviz"


class FileActions(QObject):
    """All File-menu behaviour of one MainWindow (``window.file_actions``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_dir: Path = Path.home()
        self._build_menu()
        self._install_drop_target()
        self._install_plot_menus()

    # ------------------------------------------------------------------ dialogs (monkeypatched in tests)
    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open scenario", str(self.last_dir), SCENARIO_FILTER)
        return path or None

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        """Native save dialog; it asks before replacing an existing file (Qt's default, kept on)."""
        # No options passed: DontConfirmOverwrite stays off, so the dialog asks before replacing.
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(self.last_dir / suggested), file_filter)
        return path or None

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window, "Replace file?", f"{path} already exists.\nDo you want to replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def ask_save_changes(self, path: Path, reason: str) -> str:
        """"save", "discard" or "cancel" for unsaved changes to the scenario file ``path``."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"The scenario {path.name} has changes that are not saved.\n"
                          f"Save them before {reason}?", parent=self.window)
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")

    def maybe_save_changes(self, reason: str) -> bool:
        """Before the window's scenario file is replaced or the window closes: True = go on.

        Only a scenario that came from (or was saved to) a file and has been changed
        since asks; changes to a preset are kept by undo and by the session memory.
        """
        path = getattr(self.window, "source_path", None)
        if path is None or not self.window.controls.modified:
            return True
        answer = self.ask_save_changes(Path(path), reason)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def show_info(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    # ------------------------------------------------------------------ menu
    def _action(self, text: str, slot, shortcut=None, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        (menu or self.window.file_menu).addAction(action)
        return action

    def _build_menu(self) -> None:
        menu = self.window.file_menu
        self.open_action = self._action("&Open scenario…", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu("Open &recent")
        self._refresh_recent_menu()
        menu.addSeparator()
        self.save_action = self._action("&Save scenario", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action("Save scenario &as…", self.save_as, "Ctrl+Shift+S")
        menu.addSeparator()
        self.export_menu = menu.addMenu("&Export")
        self.export_actions: dict[str, QAction] = {}
        for scale in (1, 2, 4):
            self.export_actions[f"png{scale}"] = self._action(
                f"Dashboard as PNG {scale}×…", lambda s=scale: self.export_png(scale=s), menu=self.export_menu)
        self.export_actions["svg"] = self._action("Dashboard as SVG (vector)…", self.export_svg, menu=self.export_menu)
        self.export_actions["csv"] = self._action("Data as CSV…", self.export_csv, menu=self.export_menu)
        self.export_menu.addSeparator()
        self.export_actions["pdf"] = self._action("PDF report…", self.export_pdf, "Ctrl+E", menu=self.export_menu)
        self.copy_action = self._action("&Copy figure", self.copy_figure, "Ctrl+Shift+C")
        menu.addSeparator()
        quit_action = self._action("&Quit", self.window.close, "Ctrl+Q")
        # Ctrl+Q everywhere (some platform themes bind Quit only to a media "Exit" key).
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")] + [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if k != QKeySequence("Ctrl+Q")])
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    # ------------------------------------------------------------------ settings / recent files
    def _settings(self):
        settings = getattr(self.window, "settings", None)
        if settings is None:
            from .settings import make_settings

            settings = make_settings()
        return settings

    def recent_files(self) -> list[str]:
        value = self._settings().value(RECENT_KEY) or []
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value if v]

    def _remember(self, path: Path) -> None:
        entry = str(path.resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        settings = self._settings()
        settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        settings.sync()
        self.last_dir = path.resolve().parent
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setToolTip(name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_path(n))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction("Clear list", self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self._settings().setValue(RECENT_KEY, [])
        self._refresh_recent_menu()

    # ------------------------------------------------------------------ open / save
    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Load a scenario file; on any problem show the file, field and what is allowed, keep the current one."""
        from thermoviz.io.scenario_file import read_scenario_file
        from thermoviz.model.scenario import ScenarioError

        path = Path(path)
        if not self.maybe_save_changes(f"opening {path.name}"):
            return False
        try:
            scenario, _extra = read_scenario_file(path)
        except ScenarioError as err:
            self.show_error("Cannot open scenario", f"{path.name} was not opened (the current scenario is kept).\n\n"
                            f"{err}")
            return False
        except Exception as err:  # anything unexpected in a user file must not crash the window
            self.show_error("Cannot open scenario", f"{path.name} was not opened (the current scenario is kept).\n\n"
                            f"{path}: {type(err).__name__}: {err}")
            return False
        self.window.set_scenario(scenario, source_path=path)
        self._remember(path)
        self.show_info(f"Opened {path}")
        return True

    def save(self) -> bool:
        current = getattr(self.window, "source_path", None)
        if current is None:
            return self.save_as()
        return self._write_scenario(Path(current))

    def save_as(self) -> bool:
        scenario = self.window.scenario
        if scenario is None:
            return False
        suggested = f"{_slug(scenario.title)}.toml"
        chosen = self.ask_save_path("Save scenario as", suggested, SCENARIO_FILTER)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".toml":
            path = path.with_name(path.name + ".toml")
            # The dialog confirmed the name typed, not this one: ask again if it exists.
            if path.exists() and not self.confirm_overwrite(path):
                return False
        return self._write_scenario(path)

    def _write_scenario(self, path: Path) -> bool:
        from thermoviz.io.atomic import FileWriteError
        from thermoviz.io.scenario_file import save_scenario

        scenario = self.window.scenario
        if scenario is None:
            return False
        try:
            save_scenario(scenario, path, overwrite=True)
        except (FileWriteError, OSError) as err:
            self.show_error("Scenario not saved", str(err))
            return False
        # The saved scenario becomes the "unmodified" state and the window's file.
        self.window.source_path = path
        self.window.controls.set_scenario(scenario, getattr(self.window.controls, "preset_id", None))
        update_title = getattr(self.window, "_update_title", None)
        if callable(update_title):
            update_title()
        history = getattr(self.window, "history", None)
        if history is not None:
            history.sync()  # saving is not an undo step; the file is the new Reset target
        self._remember(path)
        self.show_info(f"Saved {path}")
        return True

    # ------------------------------------------------------------------ drag and drop
    def _install_drop_target(self) -> None:
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        # Plot views accept drops themselves (QGraphicsView); route theirs here too.
        for child in self.window.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)

    @staticmethod
    def _dropped_scenario(event) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".toml"):
                return Path(url.toLocalFile())
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_scenario(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = self._dropped_scenario(event)
            if path is not None:
                event.acceptProposedAction()
                self.open_path(path)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ exports
    def _result_for_export(self):
        result = getattr(self.window, "result", None)
        if result is None:
            self.show_error("Nothing to export", "There is no simulation result to export yet.")
            return None
        if not result.crew_strain_computed:
            from thermoviz.api import with_crew_strain

            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:
                result = with_crew_strain(result)
            finally:
                QApplication.restoreOverrideCursor()
        return result

    def _suggest(self, suffix: str, plot: str | None = None) -> str:
        scenario = self.window.scenario
        base = _slug(scenario.title if scenario is not None else "thermoviz")
        return f"{base}{'-' + plot if plot else ''}{suffix}"

    def _ask_export_path(self, title: str, suffix: str, file_filter: str, plot: str | None = None) -> Path | None:
        chosen = self.ask_save_path(title, self._suggest(suffix, plot), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
            if path.exists() and not self.confirm_overwrite(path):
                return None
        return path

    def _run_export(self, what: str, path: Path, export) -> bool:
        from thermoviz.export.atomic import ExportError

        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            export()
        except (ExportError, OSError) as err:
            QApplication.restoreOverrideCursor()
            self.show_error(f"{what} not exported", str(err))
            return False
        except Exception as err:  # a renderer failure must not take the window down
            QApplication.restoreOverrideCursor()
            self.show_error(f"{what} not exported", f"Cannot write {path}: {type(err).__name__}: {err}")
            return False
        QApplication.restoreOverrideCursor()
        self.last_dir = path.parent
        self.show_info(f"Exported {path}")
        return True

    def export_png(self, scale: int = 1, plot: str | None = None) -> bool:
        from thermoviz.export.api import export_png

        result = self._result_for_export()
        if result is None:
            return False
        path = self._ask_export_path(f"Export PNG ({scale}×)", ".png", PNG_FILTER, plot)
        if path is None:
            return False
        return self._run_export("PNG", path, lambda: export_png(result, path, scale=scale, plot=plot,
                                                               view=self.window.dashboard.view_state()))

    def export_svg(self, plot: str | None = None) -> bool:
        from thermoviz.export.api import export_svg

        result = self._result_for_export()
        if result is None:
            return False
        path = self._ask_export_path("Export SVG", ".svg", SVG_FILTER, plot)
        if path is None:
            return False
        return self._run_export("SVG", path, lambda: export_svg(result, path, plot=plot, view=self.window.dashboard.view_state()))

    def export_csv(self) -> bool:
        from thermoviz.export.api import export_csv

        result = self._result_for_export()
        if result is None:
            return False
        path = self._ask_export_path("Export CSV", ".csv", CSV_FILTER)
        if path is None:
            return False
        return self._run_export("CSV", path, lambda: export_csv(result, path))

    def export_pdf(self) -> bool:
        from thermoviz.export.api import export_pdf_report

        result = self._result_for_export()
        if result is None:
            return False
        path = self._ask_export_path("Export PDF report", ".pdf", PDF_FILTER)
        if path is None:
            return False
        return self._run_export("PDF report", path,
                                lambda: export_pdf_report(result, path, view=self.window.dashboard.view_state()))

    def copy_figure(self) -> bool:
        from thermoviz.export.clipboard import copy_figure

        result = self._result_for_export()
        if result is None:
            return False
        try:
            copy_figure(result, view=self.window.dashboard.view_state())
        except Exception as err:
            self.show_error("Figure not copied", f"{type(err).__name__}: {err}")
            return False
        self.show_info("Figure copied to the clipboard")
        return True

    # ------------------------------------------------------------------ right-click on a plot
    def plot_menu(self, key: str) -> QMenu:
        """The "export this plot" menu of plot ``key`` (built once, shown on right-click)."""
        menus = self.__dict__.setdefault("_plot_menus", {})
        if key not in menus:
            menu = QMenu(self.window)
            for scale in (1, 2, 4):
                action = menu.addAction(f"Export this plot as PNG {scale}×…")
                action.triggered.connect(lambda _c=False, s=scale, k=key: self.export_png(scale=s, plot=k))
            action = menu.addAction("Export this plot as SVG…")
            action.triggered.connect(lambda _c=False, k=key: self.export_svg(plot=k))
            menus[key] = menu
        return menus[key]

    def _install_plot_menus(self) -> None:
        dashboard = getattr(self.window, "dashboard", None)
        plots = getattr(dashboard, "plots", {}) or {}
        scenes = set()
        for key, plot in plots.items():
            vb = plot.getViewBox()
            if vb.menuEnabled() and vb.menu is not None:
                # The plot has pyqtgraph's own ViewBox menu: add our entries to it.
                vb.menu.addSeparator()
                for action in self.plot_menu(key).actions():
                    vb.menu.addAction(action)
            elif plot.scene() is not None:
                scenes.add(plot.scene())
        for scene in scenes:
            scene.sigMouseClicked.connect(self._scene_clicked)
            if hasattr(scene, "contextMenu"):
                scene.contextMenu = []  # pyqtgraph's own "Export..." gives a black, unstyled image

    def _scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.RightButton:
            return
        pos = event.scenePos()
        for key, plot in self.window.dashboard.plots.items():
            if plot.sceneBoundingRect().contains(pos):
                event.accept()
                self.plot_menu(key).popup(QCursor.pos())
                return


def install_file_actions(window) -> None:
    """Add the File-menu actions to ``window.file_menu`` and keep them as ``window.file_actions``."""
    window.file_actions = FileActions(window)
