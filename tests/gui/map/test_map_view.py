"""The Map tab: a real window, the real engine, offscreen (a small grid keeps it fast)."""

from __future__ import annotations

import pytest

from thermoviz.analysis.fields import UNDOCK_AFTER_PUNCTURE

PRESET = "soyuz-ms22-crewed-return"


@pytest.fixture
def small_maps(monkeypatch):
    import thermoviz.gui.map.map_view as mv

    monkeypatch.setattr(mv, "MAP_N", 24)  # still refined past the coarse 20 x 20


@pytest.fixture
def map_window(make_window, small_maps):
    window = make_window(PRESET, size=(1024, 768))
    window.tabs.setCurrentWidget(window.map_view)
    assert window.map_view.wait_idle(120)
    return window


def _centre(view):
    return view._plot.vb.sceneBoundingRect().center()


def test_map_appears_with_crew_boundaries_and_limits(map_window):
    view = map_window.map_view
    assert view.state == "current"
    assert view.result.values.shape == (24, 24)
    assert (view.result.x.field, view.result.y.field) == ("hole_diameter_mm", UNDOCK_AFTER_PUNCTURE)
    assert sorted(view.result.crew_margins) == [1, 2, 3]
    assert view.result.scenario == map_window.scenario
    assert view.map_widget is not None and view.map_widget.graphicsEffect() is None
    assert "Out of date" not in view.state_label.text()
    assert 'Largest hole with 3 crew kept below "not acceptable"' in view.finder.text()
    assert "Latest undock with 3 crew" in view.finder.text()


def test_hover_names_the_cell(map_window):
    view = map_window.map_view
    view._hovered(_centre(view))
    i, j = view.cell_at(_centre(view))
    text = view.readout.text()
    assert "Hole diameter" in text and "Hours from puncture to undock" in text
    assert f"{view.result.x.values[i]:.3g} mm" in text
    assert "3 crew" in text and view.map_widget.toolTip() == text
    outside = view._plot.vb.sceneBoundingRect().topLeft() - view._plot.vb.sceneBoundingRect().center()
    view._hovered(outside)
    assert view.readout.text() == view.key_text  # the key again
    assert "not acceptable boundary (core 39 °C)" in view.key_text and "surviv" not in view.key_text


def test_click_loads_the_cell_as_one_undo_step(map_window, qtbot):
    view = map_window.map_view
    before = map_window.scenario
    i, j = view.cell_at(_centre(view))
    view.load_cell(i, j)
    loaded = map_window.scenario
    assert loaded.hole_diameter_mm == pytest.approx(view.result.x.values[i])
    assert loaded.undock_time_h - loaded.puncture_time_h == pytest.approx(view.result.y.values[j])
    assert map_window.controls.scenario == loaded
    assert map_window.result.scenario == loaded  # the time plots show it
    # only the map's own inputs changed: the same map stays, current, with the star moved
    assert view.state == "current" and view.result.scenario == loaded
    map_window.history.stack.undo()
    assert map_window.scenario == before
    map_window.history.stack.redo()
    assert map_window.scenario == loaded


def test_an_edit_never_shows_the_old_map_as_current(map_window):
    view = map_window.map_view
    old = view.result
    edited = map_window.scenario.replace(discharge_coefficient=0.3)
    map_window.load_scenario_step(edited)
    assert view.state == "stale"
    assert "Out of date" in view.state_label.text()
    assert view.map_widget.graphicsEffect() is not None  # faded
    assert view.wait_idle(120)
    assert view.state == "current" and view.result is not old
    assert view.result.scenario == map_window.scenario and map_window.scenario.discharge_coefficient == 0.3
    assert view.map_widget.graphicsEffect() is None


