"""File-menu actions of the main window (open/save/export live here; owned by the export work).

``MainWindow`` calls :func:`install_file_actions` once, after it has built its
menu bar, so everything about files stays in one module.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def install_file_actions(window) -> None:
    """Add the File-menu actions to ``window.file_menu`` (a QMenu)."""
    quit_action = QAction("&Quit", window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    window.file_menu.addAction(quit_action)
