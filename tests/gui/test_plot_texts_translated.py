"""The plots' own texts follow the language (issue 19 item 4, in-plot texts): the 'beyond the
model' cap label, the limit captions' confidence tags and tooltips, the crew plot's notes and the
pinned reference's legend."""

from __future__ import annotations

import re

import pytest

from thermoviz.io.translations import use_language
from thermoviz.model.language import translate
from thermoviz.model.limits import CORE_DISPLAY_CAP_LABEL, CORE_PERFORMANCE

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@pytest.fixture
def russian(qapp):
    use_language("ru")
    yield
    use_language("en")


def test_cap_label_limit_tooltip_and_plot_notes_are_russian(russian):
    from thermoviz.figure.parts import limit_tooltip

    assert CYRILLIC.search(translate("Plots", CORE_DISPLAY_CAP_LABEL))
    assert "Достоверность значения: оценка" in limit_tooltip(CORE_PERFORMANCE)
    for note in ("No crew in this scenario", "Crew not aboard: vehicle stays docked", "Crew heat strain: computing…",
                 "Faded: reference", "Curves not current: see the message above"):
        assert CYRILLIC.search(translate("Plots", note)), note
    assert translate("Limits", CORE_PERFORMANCE.label).startswith("Ядро тела 39 °C")


def test_crew_note_of_a_russian_window_without_crew(qtbot, crew_strain_warm, settings_dir):
    import dataclasses

    from thermoviz.api import load_scenario
    from thermoviz.gui.app import build_window

    scenario = dataclasses.replace(load_scenario("soyuz-ms22"), crew=0)
    try:
        _app, window = build_window(scenario, remember=False, size=(1400, 900), lang="ru")
        qtbot.addWidget(window)
        window.show()
        assert window.wait_idle(60)
        note = window.dashboard.crew_message.toPlainText()
        window.close()
    finally:
        use_language("en")
    assert note == "В этом сценарии нет экипажа"


def test_explanations_follow_the_language_with_english_fallback(russian):
    from thermoviz.figure.explain_text import explained
    from thermoviz.io.explanations import all_explanations

    text = explained("series", "cabin_temp_c")
    assert "Температура воздуха в кабине экипажа." in text and "Источник:" in text
    english, russian_entries = all_explanations("en"), all_explanations("ru")
    assert russian_entries.keys() == english.keys()  # an entry a language's file lacks is the English one
    assert all_explanations("es")[("concept", "verdict")].title == "Veredicto"


def test_a_russian_windows_verdict_explanation_is_cyrillic(qtbot, crew_strain_warm, settings_dir):
    from thermoviz.api import load_scenario
    from thermoviz.gui.app import build_window

    try:
        _app, window = build_window(load_scenario("soyuz-ms22"), remember=False, size=(1400, 900), lang="ru")
        qtbot.addWidget(window)
        help_text = window.verdict_banner.whatsThis()
        window.close()
    finally:
        use_language("en")
    assert "Вердикт" in help_text and "Одна фраза" in help_text


@pytest.mark.parametrize("lang", ["ru", "es"])
def test_every_entry_is_explained_in_the_language(lang):
    from thermoviz.io.explanations import explanations_path, load_explanations

    own = load_explanations(explanations_path(lang))
    english = load_explanations(explanations_path("en"))
    wanted = set(english)  # every entry, concepts included
    assert wanted <= own.keys(), sorted(wanted - own.keys())
    for key in wanted:  # written in the language, not copied
        assert own[key].what != english[key].what and own[key].title != english[key].title, key