def test_cancel_leaves_no_half_drawn_map(map_window):
    view = map_window.map_view
    old = view.result
    map_window.load_scenario_step(map_window.scenario.replace(discharge_coefficient=0.5))
    view.compute_now()
    view.cancel()
    assert not view.runner.running
    view.runner.wait(60000)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert view.state == "stale" and view.result is old  # nothing of the cancelled job was drawn
    assert "Out of date" in view.state_label.text()
    assert view.map_widget.graphicsEffect() is not None
    assert view.cancel_button.text() == "Recompute"


def test_a_newer_edit_cancels_the_older_map(map_window):
    view = map_window.map_view
    map_window.load_scenario_step(map_window.scenario.replace(discharge_coefficient=0.4))
    view.compute_now()
    first = view.runner.job_id
    map_window.load_scenario_step(map_window.scenario.replace(discharge_coefficient=0.6))
    view.compute_now()
    assert view.runner.job_id == first + 1
    assert view.wait_idle(120)
    assert view.result.scenario.discharge_coefficient == 0.6 and view.state == "current"


def test_grade_picker_moves_the_lines_the_colours_and_the_limits(map_window, qtbot):
    view = map_window.map_view
    assert view.result.grade == "not_acceptable" and view.result.metric == "margin_to_not_acceptable_k"
    view.grade_combo.setCurrentIndex(view.grade_combo.findData("stop_work"))
    assert view.wait_idle(120)
    assert view.result.grade == "stop_work" and view.result.metric == "margin_to_stop_work_k"
    assert sorted(view.result.crew_margins) == [1, 2, 3]
    assert "stop work boundary (core 38 °C)" in view.key_text
    qtbot.waitUntil(lambda: 'kept below "stop work"' in view.finder.text(), timeout=120_000)


def test_axis_and_metric_pickers_recompute(map_window):
    view = map_window.map_view
    view.metric_combo.setCurrentIndex(view.metric_combo.findData("cabin_peak_c"))
    view.y_combo.setCurrentIndex(view.y_combo.findData("discharge_coefficient"))
    assert view.wait_idle(120)
    assert view.result.metric == "cabin_peak_c" and view.result.y.field == "discharge_coefficient"
    assert not view.result.crew_margins  # crew lines belong to the crew-margin map
    view.y_combo.setCurrentIndex(view.y_combo.findData("hole_diameter_mm"))
    assert view.state == "error" and "two different inputs" in view.placeholder.text()


@pytest.mark.parametrize("kind", ["png", "svg", "csv"])
def test_map_exports(map_window, tmp_path, monkeypatch, kind):
    path = tmp_path / f"map.{kind}"
    monkeypatch.setattr(type(map_window.file_actions), "ask_save_path", lambda self, *a: str(path))
    monkeypatch.setattr(type(map_window.file_actions), "show_info", lambda self, text: None)
    map_window.actions[f"map_{kind}"].trigger()
    data = path.read_bytes()
    if kind == "png":
        assert data.startswith(b"\x89PNG")
    elif kind == "svg":
        assert b"<svg" in data
    else:
        head = data.decode().splitlines()[0]
        assert head.startswith("hole_diameter_mm [mm],undock_after_puncture_h [h],margin_to_not_acceptable_k [K]")
        assert len(data.decode().splitlines()) == 1 + 24 * 24


def test_an_edit_on_the_time_plots_cancels_a_map_in_progress(map_window):
    view = map_window.map_view
    view.compute_now()
    assert view.runner.running
    map_window.tabs.setCurrentWidget(map_window.dashboard)
    map_window.load_scenario_step(map_window.scenario.replace(discharge_coefficient=0.35))
    assert not view.runner.running and view.state == "stale"  # its answer would be for the old scenario
    view.runner.wait(60000)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert view.state == "stale"
    map_window.tabs.setCurrentWidget(view)  # showing the tab computes the map of the scenario now
    assert view.wait_idle(120)
    assert view.state == "current" and view.result.scenario == map_window.scenario


