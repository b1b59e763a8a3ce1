"""``thermoviz lesson NAME --deck PATH``: the whole lesson as a 16:9 PDF or an editable .pptx."""

from __future__ import annotations

import io
import re

import pytest

from thermoviz.cli import main
from thermoviz.io.lesson_catalogue import get_lesson
from thermoviz.io.lesson_steps import render_text, resolve_view
from thermoviz.io.lessons import PLACEHOLDER

LESSON = "ms22-why"


def run(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def pptx_deck(tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("deck") / "lesson.pptx"
    code, out, err = run("lesson", LESSON, "--deck", str(path))
    assert code == 0, err
    from pptx import Presentation

    return Presentation(str(path)), out


def slide_texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_pptx_has_a_question_and_an_answer_slide_per_predict_step_with_editable_text(pptx_deck):
    deck, out = pptx_deck
    lesson = get_lesson(LESSON)
    predicts = [s for s in lesson.steps if s.predict is not None]
    assert len(deck.slides) == len(lesson.steps) + len(predicts)
    assert f"({len(deck.slides)} slides)" in out
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9
    slides = list(deck.slides)
    i = 0
    for step in lesson.steps:
        pictures = [s for s in slides[i].shapes if s.shape_type == 13]
        assert len(pictures) == 1  # one picture, the rest real text boxes
        text = slide_texts(slides[i])
        assert step.title in text and "Sources" in text
        if step.predict is None:
            assert step.narration[:60] in text and step.sources[0][:30] in text
            i += 1
            continue
        answer = slide_texts(slides[i + 1])
        assert step.predict.question in text and step.narration[:60] in text
        assert step.predict.question in answer and "Answer:" in answer and step.sources[0][:30] in answer
        # The question slide keeps the secret: no number of the reveal, no source (it may quote the answer).
        answer_box = answer[answer.index("Answer:"):]
        # Numbers the model filled in (not typed in the reveal's template) never show on the question slide.
        model_numbers = set(re.findall(r"\d+\.\d+", answer_box)) - set(re.findall(r"\d+\.\d+", step.predict.reveal))
        assert model_numbers or not PLACEHOLDER.search(step.predict.reveal)
        for number in model_numbers:
            assert not re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", text), (step.number, number)
        assert step.sources[0][:30] not in text
        i += 2


def test_pdf_deck_has_16_9_pages_one_per_slide(tmp_path, qapp):
    path = tmp_path / "lesson.pdf"
    code, out, err = run("lesson", LESSON, "--deck", str(path))
    assert code == 0, err
    data = path.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    lesson = get_lesson(LESSON)
    assert pages == len(lesson.steps) + sum(s.predict is not None for s in lesson.steps)
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    width, height = float(box.group(1)), float(box.group(2))
    assert width / height == pytest.approx(16 / 9, rel=1e-3)


def test_deck_slides_zoom_to_the_step_and_keep_the_legend_short(qapp):
    from thermoviz.export.deck import deck_slides

    lesson = get_lesson(LESSON)
    slides = deck_slides(lesson)
    for slide in slides:
        assert len(slide.legend) <= 10, (slide.title, [e.text for e in slide.legend])
        assert slide.figure.width() >= 1000  # the plots get most of the right side
        if slide.kind == "question":
            assert not slide.legend or all("Faded" not in e.text for e in slide.legend)
    for slide in (s for s in slides if s.kind != "question"):
        assert not PLACEHOLDER.search(" ".join(slide.paragraphs))


def test_deck_refuses_other_formats_and_step_options(tmp_path, capsys):
    assert main(["lesson", LESSON, "--deck", str(tmp_path / "x.key")]) != 0
    assert "--deck: must end in .pdf or .pptx" in capsys.readouterr().err
    assert main(["lesson", LESSON, "--deck", str(tmp_path / "x.pdf"), "--step", "2"]) != 0
    assert "leave out --step" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_the_two_crew_answer_slide_quotes_the_model_odds(pptx_deck):
    """The deck fills {odds:not_acceptable} from the step's 200 plausible vehicles (no "…" on a slide)."""
    from thermoviz.analysis.step_odds import step_odds
    from thermoviz.io.lesson_odds import odds_phrase

    deck, _out = pptx_deck
    lesson = get_lesson(LESSON)
    slides, i = list(deck.slides), 0
    for step in lesson.steps:
        if step.predict is not None and step.overrides.get("crew") == 2:
            answer = " ".join(slide_texts(slides[i + 1]).split())
            expected = " ".join(odds_phrase(step_odds(step.scenario), "not_acceptable").split())
            assert expected in answer and "…" not in answer
            assert expected not in " ".join(slide_texts(slides[i]).split())  # not on the question slide
            return
        i += 1 if step.predict is None else 2
    raise AssertionError("no two-crew predict step")
