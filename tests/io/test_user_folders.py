"""The user's data folder (user vehicles, teachers' lessons) comes from platformdirs, per OS."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from thermoviz.io import vehicle_file as vf


def test_override_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("THERMOVIZ_DATA_DIR", str(tmp_path))
    assert vf.data_dir() == tmp_path


def test_platform_folder_when_not_overridden(monkeypatch, tmp_path):
    monkeypatch.delenv("THERMOVIZ_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert vf.data_dir() == Path(platformdirs.user_data_dir("thermoviz", appauthor=False, roaming=True))
    if sys.platform.startswith("linux"):  # XDG systems: the XDG folder
        assert vf.data_dir() == tmp_path / "thermoviz"


@pytest.mark.parametrize("module, cls, expected_end", [
    ("platformdirs.windows", "Windows", ("thermoviz",)),
    ("platformdirs.macos", "MacOS", ("Application Support", "thermoviz")),
])
def test_same_call_gives_the_windows_and_macos_folders(module, cls, expected_end, monkeypatch):
    """What the call gives on the other systems (platformdirs' own classes, without that OS)."""
    import importlib

    dirs = getattr(importlib.import_module(module), cls)("thermoviz", appauthor=False, roaming=True)
    if cls == "Windows":
        monkeypatch.setattr("platformdirs.windows.get_win_folder", lambda csidl: r"C:\Users\t\AppData\Roaming",
                            raising=False)
        assert dirs.user_data_dir.replace("\\", "/").endswith("AppData/Roaming/thermoviz")
    else:
        assert Path(dirs.user_data_dir).parts[-2:] == expected_end
