"""What the File-menu commands do: open/save scenario files, recent files,
drag-and-drop; the exports (PNG/SVG/CSV/PDF, copy figure, "export this plot" on a
right-click) come from :class:`~thermoviz.gui.window.file_exports.FileExports`.  The menus themselves are built from the action table
(:mod:`thermoviz.gui.window.actions`); ``MainWindow`` keeps one :class:`FileActions`.

Testability: every dialog goes through a small method of :class:`FileActions` (``ask_open_path``,
``ask_save_path``, ``confirm_overwrite``, ``show_error``, ``show_info``) that tests replace; nothing else does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from thermoviz.model.language import translate

from ..file_filters import SCENARIO_FILTER, shown_filters
from .file_exports import FileExports, file_slug
from .scenario_text import saved_text

MAX_RECENT = 8
RECENT_KEY = "files/recent"


class FileActions(FileExports, QObject):
    """All File-menu behaviour of one MainWindow (``window.file_actions``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.last_dir: Path = Path(documents) if documents else Path.home()  # the OS's Documents folder
        #: The filter picked in the last save dialog (File ▸ Export ▸ CSV: which format).
        self.chosen_filter = ""
        self.recent_menu = QMenu(translate("Menus", "Open &recent"), window)
        self._refresh_recent_menu()
        self._plot_menus: dict[str, QMenu] = {}
        self._install_drop_target()

    # ------------------------------------------------------------------ dialogs (monkeypatched in tests)
    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Dialogs", "Open scenario"), str(self.last_dir),
                                              shown_filters(SCENARIO_FILTER)[0])
        return path or None

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        """Native save dialog; it asks before replacing an existing file (Qt's default, kept on)."""
        # No options passed: DontConfirmOverwrite stays off, so the dialog asks before replacing.
        # Several filters (";;"): the first is preselected; the one chosen is kept in chosen_filter.
        first = file_filter.split(";;")[0]
        shown, english = shown_filters(file_filter)
        path, chosen = QFileDialog.getSaveFileName(self.window, title,
                                                   str(self.last_dir / suggested), shown, translate("Filters", first))
        self.chosen_filter = english.get(chosen, first)
        return path or None

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self.window, translate("Dialogs", "Replace file?"),
            translate("Dialogs", "{path} already exists.\nDo you want to replace it?").format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def ask_save_changes(self, path: Path, reason: str) -> str:
        """"save", "discard" or "cancel" for unsaved changes to the scenario file ``path``."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Dialogs", "Unsaved changes"),
                          translate("Dialogs", "The scenario {name} has changes that are not saved.\n"
                                    "Save them before {reason}?").format(name=path.name, reason=reason),
                          parent=self.window)
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
        path = self.window.session.source_path
        if path is None or not self.window.session.dirty:
            return True
        answer = self.ask_save_changes(Path(path), reason)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def show_info(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    # ------------------------------------------------------------------ settings / recent files
    def _settings(self):
        settings = self.window.settings
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
        not_opened = translate("Dialogs", "{name} was not opened (the current scenario is kept).")
        if not self.maybe_save_changes(translate("Dialogs", "opening {name}").format(name=path.name)):
            return False
        try:
            scenario, _extra = read_scenario_file(path)
        except ScenarioError as err:
            self.show_error(translate("Dialogs", "Cannot open scenario"),
                            not_opened.format(name=path.name) + f"\n\n{err}")
            return False
        except Exception as err:  # anything unexpected in a user file must not crash the window
            self.show_error(translate("Dialogs", "Cannot open scenario"),
                            not_opened.format(name=path.name) + f"\n\n{path}: {type(err).__name__}: {err}")
            return False
        self.window.set_scenario(scenario, source_path=path)
        self._remember(path)
        self.show_info(f"Opened {path}")
        return True

    def save(self) -> bool:
        current = self.window.session.source_path
        if current is None:
            return self.save_as()
        return self._write_scenario(Path(current))

    def save_as(self) -> bool:
        scenario = self._scenario_to_save()  # refused before asking for a name
        if scenario is None:
            return False
        suggested = f"{file_slug(scenario.title)}.toml"
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

    def _scenario_to_save(self):
        """The scenario as a file keeps it (no automatic "(modified)" in its title), or None when there is none
        or it cannot be computed (thermoviz would refuse to open the file; the reason is shown)."""
        scenario = self.window.session.scenario
        if scenario is None:
            return None
        clean = saved_text(scenario, self.window.session.base)
        if clean != scenario:
            self.window.controls.scenario = clean
            self.window._recompute(clean, interactive=False)
            scenario = self.window.session.scenario
        if self.window.session.result_state == "error":
            self.show_error(translate("Dialogs", "Scenario not saved"), self.window.session.error)
            return None
        return scenario

    def _saved_view(self):
        """The figure's view as a scenario file keeps it (window in hours since the puncture unless the
        axis counts from the start), so ``thermoviz run FILE --png`` rebuilds the zoomed figure."""
        from thermoviz.io.scenario_view import SavedView

        view = self.window.dashboard.view_state()
        result = self.window.session.result
        puncture = None if result is None else result.events.get("puncture")
        offset = 0.0 if view.time_axis == "start" or puncture is None else float(puncture)
        lo, hi = (None, None) if view.x_range_h is None else (round(t - offset, 6) for t in view.x_range_h)
        return SavedView(view.time_axis, lo, hi, tuple(view.plots))

    def _write_scenario(self, path: Path) -> bool:
        from thermoviz.io.atomic import FileWriteError
        from thermoviz.io.scenario_file import save_scenario

        scenario = self._scenario_to_save()
        if scenario is None:
            return False
        try:
            save_scenario(scenario, path, overwrite=True, view=self._saved_view())
        except (FileWriteError, OSError) as err:
            self.show_error(translate("Dialogs", "Scenario not saved"), str(err))
            return False
        # The saved scenario becomes the "unmodified" state and the window's file.
        self.window.controls.set_scenario(scenario, self.window.controls.preset_id)
        self.window.session.mark_saved(path)
        self.window.history.sync()  # saving is not an undo step; the file is the new Reset target
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
