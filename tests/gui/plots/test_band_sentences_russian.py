"""View ▸ Uncertainty and View ▸ Crew band in a Russian window (issue 19): the sentences under the
verdict, the band's legend row and its tooltips are Russian, numbers with the decimal comma.

The bands are computed in the analysis worker process, which has no language: the results keep
their English sentences (``run --json``) and the window words them again where it shows them
(``UncertaintyResult.shown_sentence``, ``CrewBand.summary``).  Before, a Russian window showed
'3 crew reach "not acceptable" … in 70 % of 40 plausible vehicles' and 'Shaded: 5–95 % of 40 …'.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication


CYRILLIC = re.compile(r"[А-Яа-яЁё]")
DECIMAL_POINT = re.compile(r"\d\.\d")
ENGLISH = re.compile(r"\b(crew|plausible|vehicles|reach|dominated|Shaded|central|acclimatised|assumption|"
                     r"not acceptable|or worse|loop)\b")


def _russian(text: str) -> None:
    plain = re.sub(r"<[^>]+>", " ", text)
    assert CYRILLIC.search(plain), plain
    assert not DECIMAL_POINT.search(plain), plain
    assert not ENGLISH.search(plain), plain


def _wait(view, timeout_s=120):
    timer = QElapsedTimer()
    timer.start()
    while view.running and timer.elapsed() < timeout_s * 1e3:
        QApplication.processEvents()
        view.runner.wait(20)
    QApplication.processEvents()


@pytest.fixture
def russian_window(window_in_language, monkeypatch):
    import thermoviz.gui.plots.uncertainty_view as uv

    monkeypatch.setattr(uv, "SAMPLES", 40)
    return window_in_language("soyuz-ms22-crewed-return", "ru")


def _band_rows(window) -> tuple[str, str]:
    """The band's legend row (a long one is broken in two) and its tooltip."""
    bands = window.dashboard.uncertainty_bands
    legend = window.dashboard.legends[bands._sample_key]
    rows = [(label.text.replace("<br>", " "), label.toolTip()) for sample, label in legend.items
            if sample.item is bands._sample]
    assert len(rows) == 1
    return rows[0]


def test_uncertainty_sentences_legend_row_and_tooltips_are_russian(russian_window):
    window = russian_window
    window.actions["uncertainty"].trigger()
    _wait(window.uncertainty)
    u = window.uncertainty.result
    assert u is not None and u.n == 40
    assert u.sentence.startswith("3 crew reach")  # the result keeps its English (run --json)
    text = window.uncertainty.label.text()
    _russian(text)
    assert "Экипаж из 3 чел. достигает уровня «недопустимо»" in text and "из 40 правдоподобных кораблей" in text
    assert "ранговая корреляция" in text
    row, tooltip = _band_rows(window)
    assert row == "Затенено: 5–95 % из 40 правдоподобных кораблей"
    _russian(tooltip)
    _russian(window.dashboard.uncertainty_bands.fills["cabin_temp_c"].toolTip())


def test_crew_band_sentence_and_legend_row_are_russian(russian_window):
    window = russian_window
    window.actions["crew_band"].trigger()
    _wait(window.crew_band)
    assert window.crew_band.result is not None, window.crew_band.label.text()
    text = window.crew_band.label.text()
    _russian(text.replace("ISO 7933 PHS", "").replace("met", "").replace("m/s", "").replace("clo", ""))
    assert "на центральной кривой" in text and "PHS — центральная модель" in text
    row, _tooltip = _band_rows(window)
    assert row.startswith("Затенено: ядро тела экипажа по ")
