"""Help ▸ Crew grades and docs/grades.md: one page, built from the one outcome scale."""

from __future__ import annotations

from pathlib import Path

from thermoviz.io.grades_page import WHY, grades_page_html, grades_page_text
from thermoviz.model.outcome.grades import GRADES

DOC = Path(__file__).resolve().parents[2] / "docs" / "grades.md"


def test_docs_page_is_the_help_page():
    # refresh with: python -c "from thermoviz.io.grades_page import grades_page_text as t; open('docs/grades.md','w').write(t())"
    assert DOC.read_text(encoding="utf-8") == grades_page_text()


def test_every_grade_has_its_line_and_reason_and_only_the_top_speaks_of_survival():
    page = grades_page_html()
    assert set(WHY) == {g.id for g in GRADES}
    for g in GRADES:
        assert g.meaning.replace("(", "").split(",")[0][:20] in page.replace("(", "")
        assert ("surviv" in WHY[g.id].lower()) == (g.id == "not_survivable")
