"""The ``thermoviz`` command, driven in-process through ``main(argv)`` (fast)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
import types

import numpy as np
import pytest

import thermoviz
from thermoviz.cli import main, parse_override
from thermoviz.io.csv_io import read_csv
from thermoviz.model.outcome.result import EVENTS, SERIES
from thermoviz.model.scenario import ScenarioError

PRESET_IDS = ["soyuz-ms22", "soyuz-ms22-crewed-return", "soyuz-ms23-return", "progress-ms21", "nauka-rtod"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"thermoviz {thermoviz.__version__}"


def test_presets_lists_all_five_with_titles_and_descriptions(capsys):
    code, out, err = run(capsys, "presets")
    assert code == 0 and err == ""
    for preset in thermoviz.list_presets():
        assert preset.id in out and preset.title in out
        assert " ".join(preset.description.split()) in " ".join(out.split())
    assert [p.id for p in thermoviz.list_presets()] == PRESET_IDS
    first_words = [line.split()[0] for line in out.splitlines() if line and not line.startswith(" ")]
    assert first_words == PRESET_IDS


def test_presets_json_carries_timelines_and_sources(capsys):
    code, out, _ = run(capsys, "presets", "--json")
    assert code == 0
    presets = json.loads(out)
    assert [p["id"] for p in presets] == PRESET_IDS
    ms22 = presets[0]
    assert ms22["t0_utc"] == "2022-12-14T23:45Z"
    assert ms22["timeline"][1]["date"] == "2022-12-15T00:45Z"
    assert ms22["timeline"][1]["kind"] == "detection" and ms22["timeline"][1]["precision"] == "minute"
    assert ms22["timeline"][2]["utc"] == "2022-12-15T00:00Z" and ms22["timeline"][2]["precision"] == "day"
    assert ms22["timeline"][1]["start_h"] == 1.0 and ms22["timeline"][1]["in_run"] is True
    assert ms22["timeline"][0]["in_run"] is False and ms22["timeline"][0]["end_h"] < 0  # launch, Sep 2022
    assert "Interfax" in ms22["sources"]["hole_diameter_mm"]
    assert all(p["title"] and p["description"] and p["timeline"] for p in presets)


def test_run_prints_a_readable_summary(capsys):
    code, out, err = run(capsys, "run", "soyuz-ms22")
    assert code == 0 and err == ""
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22"))
    assert out.splitlines()[0] == result.scenario.title
    assert f"Verdict [{result.verdict.severity}]: {result.verdict.text}" in out
    assert "Puncture" in out and "1.00 h" in out
    assert "Undock" in out and "does not happen" in out
    depleted = result.events["coolant_depleted"] or result.events["coolant_half_lost"]
    assert depleted is not None and f"{depleted - 1.0:+8.2f} h  ({depleted:.2f} h from start)" in out
    peak = result.peaks["cabin_temp_c"]
    assert f"{peak:.1f} °C" in out
    assert "kPa" in out


def test_run_json_has_scenario_events_peaks_verdict_version(capsys):
    code, out, err = run(capsys, "run", "soyuz-ms22-crewed-return", "--json")
    assert code == 0 and err == ""
    obj = json.loads(out)
    assert obj["version"] == thermoviz.__version__
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    assert obj["scenario"] == result.scenario.to_dict()
    assert set(obj["events"]) == set(EVENTS)
    assert obj["events"]["undock"] == pytest.approx(48.0)  # hours since the puncture (at 1 h)
    assert obj["events_since_start"]["undock"] == pytest.approx(49.0) and obj["events"]["puncture"] == 0.0
    assert set(obj["peaks"]) == set(SERIES)
    for name in SERIES:
        values = result.series[name]
        finite = values[np.isfinite(values)]
        expected = float(finite.max()) if finite.size else None
        assert obj["peaks"][name] == expected, name
    assert obj["verdict"] == {"text": result.verdict.text, "severity": result.verdict.severity,
                              "crew_grade": result.verdict.crew_grade}


def test_set_overrides_fields_by_type(capsys):
    code, out, _ = run(
        capsys, "run", "soyuz-ms22", "--json",
        "--set", "hole_diameter_mm=2", "--set", "hatch_open=false", "--set", "crew=2",
        "--set", "undock_time_h=30", "--set", "descent_duration_h=none", "--set", "title=Mine ° test",
    )
    assert code == 0
    scenario = json.loads(out)["scenario"]
    assert scenario["hole_diameter_mm"] == 2.0 and scenario["hatch_open"] is False
    assert scenario["crew"] == 2 and scenario["undock_time_h"] == 30.0
    assert scenario["descent_duration_h"] is None and scenario["title"] == "Mine ° test"
    code, out, _ = run(capsys, "run", "soyuz-ms22", "--json", "--set", "puncture_time_h=none")
    assert code == 0 and json.loads(out)["events"]["puncture"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("crew=3", ("crew", 3)), ("crew=2.0", ("crew", 2)), ("hatch_open=Yes", ("hatch_open", True)),
     ("hatch_open=0", ("hatch_open", False)), ("undock_time_h=NONE", ("undock_time_h", None)),
     ("hole_diameter_mm = 1e-1", ("hole_diameter_mm", 0.1)), ("loop=rtod", ("loop", "rtod"))],
)
def test_parse_override(text, expected):
    assert parse_override(text) == expected


def test_csv_output_round_trips_to_the_result(capsys, tmp_path):
    path = tmp_path / "ms22.csv"
    code, out, _ = run(capsys, "run", "soyuz-ms22", "--csv", str(path))
    assert code == 0 and f"Wrote {path}" in out
    data = read_csv(path)
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22"))
    assert np.array_equal(data.time_h, result.time_h)
    for name in SERIES:
        assert np.array_equal(data.columns[name], result.series[name], equal_nan=True), name
    assert data.units["cabin_temp_c"] == "°C"
    assert data.scenario == result.scenario
    assert data.meta["verdict"] == result.verdict.text


def one_line_error(capsys, *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2, (argv, out, err)
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("thermoviz: ")
    assert "Traceback" not in err
    return lines[0]


BAD_FILE = 'schema_version = 1\nvehicle = "soyuz-ms"\nloop = "external"\nhole_diameter_mm = {hole}\n' \
           'discharge_coefficient = 0.2\npuncture_time_h = 1.0\nhatch_open = true\ncrew = 3\nduration_h = 24.0\n'


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["--set", "hole_diameter_mm=35"], ["hole_diameter_mm: must be a number from 0 to 20 mm, got 35"]),
        (["--set", "crew=4"], ["crew: must be from 0 to 3 for vehicle soyuz-ms (3 seats), got 4"]),
        (["--set", "crew=two"], ["crew: must be a whole number from 0 to 12", "'two'"]),
        (["--set", "hatch_open=maybe"], ["hatch_open: must be true or false"]),
        (["--set", "duration_h=none"], ["duration_h: must be a number from 1 to 240 h"]),
        (["--set", "hole_size=3"], ["hole_size: unknown field; allowed:", "hole_diameter_mm", "undock_time_h"]),
        (["--set", "hole_diameter_mm"], ["--set: expected FIELD=VALUE"]),
        (["--set", "vehicle=buran"], ["vehicle:", "buran"]),
        (["--set", "loop=rtod"], ["loop:", "rtod"]),
        (["--scale", "3", "--csv", "{tmp}/a.csv"], ["--scale: must be 1, 2 or 4, got 3"]),
        (["--csv", "{tmp}/no-such-dir/a.csv"], ["--csv: cannot write", "no-such-dir", "does not exist"]),
        (["--csv", "{tmp}"], ["--csv: cannot write", "is a folder"]),
    ],
)
def test_bad_run_input_is_one_line_exit_2_and_writes_nothing(capsys, tmp_path, argv, fragments):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if "--csv" not in argv:
        argv += ["--csv", str(tmp_path / "out.csv")]
    line = one_line_error(capsys, "run", "soyuz-ms22", *argv)
    for fragment in fragments:
        assert fragment in line, line
    assert list(tmp_path.iterdir()) == []


def test_bad_scenario_files_and_presets_are_one_line_exit_2(capsys, tmp_path):
    out_csv = str(tmp_path / "out.csv")
    line = one_line_error(capsys, "run", "soyuz-ms99", "--csv", out_csv)
    assert "unknown preset 'soyuz-ms99'" in line and "soyuz-ms22" in line
    line = one_line_error(capsys, "run", str(tmp_path / "missing.toml"), "--csv", out_csv)
    assert "missing.toml: scenario file: not found" in line

    cases = {
        "range.toml": (BAD_FILE.format(hole=35), "range.toml: hole_diameter_mm: must be a number from 0 to 20 mm"),
        "syntax.toml": (BAD_FILE.format(hole="= 1"), "syntax.toml: line 4, column 20: not valid TOML"),
        "newer.toml": (BAD_FILE.format(hole=1).replace("schema_version = 1", "schema_version = 3"),
                       "newer.toml: schema_version: written by a newer thermoviz (schema 3)"),
        "unknown.toml": (BAD_FILE.format(hole=1) + "colour = 1\n", "unknown.toml: colour: unknown field; allowed:"),
    }
    for name, (text, fragment) in cases.items():
        (tmp_path / name).write_text(text)
        line = one_line_error(capsys, "run", str(tmp_path / name), "--csv", out_csv)
        assert fragment in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(cases)  # no CSV written


def test_argparse_usage_errors_exit_2(capsys):
    code, _, err = run(capsys, "run")
    assert code == 2 and "SCENARIO" in err
    code, _, _ = run(capsys, "frobnicate")
    assert code == 2


def test_error_message_matches_scenario_error():
    with pytest.raises(ScenarioError) as err:
        parse_override("crew=x")
    assert str(err.value) == "crew: must be a whole number from 0 to 12, got 'x'"


# ---------------------------------------------------------------- GUI and export hand-off


@pytest.fixture
def fake_gui(monkeypatch):
    calls = []
    module = types.ModuleType("thermoviz.gui.app")

    def run_gui(scenario, screenshot=None, units=None):
        calls.append((scenario, screenshot) if units is None else (scenario, screenshot, units))
        return 0

    module.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "thermoviz.gui.app", module)
    return calls


def test_bare_thermoviz_launches_the_gui(capsys, fake_gui):
    assert main([]) == 0
    assert fake_gui == [(None, None)]


def test_gui_command_passes_units(fake_gui):
    assert main(["gui", "--units", "F"]) == 0
    assert fake_gui == [(None, None, "F")]


def test_gui_command_passes_scenario_and_screenshot(capsys, fake_gui, tmp_path):
    shot = str(tmp_path / "shot.png")
    assert main(["gui", "nauka-rtod", "--screenshot", shot]) == 0
    assert fake_gui == [(thermoviz.load_scenario("nauka-rtod"), shot)]
    line = one_line_error(capsys, "gui", "nope-preset")
    assert "unknown preset" in line
    assert len(fake_gui) == 1  # the GUI was not started for bad input


def test_gui_missing_is_a_clean_error(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "thermoviz.gui.app", None)  # import raises ImportError
    code, _, err = run(capsys, "gui")
    assert code == 1 and len(err.splitlines()) == 1 and "desktop app cannot start" in err


def test_export_flags_call_the_export_module_after_validation(capsys, monkeypatch, tmp_path):
    calls = []

    def fake_export(result, **kw):  # writes into the hidden temporaries it is given
        calls.append((result.scenario.title, kw))
        for flag in ("png", "pdf"):
            Path(kw[flag]).write_bytes(f"fake {flag}".encode())

    module = types.ModuleType("thermoviz.export.cli_export")
    module.export_from_cli = fake_export
    monkeypatch.setitem(sys.modules, "thermoviz.export.cli_export", module)
    from thermoviz.io import verify

    monkeypatch.setattr(verify, "verify_png", lambda path: None)
    monkeypatch.setattr(verify, "verify_pdf", lambda path: None)
    png, pdf = str(tmp_path / "a.png"), str(tmp_path / "r.pdf")
    code, _, err = run(capsys, "run", "soyuz-ms22", "--png", png, "--pdf", pdf, "--scale", "2")
    assert code == 0, err
    [(title, kw)] = calls
    assert title == thermoviz.load_scenario("soyuz-ms22").title
    assert {k: kw[k] for k in ("scale", "reference")} == {"scale": 2, "reference": None} and "svg" not in kw
    assert Path(kw["png"]).parent == tmp_path and Path(kw["png"]).name.startswith(".thermoviz-a.png.")
    assert Path(png).read_bytes() == b"fake png" and Path(pdf).read_bytes() == b"fake pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "r.pdf"]
    line = one_line_error(capsys, "run", "soyuz-ms22", "--svg", str(tmp_path / "nodir" / "a.svg"))
    assert line.startswith("thermoviz: --svg: cannot write")
    line = one_line_error(capsys, "run", "soyuz-ms22", "--png", png, "--svg", png)
    assert "--svg: names the same file as --png" in line
    assert len(calls) == 1


def test_run_parses_each_set_once_and_resolves_the_vehicle_once(capsys, monkeypatch, tmp_path):
    import thermoviz.cli as cli
    from thermoviz.io import vehicles

    parsed, resolved = [], []
    real_parse, real_resolve = cli.parse_override, vehicles.resolve
    monkeypatch.setattr(cli, "parse_override", lambda text: parsed.append(text) or real_parse(text))
    monkeypatch.setattr(vehicles, "resolve", lambda s: resolved.append(s) or real_resolve(s))
    code, _, err = run(capsys, "run", "soyuz-ms22", "--set", "crew=2", "--set", "hole_diameter_mm=1",
                       "--csv", str(tmp_path / "a.csv"))
    assert code == 0, err
    assert parsed == ["crew=2", "hole_diameter_mm=1"]
    assert len(resolved) == 1 and resolved[0].crew == 2
