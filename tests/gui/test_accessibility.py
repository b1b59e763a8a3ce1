"""Screen readers and keyboards: every control, plot and banner has a name and a description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QGraphicsView, QLineEdit, QScrollBar, QTabBar, QTextEdit, QWidget)

from thermoviz.gui.plots.cursor_readout import CursorReadout
from thermoviz.gui.schematic.schematic_view import SchematicView
from thermoviz.gui.plots.verdict_banner import VerdictBanner

#: What a user operates or reads: controls, plots (graphics views, the schematic), the banner, the readout.
SPOKEN = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QGraphicsView,
          QAbstractItemView, QTextEdit, SchematicView, VerdictBanner, CursorReadout)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a spin box's line edit, a combo's popup list, scroll bars)."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar)
            or (isinstance(widget, QAbstractItemView) and parent is not None and parent.inherits("QComboBoxPrivateContainer")))


def unnamed(window) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, SPOKEN) or _qt_internal(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        spoken_name = face.text(QAccessible.Text.Name) if face else ""
        description = face.text(QAccessible.Text.Description) if face else ""
        if not spoken_name.strip() or not description.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} name={spoken_name[:30]!r} "
                           f"description={description[:30]!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_plot_and_banner_is_named_and_described(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return")
    window.schematic_dock.show()
    window.tabs.setCurrentWidget(window.map_view)  # the map's plot is made when its tab is first shown
    qtbot.waitUntil(lambda: window.map_view.map_widget is not None, timeout=60_000)
    window.tabs.setCurrentWidget(window.dashboard)
    assert unnamed(window) == []
    banner = QAccessible.queryAccessibleInterface(window.verdict_banner)
    assert banner.text(QAccessible.Text.Name) == "Verdict"
    assert window.verdict_banner.text in banner.text(QAccessible.Text.Description)
    plots = QAccessible.queryAccessibleInterface(window.dashboard.graphics).text(QAccessible.Text.Description)
    assert "crew core temperature" in plots and "arrow keys" in plots.lower()
