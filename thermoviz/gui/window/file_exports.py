"""The export half of the File menu, mixed into :class:`~thermoviz.gui.window.file_actions.FileActions`:
PNG/SVG/CSV/PDF exports of the window's result, copy figure, and the "export this plot" menu on a
right-click.  Dialogs go through FileActions' small methods (``ask_save_path``, ``confirm_overwrite``,
``show_error``, ``show_info``) that tests replace.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMenu

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

from ..file_filters import CSV_FORMATS, CSV_SPREADSHEET_FILTER, PDF_FILTER, PNG_FILTER, SVG_FILTER
from .actions import PLOT_ACTIONS, make_action


def file_slug(text: str) -> str:
    """A file-name stem from ``text`` (a scenario title): letters, digits and dashes, ≤ 60 characters."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug[:60] or "thermoviz"


class FileExports:
    """Exports and plot menus of one MainWindow; needs FileActions' ``window``, ``last_dir``,
    ``chosen_filter``, ``_plot_menus`` and dialog methods."""

    def _result_for_export(self):
        session = self.window.session
        result = session.result if session.has_result else None
        if result is None:
            no_result = translate("Dialogs", "There is no simulation result yet.")
            reason = session.error if session.result_state == "error" else no_result
            self.show_error(translate("Dialogs", "Nothing to export"), reason)
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
        scenario = self.window.session.scenario
        base = file_slug(scenario.title if scenario is not None else "thermoviz")
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
        from thermoviz.io.atomic import FileWriteError as ExportError

        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            export()
        except (ExportError, OSError) as err:
            QApplication.restoreOverrideCursor()
            self.show_error(translate("Dialogs", "{what} not exported").format(what=translate("Dialogs", what)),
                            str(err))
            return False
        except Exception as err:  # a renderer failure must not take the window down
            QApplication.restoreOverrideCursor()
            self.show_error(translate("Dialogs", "{what} not exported").format(what=translate("Dialogs", what)),
                            translate("Dialogs", "Cannot write {path}").format(path=path)
                            + f": {type(err).__name__}: {err}")
            return False
        QApplication.restoreOverrideCursor()
        self.last_dir = path.parent
        self.show_info(translate("Dialogs", "Exported {path}").format(path=path))
        return True

    def _export(self, what: str, title: str, suffix: str, file_filter: str, write, plot: str | None = None) -> bool:
        """Ask for a path, then ``write(result, path, view)`` with the window's result and figure view."""
        result = self._result_for_export()
        if result is None:
            return False
        path = self._ask_export_path(title, suffix, file_filter, plot)
        if path is None:
            return False
        view = self.window.dashboard.view_state()
        return self._run_export(what, path, lambda: write(result, path, view))

    def export_png(self, scale: int = 1, plot: str | None = None) -> bool:
        from thermoviz.export.api import export_png

        title = translate("Dialogs", "Export PNG ({scale}×)").format(scale=scale)
        return self._export("PNG", title, ".png", PNG_FILTER,
                            lambda r, p, v: export_png(r, p, scale=scale, plot=plot, view=v), plot)

    def export_svg(self, plot: str | None = None) -> bool:
        from thermoviz.export.api import export_svg

        return self._export("SVG", translate("Dialogs", "Export SVG"), ".svg", SVG_FILTER,
                            lambda r, p, v: export_svg(r, p, plot=plot, view=v), plot)

    def export_csv(self) -> bool:
        """Every series as CSV: the spreadsheet format by default, the script format by its filter."""
        from thermoviz.export.api import export_csv

        result = self._result_for_export()
        if result is None:
            return False
        self.chosen_filter = CSV_SPREADSHEET_FILTER
        chosen = self.ask_save_path(translate("Dialogs", "Export CSV"), self._suggest(".csv"), ";;".join(CSV_FORMATS))
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
            if path.exists() and not self.confirm_overwrite(path):
                return False
        fmt = CSV_FORMATS.get(self.chosen_filter, "spreadsheet")
        return self._run_export("CSV", path, lambda: export_csv(result, path, fmt=fmt))

    def export_pdf(self) -> bool:
        from thermoviz.export.api import export_pdf_report

        return self._export(QT_TRANSLATE_NOOP("Dialogs", "PDF report"), translate("Dialogs", "Export PDF report"),
                            ".pdf", PDF_FILTER,
                            lambda r, p, v: export_pdf_report(r, p, view=v))

    def copy_figure(self) -> bool:
        from thermoviz.export.clipboard import copy_figure

        result = self._result_for_export()
        if result is None:
            return False
        try:
            copy_figure(result, view=self.window.dashboard.view_state())
        except Exception as err:
            self.show_error(translate("Dialogs", "Figure not copied"), f"{type(err).__name__}: {err}")
            return False
        self.show_info(translate("Dialogs", "Figure copied to the clipboard"))
        return True

    # ------------------------------------------------------------------ right-click on a plot
    def plot_menu(self, key: str) -> QMenu:
        """The "export this plot" menu of plot ``key`` (from the action table; shown on right-click)."""
        if key not in self._plot_menus:
            menu = QMenu(self.window)
            for spec in PLOT_ACTIONS:
                menu.addAction(make_action(spec, self.window, plot=key))
            self._plot_menus[key] = menu
        return self._plot_menus[key]

    def install_plot_menus(self) -> None:
        """Right-click on a plot opens its menu (pyqtgraph's own menus are off)."""
        scene = self.window.dashboard.graphics.scene()
        scene.sigMouseClicked.connect(self._scene_clicked)
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
