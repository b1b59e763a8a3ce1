"""``thermoviz run SCENARIO --handout PATH.pdf`` and File ▸ Export ▸ Handout: exactly one A4 page."""

from __future__ import annotations

import re

import pytest

import thermoviz
from thermoviz.cli import main
from thermoviz.export.handout import handout_plots, handout_window, key_numbers, questions
from thermoviz.io.scenario_source import load_scenario


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def pdf_text(path) -> str:
    """The page's text (Poppler's pdftotext when present; else the test that needs it is skipped)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("preset", ["soyuz-ms22-crewed-return", "soyuz-ms22", "nauka-rtod"])
def test_cli_handout_is_one_a4_page_with_title_verdict_numbers_and_questions(tmp_path, capsys, preset, qapp):
    path = tmp_path / "handout.pdf"
    assert main(["run", preset, "--handout", str(path)]) == 0
    assert f"Wrote {path}" in capsys.readouterr().out
    data = path.read_bytes()
    assert pdf_pages(data) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert (round(float(box.group(1))), round(float(box.group(2)))) == (595, 842)  # A4 in points
    scenario = load_scenario(preset)
    result = thermoviz.simulate(scenario, crew_strain=scenario.crew > 0)
    text = re.sub(r"\s+", " ", pdf_text(path))
    assert scenario.title.split(":")[0] in text and "What happens:" in text
    assert "Five key numbers" in text and "Questions" in text
    numbers = key_numbers(result)
    assert len(numbers) == 5 and len(questions(result)) == 3
    for label, value in numbers:
        assert value in text, (label, value)
    assert "3." in text and "4." not in text.split("Questions")[1].split("Made with")[0]


def test_crewed_handout_zooms_to_the_flight_home():
    result = thermoviz.simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=True)
    assert handout_plots(result) == ("cabin", "crew")
    lo, hi = handout_window(result)
    assert lo == pytest.approx(result.events["undock"] - 2) and hi <= result.events["landing"] + 2
    docked = thermoviz.simulate(load_scenario("soyuz-ms22"))
    assert handout_plots(docked) == ("loop", "cabin") and handout_window(docked) is None


def test_handout_path_is_checked_before_simulating(tmp_path, capsys):
    assert main(["run", "soyuz-ms22", "--handout", str(tmp_path / "no" / "such" / "dir" / "h.pdf")]) != 0
    assert "--handout" in capsys.readouterr().err
    assert main(["run", "soyuz-ms22", "--handout", str(tmp_path / "a.pdf"), "--pdf", str(tmp_path / "a.pdf")]) != 0
    assert "same file" in capsys.readouterr().err
