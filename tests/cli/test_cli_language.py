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


def _help(argv, capsys) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--lang", "ru", "run", "--help"], ["run", "--help", "--lang", "ru"]])
def test_russian_run_help_has_russian_option_texts(argv, capsys):
    out = _help(argv, capsys)
    assert "изменить одно поле (можно повторять)" in out and "записать графики как изображение PNG" in out
    assert "экспорт графиков и отчёта (без окна)" in out  # a group's title
    assert "change one field" not in out and "write the dashboard" not in out
    options = out.split("параметры:", 1)[1]
    helps = [line for line in options.splitlines() if line.startswith("  -")]
    assert len(helps) >= 25
    for line in helps:  # every option's help (or its first line) is Russian
        text = line.strip().split("  ", 1)[-1]
        if not text.startswith("-"):
            assert CYRILLIC.search(text), line


def test_every_subcommand_help_is_translated(capsys):
    for command in ("run", "map", "limit", "lesson", "vehicles", "odds", "presets", "gui"):
        for lang, word in (("ru", CYRILLIC), ("es", re.compile(r"\b(escribir|imprimir|listar|abrir|simular|"
                                                                     r"cambiar|mostrar|id de|eje|número)\b"))):
            out = _help([command, "--help", "--lang", lang], capsys)
            options = out.split("параметры:" if lang == "ru" else "opciones:", 1)[1]
            assert word.search(options), (command, lang, options[:400])
        use_language("en")
    odds_help = " ".join(_help(["odds", "-h", "--lang", "es"], capsys).split())
    assert "días de exposición (por defecto 182,6, una misión de 6 meses)" in odds_help


@pytest.mark.parametrize("argv, field, words", [
    (["run", "soyuz-ms22", "--set", "bogus=1"], "bogus: ", "неизвестное поле; допустимы: title,"),
    (["run", "soyuz-ms22", "--set", "hole_diameter_mm"], "--set: ", "ожидалось FIELD=VALUE"),
    (["run", "soyuz-ms22", "--set", "hole_diameter_mm=35"], "hole_diameter_mm: ", "должно быть числом от 0 до 20 мм, получено 35"),
    (["run", "no-such-preset"], "scenario: ", "неизвестный готовый сценарий 'no-such-preset'"),
    (["run", "missing.toml"], "missing.toml: scenario file: ", "не найден (укажите id готового сценария"),
    (["run", "soyuz-ms22", "--uncertainty", "3"], "--uncertainty: ", "должно быть целым числом (размер выборки) от 10"),
    (["run", "soyuz-ms22", "--png", "no/such/dir/a.png"], "--png: ", "не удаётся записать no/such/dir/a.png: папки"),
    (["run", "soyuz-ms22", "--quiet", "--json"], "--quiet: ", "ничего не выводит"),
    (["run", "soyuz-ms22", "--set", "crew=5"], "crew: ", "должно быть от 0 до 3 для корабля soyuz-ms (мест: 3), получено 5"),
    (["run", "soyuz-ms22", "--set", "undock_after_puncture_h=1", "--set", "undock_time_h=3"],
     "undock_after_puncture_h: ", "укажите либо undock_time_h"),
])
def test_bad_input_is_refused_in_russian_naming_the_field(argv, field, words, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    with redirect_stderr(err):
        assert main([*argv, "--lang", "ru"]) == 2
    line = err.getvalue().strip()
    assert line.count("\n") == 0 and line.startswith("thermoviz: "), line
    assert f"{field}{words}" in line, line


def test_bad_input_in_spanish_and_english():
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["run", "soyuz-ms22", "--set", "bogus=1", "--lang", "es"]) == 2
    assert "bogus: campo desconocido; se admiten: title," in err.getvalue()
    use_language("en")
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["run", "soyuz-ms22", "--set", "bogus=1"]) == 2
    assert "bogus: unknown field; allowed: title," in err.getvalue()


def test_hours_and_peaks_take_the_decimal_comma(capsys):
    assert main(["run", "soyuz-ms22", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    puncture = next(line for line in out.splitlines() if line.strip().startswith("Пробой"))
    assert "+0,00 ч  (1,00 ч от начала)" in puncture, puncture
    assert "304,0 кПа" in out and "+0.00" not in out and " ч от начала)" in out
    assert not re.search(r"\d\.\d", out.split("Примечания:")[0].split("\n", 3)[3]), out  # no decimal point left
    use_language("en")
    assert main(["run", "soyuz-ms22", "--lang", "es"]) == 0
    assert "+0,00 h  (1,00 h desde el inicio)" in capsys.readouterr().out
    use_language("en")
    assert main(["run", "soyuz-ms22"]) == 0
    assert "+0.00 h  (1.00 h from start)" in capsys.readouterr().out  # English keeps its point


def test_a_russian_lesson_step_speaks_russian_with_decimal_commas(capsys):
    assert main(["lesson", "ms22-why", "--step", "2", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert ": шаг 2 из 9" in out and "Сначала предскажите:" in out and "Источники:" in out
    assert "(11,0 ч после пробоя)" in out  # a filled-in placeholder
    view = next(line for line in out.splitlines() if line.startswith("Вид ("))
    assert "курсор на +25,80 ч" in view, view


@pytest.mark.parametrize("argv", [["odds", "soyuz-ms", "--lang", "ru"], ["vehicles", "--lang", "ru"],
                                  ["limit", "--help", "--lang", "ru"], ["presets", "--lang", "ru"]])
def test_every_subcommand_takes_lang_after_it(argv, capsys):
    assert main(argv) == 0, capsys.readouterr().err


def test_odds_vehicles_and_written_files_in_russian(capsys, tmp_path):
    assert main(["odds", "soyuz-ms", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "ожидаемое число пробоев:      0,088 (диапазон от 0,018 до 0,3)" in out
    assert "Проверка по реальности:" in out and "Источники:" in out
    use_language("en")
    assert main(["vehicles", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "контуры: external" in out and "Папка кораблей пользователя:" in out
    use_language("en")
    target = tmp_path / "a.csv"
    assert main(["run", "soyuz-ms22", "--csv", str(target), "--lang", "ru"]) == 0
    assert f"Записан {target}" in capsys.readouterr().out


def test_map_summary_and_crew_band_line_in_russian(capsys):
    argv = ["map", "soyuz-ms22-crewed-return", "--x", "hole_diameter_mm=0.3:3:4", "--y",
            "undock_after_puncture_h=0:30:3", "--crew-contours", "--lang", "ru"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "На безопасной стороне цветовой шкалы (экипаж 3): 50% ячеек" in out
    assert "  экипаж 1: " in out and "ячеек ниже «недопустимо»" in out
    use_language("en")
    assert main(["run", "soyuz-ms22-crewed-return", "--crew-band", "--lang", "ru"]) == 0
    lines = capsys.readouterr().out.splitlines()
    verdict = next(i for i, line in enumerate(lines) if line.startswith("Вывод ["))
    assert lines[verdict + 1].startswith("Полоса экипажа: ")  # right under the verdict, as in English
