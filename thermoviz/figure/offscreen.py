"""A Qt application for painting figures without a window (headless exports, screenshots)."""

from __future__ import annotations

import logging
import os
import sys

#: Harmless Qt messages of the offscreen platform that would only confuse a command-line user.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)

_handler = None


class _DropHarmless(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(HARMLESS_QT_MESSAGES)


def quiet_qt_messages() -> None:
    """Route Qt's messages to stderr as ``Qt: ...`` lines, without the offscreen platform's noise.

    Uses superqt's :class:`~superqt.utils.QMessageHandler` (installed once per process).
    """
    global _handler
    if _handler is not None:
        return
    from superqt.utils import QMessageHandler

    logger = logging.getLogger("thermoviz.qt")
    logger.propagate = False
    if not logger.handlers:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("Qt: %(message)s"))
        stream.addFilter(_DropHarmless())
        logger.addHandler(stream)
    _handler = QMessageHandler(logger)
    _handler.install()


def ensure_qt_app():
    """A QApplication for off-screen rendering (created once; reused if one exists).

    The Qt platform defaults to ``offscreen`` when neither ``QT_QPA_PLATFORM`` nor a
    display is set.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtWidgets

    from .style import configure_pyqtgraph  # Qt: pyqtgraph is configured only once a Qt app exists

    quiet_qt_messages()
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(sys.argv[:1] or ["thermoviz"])
    configure_pyqtgraph()
    return app
