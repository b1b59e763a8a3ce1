"""View ▸ Units: temperatures in °C or °F, switched live and remembered.

Inputs and scenario files stay in SI; the choice changes what a person reads
(:mod:`thermoviz.model.units`): the plots' temperature axes, limit captions,
readout, verdict, schematic, and every export made afterwards (CSV headers, PDF).
"""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from thermoviz.figure.units_view import apply_units
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.units import TEMP_UNITS, check_unit, set_temp_unit, temp_unit

from .settings import make_settings

UNITS_KEY = "view/units"
TITLES = {"C": QT_TRANSLATE_NOOP("Menus", "Degrees &Celsius (°C)"), "F": QT_TRANSLATE_NOOP("Menus", "Degrees &Fahrenheit (°F)")}


def read_units(settings) -> str:
    """The remembered unit (``"C"`` when unset or unreadable)."""
    value = settings.value(UNITS_KEY, "C") if settings is not None else "C"
    try:
        return check_unit(value)
    except ValueError:
        return "C"


def units_menu(window) -> QMenu:
    """The Units submenu; shows the remembered unit (a window without settings keeps the current one)."""
    remembered = read_units(window.settings) if window.settings is not None else temp_unit()
    if remembered != temp_unit():  # the figure was built in the other unit
        set_temp_unit(remembered)
        apply_units(window.dashboard)
    menu = QMenu(translate("Menus", "&Units"), window)
    menu.setToolTipsVisible(True)
    group = QActionGroup(window)
    window.units_actions = {}
    for unit in TEMP_UNITS:
        action = menu.addAction(translate("Menus", TITLES[unit]))
        action.setObjectName(f"units_{unit}")
        action.setCheckable(True)
        action.setChecked(unit == temp_unit())
        action.setToolTip(translate("Menus", "Temperatures on the plots, readout, verdict and exports. Inputs and "
                                    "scenario files stay in °C. Remembered."))
        action.triggered.connect(lambda _checked=False, u=unit: choose_units(window, u))
        group.addAction(action)
        window.units_actions[unit] = action
    return menu


def choose_units(window, unit: str, remember: bool = True) -> None:
    """Show temperatures in ``unit`` everywhere in ``window`` now (and remember it)."""
    unit = set_temp_unit(unit)
    if remember:  # a window without settings (tests, screenshots) still remembers a menu choice
        (window.settings if window.settings is not None else make_settings()).setValue(UNITS_KEY, unit)
    window.units_actions[unit].setChecked(True)
    apply_units(window.dashboard)
    banner = window.verdict_banner
    if getattr(banner, "verdict", None) is not None:
        banner.set_verdict(banner.verdict, banner.pending)
    window.schematic_dock.result_changed()
    window.map_view.redraw()  # its colour scale, key and read-out
