"""``--units F``: the summary, CSV headers and PDF in °F; inputs, scenario files and --json stay in °C."""

from __future__ import annotations

import json

import numpy as np
import pytest

from thermoviz.cli import UNIT_CHOICES, main
from thermoviz.io.csv_io import read_csv
from thermoviz.model.units import TEMP_UNITS


def test_choices_are_the_model_units():
    assert UNIT_CHOICES == tuple(TEMP_UNITS)


def test_summary_in_fahrenheit(capsys):
    assert main(["run", "soyuz-ms22-crewed-return"]) == 0
    celsius = capsys.readouterr().out
    assert main(["run", "soyuz-ms22-crewed-return", "--units", "F"]) == 0
    out = capsys.readouterr().out
    verdict = next(line for line in out.splitlines() if line.startswith("Verdict"))
    assert "°F" in verdict and "°C" not in verdict
    peak_c = float(next(line for line in celsius.splitlines() if "Cabin air temperature" in line).split()[-2])
    peak_f = float(next(line for line in out.splitlines() if "Cabin air temperature" in line).split()[-2])
    assert peak_f == pytest.approx(peak_c * 1.8 + 32, abs=0.1)
    assert "Crew core 100.4 °F" in out  # event names follow too
    assert "°C" not in out.replace("--units", "")  # the whole summary speaks °F


def test_units_before_the_command_and_lower_case(capsys):
    assert main(["--units", "f", "run", "soyuz-ms22"]) == 0
    assert "°F" in capsys.readouterr().out


def test_json_stays_si(capsys):
    assert main(["run", "soyuz-ms22", "--json"]) == 0
    celsius = json.loads(capsys.readouterr().out)
    assert main(["run", "soyuz-ms22", "--json", "--units", "F"]) == 0
    fahrenheit = json.loads(capsys.readouterr().out)
    assert fahrenheit["peaks"] == celsius["peaks"]


def test_bad_unit_is_a_usage_error(capsys):
    assert main(["run", "soyuz-ms22", "--units", "K"]) == 2
    err = capsys.readouterr().err
    assert "--units" in err and "'C', 'F'" in err


def test_csv_in_fahrenheit_reads_back_in_celsius(tmp_path, capsys):
    c_path, f_path = tmp_path / "c.csv", tmp_path / "f.csv"
    assert main(["run", "soyuz-ms22", "--csv", str(c_path)]) == 0
    assert main(["run", "soyuz-ms22", "--csv", str(f_path), "--units", "F"]) == 0
    header = next(line for line in f_path.read_text(encoding="utf-8").splitlines() if line.startswith("time_h"))
    assert "cabin_temp_f [°F]" in header and "crew_core_temp_f [°F]" in header and "°C" not in header
    c_data, f_data = read_csv(c_path), read_csv(f_path)
    assert list(f_data.columns) == list(c_data.columns)  # same names and order once read
    for name in ("cabin_temp_c", "wet_bulb_c", "equipment_temp_c", "crew_core_temp_c"):
        np.testing.assert_allclose(f_data.columns[name], c_data.columns[name], rtol=0, atol=1e-9)
        assert f_data.units[name] == "°C"
    raw = f_path.read_text(encoding="utf-8")
    assert "verdict = " in raw and "°F" in raw.split("verdict = ")[1].splitlines()[0]


def test_pdf_report_text_in_fahrenheit():
    from thermoviz.api import load_scenario, simulate
    from thermoviz.export.report_text import back_matter_html, header_html
    from thermoviz.model.units import set_temp_unit
    import datetime as dt

    result = simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=False)
    set_temp_unit("F")
    page1 = header_html(result, "x", dt.datetime(2026, 1, 1))
    back = back_matter_html(result)
    assert "°C" not in page1 and "°F" in page1
    assert "Core 100.4 °F: ISO 7933 PHS limit" in back and "Comfort 64.4–80.6 °F" in back
