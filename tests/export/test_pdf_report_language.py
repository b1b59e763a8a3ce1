"""``thermoviz run SCENARIO --lang ru --pdf PATH`` (and File ▸ Export ▸ PDF in a Russian window): the report's
headings, table labels, events, peaks, energy books, crew band table, calibration and limit tables, figure
caption and notes are Russian, numbers with the decimal comma (issue 19).  On main only the verdict was."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from thermoviz.cli import main
from thermoviz.io.translations import use_language

RUSSIAN = ("Ключевые события", "Пики", "Куда ушло тепло", "Параметры сценария", "Полоса экипажа: обе модели",
           "Рисунок 1.", "Основные допущения модели", "Примечания к этому расчёту", "Калибровка",
           "Линии пределов и их источники", "Вердикт (опасно):", "Скорость утечки откалибрована",
           "Центральная кривая:", "в покое", "Утечка: закон истечения", "а не анализ безопасности полёта",
           "отложен для проверки")
ENGLISH = ("Key events", "Peaks", "Where the heat went", "Scenario parameters", "Crew band: both", "Figure 1.",
           "Main model assumptions", "Notes on this run", "Limit lines and their sources", "Verdict (danger)",
           "Leak rate calibrated", "Central curve", "at rest", "Maximum over the run", "Stored: cabin air",
           "after the puncture", "does not happen", "Leak: single-phase", "not a flight-safety analysis",
           "held out")


def test_russian_pdf_report(tmp_path, capsys, qapp):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    path = tmp_path / "report.pdf"
    try:
        code = main(["run", "soyuz-ms22-crewed-return", "--lang", "ru", "--crew-band", "--pdf", str(path)])
    finally:
        use_language("en")
    assert code == 0, capsys.readouterr().err
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                                               text=True, check=True).stdout)
    for words in RUSSIAN:
        assert words in text, words
    for words in ENGLISH:
        assert words not in text, words
    assert "+11,03 ч (+11 ч 02 мин)" in text and "93,55" in text  # hours and the energy books with the comma
