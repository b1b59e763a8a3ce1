"""Attributions and README figures the review found wrong (issue 16 item 7); each failed first."""

from __future__ import annotations

import re
from pathlib import Path

from thermoviz.io.explanations import explanation
from thermoviz.model import limits
from thermoviz.model.crew import body
from thermoviz.model.crew.clothing import crew_params

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SOURCES = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")


def test_readme_metabolic_heat_is_the_codes():
    # README said 135.6 W while the code uses 135.2 W
    watts = body.metabolic_w(crew_params(None))
    quoted = re.findall(r"1\.2 met = ([\d.]+) W", README)
    assert quoted and all(abs(float(q) - watts) < 0.05 for q in quoted), (quoted, watts)


def test_vecellio_is_minimal_activity_not_rest():
    for text in (limits.WET_BULB_EMPIRICAL.source, explanation("limit", "wet_bulb_31").what):
        assert "at rest" not in text and "minimal activity" in text, text


def test_the_39_c_performance_line_does_not_credit_who_or_acgih():
    # WHO 1969 / ACGIH set a 38 °C core for workers; the 39 °C performance figure is not theirs
    for text in (limits.CORE_PERFORMANCE.source, explanation("limit", "core_39").source):
        assert "WHO" not in text and "ACGIH" not in text, text
    row = next(line for line in README.splitlines() if line.startswith("| Crew core 39"))
    assert "WHO" not in row and "ACGIH" not in row
    assert "| Core 38.5 / 39 / 40 °C |" not in SOURCES


def test_readme_drops_the_dew_point_claim_the_model_contradicts():
    # "below 39 °C at a 40 °C cabin only for a dew point ≤ 27 °C": the model's crew reaches 40.03 °C at 27 °C
    assert "dew point ≤ 27 °C" not in README
