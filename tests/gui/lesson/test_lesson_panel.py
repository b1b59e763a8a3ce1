"""Help ▸ Lesson: the guided lesson steps the real window through every step of the shipped lesson."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from thermoviz.api import load_scenario
from thermoviz.figure import spec as S
from thermoviz.io.lesson_steps import resolve_view
from thermoviz.io.lesson_catalogue import get_lesson, list_lessons


def help_menu(window):
    from PySide6.QtWidgets import QMenu

    return next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Help")


def test_help_menu_has_one_row_per_shipped_lesson(make_window):
    window = make_window("soyuz-ms22")
    titles = [a.text() for a in help_menu(window).actions()]
    for lesson in list_lessons():
        assert lesson.title + "…" in titles


def test_stepping_through_every_step_with_the_keyboard(make_window, qtbot):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    window = make_window("soyuz-ms23-return")
    before = window.session.scenario
    lesson = get_lesson("ms22-why")
    next(a for a in help_menu(window).actions() if a.text() == lesson.title + "…").trigger()
    panel = window.lesson_panel
    assert panel.isVisible() and panel.index == 0
    assert not window.controls_dock.isVisible()  # the plots get the room
    undo_before = window.history.stack.count()
    for i, step in enumerate(lesson.steps):
        assert panel.index == i
        assert window.wait_idle(60)
        assert window.session.scenario == step.scenario
        assert panel.dots.text().split().count("●") == 1 and panel.dots.text().split()[i] == "●"
        dash = window.dashboard
        resolved = resolve_view(step, window.result)
        x0, x1 = dash.strip.vb.viewRange()[0]
        assert x0 == pytest.approx(resolved.from_h, abs=0.05 * (resolved.to_h - resolved.from_h))
        assert x1 == pytest.approx(resolved.to_h, abs=0.05 * (resolved.to_h - resolved.from_h))
        assert dash.contents.highlight == step.view.highlight
        puncture = window.result.events["puncture"]  # one time base: the puncture sits at 0 on every step's axis
        if puncture is not None:
            assert dash.time_axis.mode == "puncture" and dash.time_axis.tickStrings([puncture], 1, 1) == ["0"]
        if step.view.highlight in dash.curves:  # the others stay dimmed after the results arrive
            others = [s.key for p in step.view.plots for s in S.series_of(p) if s.key != step.view.highlight]
            assert all(dash.curves[k].opacity() < 1 for k in others)
            assert dash.curves[step.view.highlight].opacity() == 1
        assert dash.view_state().plots == tuple(step.view.plots)
        assert "{" not in panel.narration.text()  # placeholders filled from the model
        step_curves = [s.key for p in step.view.plots for s in S.series_of(p)]
        if step.predict is not None:
            # Predict first: the answer and the step's curves are hidden until Space.
            assert not panel.answer.isVisible() and panel.reveal_button.isVisible()
            assert not any(dash.curves[k].isVisible() for k in step_curves)
            assert not dash.readout.isVisible()
            qtbot.keyClick(panel, Qt.Key.Key_Space)
            assert panel.revealed and panel.answer.isVisible() and panel.answer.text()
            assert "{" not in panel.answer.text()
        assert dash.cursor_time_h == pytest.approx(resolved.cursor_h)  # after any reveal: on its event
        assert all(dash.curves[k].isVisible() for k in step_curves)
        if i > 0:  # Back and forward again
            qtbot.keyClick(panel, Qt.Key.Key_Left)
            assert panel.index == i - 1
            qtbot.keyClick(panel, Qt.Key.Key_Right)
            assert panel.index == i
            if step.predict is not None:
                qtbot.keyClick(panel, Qt.Key.Key_Space)
        if i < len(lesson.steps) - 1:
            qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert window.history.stack.count() == undo_before  # the lesson adds no undo steps
    # A presenter's clicker (Page Up/Down) works with the focus on the plots.
    window.dashboard.graphics.setFocus()
    qtbot.keyClick(window.dashboard.graphics, Qt.Key.Key_PageUp)
    assert panel.index == len(lesson.steps) - 2
    qtbot.keyClick(window.dashboard.graphics, Qt.Key.Key_PageDown)
    assert panel.index == len(lesson.steps) - 1
    panel.next_button.click()  # "Finish" on the last step leaves the lesson
    assert not panel.isVisible() and not panel.active
    assert window.session.scenario == before and window.controls_dock.isVisible()
    assert window.dashboard.contents.highlight is None
    assert window.dashboard.view_state().plots == S.PLOT_KEYS


def test_close_lesson_restores_the_users_edits_and_reference(make_window):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    window = make_window("soyuz-ms22-crewed-return")
    window.actions["pin"].trigger()
    edited = window.session.scenario.replace(crew=2)
    window.controls.show_scenario(edited)
    window._scenario_edited(edited)
    assert window.wait_idle(60)
    edited = window.session.scenario  # as the window keeps it (a what-if title gets "(modified)")
    assert edited.crew == 2
    panel = open_lesson(window, "ms22-why", 2)
    assert window.wait_idle(60)
    panel.close()  # the dock's own close button
    assert not panel.active
    assert window.session.scenario == edited and window.session.dirty
    assert window.session.reference is not None


def test_first_start_opens_the_lesson_once(make_window, settings_dir):
    first = make_window(None, remember=True, size=(1400, 900))
    panel = getattr(first, "lesson_panel", None)
    assert panel is not None and panel.isVisible() and panel.index == 0
    panel.leave_button.click()
    first.close()
    again = make_window(None, remember=True, size=(1400, 900))
    assert getattr(again, "lesson_panel", None) is None


def test_presentation_mode_uses_large_lesson_text(make_window):
    from thermoviz.gui.lesson.lesson_open import open_lesson
    from thermoviz.gui.lesson.lesson_panel import LARGE_PT

    window = make_window("soyuz-ms22", size=(1920, 1080))
    panel = open_lesson(window, "ms22-why", 3)
    window.presentation.screen_height_px = 1080  # the projector LARGE_PT is written for
    window.set_presentation_mode(True)
    assert panel.large and panel.isVisible()
    assert f"{LARGE_PT['body']}pt" in panel.narration.styleSheet()
    assert panel.minimumWidth() >= 600
    window.set_presentation_mode(False)
    assert not panel.large


def test_figure_contents_dialog_hides_curves_in_window_and_exports(make_window):
    from thermoviz.gui.plots.figure_contents import FigureContentsDialog

    window = make_window("soyuz-ms22-crewed-return")
    dialog = FigureContentsDialog(window)
    dialog.plot_boxes["loop"].setChecked(False)
    dialog.plot_boxes["heat"].setChecked(False)
    dialog.series_boxes["wet_bulb_c"].setChecked(False)
    dialog.limit_boxes["rh_comfort"].setChecked(False)
    dialog.accept()
    view = window.dashboard.view_state()
    assert view.plots == ("cabin", "crew")
    assert "wet_bulb_c" in view.hidden_series and "rh_comfort" in view.hidden_limits
    assert not window.dashboard.curves["wet_bulb_c"].isVisible()
    assert not window.dashboard.plots["loop"].isVisible()
    # The time axis moved under the lowest shown plot.
    assert window.dashboard.plots["crew"].getAxis("bottom").label.isVisible()


def test_export_slide_from_the_window_uses_its_figure_contents_and_title(make_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from thermoviz.gui.window import slide_actions

    window = make_window("soyuz-ms22-crewed-return")
    out = tmp_path / "slide.png"
    monkeypatch.setattr(slide_actions, "ask_title", lambda w, default: "My title " + default[:10])
    monkeypatch.setattr(window.file_actions, "ask_save_path", lambda *a: str(out))
    monkeypatch.setattr(window.file_actions, "show_info", lambda text: None)
    monkeypatch.setattr(window.file_actions, "show_error", lambda *a: pytest.fail(a))
    window.actions["slide2160"].trigger()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (3840, 2160)


def test_closing_the_window_mid_lesson_remembers_the_users_scenario(make_window, settings_dir):
    from thermoviz.gui.lesson.lesson_open import open_lesson
    from thermoviz.gui.window.settings import last_scenario, make_settings

    window = make_window("soyuz-ms23-return", remember=True)
    before = window.session.scenario
    open_lesson(window, "ms22-why", 3)
    window.close()
    assert last_scenario(make_settings())[0] == before
