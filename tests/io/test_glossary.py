"""Every technical term a lesson or a verdict uses has a plain-words meaning (hover + docs/glossary.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import thermoviz
from thermoviz.io.glossary import find_term, glossary, glossary_html, glossary_markdown, term_meaning
from thermoviz.io.lesson_steps import render_text
from thermoviz.io.lesson_catalogue import list_lessons
from thermoviz.io.presets import get_preset, known_preset_ids

ROOT = Path(__file__).resolve().parents[2]
#: Jargon a teacher flagged (issue 18) and the other technical words of the verdicts and lessons.
JARGON = ("ISO 7933", "PHS", "Predicted Heat Strain", "stop-work", "wet-bulb", "rectal", "bellows", "core temperature",
          "heat strain", "heat-strain", "heat stroke", "heat-stroke", "equipment bay", "extrapolated",
          "validity range", "humidity", "micrometeoroid", "coolant", "radiator", "sealed in", "undock", "met",
          "meteoroid", "debris", "flux", "ballistic limit")


def lesson_texts() -> list[str]:
    texts = []
    for lesson in list_lessons():
        for step in lesson.steps:
            texts += [step.title, step.narration, *step.sources]
            if step.predict is not None:
                texts += [step.predict.question, step.predict.reveal]
    return texts


@pytest.fixture(scope="module")
def verdict_texts() -> list[str]:
    out = []
    for preset in known_preset_ids():
        scenario = get_preset(preset).scenario
        out.append(thermoviz.simulate(scenario, crew_strain=scenario.crew > 0).verdict.text)
    return out


def test_every_jargon_word_used_by_lessons_and_verdicts_has_a_meaning(verdict_texts):
    used = set()
    for text in [*lesson_texts(), *verdict_texts]:
        for word in JARGON:
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE):
                used.add(word)
                assert find_term(word) is not None, f"{word!r} has no glossary entry"
    assert {"ISO 7933", "coolant", "radiator", "core temperature"} <= used  # the check looked at real texts


def test_terms_are_linked_once_and_explained_on_hover():
    html = glossary_html("Crew core temperature passes the stop-work limit of ISO 7933; core again <b>")
    links = re.findall(r'href="(term:\d+)"', html)
    assert len(links) == 3 and "&lt;b&gt;" in html
    assert term_meaning(links[0]).startswith("core temperature: The temperature deep inside the body")
    assert term_meaning("https://example.org") == ""


def test_docs_glossary_page_equals_the_shipped_glossary():
    page = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    assert page == glossary_markdown(), "run: python -c 'from thermoviz.io.glossary import *; " \
        "open(\"docs/glossary.md\", \"w\").write(glossary_markdown())'"
    for term in glossary():
        assert term.meaning in page and len(term.meaning) < 200  # plain and short


def test_rendered_lesson_steps_have_their_terms_linked():
    lesson = list_lessons()[0]
    step = lesson.steps[3]
    result = thermoviz.simulate(step.scenario, crew_strain=True)
    html = glossary_html(render_text(step.narration, result, 50.0, step))
    assert 'href="term:' in html and "core temperature</a>" in html
