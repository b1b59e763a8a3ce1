"""Help ▸ Crew grades: the teacher's page on the outcome scale opens from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from thermoviz.io.grades_page import grades_page_html


def test_help_menu_opens_the_grades_page(make_window, qtbot):
    window = make_window("soyuz-ms22-crewed-return")
    window.actions["grades_help"].trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "Crew grades")
    qtbot.waitUntil(box.isVisible)
    assert box.text() == grades_page_html() and "Not acceptable" in box.text()
    box.close()
