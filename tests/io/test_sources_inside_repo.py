"""Nothing a user reads points outside the repository; every docs/sources.md § reference exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [ROOT / "README.md", ROOT / "pyproject.toml",
           *sorted(p for d in ("thermoviz", "assets", "docs") for p in (ROOT / d).rglob("*")
                   if p.is_file() and p.suffix in (".py", ".toml", ".md", ".txt", ".json", ".csv"))]


def test_no_shipped_file_points_at_the_private_reference_notes():
    offenders = [str(p.relative_to(ROOT)) for p in SHIPPED
                 if re.search(r"shared/reference|\bdomain\.md", p.read_text(encoding="utf-8"))]
    assert len(SHIPPED) > 50
    assert offenders == []


def test_every_sources_section_reference_exists():
    text = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^#{2,3} (\d+(?:\.\d+)?)[. ]", text, flags=re.M))
    assert {"1.1", "1.2", "1.3", "2.1", "3", "4", "5.1", "6"} <= sections
    for path in SHIPPED:
        for ref in re.findall(r"docs/sources\.md`*((?:,? ?§ ?\d+(?:\.\d+)?)+)",
                              path.read_text(encoding="utf-8")):
            for number in re.findall(r"§ ?(\d+(?:\.\d+)?)", ref):
                assert number in sections, f"{path.relative_to(ROOT)}: docs/sources.md §{number}"
