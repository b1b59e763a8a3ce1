"""The house rule (issue 20): no thermoviz source file is longer than 400 lines; one job per file."""

from __future__ import annotations

from pathlib import Path

import thermoviz

PACKAGE_DIR = Path(thermoviz.__file__).parent
MAX_LINES = 400


def line_count(path: Path) -> int:
    """Lines as ``wc -l`` counts them (a last line without a newline still counts)."""
    return len(path.read_text(encoding="utf-8").splitlines())


def oversized(root: Path, limit: int = MAX_LINES) -> list[tuple[str, int]]:
    """(path relative to ``root``, lines) of every ``*.py`` under ``root`` longer than ``limit``."""
    counts = ((path, line_count(path)) for path in sorted(root.rglob("*.py")))
    return [(path.relative_to(root).as_posix(), n) for path, n in counts if n > limit]


def test_the_check_sees_a_file_one_line_over_the_limit(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "pkg" / "fits.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    (tmp_path / "pkg" / "no_newline.py").write_text("x = 1\n" * MAX_LINES + "y = 2", encoding="utf-8")
    assert oversized(tmp_path) == [("pkg/long.py", MAX_LINES + 1), ("pkg/no_newline.py", MAX_LINES + 1)]


def test_no_thermoviz_file_is_longer_than_400_lines():
    assert list(PACKAGE_DIR.rglob("*.py")), f"no sources found under {PACKAGE_DIR}"
    too_long = oversized(PACKAGE_DIR)
    assert not too_long, "split along a natural seam (one job per file): " + ", ".join(
        f"thermoviz/{path} has {n} lines" for path, n in too_long)
