"""The standalone bundle (``make bundle``, PyInstaller one-folder) run with an empty environment.

``env -i``: no PATH, no Python, no PYTHONPATH, no display; only the offscreen Qt platform and a
home folder are given.  Skipped until the bundle is built (``make bundle`` builds it, about 4
minutes on 2 cores, then runs this file); set THERMOVIZ_BUNDLE to test another folder.

The same test runs on Windows and macOS (.github/workflows/crossplatform.yml, docs/bundle.md):
macOS is POSIX and uses ``env -i`` as Linux does; Windows has no ``env -i``, so the executable
gets the smallest environment a Windows program can start with (SYSTEMROOT, and the home, data
and temporary folders pointed at the test folder).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("THERMOVIZ_BUNDLE", ROOT / "dist" / "thermoviz"))
EXE = BUNDLE / ("thermoviz.exe" if os.name == "nt" else "thermoviz")

pytestmark = pytest.mark.skipif(not EXE.is_file(), reason=f"no bundle at {BUNDLE} (run `make bundle`)")


def _command(args, cwd: Path) -> tuple[list[str], dict[str, str] | None]:
    """The bundle's command line and environment: ``env -i`` on POSIX, a minimal environment on Windows."""
    if os.name == "posix":
        env_i = shutil.which("env") or "/usr/bin/env"
        env_args = ["QT_QPA_PLATFORM=offscreen", f"HOME={cwd}", f"XDG_RUNTIME_DIR={cwd}"]
        return [env_i, "-i", *env_args, str(EXE), *args], None
    env = {"QT_QPA_PLATFORM": "offscreen", "SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"),
           "USERPROFILE": str(cwd), "APPDATA": str(cwd / "AppData" / "Roaming"),
           "LOCALAPPDATA": str(cwd / "AppData" / "Local"), "TEMP": str(cwd), "TMP": str(cwd)}
    return [str(EXE), *args], env


def _run(args, cwd: Path, timeout=180) -> str:
    cmd, env = _command(args, cwd)
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=timeout)
    assert proc.returncode == 0, f"{args}: {proc.returncode}\n{proc.stdout[-1500:]}\n{proc.stderr[-2500:]}"
    return proc.stdout


def test_headless_exports_from_an_empty_environment(tmp_path):
    (tmp_path / "runtime").mkdir(mode=0o700)
    assert _run(["--version"], tmp_path).strip().startswith("thermoviz ")
    summary = json.loads(_run(["run", "soyuz-ms22-crewed-return", "--json"], tmp_path))
    assert summary["verdict"]["severity"] == "danger"  # the crew model (numba) runs inside the bundle
    _run(["run", "soyuz-ms22", "--png", "a.png", "--pdf", "a.pdf", "--csv", "a.csv", "--units", "F"], tmp_path)
    assert (tmp_path / "a.png").read_bytes()[:4] == b"\x89PNG" and (tmp_path / "a.pdf").read_bytes()[:4] == b"%PDF"
    assert "cabin_temp_f [°F]" in (tmp_path / "a.csv").read_text(encoding="utf-8")
    assert "ms22-why" in _run(["lesson"], tmp_path)
    assert "ОПАСНО" in _run(["run", "soyuz-ms22-crewed-return", "--lang", "ru"], tmp_path)  # catalogues shipped


def test_window_starts_offscreen(tmp_path):
    out = _run(["gui", "soyuz-ms22", "--screenshot", "window.png"], tmp_path)
    assert "Screenshot written" in out and (tmp_path / "window.png").stat().st_size > 20_000
