"""Scenario TOML files: exact round-trip, one-line errors naming file and field, atomic saves."""

from __future__ import annotations

import os

import pytest
import tomli_w

from thermoviz.io import atomic, scenario_file
from thermoviz.io.atomic import FileExistsRefused, FileWriteError
from thermoviz.io.scenario_file import (
    read_scenario_file,
    save_scenario,
    scenario_to_toml,
)
from thermoviz.io.scenario_source import load_scenario
from thermoviz.model.scenario import FIELD_SPECS, SCHEMA_VERSION, Scenario, ScenarioError
from scenario_texts import GOOD



def write(tmp_path, text: str, name: str = "s.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def a_coolant_id() -> str:
    """A coolant the soyuz-ms vehicle accepts (from the vehicle catalogue itself)."""
    from thermoviz.io import vehicles

    return vehicles.get_vehicle("soyuz-ms").default_coolant


def test_round_trip_every_field_set_and_unicode(tmp_path):
    scenario = Scenario(
        vehicle="soyuz-ms",
        loop="external",
        hole_diameter_mm=0.1 + 0.2,  # 0.30000000000000004: needs full float precision
        discharge_coefficient=0.21,
        puncture_time_h=1.5,
        undock_time_h=49.25,
        hatch_open=False,
        crew=2,
        duration_h=60.0,
        descent_duration_h=6.0,
        coolant=a_coolant_id(),
        title='Союз МС-22 — "что если" 🚀 ° \\ backslash',
        description="Two lines:\nsecond line\twith a tab",
    )
    path = save_scenario(scenario, tmp_path / "every field.toml")
    assert load_scenario(path) == scenario
    assert load_scenario(str(path)) == scenario
    text = path.read_text(encoding="utf-8")
    assert text.count("schema_version = 1") == 1
    assert "Союз" in text  # human-readable, not \\u-escaped


def test_round_trip_none_values_are_absent_keys(tmp_path):
    scenario = Scenario(hole_diameter_mm=0.0, puncture_time_h=None, undock_time_h=None,
                        descent_duration_h=None, coolant=None, title="", description="")
    path = save_scenario(scenario, tmp_path / "none.toml")
    text = path.read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if not line.startswith("#")]
    for name in ("puncture_time_h", "undock_time_h", "descent_duration_h", "coolant"):
        assert not any(line.startswith(name) for line in body)
    assert load_scenario(path) == scenario


def test_explicit_none_spelling_is_accepted_for_optional_fields(tmp_path):
    path = write(tmp_path, GOOD + 'undock_time_h = "none"\n')
    assert load_scenario(path).undock_time_h is None


def test_title_and_description_may_be_left_out(tmp_path):
    path = write(tmp_path, GOOD.replace('title = "Test"\n', ""))
    assert load_scenario(path).title == ""


def test_saved_file_is_commented_toml_with_every_field():
    text = scenario_to_toml(Scenario(undock_time_h=10.0))
    assert text.startswith("# thermoviz scenario file")
    assert "undock_time_h = stays docked" in text  # the header explains absent keys
    for name in FIELD_SPECS:
        if name not in ("coolant", "descent_duration_h", "start_utc"):
            assert f"\n{name} = " in text


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        (GOOD + "hole_diameter_mm = 35\n", None, "Cannot overwrite"),  # duplicate key: TOML error
        (GOOD.replace("0.8", "35"), "hole_diameter_mm", "must be a number from 0 to 20 mm, got 35"),
        (GOOD.replace("crew = 3", 'crew = "three"'), "crew", "whole number from 0 to 12"),
        (GOOD.replace("crew = 3", "crew = 2.5"), "crew", "whole number from 0 to 12"),
        (GOOD.replace("hatch_open = true", "hatch_open = 1"), "hatch_open", "true or false"),
        (GOOD.replace("duration_h = 24.0", "duration_h = 0.5"), "duration_h", "from 1 to 240 h"),
        (GOOD + "hole_size = 3\n", "hole_size", "unknown field; allowed: schema_version, title"),
        (GOOD.replace("schema_version = 1", "schema_version = 3"), "schema_version",
         "written by a newer thermoviz (schema 3); this version reads schema 1"),
        (GOOD.replace("schema_version = 1\n", ""), "schema_version", "missing"),
        (GOOD.replace('loop = "external"\n', ""), "loop", "missing"),
        (GOOD.replace('hole_diameter_mm = 0.8\n', 'hole_diameter_mm = "none"\n'), "hole_diameter_mm",
         "must be a number from 0 to 20 mm"),
        (GOOD.replace('"soyuz-ms"', '"buran"'), "vehicle", "buran"),
        (GOOD.replace('"external"', '"internal"'), "loop", "internal"),
    ],
)
def test_bad_file_gives_one_line_naming_file_and_field(tmp_path, text, field, fragment):
    path = write(tmp_path, text)
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert err.value.source == str(path)
    if field is not None:
        assert err.value.field == field
        assert f": {field}: " in message
    assert fragment in message or fragment.lower() in message.lower()


