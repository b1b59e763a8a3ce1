"""Ignored settings are told in the window's language (issue 19): a Russian window that starts from
corrupt settings says so in Russian in its status bar and hover list; stderr and the notes
themselves stay English (a :class:`~thermoviz.model.language.Phrase` is its English text)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from thermoviz.io.translations import use_language


def test_a_russian_window_tells_ignored_settings_in_russian(qtbot, crew_strain_warm, settings_dir, monkeypatch):
    from thermoviz.gui.app import build_window
    from thermoviz.gui.window import settings as settings_module
    from thermoviz.gui.window import window_fit

    store = settings_module.make_settings()
    store.setValue("scenario/last", ["a", "b"])
    store.setValue("ui/scale", "1.3")
    store.setValue("window/geometry", QByteArray(b"\x00junk"))
    store.sync()
    monkeypatch.setattr(settings_module, "NOTES", [])
    monkeypatch.setattr(window_fit, "_shown_notes", [0])
    _app, window = build_window(None, remember=True, size=None, lang="ru")
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.wait_idle(60)
        english = [str(n) for n in settings_module.NOTES]
        assert "settings: ignored the interface size 1.3 (offered: 100%, 125%, 150%, 200%)" in english
        assert any(n.startswith("settings: ignored the remembered scenario (TypeError: ") for n in english)
        start = "\n".join(window.start_notes)
        assert start.startswith("Нечитаемых сохранённых настроек пропущено: 2, взяты значения по умолчанию: ")
        assert "настройки: размер интерфейса 1,3 пропущен (доступны: 100%, 125%, 150%, 200%)" in start
        assert "настройки: сохранённый сценарий пропущен (TypeError: " in start
        tooltip = window.status_label.toolTip()
        assert "настройки: сохранённый сценарий пропущен" in tooltip and "settings: " not in tooltip
    finally:
        window.close()
        use_language("en")
