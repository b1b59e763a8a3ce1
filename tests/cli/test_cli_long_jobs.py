"""Long CLI jobs (issue 21): a progress line on stderr, a memory budget checked before starting (the
figure and the way to lower it), Ctrl+C leaves nothing half-written, killed animations' temp folders go."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from thermoviz.cli import main
from thermoviz.io import job_budget

ROOT = Path(__file__).resolve().parents[2]


def test_jobs_over_the_memory_budget_are_refused_before_starting(capsys, tmp_path):
    cases = [
        (["map", "soyuz-ms22-crewed-return", "--x", "hole_diameter_mm=0.2:5:1000",
          "--y", "undock_after_puncture_h=0:48:1000", "--crew-contours", "--csv", str(tmp_path / "m.csv")], "--x"),
        (["run", "soyuz-ms22", "--gif", str(tmp_path / "a.gif"), "--anim-size", "1920x1080", "--frames", "600"],
         "--gif"),
    ]
    for argv, flag in cases:
        start = time.monotonic()
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"thermoviz: {flag}: this job needs about ") and "over the budget of 2,048 MB" in err
        assert "fewer" in err and err.count("\n") == 1 and time.monotonic() - start < 10
    assert not list(tmp_path.iterdir())
    assert job_budget.gif_mb(1920, 1080, 600) > job_budget.MEMORY_BUDGET_MB > job_budget.gif_mb(1280, 720, 300)


def test_a_map_longer_than_a_second_prints_progress(tmp_path):
    env = {**os.environ, "THERMOVIZ_PROGRESS": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "thermoviz", "map", "soyuz-ms22-crewed-return",
                           "--x", "hole_diameter_mm=0.2:5:60", "--y", "undock_after_puncture_h=0:48:60",
                           "--csv", str(tmp_path / "m.csv")], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("map: ")]
    assert lines and lines[0].endswith(" s)") and "%" in lines[0], proc.stderr


def test_ctrl_c_stops_a_long_animation_with_nothing_half_written(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "thermoviz", "run", "soyuz-ms22", "--mp4", str(out / "a.mp4"),
                             "--gif", str(out / "a.gif"), "--frames", "3000", "--anim-size", "640x360"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(tmp_path.glob("thermoviz-anim-*")):
        time.sleep(0.2)  # rendering has started
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted (no file is left half-written)" in err and "Traceback" not in err
    assert list(out.iterdir()) == [] and not list(tmp_path.glob("thermoviz-anim-*"))


def test_a_killed_animation_s_temp_folder_is_cleaned_up_later(tmp_path):
    from thermoviz.export.animation import ANIM_TEMP_PREFIX, remove_stale_anim_dirs
    from thermoviz.io.atomic import STALE_AFTER_S

    old, new = tmp_path / f"{ANIM_TEMP_PREFIX}old", tmp_path / f"{ANIM_TEMP_PREFIX}new"
    for folder in (old, new):
        folder.mkdir()
        (folder / "animation.mp4").write_bytes(b"\0" * 1000)  # a partial MP4 of a killed run
    stale = time.time() - STALE_AFTER_S - 60
    os.utime(old, (stale, stale))
    (tmp_path / "someone-else").mkdir()
    assert remove_stale_anim_dirs(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{ANIM_TEMP_PREFIX}new", "someone-else"])


def test_a_deck_longer_than_a_second_prints_progress(tmp_path):
    env = {**os.environ, "THERMOVIZ_PROGRESS": "1", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "thermoviz", "lesson", "ms22-why", "--deck", str(tmp_path / "d.pdf")],
                          env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("deck: ") and "%" in line for line in proc.stderr.splitlines()), proc.stderr
