"""Sections of docs/*.md that the workflows, tests, packaging and code name must exist.

A reference is a docs page path, a comma and the section title in double quotes (as in
.github/workflows/crossplatform.yml); the page must have a heading with that title.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r'(docs/[\w.-]+\.md),\s*"([^"\n]+)"')


def _references() -> list[tuple[str, str, str]]:
    """(file that refers, doc path, section title) over the tracked text files."""
    names = subprocess.run(["git", "ls-files", "*.py", "*.yml", "*.yaml", "*.spec", "*.md", "Makefile"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    found = []
    for name in names:
        path = ROOT / name
        if path.is_file():
            found += [(name, doc, title) for doc, title in REFERENCE.findall(path.read_text(encoding="utf-8"))]
    return found


def test_every_named_docs_section_exists():
    refs = _references()
    assert ("docs/bundle.md", "What would catch a regression on Windows/macOS") in {(d, t) for _n, d, t in refs}
    missing = []
    for name, doc, title in refs:
        page = ROOT / doc
        headings = re.findall(r"^#+\s+(.+?)\s*$", page.read_text(encoding="utf-8"), re.M) if page.is_file() else []
        if title not in headings:
            missing.append(f"{name} names {doc}, \"{title}\"")
    assert not missing, "\n".join(missing)
