"""One real X11 window: the app under Xvfb on the xcb platform, screenshot checked for text.

A missing font makes Qt draw every glyph as an empty box without any warning, so
the screenshot is checked for real glyph shapes, not just for dark pixels.
Xvfb is installed by ``make test`` (scripts/ensure-debian-libs.sh); if it is
missing this test fails rather than skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :139")


@pytest.fixture
def xvfb_display():
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: run `make test` (it installs xvfb) or "
                    "`apt-get install -y --no-install-recommends xvfb xauth`")
    number = _free_display()
    proc = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Xvfb :{number} did not start: {proc.stderr.read().decode(errors='replace')[:500]}")
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


def _rgb(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    # a copy: the view would point into the QImage, freed when this function returns
    return arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].copy()


def glyph_column_profiles(gray_strip: np.ndarray) -> int:
    """Distinct dark-pixel counts per column of a text strip.

    Real text gives many different column profiles; a row of empty "tofu" boxes
    gives only three (0, the two box sides, the full box height).
    """
    dark = gray_strip < 110
    counts = dark.sum(axis=0)
    return len(set(int(c) for c in counts if c > 0))


@pytest.mark.xvfb
def test_real_xcb_window_screenshot_has_text(xvfb_display, tmp_path, settings_dir):
    out = tmp_path / "xcb.png"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display, THERMOVIZ_SETTINGS_DIR=str(settings_dir))
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "thermoviz.cli", "gui", "soyuz-ms22-crewed-return", "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    arr = _rgb(out)
    height, width, _ = arr.shape
    assert width >= 1000 and height >= 700
    assert len(np.unique(arr.reshape(-1, 3)[::11], axis=0)) > 50, "screenshot is blank"
    gray = arr.mean(axis=2)
    # The status bar (bottom line) and the menu bar (top line) hold plain text.
    status = gray[height - 18: height - 4, : width // 2]
    menu = gray[3:20, :200]
    assert glyph_column_profiles(status) >= 6, "no glyphs in the status bar: fonts missing?"
    assert glyph_column_profiles(menu) >= 5, "no glyphs in the menu bar: fonts missing?"
