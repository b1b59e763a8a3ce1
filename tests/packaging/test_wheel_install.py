"""The package as a user installs it: ``python -m build``, then the wheel in a fresh virtual environment.

Not editable and not this checkout: the wheel goes into a new venv (dependencies pinned by
requirements.lock, from the configured package index; offline here, from the local one), and the
commands run from an unrelated folder, so they can only find what the wheel ships (presets,
vehicles, lessons, help).  About a minute and 0.9 GB while it runs (the venv is removed after).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Data folders the package must carry (thermoviz.io.assets.assets_dir looks in thermoviz/assets).
ASSET_FOLDERS = ("presets", "vehicles", "lessons", "help")


def _run(cmd, cwd, timeout=600, env=None):
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert proc.returncode == 0, f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(wheel, sdist) built from a copy of the tracked files (no .venv, no stray outputs)."""
    src = tmp_path_factory.mktemp("src")
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        target = src / name.decode()
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name.decode()).is_file():
            shutil.copy2(ROOT / name.decode(), target)
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", dist, "."], cwd=src)
    return next(dist.glob("*.whl")), next(dist.glob("*.tar.gz"))


def test_wheel_and_sdist_carry_the_assets(built):
    wheel, sdist = built
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ASSET_FOLDERS:
        assert any(n.startswith(f"thermoviz/assets/{folder}/") and n.endswith(".toml") for n in names), folder
    assert "thermoviz/assets/help/sources.md" in names  # Help ▸ Sources, offline
    with tarfile.open(sdist) as tar:
        members = tar.getnames()
    for folder in ASSET_FOLDERS:
        assert any(f"/assets/{folder}/" in n for n in members), folder
    assert any(n.endswith("/requirements.lock") for n in members)  # make test from an unpacked sdist


def test_installed_wheel_runs_from_an_unrelated_folder(built):
    wheel, _sdist = built
    with tempfile.TemporaryDirectory(prefix="thermoviz-wheel-") as tmp:
        venv, elsewhere = Path(tmp) / "venv", Path(tmp) / "class room"
        elsewhere.mkdir()
        _run([sys.executable, "-m", "venv", venv], cwd=tmp)
        bindir = venv / ("Scripts" if os.name == "nt" else "bin")
        _run([bindir / "python", "-m", "pip", "install", "-q", "--disable-pip-version-check",
              "-c", ROOT / "requirements.lock", wheel], cwd=tmp, timeout=900)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        exe = bindir / "thermoviz"
        # The installed copy, not this checkout.
        where = _run([bindir / "python", "-c", "import thermoviz; print(thermoviz.__file__)"], elsewhere, env=env)
        assert Path(where.strip()).is_relative_to(venv), where
        assert _run([exe, "--version"], elsewhere, env=env).strip() == "thermoviz 0.1.0"
        summary = json.loads(_run([exe, "run", "soyuz-ms22", "--json"], elsewhere, env=env))
        assert summary["scenario"]["vehicle"] == "soyuz-ms" and summary["verdict"]["severity"]
        _run([exe, "run", "soyuz-ms22", "--png", "dash.png"], elsewhere, env=env)
        assert (elsewhere / "dash.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        lessons = _run([exe, "lesson"], elsewhere, env=env)
        assert "ms22-why" in lessons and "soyuz-ms22-crewed-return" in lessons
