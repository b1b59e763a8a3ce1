"""Translations the Qt way: the committed .ts files are complete and current, the shipped .qm match them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from thermoviz.cli import LANG_CHOICES, main
from thermoviz.io.translations import LANGUAGES, catalogue_path, check_language, chosen_language, use_language
from thermoviz.model.language import translate
from thermoviz.model.units import localise_temps

ROOT = Path(__file__).resolve().parents[2]
TS = sorted((ROOT / "translations").glob("thermoviz_*.ts"))
TOOLS = Path(sys.executable).parent


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in ET.parse(path).getroot() for message in context.iter("message")]


def test_every_offered_language_has_a_catalogue():
    assert LANG_CHOICES == tuple(LANGUAGES)
    assert {p.stem.split("_")[1] for p in TS} == set(LANGUAGES) - {"en"}


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.name)
def test_no_unfinished_or_vanished_entries(ts):
    unfinished = [src for _ctx, src, tr in _messages(ts) if tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (tr.text or "").strip()]
    assert unfinished == []


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts):
    for _ctx, src, tr in _messages(ts):
        assert sorted(re.findall(r"\{\w+(?::\w+)?\}", src)) == sorted(re.findall(r"\{\w+(?::\w+)?\}", tr.text)), src
        assert src.count("°C") == tr.text.count("°C"), src  # °F conversion reads the translated text


def test_ts_files_hold_every_marked_string(tmp_path):
    """pyside6-lupdate over the sources finds nothing that the committed .ts files lack."""
    sources = sorted(str(p) for p in (ROOT / "thermoviz").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([TOOLS / "pyside6-lupdate", *sources, "-ts", fresh], check=True, capture_output=True)
    marked = {(ctx, src) for ctx, src, _ in _messages(fresh)}
    for ts in TS:
        assert marked - {(ctx, src) for ctx, src, _ in _messages(ts)} == set(), ts.name


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.name)
def test_shipped_qm_is_compiled_from_the_ts(ts, tmp_path):
    code = ts.stem.split("_")[1]
    out = tmp_path / f"{ts.stem}.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", ts, "-qm", out], check=True, capture_output=True)
    assert out.read_bytes() == catalogue_path(code).read_bytes(), "run `make translations`"


def test_language_choice_order(monkeypatch):
    monkeypatch.setenv("THERMOVIZ_LANG", "es")
    assert chosen_language("ru_RU", "en") == "ru"  # --lang wins
    assert chosen_language(None, "ru") == "es"  # then the variable
    monkeypatch.delenv("THERMOVIZ_LANG")
    assert chosen_language(None, "ru") == "ru"  # then the remembered choice
    with pytest.raises(ValueError, match="lang: must be one of en, ru, es, got 'de'"):
        check_language("de")


def test_russian_and_spanish_verdict_words_and_decimal_comma():
    assert use_language("ru") == "ru"
    assert translate("Verdict", "DANGER") == "ОПАСНО"
    assert translate("Menus", "&File") == "&Файл"
    assert use_language("es") == "es"
    assert translate("Verdict", "DANGER") == "PELIGRO"
    assert use_language("en") == "en"
    assert translate("Verdict", "DANGER") == "DANGER"


def test_cli_summary_in_russian(capsys):
    assert main(["run", "soyuz-ms22-crewed-return", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    verdict = next(line for line in out.splitlines() if line.startswith("Вывод [ОПАСНО]"))
    assert "По модели не выжить" in verdict and "52,8 ч после пробоя" in verdict  # decimal comma
    assert "Пики (максимум за расчёт):" in out


def test_fahrenheit_reads_decimal_commas():
    assert localise_temps("пик 39,45 °C, затем 18–27 °C", "F") == "пик 103,01 °F, затем 64–81 °F"
    use_language("ru")
    try:  # a whole number's converted tenth takes the language's comma (the limits' captions, event labels)
        assert localise_temps("Ядро 38 °C", "F", exact=True) == "Ядро 100,4 °F"
    finally:
        use_language("en")
    assert localise_temps("Core 38 °C", "F", exact=True) == "Core 100.4 °F"


def test_russian_must_be_messages_use_the_instrumental_case():
    """'должно быть числом', not 'должно быть число': the words after "must be" (context MustBe)."""
    from thermoviz.model.scenario import FIELD_SPECS, _must_be

    use_language("ru")
    try:
        messages = [_must_be(spec, "x") for spec in FIELD_SPECS.values() if spec.kind is not bool]
        standalone = FIELD_SPECS["hole_diameter_mm"].allowed()
    finally:
        use_language("en")
    wrong = [m for m in messages if re.search(r"должно быть (число|целое число|одно из|текст)\b", m)]
    assert wrong == [] and any(m.startswith("должно быть числом от") for m in messages)
    assert standalone.startswith("число от")  # 'Допустимо: число от 0 до 20 мм' keeps the nominative
