"""PlaybackBar drives a PlaybackController; the window-side animation export shows progress and cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from thermoviz.api import load_scenario, simulate
from thermoviz.export.animation import AnimationOptions
from thermoviz.gui.schematic.playback_bar import PlaybackBar
from thermoviz.gui.schematic.schematic_view import PlaybackController


def test_bar_plays_pauses_sets_speed_and_loop(qtbot):
    clock = PlaybackController(start_h=0.0, end_h=50.0, speed_h_per_s=2.0, loop=False)
    bar = PlaybackBar(clock)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.play_button.text() == "Play" and bar.speed_box.currentData() == 2.0
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert clock.is_playing() and bar.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: bar.time_label.text() != "t = 0.0 h", timeout=3000)
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert not clock.is_playing() and bar.play_button.text() == "Play"
    bar.speed_box.setCurrentIndex(bar.speed_box.findData(10.0))
    assert clock.speed_h_per_s == 10.0
    bar.loop_box.setChecked(True)
    assert clock.loop
    clock.seek(12.34)
    assert bar.time_label.text() == "t = 12.3 h"


def test_bar_offers_a_speed_that_is_not_in_the_list(qtbot):
    bar = PlaybackBar(PlaybackController(speed_h_per_s=3.0))
    qtbot.addWidget(bar)
    assert bar.speed_box.currentData() == 3.0


@pytest.fixture(scope="module")
def ms22():
    return simulate(load_scenario("soyuz-ms22"), crew_strain=False)


def test_window_export_writes_with_progress(qtbot, ms22, tmp_path):
    from PIL import Image

    from thermoviz.gui.schematic.animation_progress import export_animation_with_progress

    written = export_animation_with_progress(None, ms22, gif=tmp_path / "a.gif",
                                             options=AnimationOptions(width_px=320, height_px=180, frames=4))
    assert [p.name for p in written] == ["a.gif"]
    with Image.open(tmp_path / "a.gif") as im:
        assert im.n_frames == 4


def test_window_export_cancel_writes_nothing(qtbot, ms22, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from thermoviz.gui.schematic.animation_progress import export_animation_with_progress

    polls = []
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: polls.append(1) or len(polls) > 2)
    result = export_animation_with_progress(None, ms22, gif=tmp_path / "a.gif", mp4=tmp_path / "a.mp4",
                                            options=AnimationOptions(width_px=320, height_px=180, frames=10))
    assert result is None and list(tmp_path.iterdir()) == [] and len(polls) == 3
