"""``thermoviz run --lang ru|es``: the summary and argparse's own messages in the language (issue 19 item 4)."""

from __future__ import annotations

import io
import re
from contextlib import redirect_stderr

import pytest

from thermoviz.cli import main
from thermoviz.cli_lang import asked_language
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@pytest.fixture(autouse=True)
def back_to_english(monkeypatch):
    import argparse

    monkeypatch.setattr(argparse, "_", argparse._)  # the CLI replaces argparse's translator
    monkeypatch.delenv("THERMOVIZ_LANG", raising=False)
    yield
    use_language("en")


def test_russian_summary_has_no_english_prose(capsys):
    assert main(["run", "soyuz-ms22", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("События")))
    end = next((i for i, line in enumerate(lines) if i > start and not line.startswith(" ")
                and line.endswith(":") and not line.startswith("Пики")), len(lines))
    body = lines[start:end]  # from the events to the model's notes (the model writes its notes in English)
    assert len(body) > 20
    for line in body:
        if line.strip():  # numbers, units and UTC stamps aside, every line is Russian
            assert CYRILLIC.search(line), line
    assert "Пики (максимум за расчёт):" in out and " ч от начала)" in out
    assert "отверстие 0,8 мм (Cd 0,12) через 1 ч от начала, остаётся пристыкованным, люк открыт, экипаж 3" in out


def test_a_bad_argument_is_refused_in_russian_and_spanish():
    for lang, words in (("ru", ("использование:", "ошибка: нераспознанные аргументы: --bogus")),
                        ("es", ("uso:", "argumentos no reconocidos: --bogus"))):
        err = io.StringIO()
        with redirect_stderr(err):
            assert main(["run", "soyuz-ms22", "--lang", lang, "--bogus"]) == 2
        assert all(w in err.getvalue() for w in words), err.getvalue()
        use_language("en")


def test_lang_is_read_before_parsing():
    assert asked_language(["run", "x", "--lang", "RU"]) == "ru"
    assert asked_language(["--lang=es", "run"]) == "es"
    assert asked_language(["run", "x"]) is None
