"""One time base on slides (issue 17): every lesson step's axis puts the puncture at 0, the footer says so."""

from __future__ import annotations

from thermoviz.io.lesson_catalogue import list_lessons


def test_every_lesson_slide_has_the_puncture_at_zero(qapp):
    """The axis a lesson step shows (the slide of `thermoviz lesson --png`) puts the puncture at 0."""
    from thermoviz.export.lesson_slide import simulate_step, step_view
    from thermoviz.export.slide import build_slide

    for lesson in list_lessons():
        for step in lesson.steps:
            run = simulate_step(step)
            view, _ = step_view(step, run)
            puncture = run.events["puncture"]
            with build_slide(run, view) as slide:
                axis = slide.figure.time_axis
                if puncture is None:
                    assert axis.mode == "start", (lesson.id, step.number)
                    continue
                assert axis.mode == "puncture", (lesson.id, step.number)
                assert axis.tickStrings([puncture], 1, 1) == ["0"], (lesson.id, step.number)
                assert "hours since the puncture" in slide.footer_label.text() or view.x_range_h is None
