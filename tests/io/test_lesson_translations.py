"""The shipped lesson in Russian and Spanish (issue 19): ``assets/lessons/<lang>/<id>.toml`` passes the
lesson reader, keeps the English steps, plots and hides and the model's placeholders, and is chosen
by the language in use; a translation that changes the lesson is left out with its reason."""

from __future__ import annotations

import re
import shutil

import pytest

from thermoviz.cli import main
from thermoviz.io import lesson_catalogue
from thermoviz.io.lesson_catalogue import (get_lesson, lesson_problems, lessons_dir, list_lessons, same_structure,
                                           translation_path)
from thermoviz.io.lessons import PLACEHOLDER, load_lesson
from thermoviz.io.translations import LANGUAGES

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
SPANISH = re.compile(r"[áéíóúñ¿¡]")
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
SHIPPED = sorted(p.stem for p in lessons_dir().glob("*.toml"))


def _texts(lesson) -> list[str]:
    out = [lesson.title, lesson.summary]
    for step in lesson.steps:
        out += [step.title, step.narration]
        if step.predict:
            out += [step.predict.question, step.predict.reveal]
    return out


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("lesson_id", SHIPPED)
def test_every_shipped_lesson_is_translated_with_the_same_steps(lang, lesson_id):
    english = load_lesson(lessons_dir() / f"{lesson_id}.toml")
    path = translation_path(lesson_id, lang)
    translated = load_lesson(path)  # the hardened reader, classroom rules included
    assert same_structure(english, translated) is None
    for a, b in zip(english.steps, translated.steps):
        assert a.view.plots == b.view.plots and a.preset == b.preset
        assert (a.predict is None) == (b.predict is None)
        if a.predict:
            assert a.predict.hides == b.predict.hides
            assert not PLACEHOLDER.search(b.narration)  # a predict step quotes no model numbers
            assert sorted(PLACEHOLDER.findall(a.predict.reveal)) == sorted(PLACEHOLDER.findall(b.predict.reveal))
        assert sorted(PLACEHOLDER.findall(a.narration)) == sorted(PLACEHOLDER.findall(b.narration))
    script = CYRILLIC if lang == "ru" else SPANISH
    for english_text, text in zip(_texts(english), _texts(translated)):
        assert text != english_text
    assert all(script.search(text) for text in (translated.title, translated.steps[0].narration))
    assert str(path) not in lesson_problems(lang)


def test_the_language_in_use_chooses_the_lesson():
    from thermoviz.io.translations import use_language

    assert CYRILLIC.search(list_lessons("ru")[0].title) and not CYRILLIC.search(list_lessons("en")[0].title)
    try:
        use_language("es")
        assert get_lesson("ms22-why").title.startswith("Lección")
    finally:
        use_language("en")
    assert get_lesson("ms22-why").title.startswith("Lesson")


def test_cli_lesson_lang(capsys):
    assert main(["lesson", "ms22-why", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Пробоина" in out and "(шагов: 9)" in out  # the step count is translated too


def test_a_translation_that_changes_the_lesson_is_left_out(tmp_path, monkeypatch):
    folder = tmp_path / "lessons"
    (folder / "ru").mkdir(parents=True)
    shutil.copy(lessons_dir() / "ms22-why.toml", folder / "ms22-why.toml")
    text = translation_path("ms22-why", "ru").read_text("utf-8")
    (folder / "ru" / "ms22-why.toml").write_text(text.replace('plots = ["loop"]', 'plots = ["cabin"]', 1), "utf-8")
    monkeypatch.setattr(lesson_catalogue, "lessons_dir", lambda: folder)
    lesson = list_lessons("ru")[0]
    assert lesson.title.startswith("Lesson")  # English, not a lesson that shows other plots
    reason = lesson_problems("ru")[str(folder / "ru" / "ms22-why.toml")]
    assert "step 1.view" in reason and "translate only the texts" in reason
    # the classroom rule holds in every language: a predict step's narration quotes no model numbers
    (folder / "ru" / "ms22-why.toml").write_text(
        text.replace('narration = "Контур', 'narration = "{peak:cabin_temp_c} Контур', 1), "utf-8")
    assert list_lessons("ru")[0].title.startswith("Lesson")
    assert "must not quote the model" in lesson_problems("ru")[str(folder / "ru" / "ms22-why.toml")]
