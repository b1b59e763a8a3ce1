"""The glossary in Russian and Spanish (issue 19): the same terms as the English one, found in the
translated lesson, with their meaning on hover in the language in use."""

from __future__ import annotations

import re

import pytest

from thermoviz.io.glossary import glossary, glossary_html, glossary_path, term_meaning, terms_in
from thermoviz.io.lesson_catalogue import list_lessons
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _lesson_text(lang: str) -> str:
    lesson = list_lessons(lang)[0]
    parts = [s.narration for s in lesson.steps]
    parts += [f"{s.predict.question} {s.predict.reveal}" for s in lesson.steps if s.predict]
    return " ".join(parts)


@pytest.mark.parametrize("lang", ["ru", "es"])
def test_translated_glossary_has_every_term_and_covers_the_lesson(lang):
    assert glossary_path(lang).is_file()
    english, translated = glossary("en"), glossary(lang)
    assert len(translated) == len(english)
    assert all(t.spellings and t.meaning and t.meaning != e.meaning for t, e in zip(translated, english))
    try:
        use_language(lang)
        found = terms_in(_lesson_text(lang))
    finally:
        use_language("en")
    names = {english[translated.index(t)].name for t in found}
    # the terms the English lesson links are linked in the translation too ("meteoroid" is read as
    # part of the longer "meteoroid flux" there)
    use_language("en")
    assert {t.name for t in terms_in(_lesson_text("en"))} - {"meteoroid"} <= names


def test_russian_hover_text():
    try:
        use_language("ru")
        narration = list_lessons()[0].steps[1].narration  # the pump and the radiator
        html = glossary_html(narration)
        link = re.search(r'href="(term:\d+)"', html).group(1)
        assert CYRILLIC.search(term_meaning(link))
        assert "насос" in [t.name for t in terms_in(narration)]
    finally:
        use_language("en")
    assert glossary()[0].name == "coolant"  # English again
