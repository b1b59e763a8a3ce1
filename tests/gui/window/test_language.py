"""A Russian window: Cyrillic menus, docks and tabs, a Russian verdict; View ▸ Language remembers a choice."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from thermoviz.api import load_scenario
from thermoviz.gui.window.language_menu import LANGUAGE_KEY, remembered_language
from thermoviz.gui.window.settings import make_settings
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def test_russian_window(qtbot, crew_strain_warm, settings_dir):
    from thermoviz.gui.app import build_window

    try:
        _app, window = build_window(load_scenario("soyuz-ms22-crewed-return"), remember=False, size=(1400, 900),
                                    lang="ru")
        qtbot.addWidget(window)
        window.show()
        assert window.wait_idle(60)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Файл", "&Правка", "&Вид", "&Корабль", "&Справка"]
        assert window.actions["open"].text() == "&Открыть сценарий…" and window.actions["quit"].text() == "В&ыход"
        assert CYRILLIC.search(window.units_actions["F"].text()) and CYRILLIC.search(window.high_contrast_action.text())
        assert window.tabs.tabText(0) == "Графики по времени" and window.controls_dock.windowTitle() == "Сценарий"
        assert window.verdict_banner.badge.text() == "ОПАСНО"
        verdict = window.verdict_banner.label.text()
        assert verdict.startswith("По модели не выжить") and "после пробоя" in verdict
        assert window.language_actions["ru"].isChecked()
        hole = window.controls.hole.spin
        assert hole.text().startswith("0,80")  # decimal comma shown, and typed:
        hole.lineEdit().selectAll()
        qtbot.keyClicks(hole.lineEdit(), "1,5")
        qtbot.keyClick(hole.lineEdit(), Qt.Key.Key_Return)
        assert window.wait_idle(60) and window.session.scenario.hole_diameter_mm == 1.5
        window.language_actions["es"].trigger()
        assert remembered_language(make_settings()) == "es"
        assert "запуске" in window.statusBar().currentMessage()
        window.close()
    finally:
        use_language("en")


def test_unknown_remembered_language_is_ignored():
    settings = make_settings()
    for junk in ("de", "", "klingon"):
        settings.setValue(LANGUAGE_KEY, junk)
        assert remembered_language(settings) is None
