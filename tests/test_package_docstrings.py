"""Every package under thermoviz/ says what it owns: its ``__init__.py`` opens with a docstring (issue 20),
and no folder of sources is a package without an ``__init__.py``."""

from __future__ import annotations

import ast
from pathlib import Path

import thermoviz

PACKAGE_DIR = Path(thermoviz.__file__).parent


def undocumented_packages(root: Path) -> list[str]:
    """Folders under ``root`` (itself included) holding ``*.py`` files whose ``__init__.py`` is missing or has no
    docstring."""
    found = []
    for folder in sorted({path.parent for path in root.rglob("*.py")}):
        init = folder / "__init__.py"
        text = init.read_text(encoding="utf-8") if init.exists() else ""
        if not (ast.get_docstring(ast.parse(text)) or "").strip():
            found.append(folder.relative_to(root.parent).as_posix())
    return found


def test_the_check_sees_a_package_without_a_docstring_and_one_without_an_init(tmp_path):
    root = tmp_path / "pkg"
    for sub in ("documented", "bare", "no_init"):
        (root / sub).mkdir(parents=True)
        (root / sub / "mod.py").write_text("x = 1\n", encoding="utf-8")
    (root / "__init__.py").write_text('"""The package."""\n', encoding="utf-8")
    (root / "documented" / "__init__.py").write_text('"""Owns the documented things."""\n', encoding="utf-8")
    (root / "bare" / "__init__.py").write_text("# a comment is not a docstring\nfrom .mod import x\n",
                                               encoding="utf-8")
    assert undocumented_packages(root) == ["pkg/bare", "pkg/no_init"]


def test_every_thermoviz_package_has_a_docstring_saying_what_it_owns():
    missing = undocumented_packages(PACKAGE_DIR)
    assert not missing, "add a short docstring saying what the package owns to: " + ", ".join(
        f"{folder}/__init__.py" for folder in missing)
