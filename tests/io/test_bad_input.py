"""Bad scenario files and --set values: always one short, escaped, truthful line; never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from thermoviz.io.overrides import parse_override
from thermoviz.io.scenario_file import MAX_FILE_BYTES
from thermoviz.io.scenario_source import load_scenario
from thermoviz.model.scenario import FIELD_SPECS, ScenarioError
from scenario_texts import GOOD

NUMERIC = [name for name, spec in FIELD_SPECS.items() if spec.kind in (int, float)]
#: The longest message we accept: one line a terminal or a dialog shows whole.
MAX_MESSAGE = 400


def _error(path_or_id) -> str:
    with pytest.raises(ScenarioError) as info:
        load_scenario(path_or_id)
    message = str(info.value)
    assert message.isprintable(), message  # no newline, ESC or NUL
    return message


def _file(tmp_path: Path, text: str, name: str = "s.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _with(field: str, value_toml: str) -> str:
    lines = [line for line in GOOD.splitlines() if not line.startswith(f"{field} =")]
    return "\n".join([*lines, f"{field} = {value_toml}"]) + "\n"


@pytest.mark.parametrize("field", NUMERIC)
def test_integer_too_large_for_a_float_names_the_field(tmp_path, field):
    message = _error(_file(tmp_path, _with(field, "1" + "0" * 400)))
    assert f"{field}: must be" in message and "about 401 digits" in message and len(message) < MAX_MESSAGE


@pytest.mark.parametrize("nest", ["[" * 3000 + "]" * 3000, "{a = " * 3000 + "1" + "}" * 3000])
def test_deeply_nested_values_are_one_line(tmp_path, nest):
    message = _error(_file(tmp_path, _with("title", nest)))
    assert "s.toml" in message and len(message) < MAX_MESSAGE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-m", "thermoviz", "run", str(fifo)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("scenario file: is not a regular file (a device, pipe or socket); "
                                        "give a .toml scenario file")


def test_dev_zero_and_oversized_files_are_refused(tmp_path):
    if os.path.exists("/dev/zero"):  # POSIX
        assert "not a regular file" in _error("/dev/zero")
    big = _file(tmp_path, GOOD + "# " + "x" * MAX_FILE_BYTES + "\n", "big.toml")
    assert "a scenario file is at most 1,000,000 bytes" in _error(big)


def test_a_5000_character_path_is_shortened(tmp_path):
    message = _error(str(tmp_path / ("a" * 5000 + ".toml")))
    assert len(message) < MAX_MESSAGE and "…" in message


def test_control_characters_in_keys_and_file_names_are_escaped(tmp_path):
    message = _error(_file(tmp_path, GOOD + '"bad\\nkey\\u001b[31m\\u0000" = 1\n'))
    assert "bad\\nkey\\x1b[31m\\x00: unknown field" in message
    weird = _file(tmp_path, "not toml ][", "evil\nname\x1b.toml")
    assert "evil\\nname\\x1b.toml: line 1" in _error(weird)


def test_long_values_are_quoted_shortened(tmp_path):
    message = _error(_file(tmp_path, _with("vehicle", '"' + "x" * 200_000 + '"')))
    assert "vehicle: must be one of" in message and "(200000 characters)" in message
    assert len(message) < MAX_MESSAGE


def test_a_value_just_out_of_range_is_quoted_exactly(tmp_path):
    message = _error(_file(tmp_path, _with("hole_diameter_mm", "20.0000001")))
    assert message.endswith("must be a number from 0 to 20 mm, got 20.0000001")
    with pytest.raises(ScenarioError, match=r"got 20\.0000001$"):
        parse_override("hole_diameter_mm=20.0000001")


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_scenario(path).title == "Test"


def test_number_syntax_in_files_follows_toml(tmp_path):
    """Files: TOML's digit separator ``1_0`` is ten (TOML 1.0 spec); full-width digits are not TOML."""
    assert load_scenario(_file(tmp_path, _with("duration_h", "1_0"))).duration_h == 10.0
    message = _error(_file(tmp_path, _with("duration_h", "１０")))
    assert "line 10" in message and "not valid TOML" in message


@pytest.mark.parametrize("typed", ["1_0", "１０", "10 h", "inf", "nan", "0x10", "1,5", "", "--1"])
def test_set_numbers_are_plain_ascii_decimals(typed):
    with pytest.raises(ScenarioError) as info:
        parse_override(f"duration_h={typed}")
    assert str(info.value).startswith("duration_h: must be a number from 1 to 240 h, got ")
    assert str(info.value).isprintable()


def test_set_accepts_plain_numbers_and_one_none_spelling():
    assert parse_override("duration_h=1e1") == ("duration_h", 10.0)
    assert parse_override("crew=2.0") == ("crew", 2)
    assert parse_override("undock_time_h=None") == ("undock_time_h", None)
    for other in ("null", ""):
        with pytest.raises(ScenarioError, match="or none"):
            parse_override(f"undock_time_h={other}")


def test_set_values_are_escaped_and_shortened():
    with pytest.raises(ScenarioError) as info:
        parse_override("vehicle_x\n\x1b=" + "y" * 100_000)
    assert str(info.value).isprintable() and len(str(info.value)) < 2000
    with pytest.raises(ScenarioError) as info:
        parse_override("crew=" + "9" * 5000)
    assert str(info.value).isprintable() and len(str(info.value)) < MAX_MESSAGE


def test_quote_value_is_exact_short_and_escaped():
    from thermoviz.model.scenario import quote_value

    assert quote_value(20.0000001) == "20.0000001" and quote_value(35) == "35" and quote_value(True) == "true"
    assert quote_value(10**400) == "a whole number with about 401 digits"
    assert quote_value("a\nb\x1b\x00") == "'a\\nb\\x1b\\x00'"
    deep: list = []
    for _ in range(3000):
        deep = [deep]
    assert len(quote_value(deep)) < 60
    long = quote_value("z" * 10_000)
    assert long.endswith("(10000 characters)") and len(long) < 100
