"""Which language to show, and loading its Qt catalogue (``assets/translations/thermoviz_<lang>.qm``).

Order of choice: ``--lang``, then ``$THERMOVIZ_LANG``, then (the window only) View ▸ Language as
remembered, then the system locale; a language without a catalogue falls back to English.
The catalogues are compiled by ``pyside6-lrelease`` from the committed ``translations/*.ts``
(``make translations``); ``docs/translating.md`` tells a teacher how to add a language.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from ..model.language import set_translate_hook
from .assets import assets_dir

#: Offered languages: code -> name in that language (View ▸ Language).
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "es": "Español"}
DEFAULT_LANGUAGE = "en"
#: The catalogue in use (kept alive: Qt holds only a pointer) and Qt's own (dialog buttons).
_loaded: dict[str, QTranslator | None] = {"app": None, "qt": None}
_ORIGINAL_LOCALE: dict[str, QLocale] = {}


def check_language(code: str) -> str:
    """``code`` as a known language (``ru_RU`` -> ``ru``); ValueError naming the choices otherwise."""
    key = str(code).strip().replace("-", "_").split("_")[0].lower()
    if key not in LANGUAGES:
        raise ValueError(f"lang: must be one of {', '.join(LANGUAGES)}, got {code!r}")
    return key


def system_language() -> str:
    """The system locale's language if thermoviz has it, else English."""
    try:
        return check_language(QLocale.system().name())
    except ValueError:
        return DEFAULT_LANGUAGE


def chosen_language(asked: str | None = None, remembered: str | None = None) -> str:
    """``--lang``, else ``$THERMOVIZ_LANG``, else the remembered choice, else the system's language."""
    for value in (asked, os.environ.get("THERMOVIZ_LANG"), remembered):
        if value:
            try:
                return check_language(value)
            except ValueError:
                continue  # an unknown remembered value or variable: the next choice
    return system_language()


def current_language() -> str:
    """The language in use (``"en"`` until :func:`use_language` loads another)."""
    return _loaded.get("code") or DEFAULT_LANGUAGE


def catalogue_path(code: str):
    return assets_dir() / "translations" / f"thermoviz_{code}.qm"


def use_language(code: str, app=None) -> str:
    """Translate every marked text into ``code`` from now on; with ``app``, Qt's own texts too.

    Returns the language in use (English when the catalogue is missing or unreadable).
    """
    code = check_language(code)
    if _loaded["app"] is not None and app is not None:
        app.removeTranslator(_loaded["app"])
    if _loaded["qt"] is not None and app is not None:
        app.removeTranslator(_loaded["qt"])
    _loaded["app"] = _loaded["qt"] = None
    _loaded["code"] = DEFAULT_LANGUAGE
    set_translate_hook(None)
    _ORIGINAL_LOCALE.setdefault("locale", QLocale())  # numbers as before for English
    QLocale.setDefault(_ORIGINAL_LOCALE["locale"] if code == DEFAULT_LANGUAGE else QLocale(code))
    if code == DEFAULT_LANGUAGE:
        return code
    translator = QTranslator()
    if not translator.load(str(catalogue_path(code))):
        return DEFAULT_LANGUAGE
    _loaded["app"], _loaded["code"] = translator, code
    set_translate_hook(lambda context, text: translator.translate(context, text),
                       decimal=QLocale(code).decimalPoint(), code=code)
    if app is not None:
        app.installTranslator(translator)
        qt = QTranslator()
        if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _loaded["qt"] = qt
    return code
