"""GUI test fixtures: a real MainWindow on the real model, offscreen."""

from __future__ import annotations

import pytest


@pytest.fixture
def settings_dir(tmp_path, monkeypatch):
    folder = tmp_path / "settings"
    folder.mkdir()
    monkeypatch.setenv("THERMOVIZ_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture
def make_window(qtbot, crew_strain_warm, settings_dir):
    """Factory: a shown MainWindow with a preset loaded and its crew strain drawn."""
    from thermoviz.gui.app import build_window
    from thermoviz.api import load_scenario

    def make(preset_id="soyuz-ms22", wait: bool = True, remember: bool = False, size=(1400, 900)):
        """``preset_id``: a preset id, a Scenario, or None (the start-up scenario)."""
        scenario = load_scenario(preset_id) if isinstance(preset_id, str) else preset_id
        _app, window = build_window(scenario, remember=remember, size=size)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if wait:
            assert window.wait_idle(30)
        return window

    return make


@pytest.fixture(autouse=True)
def no_unsaved_changes_dialog(monkeypatch):
    """A modal "Unsaved changes" box would block an offscreen test forever; tests that
    check the prompt replace this answer themselves."""
    from thermoviz.gui.window.file_actions import FileActions

    monkeypatch.setattr(FileActions, "ask_save_changes", lambda self, path, reason: "discard")


@pytest.fixture(autouse=True)
def fresh_start_notes(monkeypatch):
    """Each test is a fresh start of the app: the settings reader's notes (``settings.NOTES``) and how many
    of them the window already showed are per process, and one test's corrupt settings must not be
    told (or swallowed) at another test's start."""
    from thermoviz.gui.window import settings, window_fit

    monkeypatch.setattr(settings, "NOTES", [])
    monkeypatch.setattr(window_fit, "_shown_notes", [0])


@pytest.fixture
def window_in_language(qtbot, crew_strain_warm, settings_dir):
    """Factory: a shown 1400×900 window of a preset in a language (``"ru"``, ``"es"``), its crew drawn;
    the windows are closed and the language set back to English afterwards."""
    from thermoviz.api import load_scenario
    from thermoviz.gui.app import build_window
    from thermoviz.io.translations import use_language

    windows = []

    def make(preset_id: str, lang: str):
        _app, window = build_window(load_scenario(preset_id), remember=False, size=(1400, 900), lang=lang)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        assert window.wait_idle(60)
        return window

    try:
        yield make
    finally:
        for window in windows:
            window.close()
        use_language("en")
