"""CLI parity: ``thermoviz run PRESET --png --svg --pdf --csv --scale 2`` writes all of them headless."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6 import QtGui

from thermoviz.export.figure import DASHBOARD_SIZE


def _model_ready() -> bool:
    try:
        import thermoviz.io.vehicles  # noqa: F401
        import thermoviz.model.simulate  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _model_ready(), reason="the physics model (thermoviz.model.simulate) is not in this tree yet")
def test_cli_writes_png_svg_pdf_csv(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = {ext: tmp_path / f"slide.{ext}" for ext in ("png", "svg", "pdf", "csv")}
    cmd = [sys.executable, "-m", "thermoviz", "run", "soyuz-ms22", "--scale", "2",
           *[arg for ext, path in out.items() for arg in (f"--{ext}", str(path))]]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    image = QtGui.QImage(str(out["png"]))
    assert (image.width(), image.height()) == (DASHBOARD_SIZE[0] * 2, DASHBOARD_SIZE[1] * 2)
    ET.fromstring(out["svg"].read_bytes())
    assert out["pdf"].read_bytes().startswith(b"%PDF")
    assert out["csv"].read_text().startswith("#")


def test_cli_unwritable_export_is_one_line(tmp_path):
    from thermoviz.cli import main

    target = tmp_path / "nope" / "x.png"
    # Path problems are found before any simulation, so this runs without the model.
    code = main(["run", "soyuz-ms22", "--png", str(target)])
    assert code != 0
    assert not target.parent.exists()
