"""The main window's Help and View dialogs: About, keyboard shortcuts, interface size.

:class:`WindowDialogsMixin` is mixed into :class:`thermoviz.gui.window.main_window.MainWindow`;
``choose_ui_scale`` uses the window's ``presenting`` property.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMessageBox

from thermoviz.io.grades_page import grades_page_html
from thermoviz.model.language import translate


class WindowDialogsMixin:
    """About text and box, the shortcuts box, and the Interface size menu of the main window."""

    def about_text(self) -> str:
        from thermoviz import __version__
        from thermoviz.model.limits import ALL_LIMITS

        rows = "".join(f"<li><b>{translate('Limits', lim.label)}</b>: {lim.source} "
                       f"<i>({translate('Confidence', lim.confidence)})</i></li>" for lim in ALL_LIMITS)
        return (
            f"<h2>thermoviz {__version__}</h2>"
            + translate("Dialogs", "<p>What a coolant-loop puncture does to a spacecraft and its crew: loop pressure, "
                        "heat rejection, cabin air and crew core temperature against the crew grades "
                        "(Help ▸ Crew grades) (Soyuz MS-22, Progress MS-21, Nauka).</p>"
                        "<p>Crew heat strain: ISO 7933:2023 Predicted Heat Strain via pythermalcomfort. "
                        "Vehicle and preset numbers carry their sources in <code>assets/</code> "
                        "(hover the controls; see <code>thermoviz presets</code>). Values tagged "
                        "<i>from memory</i>, <i>reported once</i> or <i>estimate</i> are not confirmed.</p>")
            + translate("Dialogs", "<p>Where every fact comes from, with its web address: Help ▸ Sources "
                        "(readable offline).</p>")
            + "<p><b>" + translate("Dialogs", "Limit lines and their sources") + f"</b></p><ul>{rows}</ul>"
            + translate("Dialogs", "<p>Palette: Okabe &amp; Ito (colour-blind safe). MIT licence.</p>")
        )

    def show_shortcuts(self) -> None:
        from .shortcuts import shortcuts_html

        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("Dialogs", "Keyboard shortcuts"), shortcuts_html(self),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStyleSheet("QLabel { min-width: 30em; }")
        box.open()  # not modal-blocking: the window stays usable

    def show_grades(self) -> None:
        """Help ▸ Crew grades: the outcome scale and why these lines (not modal-blocking)."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("Dialogs", "Crew grades"), grades_page_html(), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStyleSheet("QLabel { min-width: 40em; }")
        box.open()

    def show_sources(self, section: str | None = None):
        """Help ▸ Sources: the bibliography in the app, at ``section`` ("1.1") if given (not modal-blocking)."""
        from .sources_dialog import show_sources

        return show_sources(self, section)

    def show_about(self) -> None:
        QMessageBox.about(self, translate("Dialogs", "About thermoviz"), self.about_text())

    def _ui_scale_menu(self):
        from PySide6.QtWidgets import QMenu

        from .settings import UI_SCALES, make_settings, ui_scale

        menu = QMenu(translate("Menus", "Interface &size"), self)
        menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        current = ui_scale(make_settings())
        self.ui_scale_actions = {}
        for scale in UI_SCALES:
            action = menu.addAction(f"{scale:.0%}")
            action.setCheckable(True)
            action.setChecked(scale == current)
            action.setToolTip(translate("Menus", "Scales text, controls and plots: 150 % suits a 1920×1080 projector, "
                                        "200 % a 4K screen. Applies at once and is remembered."))
            action.triggered.connect(lambda _checked=False, s=scale: self.choose_ui_scale(s))
            group.addAction(action)
            self.ui_scale_actions[scale] = action
        return menu

    def _display_rows(self):
        """View ▸ Units and View ▸ High contrast."""
        from .high_contrast import contrast_action
        from .language_menu import language_menu
        from .units_menu import units_menu

        return [units_menu(self), language_menu(self), contrast_action(self)]

    def choose_ui_scale(self, scale: float) -> None:
        from .interface_size import apply_interface_size
        from .settings import make_settings, set_ui_scale

        set_ui_scale(make_settings(), scale)
        self.ui_scale_actions[scale].setChecked(True)
        self.chosen_interface_size = scale
        if not self.presenting:  # presentation mode keeps its own readable size until it ends
            apply_interface_size(self, scale)
