"""The command line's own language: ``--lang`` (or the locale) is read before argparse parses, so
argparse's usage, help headings and error messages are translated too (context ``Argparse``)."""

from __future__ import annotations

import argparse
from typing import Sequence

from .model.language import QT_TRANSLATE_NOOP, translate

#: argparse's messages thermoviz users meet (argparse passes each through its module-level ``_``).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "), QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"), QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
)


def asked_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` in ``argv`` (None if absent), before parsing."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1].lower()
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1].lower()
    return None


def use_cli_language(argv: Sequence[str], non_english_locale: bool, choices: Sequence[str]) -> None:
    """Translate from now on when ``--lang`` (one of ``choices``) or the locale asks for another language,
    argparse included.  English loads no Qt (``thermoviz run`` stays Qt-free)."""
    helping = "-h" in argv or "--help" in argv  # help is printed and the window never opens
    if not helping and ("gui" in argv or not [arg for arg in argv if not arg.startswith("-")]):
        return  # the window (``thermoviz``, ``thermoviz gui``) chooses its own language
    asked = asked_language(argv)
    if asked not in choices:
        asked = None
    if asked == "en" or (asked is None and not non_english_locale):
        return
    from .io.translations import chosen_language, use_language

    use_language(chosen_language(asked))
    argparse._ = lambda text: translate("Argparse", text)  # argparse looks its ``_`` up at each message
