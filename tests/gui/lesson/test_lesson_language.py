"""The lesson follows the window's language (issue 19): a Russian window's lesson panel narrates in Russian,
with Russian glossary hover texts."""

from __future__ import annotations

import re

from thermoviz.api import load_scenario
from thermoviz.io.glossary import term_meaning
from thermoviz.io.lesson_catalogue import get_lesson
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def test_russian_window_lesson_panel(qtbot, crew_strain_warm, settings_dir):
    from thermoviz.gui.app import build_window
    from thermoviz.gui.lesson.lesson_open import open_lesson

    try:
        _app, window = build_window(load_scenario("soyuz-ms22"), remember=False, size=(1400, 900), lang="ru")
        qtbot.addWidget(window)
        window.show()
        panel = open_lesson(window, "ms22-why", 0)
        assert window.wait_idle(60)
        russian = get_lesson("ms22-why")
        assert panel.lesson.title == russian.title and CYRILLIC.search(russian.title)
        narration = panel.narration.text()
        assert CYRILLIC.search(narration) and "Камеры станции" in narration and "Station cameras" not in narration
        assert CYRILLIC.search(panel.step_title.text())
        assert panel.progress.text() == "Шаг 1 из 9" and panel.next_button.text() == "Дальше →"
        assert panel.leave_button.text() == "Закрыть урок"
        link = re.search(r'href="(term:\d+)"', narration).group(1)  # glossary hover texts in Russian too
        assert CYRILLIC.search(term_meaning(link))
        window.close()
    finally:
        use_language("en")
