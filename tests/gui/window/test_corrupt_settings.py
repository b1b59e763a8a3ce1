"""Corrupt or stale settings never stop the app: each is ignored with a note, the window starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray

def _valid_toml() -> str:
    from thermoviz.api import load_scenario
    from thermoviz.io.scenario_file import scenario_to_toml

    return scenario_to_toml(load_scenario("soyuz-ms22").replace(crew=2))


CORRUPTIONS = {
    "unknown preset id": {"scenario/last": "VALID", "scenario/preset_id": "soyuz-ms99-removed"},
    "last is a JSON list": {"scenario/last": "[1, 2, 3]"},
    "last is a JSON number": {"scenario/last": "5"},
    "last is an object of junk": {"scenario/last": '{"crew": "three", "vehicle": 7}'},
    "huge integer (JSON)": {"scenario/last": '{"hole_diameter_mm": ' + "9" * 500 + "}"},
    "huge integer (TOML)": {"scenario/last": "VALID_CREW_HUGE"},
    "unknown vehicle": {"scenario/last": '{"vehicle": "buran"}'},
    "newer schema": {"scenario/last": "VALID_SCHEMA_99"},
    "3000-deep array": {"scenario/last": "title = " + "[" * 3000 + "]" * 3000},
    "bytes, not text": {"scenario/last": QByteArray(b"\xff\xfe\x00garbage")},
    "a list of values": {"scenario/last": ["a", "b"]},
    "preset id is a list": {"scenario/last": "VALID", "scenario/preset_id": ["x", "y"]},
    "interface size is huge": {"ui/scale": "1" + "0" * 400},
    "geometry is garbage": {"window/geometry": QByteArray(b"\x00\x01garbage"), "window/state": "junk"},
}


@pytest.mark.parametrize("case", list(CORRUPTIONS))
def test_corrupt_setting_is_ignored_and_the_window_starts(make_window, settings_dir, case):
    from thermoviz.api import load_scenario
    from thermoviz.gui.window import settings as settings_module
    from thermoviz.gui.window.settings import make_settings

    settings = make_settings()
    for key, value in CORRUPTIONS[case].items():
        if value == "VALID":
            value = _valid_toml()
        elif value == "VALID_CREW_HUGE":
            value = _valid_toml().replace("crew = 2", "crew = " + "9" * 500)
        elif value == "VALID_SCHEMA_99":
            value = _valid_toml().replace("schema_version = 1", "schema_version = 99")
        settings.setValue(key, value)
    settings.sync()
    settings_module.NOTES.clear()
    window = make_window(None, remember=True, size=None)
    assert window.isVisible() and window.scenario is not None
    if case in ("unknown preset id", "preset id is a list"):
        assert window.scenario == load_scenario("soyuz-ms22").replace(crew=2)  # the scenario itself was fine
    elif case not in ("interface size is huge", "geometry is garbage"):
        assert window.scenario == load_scenario("soyuz-ms22")  # the default preset
    if case != "geometry is garbage":
        assert settings_module.NOTES, "an ignored setting must leave a note"
        assert all(note.isprintable() for note in settings_module.NOTES)


def test_raw_garbage_settings_file(make_window, settings_dir):
    from thermoviz.api import load_scenario
    from thermoviz.gui.window.settings import make_settings

    path = Path(make_settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(b"[scenario]\nlast=\xff\xfe\x00\x1b[31m{{{\npreset_id=\x00\n\x00\x00\xde\xad\xbe\xef\n")
    window = make_window(None, remember=True, size=None)
    assert window.scenario == load_scenario("soyuz-ms22")


def test_remembered_scenario_round_trips_through_the_scenario_file_format(make_window, settings_dir):
    from thermoviz.gui.window.settings import make_settings

    window = make_window("soyuz-ms22", remember=True, size=None)
    window.controls.hole.spin.setValue(2.5)
    edited = window.scenario
    window.close()
    stored = make_settings().value("scenario/last")
    assert isinstance(stored, str) and stored.startswith("# thermoviz scenario file")
    assert make_window(None, remember=True, size=None).scenario == edited


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(max_size=200) | st.binary(max_size=50).map(QByteArray)
       | st.lists(st.text(max_size=5), max_size=3) | st.integers().map(str),
       preset=st.text(max_size=20))
def test_any_remembered_value_is_read_or_ignored(settings_dir, value, preset):
    """Property: whatever the settings hold, reading them never raises."""
    from thermoviz.gui.window.settings import last_scenario, make_settings
    from thermoviz.model.scenario import Scenario

    store = make_settings()
    store.setValue("scenario/last", value)
    store.setValue("scenario/preset_id", preset)
    scenario, preset_id = last_scenario(store)
    assert scenario is None or isinstance(scenario, Scenario)
    assert preset_id is None or isinstance(preset_id, str)
