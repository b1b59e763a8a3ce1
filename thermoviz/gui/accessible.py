"""Names and descriptions a screen reader speaks for the window's plots, banner and views.

Buttons, check boxes and menu items take their names from their own text and their
descriptions from their tooltips (Qt does that); the parts below have neither, so
they are named here.  ``tests/gui/test_accessibility.py`` walks the whole widget
tree and fails on any control, plot or banner left without a name or description.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from thermoviz.figure import spec as S
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

#: Keys that work on the time plots (see thermoviz.gui.plots.cursor_keys and the shortcuts box).
PLOT_KEYS_HINT = QT_TRANSLATE_NOOP("Window", "Left and right arrow keys move the time cursor; the readout under "
                                   "the plots reads every value at the cursor. Ctrl+M: the survivability map.")


def name(widget: QWidget, title: str, description: str) -> None:
    """Set ``widget``'s accessible name and description (only where they change)."""
    if widget.accessibleName() != title:
        widget.setAccessibleName(title)
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def describe_window(window) -> None:
    """Name the plots, readout, tabs and views of ``window`` (a MainWindow); called once it is built."""
    dash = window.dashboard
    name(dash.graphics, translate("Window", "Time plots"), translate("Window", "Plots on one time axis: {caption}.")
         .format(caption=S.figure_caption()) + " " + translate("Window", PLOT_KEYS_HINT))
    name(dash.readout, translate("Window", "Values at the time cursor"),
         translate("Window", "Every quantity at the time cursor, in the same order as the plots' legends."))
    bar = window.tabs.tabBar()
    name(bar, translate("Window", "Views"), translate("Window", "Time plots (Ctrl+T) or the survivability map (Ctrl+M)."))
    for button in bar.findChildren(QWidget):  # Qt's own scroll arrows of a narrow tab bar
        if button.accessibleName() and not button.accessibleDescription():
            button.setAccessibleDescription(translate("Window", "{name} through the views' tabs").format(
                name=button.accessibleName()))
    dock = getattr(window, "schematic_dock", None)
    view = getattr(dock, "view", None)
    if view is not None:
        name(view, translate("Window", "Loop schematic"), translate(
            "Window", "The coolant loop, cabin, crew and equipment bay at the time cursor, with the heat flows "
            "between them."))


def describe_map(map_widget: QWidget) -> None:
    """The survivability map's plot (made when the Map tab is first shown)."""
    name(map_widget, translate("Window", "Survivability map"), translate(
        "Window", "Colours every pair of the two chosen inputs by the crew margin at landing, with the survivable "
        "boundary for 1, 2 and 3 crew and the current scenario starred. The sentences under it give the "
        "safe limits in words."))
