"""``thermoviz map`` / ``limit`` / ``run --uncertainty`` through main(argv): API parity and bad input."""

from __future__ import annotations

import json

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.limits import find_limit
from thermoviz.analysis.survival_map import survival_map
from thermoviz.cli import main

PRESET = "soyuz-ms22-crewed-return"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_map_json_equals_the_api(capsys):
    code, out, err = run(capsys, "map", PRESET, "--set", "crew=2", "--x", "hole_diameter_mm=0.4:2:5",
                         "--y", "undock_after_puncture_h=0:24:4", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    api = survival_map(thermoviz.load_scenario(PRESET).replace(crew=2), ("hole_diameter_mm", 0.4, 2, 5),
                       ("undock_after_puncture_h", 0, 24, 4))
    assert np.allclose(np.array(data["values"], float), api.values, atol=1e-6)
    assert data["x"]["log"] and data["unit"] == "K" and data["scenario"]["crew"] == 2
    assert data["grade"] == "not_acceptable" and data["metric"] == "margin_to_not_acceptable_k"


def test_map_writes_csv_png_svg_and_says_so(capsys, tmp_path):
    paths = {k: tmp_path / f"m.{k}" for k in ("csv", "png", "svg")}
    code, out, err = run(capsys, "map", PRESET, "--x", "hole_diameter_mm=0.4:2:6", "--y", "crew=1:3",
                         "--metric", "crew_core_peak_c", *sum(([f"--{k}", str(p)] for k, p in paths.items()), []))
    assert code == 0, err
    assert all(p.stat().st_size > 0 for p in paths.values())
    assert len(paths["csv"].read_text().splitlines()) == 1 + 6 * 3
    assert "Crew core temperature peak over hole diameter" in out and f"Wrote {paths['png']}" in out


@pytest.mark.parametrize("argv, first", [
    (["--x", "hole_diameter_mm=0:2", "--y", "crew=1:3"], "thermoviz: hole_diameter_mm:"),
    (["--x", "hole_diameter_mm:0.2:2", "--y", "crew=1:3"], "thermoviz: --x:"),
    (["--x", "hole_diameter_mm=0.2:2:many", "--y", "crew=1:3"], "thermoviz: --x hole_diameter_mm N:"),
    (["--x", "hole_diameter_mm=0.2:2", "--y", "hole_diameter_mm=1:3"], "thermoviz: --y:"),
    (["--x", "hole_diameter_mm=0.2:2", "--y", "crew=1:3", "--metric", "luck"], "thermoviz: --metric:"),
    (["--x", "hole_diameter_mm=0.2:2", "--y", "crew=1:3", "--crew-contours"], "thermoviz: --crew-contours:"),
    (["--x", "hole_diameter_mm=0.2:2", "--y", "crew=1:3", "--set", "crew=7"], "thermoviz: crew:"),
    (["--x", "wingspan=0.2:2", "--y", "crew=1:3"], "thermoviz: wingspan:"),
])
def test_map_bad_input_is_one_line_exit_2_nothing_written(capsys, tmp_path, argv, first):
    png = tmp_path / "never.png"
    code, out, err = run(capsys, "map", PRESET, *argv, "--png", str(png))
    assert code == 2 and out == ""
    assert err.startswith(first) and err.count("\n") == 1
    assert not png.exists()


def test_map_unwritable_output_is_named(capsys, tmp_path):
    csv = tmp_path / "m.csv"
    code, _, err = run(capsys, "map", PRESET, "--x", "hole_diameter_mm=0.2:2", "--y", "crew=1:3",
                       "--csv", str(csv), "--png", str(tmp_path / "no" / "m.png"))
    assert code == 2 and err.startswith("thermoviz: --png:") and not csv.exists()


def test_limit_json_value_unit_bracket_as_api(capsys):
    code, out, err = run(capsys, "limit", PRESET, "hole_diameter_mm", "--crew", "2", "--grade", "stop_work", "--json")
    assert code == 0, err
    data = json.loads(out)
    api = find_limit(thermoviz.load_scenario(PRESET).replace(crew=2), "hole_diameter_mm", grade="stop_work")
    assert data["value"] == api.value and data["unit"] == "mm" and data["bracket"] == list(api.bracket)
    assert (data["grade"], data["crew"], data["field"]) == ("stop_work", 2, "hole_diameter_mm")
    assert data["grade_is_default"] is False
    assert data["sentence"].startswith('Largest hole with 2 crew kept below "stop work" (core 38 °C')
    assert "(1 crew: " in data["sentence"] and "surviv" not in data["sentence"]


def test_limit_default_grade_is_not_acceptable_and_says_so(capsys):
    code, out, err = run(capsys, "limit", PRESET, "descent_duration_h", "--crew", "3")
    assert code == 0, err
    sentence, note = out.splitlines()
    assert sentence.startswith('Largest return duration with 3 crew kept below "not acceptable" (core 39 °C')
    assert note.startswith("(grade not_acceptable, the default;")
    code, out, err = run(capsys, "limit", PRESET, "descent_duration_h", "--crew", "1", "--json")
    data = json.loads(out)
    assert data["grade"] == "not_acceptable" and data["grade_is_default"] is True and data["crew"] == 1


@pytest.mark.parametrize("argv, first", [
    (["hole_diameter_mm", "--crew", "4"], "thermoviz: crew:"),  # the seats decide: named as the field
    (["hole_diameter_mm", "--crew", "two"], "thermoviz: --crew:"),
    (["vehicle"], "thermoviz: vehicle:"),
    (["hole_diameter_mm", "--grade", "within_limits"], "thermoviz: --grade:"),
    (["hole_diameter_mm", "--grade", "survive"], "thermoviz: --grade:"),
    (["hole_diameter_mm", "--set", "undock_time_h=none"], "thermoviz: undock_time_h:"),
])
def test_limit_bad_input(capsys, argv, first):
    code, out, err = run(capsys, "limit", PRESET, *argv)
    assert code == 2 and out == "" and err.startswith(first) and err.count("\n") == 1


def test_run_uncertainty_block_in_json_and_line_in_text(capsys):
    code, out, err = run(capsys, "run", PRESET, "--uncertainty", "20", "--json")
    assert code == 0, err
    block = json.loads(out)["uncertainty"]
    assert block["sample_count"] == 20 and "crew_limit" in block["share_reaching_limit"]
    assert set(block["peak_percentiles"]["cabin_temp_c"]) == {"p5", "p50", "p95"}
    code, out, _ = run(capsys, "run", PRESET, "--uncertainty", "20")
    assert code == 0 and 'Uncertainty (20 plausible vehicles): 3 crew reach "not acceptable" (core 39 °C' in out


def test_run_uncertainty_bad_count(capsys, tmp_path):
    csv = tmp_path / "r.csv"
    code, out, err = run(capsys, "run", PRESET, "--uncertainty", "lots", "--csv", str(csv))
    assert code == 2 and err.startswith("thermoviz: --uncertainty:") and not csv.exists()


def test_help_lists_every_metric_and_field_without_importing_numpy():
    import subprocess
    import sys

    from thermoviz.analysis.fields import variable_fields
    from thermoviz.analysis.metrics import METRICS
    from thermoviz.cli_analysis import METRIC_NAMES

    assert METRIC_NAMES == tuple(METRICS)
    from thermoviz import cli_analysis
    from thermoviz.model.outcome import grades

    assert cli_analysis.BOUNDARY_GRADE_IDS == grades.BOUNDARY_GRADE_IDS
    assert cli_analysis.DEFAULT_BOUNDARY_GRADE == grades.DEFAULT_BOUNDARY_GRADE
    code = ("import sys; from thermoviz.cli import build_parser; p = build_parser(); "
            "print('numpy' in sys.modules); p.parse_args(['map', 'x', '--x', 'a=1:2', '--y', 'b=1:2'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    help_text = subprocess.run([sys.executable, "-m", "thermoviz", "map", "--help"], capture_output=True,
                               text=True, check=True).stdout
    for name in (*variable_fields(), *METRICS):
        assert name in " ".join(help_text.split())
