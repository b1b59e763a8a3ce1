"""A Russian window shows the plots' event labels, the reported-timeline caption and the cursor
readout in Russian, its numbers with the decimal comma (issue 19): these were still English
("Cabin 27 °C", "Reported timeline: 5 in the run", "0.00 kg", "530 W") in a Russian window."""

from __future__ import annotations

import re

import pytest

from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")
DECIMAL_POINT = re.compile(r"\d\.\d")


@pytest.fixture
def russian_window(window_in_language):
    return window_in_language("soyuz-ms22", "ru")


def test_event_labels_and_timeline_caption_are_russian(russian_window):
    events = russian_window.dashboard.events
    shown = {name: label.textItem.toPlainText() for name, label in events.labels.items() if label.isVisible()}
    assert {"cabin_temp_limit", "equipment_limit"} <= shown.keys()
    assert all(CYRILLIC.search(text) and not LATIN.search(text.replace("°C", "")) for text in shown.values()), shown
    from thermoviz.figure.events import short_label

    assert short_label("cabin_temp_limit") == "Кабина 27 °C"
    assert short_label("equipment_limit") == "Приборы 40 °C"
    assert short_label("crew_limit") == "Ядро 38 °C"
    timeline = russian_window.dashboard.timeline
    note = timeline.note.toPlainText()
    assert note.startswith("◆ Хронология событий: в расчёте ") and "(Справка ▸ Хронология событий)" in note, note
    assert not LATIN.search(note), note
    assert timeline.note.toolTip().startswith("Серые ромбы")
    assert all(tip.startswith("Сообщалось: ") and "Источник: " in tip for tip in timeline.tooltips())
    from PySide6.QtWidgets import QTableWidget

    dialog = russian_window.view_options.timeline_dialog()  # Help ▸ Reported timeline
    table = dialog.findChild(QTableWidget)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    hours = [table.item(r, 1).text() for r in range(table.rowCount())]
    dialog.close()
    assert dialog.windowTitle() == "Хронология событий" and headers[:2] == ["Дата", "Часы от начала"]
    assert all(CYRILLIC.search(h) and not DECIMAL_POINT.search(h) for h in hours), hours


def test_readout_units_are_russian_and_numbers_have_a_decimal_comma(russian_window):
    texts = russian_window.dashboard.readout.texts
    assert texts, "the readout shows no values"
    numbers = {key: text for key, text in texts.items() if re.search(r"\d", text)}
    assert not [t for t in numbers.values() if DECIMAL_POINT.search(t)], numbers
    assert re.fullmatch(r"\d+ кПа", texts["loop_pressure_kpa"])
    assert re.fullmatch(r"\d+ Вт", texts["heat_load_w"])
    assert re.fullmatch(r"\d+,\d\d кг", texts["condensed_water_kg"])
    assert re.fullmatch(r"\d+,\d%", texts["coolant_remaining_pct"])
    assert re.fullmatch(r"\d+,\d °C", texts["cabin_temp_c"])
    assert not [t for t in numbers.values() if LATIN.search(t.replace("°C", ""))], numbers


def test_english_readout_is_unchanged():
    from thermoviz.figure.spec import format_value

    assert format_value(0.0, "kg", 2) == "0.00 kg" and format_value(39.84, "%", 1) == "39.8%"
    assert format_value(530.0, "W", 0) == "530 W"


