"""The status bar of a Russian window (issue 19): its line starts with a capital ("Оценочных значений
модели: 40", was "оценочных …") and the model's notes in its hover list are Russian with the decimal
comma ("эффективный коэффициент расхода 0,12"); the notes stay English in results, files and the
command line (a :class:`~thermoviz.model.language.Phrase` is its English string)."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from thermoviz.io.translations import use_language
from thermoviz.model.language import Phrase, shown

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@pytest.fixture
def russian_window(window_in_language):  # (fresh settings notes: tests/gui/conftest.py)
    return window_in_language("soyuz-ms22-crewed-return", "ru")


def test_status_line_is_capitalised_and_physics_notes_are_russian(russian_window):
    line = russian_window.status_label.text()
    assert line.startswith("Оценочных значений модели: "), line
    tooltip = russian_window.status_label.toolTip()
    notes = re.findall(r"<li>(.*?)</li>", tooltip)
    english = [n for n in notes if not CYRILLIC.search(n)]
    assert not english, english
    for start in ("Оценено или выведено", "Теплоноситель: ", "Скорость утечки откалибрована",
                  "Когда запас жидкости", "После посадки экипаж"):
        assert any(n.startswith(start) for n in notes), (start, notes)
    assert "эффективный коэффициент расхода 0,12" in tooltip and "теплоёмкость воздуха кабины" in tooltip
    assert "свойства: по памяти" in tooltip
    # the crew model's own notes (model/crew, model/engine), with the decimal comma
    for start in ("Экипаж и кабина рассчитаны вместе: каждый человек представлен телом модели прогнозируемой",
                  "Кабина выходит за пределы применимости ISO 7933 PHS через 51,5 ч (давление пара выше 4,5 кПа)",
                  "Потеря пота достигает 3% массы тела (2,25 кг, предел обезвоживания ISO 7933 для экипажа, "
                  "который не может пить"):
        assert any(n.startswith(start) for n in notes), (start, notes)
    assert "1,2 мет" in tooltip and "не акклиматизирован к жаре" in tooltip
    estimated = next(n for n in notes if n.startswith("Оценено"))
    assert not re.search(r"\b[a-z]{3,}\b", estimated.split(": ", 1)[1]), estimated  # every listed name
    # the result keeps its English notes (run, --json, the PDF)
    assert any(n.startswith("Leak rate calibrated") for n in russian_window.result.notes)


def test_a_phrase_is_its_english_string():
    note = Phrase("Notes", "Coolant: {coolant} — identity not publicly confirmed; properties {confidence}.",
                  coolant="PDMS", confidence=Phrase("Confidence", "from memory"))
    english = "Coolant: PDMS — identity not publicly confirmed; properties from memory."
    assert note == english and hash(note) == hash(english) and str(note) == english
    assert shown(note) == english and shown("plain text") == "plain text"
    for copied in (pickle.loads(pickle.dumps(note)), copy.deepcopy(note)):
        assert copied == english and isinstance(copied, Phrase)
    use_language("ru")
    try:
        assert shown(note) == "Теплоноситель: PDMS — состав публично не подтверждён; свойства: по памяти."
        assert shown(copied).startswith("Теплоноситель")
    finally:
        use_language("en")


def test_russian_window_legends_are_whole_and_not_clipped(russian_window):
    """The start-up window is narrow for a moment: a row broken then is joined again once it fits."""
    figure = russian_window.dashboard
    for key, legend in figure.legends.items():
        if key not in figure.visible_plots():
            continue
        right = figure.legend_cells[key].sceneBoundingRect().right()
        for _s, label in legend.items:
            assert label.item.sceneBoundingRect().right() <= right + 0.5, label.text
            assert "<br>" not in label.text, label.text
