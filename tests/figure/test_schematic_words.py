"""The loop schematic in Russian and Spanish: every text it paints (issue 19).

The painter's texts are caught at ``schematic_parts.text``; in Russian each must hold Cyrillic unless
it is the vehicle's title (a proper name) or only numbers and units.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

import thermoviz
from thermoviz.figure import schematic, schematic_parts
from thermoviz.figure.schematic_state import SchematicState
from thermoviz.figure.schematic_words import WORDS
from thermoviz.io.translations import use_language

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
REAL_TEXT = schematic_parts.text


def test_every_said_text_is_marked():
    tree = ast.parse(Path(schematic.__file__).read_text(encoding="utf-8"))
    said = {node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "say" and node.args and isinstance(node.args[0], ast.Constant)}
    said |= {"docked to the station", "free flight, hatch closed", "landed", "Uncrewed cargo ship",
             "Crew on the station", "Landed: the crew is out", "No crew aboard", "working", "dead", "station module"}  # said via a name
    assert said - set(WORDS) == set()
    assert len(said) > 40


def _painted(scenario_id: str, lang: str, at_h: float, monkeypatch) -> list[str]:
    result = thermoviz.simulate(thermoviz.load_scenario(scenario_id))
    said: list[str] = []
    real = REAL_TEXT
    monkeypatch.setattr(schematic_parts, "text", lambda p, rect, s, *a, **k: (said.append(s), real(p, rect, s, *a, **k)))
    use_language(lang)
    try:
        image = QImage(800, 450, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        schematic.paint_schematic(painter, QRectF(image.rect()), SchematicState.at(result, at_h))
        painter.end()
    finally:
        use_language("en")
    return said


@pytest.mark.parametrize("scenario_id, at_h", [("soyuz-ms22", 20.0), ("soyuz-ms22-crewed-return", 60.0),
                                               ("progress-ms21", 10.0), ("nauka-rtod", 5.0)])
def test_russian_schematic_paints_russian(scenario_id, at_h, qapp, monkeypatch):
    english = _painted(scenario_id, "en", at_h, monkeypatch)
    russian = _painted(scenario_id, "ru", at_h, monkeypatch)
    assert len(russian) == len(english) > 8
    title = thermoviz.simulate(thermoviz.load_scenario(scenario_id)).vehicle.title
    left = [s for s in russian if not CYRILLIC.search(s.replace(title, "")) and re.search(r"[A-Za-z]{3,}", s)]
    assert left == []
    assert not any(re.search(r"\d\.\d", s.replace(title, "")) for s in russian), russian  # decimal commas


def test_spanish_schematic_differs_from_english(qapp, monkeypatch):
    english = _painted("soyuz-ms22", "en", 20.0, monkeypatch)
    spanish = _painted("soyuz-ms22", "es", 20.0, monkeypatch)
    same = [s for s in spanish if s in english and re.search(r"[A-Za-z]{3,}", s)]
    assert same == [], same
