"""Export tests that open a real window: never block on an "Unsaved changes" box."""

import pytest


@pytest.fixture(autouse=True)
def no_unsaved_changes_dialog(monkeypatch):
    from thermoviz.gui.file_actions import FileActions

    monkeypatch.setattr(FileActions, "ask_save_changes", lambda self, path, reason: "discard")
