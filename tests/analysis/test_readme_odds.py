"""The README's table of the decision's odds is what `run --uncertainty 200` computes."""

from __future__ import annotations

import re
from pathlib import Path

import thermoviz
from thermoviz.analysis.uncertainty import uncertainty_band

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_grade_shares_match_the_command():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("**The decision's odds**"):text.index("**Validity.**")]
    rows = {m.group(1): [int(x) for x in m.group(2, 3, 4)]
            for m in re.finditer(r"^\| (\d) \| (\d+) % \| (\d+) % \| (\d+) % \|$", section, re.M)}
    assert set(rows) == {"1", "2", "3"}
    band = uncertainty_band(thermoviz.load_scenario("soyuz-ms22-crewed-return"), 200)
    for crew, shares in rows.items():
        got = band.grades[crew]
        assert shares == [round(100 * got[g]) for g in ("stop_work", "not_acceptable", "not_survivable")], crew
    said = re.search(r'3 crew reach "not acceptable" in (\d+) % of plausible Soyuz, 2 crew in (\d+) %', section)
    assert said and [int(said.group(1)), int(said.group(2))] == [rows["3"][1], rows["2"][1]]
    assert band.grades_sentence.startswith('3 crew reach "not acceptable"')
