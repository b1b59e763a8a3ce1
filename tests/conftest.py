"""Test set-up: headless Qt for every test (set before any Qt import)."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="thermoviz-xdg-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)
# Keep QSettings of the tests away from the user's real settings.
os.environ.setdefault("THERMOVIZ_SETTINGS_DIR", tempfile.mkdtemp(prefix="thermoviz-settings-"))


import pytest  # noqa: E402 (after the environment above)


@pytest.fixture(scope="session")
def crew_strain_warm():
    """Pay pythermalcomfort's import + numba JIT (seconds) once per test session, not per test."""
    from thermoviz.api import load_scenario, simulate

    simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=True)
    return True