def test_coarse_map_comes_first_and_right_click_offers_the_exports(map_window):
    view = map_window.map_view
    seen = []
    view.runner.signals.partial.connect(lambda job, result: seen.append(result.coarse))
    view.compute_now()
    assert view.wait_idle(120)
    assert seen == [True] and not view.result.coarse
    titles = [a.text() for a in view.context_menu().actions()]
    assert titles == ["Map as PNG…", "Map as SVG…", "Map as CSV…"]


def test_a_worker_process_that_dies_mid_map_is_reported_and_replaced(make_window, small_maps, qtbot):
    """Fault injection: the map's worker process is killed while it computes."""
    import thermoviz.gui.map.map_view as mv

    window = make_window(PRESET, size=(1024, 768))
    view = window.map_view
    view.runner.warm()
    worker = view.runner.channel.worker
    mv.MAP_N = 100  # long enough to be killed half-way
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.state in ("computing", "stale"), timeout=10000)
    worker._process.kill()
    qtbot.waitUntil(lambda: view.state == "error", timeout=30000)
    assert "analysis process stopped unexpectedly" in view.placeholder.text()
    assert not view.runner.running
    mv.MAP_N = 24
    view.compute_now()  # a new process is started for the next map
    assert view.wait_idle(120)
    assert view.state == "current" and view.result.values.shape == (24, 24)
    assert worker.alive


def test_a_job_sent_right_after_the_process_died_goes_to_the_new_one(qtbot):
    """Review finding: the reader, still on the dead process's pipe, failed the new job too."""
    import functools
    import time

    import thermoviz
    from thermoviz.analysis.jobs import band_job
    from thermoviz.gui.analysis_worker import AnalysisRunner

    runner = AnalysisRunner(name="restart-test")
    runner.warm()
    worker = runner.channel.worker
    qtbot.waitUntil(lambda: worker.alive, timeout=10000)
    answers = []
    runner.signals.finished.connect(lambda job, value: answers.append(("finished", job)))
    runner.signals.failed.connect(lambda job, message: answers.append(("failed", job, message)))
    scenario = thermoviz.load_scenario(PRESET)
    for _ in range(3):
        worker._process.kill()
        time.sleep(0.4)  # the reader is between EOFs on the dead pipe
        job = runner.submit(functools.partial(band_job, scenario, 10))
        qtbot.waitUntil(lambda: any(a[1] == job for a in answers), timeout=60000)
        assert ("finished", job) in answers, answers
        runner.done(job)
    runner.channel.closed = True
    worker.stop()


def test_an_unsendable_job_fails_in_one_line_without_a_traceback(qtbot):
    from thermoviz.gui.analysis_worker import AnalysisRunner

    runner = AnalysisRunner(name="unsendable-test")
    failures = []
    runner.signals.failed.connect(lambda job, message: failures.append((job, message)))
    job = runner.submit(lambda **_: None)
    assert failures and failures[0][0] == job and "cannot be sent" in failures[0][1]
    assert runner.wait(1000)


def test_a_forged_answer_fails_one_map_and_the_tab_goes_on(map_window, qtbot, monkeypatch):
    """Issue 21: a forged answer raised an AttributeError in the map tab."""
    import thermoviz.gui.map.map_view as mv
    from thermoviz.analysis.wire import encode

    view = map_window.map_view
    channel = view.runner.channel
    monkeypatch.setattr(mv, "MAP_N", 100)  # long enough for the forged answer to come first
    view.compute_now()
    job = view.runner.job_id
    forged = channel.worker.parse(encode({"id": job, "kind": "finished", "value": {"values": 1}}))
    assert forged == (job, "failed", "the worker's answer to map_job has the wrong form")
    channel._dispatch(*forged)
    qtbot.waitUntil(lambda: view.state == "error", timeout=10000)
    assert "wrong form" in view.placeholder.text()
    monkeypatch.setattr(mv, "MAP_N", 24)
    view.compute_now()
    assert view.wait_idle(120)
    assert view.state == "current" and view.result.values.shape == (24, 24)
