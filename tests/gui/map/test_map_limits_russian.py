"""The Map tab's "Safe limits" sentences of a scenario that undocks, in a Russian window (issue 19).

They are found in the analysis worker process, which has no language: the worker now returns the
limits as data (:func:`thermoviz.analysis.jobs.limit_items`) and the window words them
(:func:`~thermoviz.analysis.jobs.limit_sentences`).  Before, a Russian window showed
'Largest hole with 3 crew kept below "not acceptable" …: 0.37 mm' under a Russian map.
"""

from __future__ import annotations

import re

import pytest

from thermoviz.analysis.jobs import find_limits, limit_sentences, limits_job
from thermoviz.analysis.wire import decode, encode
from thermoviz.api import load_scenario
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
DECIMAL_POINT = re.compile(r"\d\.\d")
ENGLISH = re.compile(r"\b(crew|Largest|Latest|Most|below|after|Even|none|all up to|not acceptable)\b")


def _nothing_english(sentences: list[str]) -> None:
    assert len(sentences) == 3
    for s in sentences:
        assert CYRILLIC.search(s), s
        assert not DECIMAL_POINT.search(s), s
        assert not ENGLISH.search(s), s


def test_limits_from_the_worker_are_worded_in_the_windows_language():
    crewed = load_scenario("soyuz-ms22-crewed-return")
    use_language("en")  # the worker process: no language
    _scenario, items = decode(encode(limits_job(crewed, progress=None, cancel=lambda: False, partial=None)))
    english = limit_sentences(items)
    assert english == find_limits(crewed)
    assert english[0].startswith('Largest hole with 3 crew kept below "not acceptable"')
    use_language("ru")
    try:
        russian = limit_sentences(items)
        survive = find_limits(crewed, grade="not_survivable")
    finally:
        use_language("en")
    _nothing_english(russian)
    assert russian[0].startswith("Наибольшее отверстие, при котором экипаж из 3 чел. остаётся ниже уровня «недопустимо»")
    assert "0,37 мм (2 чел.: 0,40 мм" in russian[0] and "после пробоя" in russian[1]
    assert "выживает" in survive[2] and "из 3" in survive[2]


@pytest.fixture
def small_maps(monkeypatch):
    import thermoviz.gui.map.map_view as mv

    monkeypatch.setattr(mv, "MAP_N", 24)


def test_russian_map_tab_shows_russian_safe_limits(qtbot, crew_strain_warm, settings_dir, small_maps):
    from thermoviz.gui.app import build_window

    _app, window = build_window(load_scenario("soyuz-ms22-crewed-return"), remember=False, size=(1400, 900),
                                lang="ru")
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.wait_idle(60)
        window.tabs.setCurrentWidget(window.map_view)
        assert window.map_view.wait_idle(180)
        finder = window.map_view.finder
        assert finder.text().startswith("<b>Безопасные пределы</b>")
        _nothing_english(finder.sentences)
    finally:
        window.map_view.stop()
        window.close()
        use_language("en")


def test_worker_failures_are_worded_in_the_windows_language(qapp):
    """The worker's own time-budget failure and the window's 'process stopped' are Russian; others pass."""
    from thermoviz.gui.analysis_worker import shown_failure

    budget = "it ran past its time budget of 300 s; ask for a smaller grid or fewer samples"
    assert shown_failure(budget) == budget
    use_language("ru")
    try:
        assert shown_failure(budget) == "расчёт превысил отведённое время (300 с); задайте сетку поменьше или меньше выборок"
        assert shown_failure("hole_diameter_mm: bad") == "hole_diameter_mm: bad"
    finally:
        use_language("en")