def test_preset_texts_are_russian_and_the_scenario_keeps_its_own(russian_window):
    controls, text = russian_window.controls, russian_window.scenario_text
    entries = [controls.preset_combo.itemText(i) for i in range(controls.preset_combo.count())]
    assert entries and all(CYRILLIC.search(entry) for entry in entries), entries
    assert text.title_edit.text() == "Утечка теплоносителя Союза МС-22 (15 дек. 2022)"
    assert text.description_edit.toPlainText().startswith("Микрометеороид пробивает внешний радиаторный контур")
    assert russian_window.windowTitle().startswith("Утечка теплоносителя Союза МС-22")
    scenario = russian_window.session.scenario
    english_title = scenario.title
    assert english_title == "Soyuz MS-22 coolant leak (15 Dec 2022)"  # files, reports and the CLI stay as written
    russian_window.load_scenario_step(scenario.replace(hole_diameter_mm=2 * scenario.hole_diameter_mm))
    assert russian_window.wait_idle(60)
    assert text.title_edit.text() == "Утечка теплоносителя Союза МС-22 (15 дек. 2022) (изменён)"
    assert text.description_edit.toPlainText().startswith("Что если: настройки изменены")
    text.description_edit.setPlainText("Мой вариант")
    text._commit()  # as when the box loses focus
    assert russian_window.wait_idle(60)
    edited = russian_window.session.scenario
    assert edited.description == "Мой вариант" and edited.title == english_title + " (modified)"


def test_every_text_in_the_russian_plots_is_russian(qtbot, crew_strain_warm, settings_dir):
    """Texts drawn in the plots' scenes and their tooltips (the time axis's, the validity label)."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsTextItem

    from thermoviz.api import load_scenario
    from thermoviz.gui.app import build_window

    _app, window = build_window(load_scenario("soyuz-ms22-crewed-return"), remember=False, size=(1400, 900),
                                lang="ru")
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.wait_idle(60)
        english = set()
        for view in window.findChildren(pg.GraphicsView):
            for item in view.scene().items():
                texts = [item.toolTip(), item.toPlainText() if isinstance(item, QGraphicsTextItem) else ""]
                english |= {t[:80] for t in texts if LATIN.search(t) and not CYRILLIC.search(t)}
        validity = [label.textItem.toPlainText() for shading in window.dashboard.validity.values()
                    for label in shading.labels if label.isVisible()]
        time_tip = window.dashboard.time_axis.toolTip()
    finally:
        window.close()
        use_language("en")
    assert english == set()
    assert validity and all(text.startswith("вне области применимости модели") for text in validity)
    assert time_tip.startswith("Часы после пробоя") and "Вид ▸ Ось времени" in time_tip


def test_limit_captions_and_event_labels_in_fahrenheit_have_a_decimal_comma(qapp):
    from thermoviz.figure.events import short_label
    from thermoviz.figure.spec import PLOTS
    from thermoviz.model.units import set_temp_unit

    use_language("ru")
    set_temp_unit("F")
    try:
        captions = [limit.text for plot in PLOTS for limit in plot.limits]
        label = short_label("crew_limit")
    finally:
        set_temp_unit("C")
        use_language("en")
    assert label == "Ядро 100,4 °F"
    assert "Комфорт 64,4–80,6 °F" in captions, captions
    assert not [c for c in captions if DECIMAL_POINT.search(c)], captions


def test_limit_tooltips_and_allowed_ranges_are_russian(qapp):
    from thermoviz.figure.parts import limit_tooltip
    from thermoviz.model.limits import CORE_PHS_LIMIT
    from thermoviz.model.scenario import FIELD_SPECS

    use_language("ru")
    try:
        tooltip = limit_tooltip(CORE_PHS_LIMIT)
        allowed = FIELD_SPECS["descent_duration_h"].allowed()
    finally:
        use_language("en")
    heading = re.search(r"<b>(.*?)</b>", tooltip).group(1)
    assert CYRILLIC.search(heading) and not DECIMAL_POINT.search(heading), heading
    assert allowed.startswith("число от 0,5 до 48 ч"), allowed


def test_vehicle_return_hours_and_station_note_are_russian(russian_window):
    controls = russian_window.controls
    for preset, check in (("progress-ms21", "Как у корабля (24,8 ч)"), ("nauka-rtod", None)):
        controls.preset_combo.setCurrentIndex(controls.preset_combo.findData(preset))
        assert russian_window.wait_idle(60)
        if check:
            assert controls.descent.none_box.text() == check
    assert controls.descent.spin.specialValueText() == "н/д"  # a station module has no return
