"""View ▸ Language: English, Русский, Español; remembered, shown from the next start.

The window's texts are set once when it is built, so a new language shows after a restart
(the status bar says so, in the chosen language).  ``--lang`` and ``$THERMOVIZ_LANG`` win
over the remembered choice; without any, the system locale decides
(:func:`thermoviz.io.translations.chosen_language`).
"""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from thermoviz.io.translations import LANGUAGES, check_language, current_language
from thermoviz.model.language import translate

from .settings import make_settings

LANGUAGE_KEY = "view/language"


def remembered_language(settings) -> str | None:
    """The language chosen in View ▸ Language, or None (unset or unknown)."""
    value = settings.value(LANGUAGE_KEY, "") if settings is not None else ""
    try:
        return check_language(value) if value else None
    except ValueError:
        return None


def language_menu(window) -> QMenu:
    menu = QMenu(translate("Menus", "&Language"), window)
    menu.setToolTipsVisible(True)
    group = QActionGroup(window)
    window.language_actions = {}
    shown = current_language()
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)  # each in its own language
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == shown)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        window.language_actions[code] = action
    return menu


def choose_language(window, code: str) -> None:
    """Remember ``code`` for the next start and say so."""
    (window.settings if window.settings is not None else make_settings()).setValue(LANGUAGE_KEY, code)
    window.statusBar().showMessage(translate("Window", "The new language shows when thermoviz starts again."), 8000)
