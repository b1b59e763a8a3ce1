"""A map drawn in Russian (the Map tab of a Russian window, ``thermoviz map --lang ru``): title,
key, axis and colour-bar titles, legend, contour labels, the star's label and the tick numbers
(decimal comma) are Russian; English maps are unchanged."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest

from thermoviz.analysis.survival_map import survival_map
from thermoviz.api import load_scenario
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@pytest.fixture(scope="module")
def result():
    return survival_map(load_scenario("soyuz-ms22-crewed-return"), ("hole_diameter_mm", 0.3, 1.5, 3),
                        ("undock_time_h", 10.0, 60.0, 3), crew_counts=(1, 2, 3))


def _texts(widget) -> list[str]:
    texts = [widget.ci.getItem(0, 0).text, widget.ci.getItem(2, 0).text]
    for item in widget.scene().items():
        if isinstance(item, pg.AxisItem) and item.isVisible() and item.labelText:
            texts.append(item.labelText)
        elif isinstance(item, pg.TextItem):
            texts.append(item.textItem.toPlainText())
        elif isinstance(item, pg.LabelItem) and item.text:
            texts.append(item.text)
    return texts


def test_russian_map_words(qapp, result):
    from thermoviz.figure.map_plot import map_widget

    use_language("ru")
    try:
        widget = map_widget(result, (900, 600))
        texts = _texts(widget)
        axis = widget.ci.getItem(1, 0).getAxis("bottom")
        ticks = axis.tickStrings([-0.30103, 0.0], 1.0, 0.30103)  # log10 of 0.5 and 1
        widget.close()
    finally:
        use_language("en")
    english = [t for t in texts if re.search("[A-Za-z]{3,}", re.sub(r"<[^>]+>|ISO 7933|MS-22", "", t))
               and not CYRILLIC.search(t)]
    assert english == [], english
    assert any(t.startswith("Что если: МС-22 возвращает экипаж") for t in texts)
    assert any("граница уровня «недопустимо»" in t and t.endswith("экипаж 3") for t in texts)
    assert "Диаметр отверстия [мм]" in texts and "этот сценарий" in texts
    assert ticks[0] == "0,5"


def test_english_map_words_unchanged(qapp, result):
    from thermoviz.figure.map_plot import _title
    from thermoviz.figure.map_words import boundary_name, map_key, metric_name

    assert metric_name(result.metric) == result.label
    assert boundary_name(result) == "not acceptable boundary (core 39 °C)"
    assert _title(result) == ("What if: MS-22 brings its crew home after the leak: "
                              "crew margin below not acceptable (core 39 °C), 3 crew")
    assert "Black lines: the not acceptable boundary (core 39 °C) for 1, 2, 3 crew;" in map_key(result)


def test_fixed_safe_limit_sentences_are_translated_where_shown(qapp):
    """The Map tab shows find_limits' sentences through translate("Map", …): the two fixed ones are marked."""
    import dataclasses

    from thermoviz.analysis.jobs import find_limits
    from thermoviz.model.language import translate

    docked, nobody = load_scenario("soyuz-ms22"), dataclasses.replace(load_scenario("soyuz-ms22"), crew=0)
    use_language("ru")
    try:
        shown = [translate("Map", s) for s in (*find_limits(docked), *find_limits(nobody))]
    finally:
        use_language("en")
    assert shown[0].startswith("Пределы: здесь корабль не расстыковывается") and shown[1].startswith("Пределы: в этом")
