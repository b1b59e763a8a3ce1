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
        import thermoviz.model.engine.simulate  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _model_ready(), reason="the physics model (thermoviz.model.engine.simulate) is not in this tree yet")
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


def test_cli_compare_draws_the_reference_into_svg_and_pdf(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    svg, pdf = tmp_path / "cmp.svg", tmp_path / "cmp.pdf"
    cmd = [sys.executable, "-m", "thermoviz", "run", "soyuz-ms22-crewed-return", "--compare", "soyuz-ms23-return",
           "--svg", str(svg), "--pdf", str(pdf)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    text = svg.read_text()
    ET.fromstring(text)
    assert "aligned at undock" in text and "Soyuz MS-23 nominal return" in text
    plain = tmp_path / "plain.svg"
    done = subprocess.run([sys.executable, "-m", "thermoviz", "run", "soyuz-ms22-crewed-return", "--svg", str(plain)],
                          capture_output=True, text=True, env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "aligned at undock" not in plain.read_text()
    # Faded curves add one path per series: the compared figure holds more curves.
    assert text.count("<path") > plain.read_text().count("<path")
    report = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    squashed = " ".join(report.split())
    assert "the reference scenario Soyuz MS-23 nominal return" in squashed


@pytest.mark.parametrize("argv, message", [
    (["--compare", "no-such-preset", "--png", "{tmp}/x.png"], "--compare: scenario: unknown preset"),
    (["--compare", "soyuz-ms23-return"], "--compare: adds a reference to the outputs"),
])
def test_cli_compare_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, argv, message):
    from thermoviz.cli import main

    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["run", "soyuz-ms22", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
