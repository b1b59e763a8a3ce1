"""The scenario's title and description, editable at the top of the controls dock.

They feed the window title, saved scenario files, the PDF report and the exports.
An edit is one undoable scenario step (applied when the line edit is left or
Enter is pressed, and for the description when the box loses focus), like any
control.

A what-if derived from a preset (not from an opened or saved file: a file's texts
are the user's own and a changed setting must not rewrite them, so saving it gives
back the same file but that setting): when its settings differ from the preset's
and its title is still the preset's, the title gets
:data:`MODIFIED_SUFFIX` (part of the same undo step, so undo brings the original
back), and the description a first line saying it was changed, because the
preset's text no longer describes the numbers.  Once the user types a title or a
description of their own, it is never rewritten.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit

from thermoviz.io.preset_texts import (MODIFIED_NOTE, MODIFIED_SUFFIX, preset_text, shown_description,  # noqa: F401
                                       shown_title, unmarked_description, unmarked_title)
from thermoviz.model.language import translate

_TEXT_FIELDS = ("title", "description")


def settings_differ(scenario, base) -> bool:
    """True when ``scenario`` differs from ``base`` in anything but its title and description."""
    if scenario is None or base is None:
        return False
    return dataclasses.replace(scenario, title=base.title, description=base.description) != base


def saved_text(scenario, base):
    """``scenario`` as it goes into a file: an automatic "(modified)" mark is dropped (a typed title stays)."""
    if base is None:
        return scenario
    updates = {}
    if scenario.title.endswith(MODIFIED_SUFFIX) and unmarked_title(scenario.title) == unmarked_title(base.title):
        updates["title"] = unmarked_title(scenario.title)
    if scenario.description.startswith(MODIFIED_NOTE) \
            and unmarked_description(scenario.description) == unmarked_description(base.description):
        updates["description"] = unmarked_description(scenario.description)
    return dataclasses.replace(scenario, **updates) if updates else scenario


def what_if_text(scenario, base):
    """``scenario`` with the "(modified)" title and note when it is an untitled what-if of ``base``.

    Applied to every control edit; idempotent; a scenario back at ``base``'s settings gets the
    original title and description back.
    """
    if base is None:
        return scenario
    plain_title, plain_description = unmarked_title(base.title), unmarked_description(base.description)
    marked_title = plain_title + MODIFIED_SUFFIX if plain_title else ""
    marked_description = MODIFIED_NOTE + plain_description if plain_description else ""
    changed = settings_differ(scenario, base)
    updates = {}
    if unmarked_title(scenario.title) == plain_title:  # "(modified)" at most once, whatever the base carried
        updates["title"] = marked_title if changed else base.title
    if unmarked_description(scenario.description) == plain_description:
        updates["description"] = marked_description if changed else base.description
    updates = {k: v for k, v in updates.items() if getattr(scenario, k) != v}
    return dataclasses.replace(scenario, **updates) if updates else scenario


class ScenarioText(QGroupBox):
    """Title line edit and description box; ``edited`` carries (title, description)."""

    edited = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(translate("Controls", "Title and description"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("Controls", "Scenario title"))
        self.title_edit.setPlaceholderText(translate("Summary", "Untitled scenario"))
        self.title_edit.setToolTip(translate("Controls", "Shown in the title bar, saved with the scenario, and printed "
                                             "on the PDF report and exported figures. Enter applies it (undo: Ctrl+Z)."))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(translate("Controls", "Scenario description"))
        self.description_edit.setPlaceholderText(translate("Controls", "What this scenario shows"))
        self.description_edit.setToolTip(translate("Controls", "Saved with the scenario and printed on the PDF report. "
                                                   "Applied when you leave the box (undo: Ctrl+Z)."))
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.description_edit.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(translate("Controls", "Title"), self.title_edit)
        form.addRow(translate("Controls", "Description"), self.description_edit)
        self._shown = ("", "")
        self._source = ("", "")
        self.title_edit.editingFinished.connect(self._commit)
        self.description_edit.focusOutEvent = self._description_left(self.description_edit.focusOutEvent)

    def _description_left(self, original):
        def handler(event):
            original(event)
            self._commit()
        return handler

    def show_text(self, title: str, description: str) -> None:
        """Show the scenario's texts, a preset's in the chosen language (emits nothing)."""
        self._source = (title, description)
        title, description = shown_title(title), shown_description(description)
        self._shown = (title, description)
        if self.title_edit.text() != title:
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(0)  # show the start of a long title
        if self.description_edit.toPlainText() != description:
            self.description_edit.setPlainText(description)

    def _commit(self) -> None:
        texts = (self.title_edit.text().strip(), self.description_edit.toPlainText().strip())
        shown = tuple(t.strip() for t in self._shown)
        if texts != shown:
            self._shown = texts
            # a text left as shown stays the scenario's own (the preset's English), not its translation
            texts = tuple(source.strip() if text == was else text
                          for text, was, source in zip(texts, shown, self._source))
            self._source = texts
            self.edited.emit(*texts)
