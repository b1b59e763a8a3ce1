"""Every shipped preset's title and description is marked for translation and translated."""

from __future__ import annotations

import re

from thermoviz.io.preset_texts import PRESET_TEXTS, preset_text
from thermoviz.io.presets import list_presets
from thermoviz.io.translations import use_language


def test_every_preset_text_is_marked():
    texts = {text for p in list_presets() for text in (p.title, p.description)}
    assert texts - PRESET_TEXTS == set(), "a preset file's text changed: edit thermoviz/io/preset_texts.py too"
    assert PRESET_TEXTS - texts == set(), "a marked text no preset file has any more"


def test_preset_texts_in_russian_and_spanish():
    try:
        for lang in ("ru", "es"):
            use_language(lang)
            for text in PRESET_TEXTS:
                assert preset_text(text) != text, (lang, text)
            assert preset_text("My own scenario") == "My own scenario"
        assert preset_text("Nauka backup radiator leak (9 Oct 2023)").startswith("Fuga del radiador")
        use_language("ru")
        assert all(re.search("[А-Яа-я]", preset_text(text)) for text in PRESET_TEXTS)
    finally:
        use_language("en")
