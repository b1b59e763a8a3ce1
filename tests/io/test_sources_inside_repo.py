"""Nothing a user reads points outside the repository; every docs/sources.md § reference exists."""

import ast
import re
import tomllib
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


#: What users read: every asset (lessons in all languages, presets, vehicles, help pages), the
#: translations, the code's strings and the documentation; only the bibliography keeps web addresses.
BIBLIOGRAPHY = ROOT / "docs" / "sources.md"
_WEB = re.compile(r"https?://", re.I)


def _toml_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _toml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _toml_strings(item)


def _code_strings(path: Path):
    """String constants of a module, but not XML namespace names (``SVG_NS = "http://…"``): nobody reads those."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and all(isinstance(t, ast.Name) and t.id.endswith("_NS") for t in node.targets)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip]


def _user_texts():
    for path in sorted((ROOT / "assets").rglob("*.toml")):
        with path.open("rb") as fh:
            yield path, list(_toml_strings(tomllib.load(fh)))
    for path in sorted((ROOT / "thermoviz").rglob("*.py")):
        yield path, _code_strings(path)
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "translations").glob("*.ts"))]:
        if path != BIBLIOGRAPHY:
            yield path, [path.read_text(encoding="utf-8")]


def test_no_user_visible_text_has_a_web_address():
    """Classrooms run thermoviz offline: a source names its publisher and date and the Sources § that lists it."""
    seen, offenders = 0, []
    for path, texts in _user_texts():
        seen += 1
        offenders += [f"{path.relative_to(ROOT)}: {t[max(0, m.start() - 40):m.start() + 40]!r}"
                      for t in texts for m in [_WEB.search(t)] if m]
    assert seen > 100
    assert offenders == []


def test_every_lesson_source_names_a_sources_section():
    text = BIBLIOGRAPHY.read_text(encoding="utf-8")
    sections = set(re.findall(r"^#{2,3} (\d+(?:\.\d+)?)[. ]", text, flags=re.M))
    for path in sorted((ROOT / "assets" / "lessons").rglob("*.toml")):
        with path.open("rb") as fh:
            steps = tomllib.load(fh)["step"]
        for step in steps:
            for line in step["sources"]:
                numbers = re.findall(r"Sources §(\d+(?:\.\d+)?)", line)
                assert numbers, f"{path.relative_to(ROOT)}: {line!r} names no Sources §"
                assert set(numbers) <= sections, f"{path.relative_to(ROOT)}: {line!r}"
