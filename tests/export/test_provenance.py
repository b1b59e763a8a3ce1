"""Figures that rebuild (issue 17): PNG text chunks, SVG metadata and the PDF's last page carry the
title, the scenario, the version, the library versions, the vehicle's values and the rebuild command."""

from __future__ import annotations

import shlex
import subprocess
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from thermoviz import __version__
from thermoviz.cli import main
from thermoviz.export.svg import THERMOVIZ_NS
from thermoviz.io.provenance import KEYS
from thermoviz.io.scenario_file import scenario_from_toml
from thermoviz.io.scenario_source import load_scenario

PRESET = "soyuz-ms22-crewed-return"


def test_png_svg_pdf_carry_what_rebuilds_them(tmp_path, qapp, capsys):
    png, svg, pdf = tmp_path / "f.png", tmp_path / "f.svg", tmp_path / "f.pdf"
    argv = ["run", PRESET, "--set", "crew=2", "--png", str(png), "--svg", str(svg), "--pdf", str(pdf),
            "--from", "46", "--to", "56", "--quiet"]
    assert main(argv) == 0
    image = QImage(str(png))
    meta = {k: image.text(k) for k in image.textKeys()}
    assert tuple(meta) == tuple(sorted(KEYS)) or set(meta) == set(KEYS)
    assert meta["Title"] == load_scenario(PRESET).title and meta["Software"] == f"thermoviz {__version__}"
    assert "numpy " in meta["Libraries"] and "pythermalcomfort " in meta["Libraries"]
    assert "not installed" not in meta["Libraries"]
    assert scenario_from_toml(meta["Scenario"])[0] == load_scenario(PRESET).replace(crew=2)
    assert "avionics_free_flight_w = " in meta["Vehicle"] and "max_crew = 3" in meta["Vehicle"]
    assert shlex.split(meta["Command"]) == ["thermoviz", *argv]  # run as it stands, it rebuilds the files
    entries = {e.get("key"): e.text for e in ET.parse(svg).getroot().iter(f"{{{THERMOVIZ_NS}}}entry")}
    assert entries == meta
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    squashed = " ".join(text.split())
    assert "How to rebuild this report" in squashed and "--from 46 --to 56" in squashed
    assert "avionics_free_flight_w" in squashed and f"thermoviz {__version__}" in squashed


def test_pdf_names_the_crew_grade_under_the_verdict(tmp_path, qapp):
    import thermoviz
    from thermoviz.model.outcome.grades import grade

    pdf = tmp_path / "g.pdf"
    assert main(["run", PRESET, "--pdf", str(pdf), "--quiet"]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   timeout=60).stdout.split())
    reached = grade(thermoviz.simulate(load_scenario(PRESET)).verdict.crew_grade)
    assert f"Crew grade: {reached.title} ({reached.meaning})" in text
