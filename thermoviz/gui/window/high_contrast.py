"""View ▸ High contrast: the plots (:mod:`thermoviz.figure.contrast`) and the window's colours, remembered."""

from __future__ import annotations

from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication

from thermoviz.figure.contrast import set_high_contrast
from thermoviz.model.language import translate

from .settings import make_settings
from ..plots.view_options import read_bool

CONTRAST_KEY = "view/high_contrast"
#: Window colours in high contrast: pure black on white, darker disabled text (7:1 on white).
HIGH_PALETTE = {"Window": "#FFFFFF", "WindowText": "#000000", "Base": "#FFFFFF", "Text": "#000000",
                "Button": "#FFFFFF", "ButtonText": "#000000", "ToolTipBase": "#FFFFFF", "ToolTipText": "#000000"}
DISABLED_HIGH = "#595959"


def contrast_action(window) -> QAction:
    """The checkable menu row; applies the remembered choice (a window without settings starts normal)."""
    action = QAction(translate("Menus", "&High contrast"), window)
    action.setObjectName("high_contrast")
    action.setCheckable(True)
    action.setToolTip(translate("Menus", "Thicker curves and limit lines, black text and firmer grid lines, for a "
                                "pale projector or low vision. Remembered."))
    window.high_contrast_action = action
    if window.settings is not None and read_bool(window.settings, CONTRAST_KEY, False):
        action.setChecked(True)
        apply_high_contrast(window, True)
    action.toggled.connect(lambda on: choose_high_contrast(window, on))
    return action


def choose_high_contrast(window, on: bool) -> None:
    """The user's choice: shown now and remembered."""
    apply_high_contrast(window, on)
    (window.settings if window.settings is not None else make_settings()).setValue(CONTRAST_KEY, bool(on))


def apply_high_contrast(window, on: bool) -> None:
    """Window colours and plots in high contrast (``on``) or back to normal."""
    app = QApplication.instance()
    if not hasattr(app, "thermoviz_normal_palette"):
        app.thermoviz_normal_palette = QPalette(app.palette())
    palette = QPalette(app.thermoviz_normal_palette)
    if on:
        for role, colour in HIGH_PALETTE.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        for role in ("Text", "WindowText", "ButtonText"):
            palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(DISABLED_HIGH))
    app.setPalette(palette)
    set_high_contrast(window.dashboard, on)
