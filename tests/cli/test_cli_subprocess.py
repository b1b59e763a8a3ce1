"""The real ``thermoviz`` executable and ``python -m thermoviz`` in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _thermoviz_command() -> list[str]:
    script = Path(sys.executable).with_name("thermoviz")
    if script.exists():
        return [str(script)]
    found = shutil.which("thermoviz")
    return [found] if found else [sys.executable, "-m", "thermoviz"]


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="error::DeprecationWarning")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def test_console_script_runs_a_preset_from_any_directory(tmp_path):
    proc = run([*_thermoviz_command(), "run", "soyuz-ms22", "--json", "--csv", "out.csv"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert obj["scenario"]["vehicle"] == "soyuz-ms" and obj["verdict"]["text"]
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("# thermoviz_version")


def test_python_dash_m_bad_input_is_one_line_exit_2(tmp_path):
    proc = run([sys.executable, "-m", "thermoviz", "run", "soyuz-ms22", "--set", "hole_diameter_mm=35",
                "--csv", "out.csv"], tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == "thermoviz: hole_diameter_mm: must be a number from 0 to 20 mm, got 35\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [["--version"], ["presets"]])
def test_python_dash_m_info_commands(tmp_path, argv):
    proc = run([sys.executable, "-m", "thermoviz", *argv], tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.strip()
