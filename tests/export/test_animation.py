"""Playback export: GIF and MP4 read back with Pillow / imageio; progress, cancel, atomic writes."""

from __future__ import annotations

import numpy as np
import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.export.animation import (AnimationCancelled, AnimationError, AnimationOptions, export_animation,
                                        frame_times_h, qimage_to_rgb, render_frame)


@pytest.fixture(scope="module")
def ms22():
    return simulate(load_scenario("soyuz-ms22"), crew_strain=False)


def mp4_props(path):
    import imageio.v2 as iio

    reader = iio.get_reader(str(path), format="FFMPEG")
    try:
        meta = reader.get_meta_data()
        return reader.count_frames(), tuple(meta["size"]), meta["fps"], reader.get_data(0)
    finally:
        reader.close()


def test_gif_and_mp4_have_the_asked_frames_size_and_rate(qapp, ms22, tmp_path):
    from PIL import Image

    calls = []
    options = AnimationOptions(width_px=480, height_px=270, fps=10, frames=7)
    written = export_animation(ms22, gif=tmp_path / "a.gif", mp4=tmp_path / "a.mp4", options=options,
                               progress=lambda i, n: calls.append((i, n)))
    assert [p.name for p in written] == ["a.gif", "a.mp4"]
    assert calls == [(i, 7) for i in range(1, 8)]  # rendered once for both files
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.size == (480, 270) and gif.n_frames == 7
        assert gif.info["loop"] == 0 and gif.info["duration"] == 100
        gif.seek(0)
        first = np.asarray(gif.convert("RGB"), dtype=int)
        gif.seek(3)
        middle = np.asarray(gif.convert("RGB"), dtype=int)
    assert np.abs(first - middle).max() > 100  # the loop drains: frames differ
    frames, size, fps, frame0 = mp4_props(tmp_path / "a.mp4")
    assert (frames, size, fps) == (7, (480, 270), 10.0)
    assert np.abs(frame0.astype(int) - first).mean() < 12  # same picture, lossy H.264 vs palette GIF


def test_frames_span_the_window_evenly(ms22):
    times = frame_times_h(ms22, AnimationOptions(frames=5, from_h=10.0, to_h=30.0))
    np.testing.assert_allclose(times, [10, 15, 20, 25, 30])
    assert len(frame_times_h(ms22, AnimationOptions(fps=12, duration_s=2.0))) == 24
    with pytest.raises(AnimationError, match="to_h"):
        frame_times_h(ms22, AnimationOptions(from_h=30.0, to_h=10.0))
    with pytest.raises(AnimationError, match="from_h: must be a time from 0 to 72 h"):
        frame_times_h(ms22, AnimationOptions(from_h=-1.0))


@pytest.mark.parametrize("kwargs, option", [
    (dict(width_px=641), "width_px"), (dict(height_px=100), "height_px"), (dict(fps=0), "fps"),
    (dict(fps=12.5), "fps"), (dict(frames=1), "frames"), (dict(duration_s=float("nan")), "duration_s"),
])
def test_bad_options_name_the_option(kwargs, option):
    with pytest.raises(AnimationError) as info:
        AnimationOptions(**kwargs)
    assert str(info.value).startswith(f"{option}: must be") and "\n" not in str(info.value)


def test_cancel_writes_nothing_and_keeps_an_old_file(qapp, ms22, tmp_path):
    old = tmp_path / "a.gif"
    old.write_bytes(b"old")
    rendered = []
    with pytest.raises(AnimationCancelled):
        export_animation(ms22, gif=old, mp4=tmp_path / "a.mp4",
                         options=AnimationOptions(width_px=320, height_px=180, frames=10),
                         progress=lambda i, n: rendered.append(i), cancelled=lambda: len(rendered) >= 3)
    assert rendered == [1, 2, 3]
    assert old.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["a.gif"]


def test_unwritable_target_leaves_nothing(qapp, ms22, tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        export_animation(ms22, gif=tmp_path / "missing" / "a.gif",
                         options=AnimationOptions(width_px=320, height_px=180, frames=2))
    assert list(tmp_path.iterdir()) == []


def test_caption_carries_title_and_verdict_text(qapp, ms22):
    frame = qimage_to_rgb(render_frame(ms22, 2.0, 1280, 720)).astype(int)
    band = frame[:61]
    assert (band.max(axis=-1) < 80).sum() > 2000  # dark glyph pixels of the title line
    other = qimage_to_rgb(render_frame(simulate(load_scenario("nauka-rtod"), crew_strain=False), 2.0, 1280, 720))
    assert np.abs(other[:55].astype(int) - band[:55]).max() > 100  # a different title draws different glyphs


def test_gif_memory_budget_and_same_path_are_refused_before_rendering(ms22, tmp_path):
    rendered = []
    huge = AnimationOptions(width_px=3840, height_px=2160, frames=500)
    with pytest.raises(AnimationError, match="frames: a 3840x2160 GIF can have at most 180 frames"):
        export_animation(ms22, gif=tmp_path / "a.gif", options=huge, progress=lambda i, n: rendered.append(i))
    with pytest.raises(AnimationError, match="mp4: must be another file"):
        export_animation(ms22, gif=tmp_path / "a.x", mp4=tmp_path / "a.x", progress=lambda i, n: rendered.append(i))
    assert rendered == [] and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("preset", ["soyuz-ms22-crewed-return", "soyuz-ms22", "progress-ms21", "nauka-rtod"])
def test_caption_is_never_cut_and_frame_0_tells_the_true_state_of_the_loop(preset, qapp):
    """Issue 18: frame 0 (loop full, pump running) read 'Radiator dead, 0 W rejected'; captions ended in '…'."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from thermoviz.export.animation import CAPTION_FRACTION, caption_fit, caption_text
    from thermoviz.figure.schematic_state import SchematicState
    from thermoviz.io.scenario_source import load_scenario

    scenario = load_scenario(preset)
    result = simulate(scenario, crew_strain=scenario.crew > 0)
    options = AnimationOptions()
    height = options.height_px
    rect = QRectF(0, 0, options.width_px - 0.1 * height, height * CAPTION_FRACTION * 0.9)
    font, text = caption_fit(result, rect)
    assert text == caption_text(result) and "…" not in text
    used = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 10_000), 0x1000, text)  # word wrap
    assert used.height() <= rect.height()
    state = SchematicState.at(result, 0.0)
    if state.coolant_remaining_pct >= 99.9:  # the loop is full at the start: the radiator works
        assert state.pump_running and state.radiator_active and state.heat_rejection_w > 0
