"""A predict-first step keeps its secret: nothing on screen carries the answer before Reveal, all of it after.

Each predict step of every shipped lesson is rendered in the real window before
and after *Reveal*; the texts a class can see (panel, verdict banner, event labels,
readout) are collected and searched for the answer's numbers (the reveal's
placeholders filled from the model) and the hidden events' labels.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from thermoviz.io.lesson_steps import render_text
from thermoviz.io.lesson_catalogue import list_lessons
from thermoviz.io.lessons import PLACEHOLDER
from thermoviz.model.outcome.result import EVENTS

PREDICT_STEPS = [(lesson.id, step.number) for lesson in list_lessons() for step in lesson.steps
                 if step.predict is not None]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")


def shown_texts(window) -> str:
    """Every text a class sees in the window: labels, banner, readout and event labels."""
    texts = [_plain(label.text()) for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    events = window.dashboard.events
    texts += [label.textItem.toPlainText() for label in events.labels.values() if label.isVisible()]
    texts += [line.toolTip() for lines in events.lines.values() for line in lines if line.isVisible()]
    return "\n".join(texts)


def answer_numbers(step, result, cursor_h) -> list[str]:
    """The model numbers the reveal quotes (each placeholder filled on its own)."""
    numbers = []
    for match in PLACEHOLDER.finditer(step.predict.reveal):
        filled = render_text(match.group(0), result, cursor_h, step)
        numbers += re.findall(r"\d+(?:\.\d+)? (?:h|°C|%|kPa|W)", filled)
    return numbers


@pytest.mark.parametrize("lesson_id,number", PREDICT_STEPS)
def test_predict_step_hides_its_answer_until_reveal(make_window, lesson_id, number, tmp_path):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    window = make_window("soyuz-ms23-return")
    panel = open_lesson(window, lesson_id, number - 1)
    assert window.wait_idle(60)
    step, result = panel.step, window.result
    cursor_h = panel.resolved.cursor_h
    asked = step.narration + step.predict.question  # limits the step names (38 °C) are no secret
    numbers = [n for n in answer_numbers(step, result, cursor_h) if n not in asked]
    assert numbers or not PLACEHOLDER.search(step.predict.reveal), "a predict step's reveal quotes the model"
    # Numbers typed into the reveal (from the record) that the narration and question do not give.
    typed = [n for n in re.findall(r"\d[\d,.]*\d", step.predict.reveal) if n not in asked]
    hidden_labels = [EVENTS[e] for e in step.predict.hidden_events
                     if result.events.get(e) is not None and panel.resolved.from_h <= result.events[e]
                     <= panel.resolved.to_h]
    assert not PLACEHOLDER.search(step.narration)  # the lesson data keeps model numbers out of the narration

    assert window.grab().save(str(tmp_path / "before.png"))  # rendered, as the class sees it
    before = shown_texts(window)
    for number_text in numbers:
        where = [line for line in before.splitlines() if number_text in line]
        assert number_text not in before, f"step {number}: {number_text!r} shows before Reveal in {where}"
    for label in hidden_labels:
        assert label not in before, f"step {number}: event {label!r} shows before Reveal"
    panel_text = "\n".join(_plain(label.text()) for label in panel.findChildren(QLabel) if label.isVisibleTo(window))
    for number_text in typed:
        assert not re.search(rf"(?<![\d.,]){re.escape(number_text)}(?![\d])", panel_text), number_text
    for source in step.sources:  # a source may quote the answer ("about +30 °C")
        assert source[:25] not in panel_text
    beyond = window.dashboard.crew_beyond  # the dotted, extrapolated crew core is a curve too
    if "crew" in step.view.plots and "curves" in step.predict.hides and beyond is not None:
        assert not beyond.curve.isVisible()
    assert ("banner" in step.predict.hides) != window.verdict_banner.isVisible()
    assert ("readout" in step.predict.hides) != window.dashboard.readout.isVisible()
    if {"banner", "curves"} & set(step.predict.hides):
        # the status bar must not say the crew went past the validated range (core 40 °C) before Reveal,
        # nor its hover list quote the result's notes ("Crew core reaches 40 °C at …")
        status = window.status_label.text() + window.status_label.toolTip()
        assert "validity" not in status and "Crew core reaches" not in status, status

    panel.reveal()
    assert window.wait_idle(60)
    assert window.grab().save(str(tmp_path / "after.png"))
    after = shown_texts(window)
    if result.outside_validity.get("crew_core_temp_c") is not None and result.outside_validity["crew_core_temp_c"].any():
        assert "validity" in window.status_label.text()  # told with the answer
    for number_text in numbers:
        assert number_text in after, f"step {number}: {number_text!r} missing after Reveal"
    for number_text in typed:
        assert number_text in after
    for label in hidden_labels:
        assert label in after, f"step {number}: event {label!r} missing after Reveal"
    assert window.verdict_banner.isVisible() and window.dashboard.readout.isVisible()


def test_comparing_step_pins_the_earlier_step_lined_up_on_undock(make_window):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    lesson = next(lesson for lesson in list_lessons() if lesson.id == "ms22-why")
    step = next(s for s in lesson.steps if s.view.compare_step is not None)
    window = make_window("soyuz-ms22")
    open_lesson(window, lesson.id, step.number - 1)
    assert window.wait_idle(60)
    view = window.dashboard.view_state()
    assert view.reference is not None and f"Step {step.view.compare_step}" in view.reference_label
    assert view.reference.events["undock"] == pytest.approx(window.result.events["undock"])
    window.lesson_panel.leave()
    assert window.dashboard.view_state().reference is None


def test_esc_in_presentation_leaves_full_screen_first_and_the_lesson_resumes_at_its_step(make_window, qtbot):
    from PySide6.QtCore import Qt

    from thermoviz.gui.lesson.lesson_open import open_lesson

    window = make_window("soyuz-ms22", size=(1280, 720))
    panel = open_lesson(window, "ms22-why", 3)
    window.set_presentation_mode(True)
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not window.presenting and panel.active and panel.index == 3
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.active
    again = open_lesson(window, "ms22-why")
    assert again.index == 3  # reopened where the class left it
