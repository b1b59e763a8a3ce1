"""SchematicView and PlaybackController driven for real (pytest-qt, offscreen)."""

from __future__ import annotations

import time

import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.gui.schematic.schematic_view import PlaybackController, SchematicView


@pytest.fixture(scope="module")
def ms22():
    return simulate(load_scenario("soyuz-ms22"), crew_strain=False)


def test_view_paints_the_result_at_the_time(qtbot, ms22):
    view = SchematicView()
    qtbot.addWidget(view)
    view.resize(960, 540)
    view.show()
    qtbot.waitExposed(view)
    blank = view.grab().toImage()
    view.set_result(ms22)
    view.set_time(2.0)
    assert view.state.time_h == pytest.approx(2.0) and view.state.punctured
    drawn = view.grab().toImage()
    assert drawn != blank
    view.set_time(500.0)  # clamped to the run
    assert view.state.time_h == pytest.approx(ms22.time_h[-1])
    with pytest.raises(ValueError, match="finite"):
        view.set_time(float("inf"))


def test_play_advances_and_pause_stops(qtbot):
    clock = PlaybackController(start_h=0.0, end_h=100.0, speed_h_per_s=10.0, loop=False)
    seen = []
    clock.time_changed.connect(seen.append)
    with qtbot.waitSignal(clock.playing_changed, timeout=1000):
        clock.play()
    qtbot.waitUntil(lambda: clock.time_h > 0.5, timeout=3000)
    assert clock.is_playing() and seen and seen == sorted(seen)
    clock.pause()
    frozen = clock.time_h
    qtbot.wait(250)
    assert not clock.is_playing() and clock.time_h == frozen


def test_loop_wraps_to_the_start(qtbot):
    clock = PlaybackController(start_h=10.0, end_h=11.0, speed_h_per_s=8.0, loop=True)
    seen = []
    clock.time_changed.connect(seen.append)
    clock.play()
    qtbot.waitUntil(lambda: any(b < a for a, b in zip(seen, seen[1:])), timeout=3000)
    clock.pause()
    assert all(10.0 <= t <= 11.0 for t in seen)


def test_without_loop_it_stops_at_the_end(qtbot):
    clock = PlaybackController(start_h=0.0, end_h=1.0, speed_h_per_s=20.0, loop=False)
    clock.play()
    with qtbot.waitSignal(clock.playing_changed, timeout=3000) as blocker:
        pass
    assert blocker.args == [False] and clock.time_h == 1.0
    clock.play()  # from the end, play starts over
    assert clock.time_h == 0.0 and clock.is_playing()
    clock.pause()


def test_speed_scales_the_advance(qtbot):
    clock = PlaybackController(start_h=0.0, end_h=100.0, speed_h_per_s=2.0)
    clock.step(0.5)
    assert clock.time_h == pytest.approx(1.0)
    clock.set_speed(8.0)
    clock.step(0.5)
    assert clock.time_h == pytest.approx(5.0)
    # with the real timer: never faster than speed x wall time
    clock.seek(0.0)
    start = time.perf_counter()
    clock.play()
    qtbot.wait(300)
    clock.pause()
    assert 0 < clock.time_h <= 8.0 * (time.perf_counter() - start) + 1e-6
    for bad in (0.0, -1.0, float("nan")):
        with pytest.raises(ValueError, match="speed"):
            clock.set_speed(bad)


def test_controller_drives_the_view(qtbot, ms22):
    view = SchematicView()
    qtbot.addWidget(view)
    view.set_result(ms22)
    clock = PlaybackController(view, start_h=0.0, end_h=float(ms22.time_h[-1]), speed_h_per_s=20.0)
    clock.time_changed.connect(view.set_time)
    clock.play()
    qtbot.waitUntil(lambda: view.state.time_h > 1.0, timeout=3000)
    clock.pause()
    assert view.state.time_h == pytest.approx(clock.time_h)
