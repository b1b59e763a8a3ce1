"""Text people read, through one translation hook (Qt-free, so the model can use it too).

``translate(context, text)`` returns ``text`` in the chosen language: the window and the
command line install Qt's translator as the hook (:mod:`thermoviz.io.translations`, the
``.qm`` catalogues compiled from ``translations/*.ts``).  Without a hook it returns
``text`` (English).  ``pyside6-lupdate`` finds every ``translate("Context", "text")``
and ``QT_TRANSLATE_NOOP("Context", "text")`` call by its name: the first argument names
the context, the second must be a plain string literal (format it afterwards).
"""

from __future__ import annotations

import re
from typing import Callable

_hook: dict = {"translate": None, "decimal": ".", "code": "en"}


def set_translate_hook(hook: Callable[[str, str], str] | None, decimal: str = ".", code: str = "en") -> None:
    """Translate with ``hook(context, text)`` from now on (None: English); ``decimal``: the
    language's decimal separator (``,`` in Russian and Spanish); ``code``: the language (``ru``)."""
    _hook["translate"] = hook
    _hook["decimal"] = decimal
    _hook["code"] = code


def language_code() -> str:
    """The language in use (``"en"``, ``"ru"``, ``"es"``): picks translated data files such as lessons."""
    return _hook["code"]


def number(text: str) -> str:
    """A formatted number (``"52.8"``) with the language's decimal separator (``"52,8"``)."""
    return text.replace(".", _hook["decimal"])


def translate(context: str, text: str) -> str:
    """``text`` (English source) in the chosen language; the English text if it has no translation."""
    hook = _hook["translate"]
    if hook is None:
        return text
    return hook(context, text) or text


#: A value that is a formatted number (gets the language's decimal separator when shown).
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?(e[-+]?\d+)?")


class Phrase(str):
    """An English text that can still be shown in another language: it *is* the English string (files,
    the command line, comparisons and hashes are unchanged), and remembers its ``template`` (marked with
    :func:`QT_TRANSLATE_NOOP` under ``context``) and the values filled in, so :func:`shown` can fill the
    translated template instead.  Values are strings (numbers already formatted: they get the language's
    decimal separator), tuples of marked words (listed with ", ", each translated in ``context``) or phrases.
    """

    def __new__(cls, context: str, template: str, /, **values) -> "Phrase":
        filled = {k: ", ".join(v) if isinstance(v, tuple) else v for k, v in values.items()}
        phrase = super().__new__(cls, template.format(**filled))
        phrase.context, phrase.template, phrase.values = context, template, values
        return phrase

    def __reduce__(self):
        return _phrase, (self.context, self.template, self.values)


def _phrase(context: str, template: str, values: dict) -> Phrase:
    return Phrase(context, template, **values)


def shown(text: str) -> str:
    """``text`` in the chosen language if it is a :class:`Phrase` (else as it is)."""
    if not isinstance(text, Phrase):
        return text

    def value(v):
        if isinstance(v, tuple):
            return ", ".join(translate(text.context, word) for word in v)
        if isinstance(v, Phrase):
            return shown(v)
        return number(v) if isinstance(v, str) and _NUMBER.fullmatch(v) else v

    return translate(text.context, text.template).format(**{k: value(v) for k, v in text.values.items()})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, which lupdate looks for)
    """Mark ``text`` for translation where it is defined (tables); translate it where it is shown."""
    return text


#: Units shown beside numbers (translate("Units", unit) where shown; unknown units pass unchanged).
UNITS = (QT_TRANSLATE_NOOP("Units", "mm"), QT_TRANSLATE_NOOP("Units", "h"), QT_TRANSLATE_NOOP("Units", "kPa"),
         QT_TRANSLATE_NOOP("Units", "W"), QT_TRANSLATE_NOOP("Units", "kg"), QT_TRANSLATE_NOOP("Units", "K"),
         QT_TRANSLATE_NOOP("Units", "min"), QT_TRANSLATE_NOOP("Units", "days"), QT_TRANSLATE_NOOP("Units", "m²"))
