"""``thermoviz run SCENARIO --lang ru --slide PATH`` (and File ▸ Export ▸ Slide in a Russian window): the
title (a shipped preset's), the legend (the pinned reference's row too) and the footer are Russian, numbers
with the decimal comma (issue 19); on main the title, footer and reference row were English."""

from __future__ import annotations

import dataclasses
import re

import thermoviz
from thermoviz.export.slide import build_slide
from thermoviz.figure.view import FigureView
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def test_russian_slide_title_legend_and_footer(qapp):
    crewed = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    docked = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22"))
    view = dataclasses.replace(FigureView(), reference=docked, reference_label=docked.scenario.title,
                               x_range_h=(41.0, 58.5))
    use_language("ru")
    try:
        with build_slide(crewed, view) as slide:
            title, footer = slide.title, slide.footer_label.text()
            legend = [entry.text for entry in slide.legend_entries]
    finally:
        use_language("en")
    assert title == "Что если: МС-22 возвращает экипаж домой после утечки"
    assert footer.startswith("Рассчитано в thermoviz") and "показано с 40 по 57,5 ч после пробоя" in footer
    assert all(CYRILLIC.search(text) for text in legend), [t for t in legend if not CYRILLIC.search(t)]
    assert legend[-1].startswith("Бледные: Утечка теплоносителя Союза МС-22")


def test_english_slide_texts_are_unchanged(qapp):
    crewed = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    with build_slide(crewed, dataclasses.replace(FigureView(), x_range_h=(41.0, 58.5))) as slide:
        assert slide.title == "What if: MS-22 brings its crew home after the leak"
        assert slide.footer_label.text() == (
            "Simulated with thermoviz " + thermoviz.__version__ + " (a model with estimates, not a flight record) · "
            "scenario: What if: MS-22 brings its crew home after the leak · shown 40 to 57.5 hours since the puncture")
