"""`make run` without a display: a plain message, an off-screen PNG and the summary, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys


def test_launch_without_display_renders_png_and_says_so(tmp_path, settings_dir):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["THERMOVIZ_SETTINGS_DIR"] = str(settings_dir)
    proc = subprocess.run([sys.executable, "-m", "thermoviz.launch"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "No display found" in proc.stdout
    png = tmp_path / "out" / "thermoviz-soyuz-ms22.png"
    assert png.is_file() and png.stat().st_size > 20_000
    assert str(png) in proc.stdout
    assert "Verdict" in proc.stdout  # the soyuz-ms22 summary
