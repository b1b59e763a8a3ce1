"""The two-crew step's reveal in the window quotes the decision's odds (issue 16 item 4), computed in
the band's worker process: the panel shows "…" until the answer arrives, the window never waits."""

from __future__ import annotations

import re
import time

from PySide6.QtWidgets import QLabel

from thermoviz.analysis.step_odds import step_odds
from thermoviz.io.lesson_catalogue import get_lesson
from thermoviz.io.lesson_odds import odds_phrase


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", "\u00a0").replace("&quot;", '"')


def test_two_crew_reveal_shows_the_model_odds_without_blocking(make_window, qtbot, tmp_path):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    lesson = get_lesson("ms22-why")
    step = next(s for s in lesson.steps if s.overrides.get("crew") == 2)
    expected = odds_phrase(step_odds(step.scenario), "not_acceptable")  # the oracle, computed here
    assert "%" in expected and "…" not in expected
    window = make_window("soyuz-ms22")
    start = time.perf_counter()
    panel = open_lesson(window, lesson.id, step.number - 1)
    panel.reveal()
    shown_s = time.perf_counter() - start
    pending = panel.odds.get(step) is None  # the worker has not answered yet: the text says "…"
    answer = _plain(panel.answer.text())
    if pending:
        assert "…" in answer and expected not in answer
    assert window.wait_idle(60)
    qtbot.waitUntil(lambda: expected in _plain(panel.answer.text()), timeout=90_000)
    answer = _plain(panel.answer.text())
    assert "…" not in answer and "{" not in answer
    assert panel.odds.runner is not None and not panel.odds.runner.running
    assert shown_s < 5.0, shown_s  # the step shows at once: 200 vehicles never run on the window's thread
    # back and forth: the odds are kept; before Reveal nothing on screen quotes them, after it at once
    panel.back()
    panel.next()
    assert window.wait_idle(60)
    assert panel.odds.get(step) is not None and not panel.revealed
    shown = "\n".join(_plain(label.text()) for label in window.findChildren(QLabel) if label.isVisibleTo(window))
    assert expected not in shown and "plausible" not in shown
    panel.reveal()
    assert expected in _plain(panel.answer.text())
    assert window.grab().save(str(tmp_path / "odds.png"))
    panel.leave()


def test_russian_window_quotes_the_odds_in_russian(qtbot, crew_strain_warm, settings_dir, tmp_path):
    from thermoviz.api import load_scenario
    from thermoviz.gui.app import build_window
    from thermoviz.gui.lesson.lesson_open import open_lesson
    from thermoviz.io.translations import use_language

    try:
        _app, window = build_window(load_scenario("soyuz-ms22"), remember=False, size=(1400, 900), lang="ru")
        qtbot.addWidget(window)
        window.show()
        step = next(s for s in get_lesson("ms22-why").steps if s.overrides.get("crew") == 2)
        expected = odds_phrase(step_odds(step.scenario), "not_acceptable")  # in Russian: the language in use
        assert expected.startswith("экипаж из 3 человек доходит до степени «недопустимо» в ")
        panel = open_lesson(window, "ms22-why", step.number - 1)
        assert window.wait_idle(60)
        panel.reveal()
        qtbot.waitUntil(lambda: expected in _plain(panel.answer.text()), timeout=90_000)
        assert "plausible" not in panel.answer.text()
        assert window.grab().save(str(tmp_path / "odds-ru.png"))
        window.close()
    finally:
        use_language("en")