def test_malformed_toml_names_line_and_column(tmp_path):
    path = write(tmp_path, GOOD.replace("crew = 3", "crew = = 3"))
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    crew_line = GOOD.splitlines().index("crew = 3") + 1
    assert err.value.field == f"line {crew_line}, column 8"
    assert "not valid TOML" in str(err.value) and str(path) in str(err.value)


def test_missing_file_unknown_preset_and_directory(tmp_path):
    with pytest.raises(ScenarioError, match=r"nope\.toml: scenario file: not found"):
        load_scenario(tmp_path / "nope.toml")
    with pytest.raises(ScenarioError, match=r"unknown preset 'soyuz-ms99'; presets: .*soyuz-ms22"):
        load_scenario("soyuz-ms99")
    (tmp_path / "dir.toml").mkdir()
    with pytest.raises(ScenarioError, match="is a directory"):
        load_scenario(tmp_path / "dir.toml")


def test_not_utf8_is_a_clean_error(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Test", "Caf\xe9").encode("latin-1"))
    with pytest.raises(ScenarioError, match="not UTF-8"):
        load_scenario(path)


def test_preset_table_is_returned_but_not_part_of_the_scenario(tmp_path):
    path = write(tmp_path, GOOD + '\n[preset]\nid = "x"\n')
    scenario, meta = read_scenario_file(path)
    assert meta == {"id": "x"} and scenario.title == "Test"


# ---------------------------------------------------------------- atomic saves


def test_failed_serialisation_leaves_old_file_intact(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    before = path.read_bytes()

    def broken_dumps(*_args, **_kwargs):
        raise RuntimeError("boom halfway")

    monkeypatch.setattr(scenario_file.tomli_w, "dumps", broken_dumps)
    with pytest.raises(FileWriteError, match="boom halfway"):
        save_scenario(Scenario(title="new"), path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["s.toml"]


def test_crash_during_write_leaves_old_file_intact(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    before = path.read_bytes()

    def failing_fsync(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(FileWriteError) as err:
        save_scenario(Scenario(title="new"), path)
    assert str(err.value) == f"cannot write {path}: disk full (no space left on device)"
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["s.toml"]  # temp file removed


def test_unwritable_directory_is_a_clean_one_line_error(tmp_path):
    blocker = write(tmp_path, "x", "plain-file")
    for target in (tmp_path / "no-such-dir" / "a.toml", blocker / "a.toml"):
        with pytest.raises(FileWriteError) as err:
            save_scenario(Scenario(), target)
        assert isinstance(err.value, OSError)
        assert "\n" not in str(err.value) and str(target) in str(err.value)
    assert sorted(os.listdir(tmp_path)) == ["plain-file"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root can write into a read-only directory; Windows has no read-only folder mode")
def test_read_only_directory_is_a_clean_error(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="Permission denied"):
            save_scenario(Scenario(), ro / "a.toml")
    finally:
        ro.chmod(0o700)


def test_permission_denied_is_a_clean_error_even_as_root(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    before = path.read_bytes()

    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)  # what a read-only directory does
    with pytest.raises(FileWriteError) as err:
        save_scenario(Scenario(title="new"), path)
    assert str(err.value) == f"cannot write {path}: no permission"
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["s.toml"]


def test_save_as_refuses_to_overwrite(tmp_path):
    path = write(tmp_path, GOOD)
    before = path.read_bytes()
    with pytest.raises(FileExistsRefused) as err:
        save_scenario(Scenario(title="other"), path, overwrite=False)
    assert isinstance(err.value, FileExistsError)
    assert "already exists" in str(err.value)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["s.toml"]
    fresh = save_scenario(Scenario(title="other"), tmp_path / "new.toml", overwrite=False)
    assert load_scenario(fresh).title == "other"


def test_save_overwrites_by_default_and_keeps_file_mode(tmp_path):
    path = write(tmp_path, GOOD)
    path.chmod(0o640)
    save_scenario(Scenario(title="replaced"), path)
    assert load_scenario(path).title == "replaced"
    assert path.stat().st_mode & 0o777 == 0o640


def test_schema_version_constant_is_what_is_written():
    assert f"schema_version = {SCHEMA_VERSION}" in tomli_w.dumps({"schema_version": SCHEMA_VERSION})
    assert f"schema_version = {SCHEMA_VERSION}\n" in scenario_to_toml(Scenario())


def test_saved_files_record_the_thermoviz_version_that_wrote_them(tmp_path):
    import thermoviz

    scenario = Scenario(title="v", hole_diameter_mm=0.123, discharge_coefficient=0.115, duration_h=72.25)
    path = save_scenario(scenario, tmp_path / "v.toml")
    text = path.read_text()
    assert f'thermoviz_version = "{thermoviz.__version__}"' in text and "schema_version = 1" in text
    assert load_scenario(path) == scenario  # full precision, version key accepted
    path.write_text(text.replace(f'"{thermoviz.__version__}"', "5"))
    with pytest.raises(ScenarioError, match="thermoviz_version: must be a text"):
        load_scenario(path)
    path.write_text(text.replace("schema_version = 1", "schema_version = 2"))
    with pytest.raises(ScenarioError, match="newer thermoviz"):
        load_scenario(path)
