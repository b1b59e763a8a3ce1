"""A lesson's "Sources §1.1" opens Help ▸ Sources at that section inside the app, never a browser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from thermoviz.io.sources_page import source_html, sources_markdown


def _visible_heading(dialog) -> str:
    browser = dialog.browser
    cursor = browser.cursorForPosition(browser.viewport().rect().topLeft())
    return cursor.block().text()


def test_help_sources_shows_the_bibliography(make_window, qtbot):
    window = make_window("soyuz-ms22")
    window.actions["sources_help"].trigger()
    dialog = window.sources_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    assert "Sources: the facts thermoviz uses" in text and "Gizmodo" in text
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
    dialog.close()


def test_lesson_source_link_opens_the_section_not_a_browser(make_window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    window = make_window("soyuz-ms22")
    from thermoviz.gui.lesson.lesson_open import open_lesson

    open_lesson(window, "ms22-why", step=2)  # the cabin step: predict first, sources with the answer
    panel = window.lesson_panel
    assert window.wait_idle(60)
    assert "Sources</b> are shown with the answer" in panel.sources.text()
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # Reveal: the sources appear
    assert panel.revealed
    shown = panel.sources.text()
    assert 'href="sources:1.1"' in shown and "http" not in shown
    assert not panel.sources.openExternalLinks()
    panel.sources.linkActivated.emit("sources:1.2")
    dialog = window.sources_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert _visible_heading(dialog).startswith("1.2 Progress MS-21")
    panel.sources.linkActivated.emit("sources:8")
    assert _visible_heading(dialog).startswith("8. How likely")
    assert opened == []
    dialog.close()


def test_source_html_links_only_sections():
    assert source_html("Gizmodo, 12 Jan 2023 & co (Sources §1.1)") == (
        'Gizmodo, 12 Jan 2023 &amp; co (<a href="sources:1.1">Sources §1.1</a>)')
    assert "<a" not in source_html("NASA, 11 Oct 2023: the leak has ceased")
    assert "## 1. The three events" in sources_markdown()
