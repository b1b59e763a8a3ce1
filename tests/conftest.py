"""Test set-up: headless Qt for every test (set before any Qt import)."""

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="thermoviz-xdg-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)
# Keep QSettings of the tests away from the user's real settings.
os.environ.setdefault("THERMOVIZ_SETTINGS_DIR", tempfile.mkdtemp(prefix="thermoviz-settings-"))
# English whatever the machine's locale (tests that check a language ask for it with --lang).
os.environ.setdefault("THERMOVIZ_LANG", "en")
# ... and user vehicles away from the real data folder.
os.environ.setdefault("THERMOVIZ_DATA_DIR", tempfile.mkdtemp(prefix="thermoviz-data-"))


@pytest.fixture
def tmpfs():
    """``tmpfs(folder, "64k", "ro")`` mounts a small tmpfs there (False if this machine does not let us:
    needs root and mount permission); everything mounted is unmounted after the test."""
    mounted: list[Path] = []

    def mount(where: Path, size: str, *options: str) -> bool:
        if os.name != "posix" or os.geteuid() != 0:
            return False
        where.mkdir(parents=True, exist_ok=True)
        opts = ",".join((f"size={size}", *options))
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True)
        if proc.returncode == 0:
            mounted.append(where)
        return proc.returncode == 0

    yield mount
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def small_disk(tmp_path, tmpfs):
    """A 64 KiB tmpfs: room for a CSV (about 20 KB), not for a PDF report (about 200 KB)."""
    mnt = tmp_path / "small-disk"
    if not tmpfs(mnt, "64k"):
        pytest.skip("cannot mount a tmpfs here (needs root and mount permission); the simulated "
                    "short-write tests in tests/io/test_write_faults.py cover the same code")
    return mnt
import pytest  # noqa: E402 (after the environment above)


@pytest.fixture(scope="session")
def crew_strain_warm():
    """Pay pythermalcomfort's import + numba JIT (seconds) once per test session, not per test."""
    from thermoviz.api import load_scenario, simulate

    simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=True)
    return True


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh user data folder (user vehicles) and no session vehicles, before and after the test."""
    from thermoviz.io import vehicle_file as vf

    monkeypatch.setenv("THERMOVIZ_DATA_DIR", str(tmp_path / "data"))
    vf.forget_session_vehicles()
    yield tmp_path / "data"
    vf.forget_session_vehicles()


@pytest.fixture(autouse=True)
def celsius_after_each_test():
    """The shown temperature unit is process-wide (View ▸ Units, --units): every test ends in °C."""
    yield
    from thermoviz.model.units import set_temp_unit

    set_temp_unit("C")


@pytest.fixture(autouse=True)
def english_after_each_test():
    """The language is process-wide (--lang, View ▸ Language): every test ends in English."""
    yield
    from thermoviz.model.language import _hook

    if _hook["translate"] is not None:
        from thermoviz.io.translations import use_language

        use_language("en")
