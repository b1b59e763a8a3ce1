"""The window and the whole lesson with the keyboard alone (key events only, no clicks, no setters)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QScrollBar, QTextEdit, QWidget)

CONTROL_KINDS = (QAbstractSpinBox, QAbstractSlider, QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key to whatever has the focus (or the active popup menu), as a keyboard would."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _tab_to(qtbot, wanted: QWidget, limit: int = 80) -> list[QWidget]:
    visited = []
    for _ in range(limit):
        focus = QApplication.focusWidget()
        visited.append(focus)
        if focus is wanted:
            return visited
        _press(qtbot, Qt.Key.Key_Tab)
    return visited


def test_tab_reaches_every_control_and_keys_change_the_scenario(make_window, qtbot):
    window = make_window("soyuz-ms22")
    window.activateWindow()
    dock = window.controls_dock
    controls = [w for w in dock.findChildren(QWidget) if isinstance(w, CONTROL_KINDS) and w.isVisible()
                and w.isEnabled() and not w.objectName().startswith("qt_")
                and not isinstance(w, QScrollBar)]  # the scroll area follows the focus
    focusable = [w for w in dock.findChildren(QWidget) if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    focusable[0].setFocus()  # where a Tab from the menu bar lands: the first control
    visited = {id(w) for w in _tab_to(qtbot, None, limit=3 * len(focusable))}
    unreached = [f"{type(w).__name__} {w.accessibleName() or w.toolTip()[:40]!r}" for w in controls
                 if id(w) not in visited and id(w.focusProxy()) not in visited]
    assert unreached == []
    # The hole slider by Tab, then one arrow key: a larger hole.
    slider = window.controls.hole.slider
    assert _tab_to(qtbot, slider)[-1] is slider
    before = window.session.scenario.hole_diameter_mm
    _press(qtbot, Qt.Key.Key_Right)
    assert window.wait_idle(30)
    assert window.session.scenario.hole_diameter_mm > before


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_whole_lesson_by_keyboard(make_window, qtbot):
    window = make_window("soyuz-ms22")
    window.activateWindow()
    window.controls.hole.slider.setFocus()  # the focus somewhere in the window, as after start-up
    _press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Help menu
    menu = QApplication.activePopupWidget()
    assert menu is not None and menu.activeAction().text().startswith("Lesson")
    _press(qtbot, Qt.Key.Key_Return)
    panel = window.lesson_panel
    assert window.wait_idle(60) and panel.index == 0
    # A real window system gives the activation back to the window when the menu closes; the
    # offscreen platform leaves it on the closed menu, so hand it back as the platform would.
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert QApplication.focusWidget() is panel  # the lesson takes the keyboard focus when it opens
    steps = len(panel.lesson.steps)
    for _ in range(3 * steps):  # Space: reveal the answer, then the next step
        if panel.index == steps - 1 and (panel.revealed or panel.lesson.steps[-1].predict is None):
            break
        focus = QApplication.focusWidget()
        _press(qtbot, Qt.Key.Key_Space)
        assert window.wait_idle(60)
        assert QApplication.focusWidget() is not None, (panel.index, panel.revealed, focus)
        assert window.session.scenario == panel.lesson.steps[panel.index].scenario
    assert panel.index == steps - 1
    _press(qtbot, Qt.Key.Key_Left)  # and back
    assert panel.index == steps - 2
