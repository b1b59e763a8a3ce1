"""A lesson deck in Russian (``thermoviz lesson ms22-why --lang ru --deck ms22.pdf``, File ▸ Export ▸ Lesson
deck): the lesson's own texts were Russian, the deck's labels ("Predict first:", "Question:", "Answer:",
"Sources:", "— the answer") English (issue 19)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from thermoviz.export.deck import DeckSlide, sources_line, text_blocks
from thermoviz.io.translations import use_language


def _texts(kind: str) -> list[str]:
    slide = DeckSlide("1. Шаг", ("Ответ модели.",), QImage(), (), ("NASA",), "Сколько часов?", kind)
    return [text for text, _px, _boxed in text_blocks(slide)]


def test_deck_labels_in_russian(qapp):
    use_language("ru")
    try:
        question, answer, sources = _texts("question"), _texts("answer"), sources_line(("NASA", "TASS"))
    finally:
        use_language("en")
    assert question[-1] == "Сначала предскажите: Сколько часов?"
    assert answer == ["Вопрос: Сколько часов?", "Ответ: Ответ модели."]
    assert sources == "Источники: NASA · TASS"


def test_english_deck_labels_unchanged(qapp):
    assert _texts("question")[-1] == "Predict first: Сколько часов?"
    assert _texts("answer") == ["Question: Сколько часов?", "Answer: Ответ модели."]
    assert sources_line(("NASA", "TASS")) == "Sources: NASA · TASS"
