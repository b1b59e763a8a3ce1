"""Help ▸ Sources: the bibliography (``docs/sources.md``) read inside the app, offline.

A lesson's "Sources §1.1" link opens the same dialog at that section.  Web addresses on the page
are text to read or copy: nothing here opens a browser (classrooms run thermoviz offline).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from thermoviz.io.sources_page import heading_prefixes, sources_markdown
from thermoviz.model.language import translate


class SourcesDialog(QDialog):
    """The sources page in a read-only browser that never follows a link."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Sources"))
        self.setObjectName("sourcesDialog")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # addresses stay text: no browser, no navigation away
        self.browser.setOpenExternalLinks(False)
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.browser.setMarkdown(sources_markdown())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(900, 650)

    def show_section(self, section: str | None) -> bool:
        """Scroll so the heading of ``section`` ("1.1") is at the top; False if the page has none."""
        if section is None:
            self.browser.verticalScrollBar().setValue(0)
            return True
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().startswith(heading_prefixes(section)):
                cursor = self.browser.textCursor()
                cursor.setPosition(block.position())
                self.browser.setTextCursor(cursor)
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(round(top))
                return True
            block = block.next()
        return False


def show_sources(window, section: str | None = None) -> SourcesDialog:
    """Open (or raise) the window's sources page at ``section``; not modal-blocking."""
    dialog = getattr(window, "sources_dialog", None)
    if dialog is None:
        dialog = window.sources_dialog = SourcesDialog(window)
    if dialog.isVisible():  # already open behind the window: bring it forward
        dialog.activateWindow()
    dialog.show()
    dialog.show_section(section)
    return dialog
