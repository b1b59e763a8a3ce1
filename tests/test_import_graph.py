"""The house plan holds (issue 20): no import loop among thermoviz modules, and below the command line
and the window no function imports a thermoviz module, except the few lazy imports that keep Qt out of
a Qt-free path, each listed here with its reason and marked by a comment on its line."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

import thermoviz

PACKAGE_DIR = Path(thermoviz.__file__).parent
#: The command line and the window may import lazily (start-up time, Qt only when needed).
#: ``export.cli_export`` is the command line's export glue (imported by ``cli`` to keep ``run`` Qt-free).
TOP_FLOORS = ("thermoviz.cli", "thermoviz.launch", "thermoviz.gui", "thermoviz.__main__",
              "thermoviz.export.cli_export")
#: (importer, imported) -> why the import stays inside a function.
ALLOWED_LAZY = {
    ("thermoviz.export.api", "thermoviz.export.png"): "Qt: export.api also writes CSV, which must not load Qt",
    ("thermoviz.export.api", "thermoviz.export.svg"): "Qt: export.api also writes CSV, which must not load Qt",
    ("thermoviz.export.api", "thermoviz.export.pdf_report"): "Qt: export.api also writes CSV, which must not load Qt",
    ("thermoviz.export.lesson_slide", "thermoviz.export.slide"): "Qt: a lesson's text steps must not load Qt",
    ("thermoviz.figure.offscreen", "thermoviz.figure.style"): "Qt: pyqtgraph is configured only once a Qt app exists",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(module: str, is_package: bool, level: int, name: str | None) -> str:
    if level == 0:
        return name or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def function_level_imports(source: str, module: str, is_package: bool = False) -> list[tuple[int, str, str]]:
    """(line, imported thermoviz module, source line) of every import inside a function of ``source``."""
    found = []
    tree = ast.parse(source)
    lines = source.splitlines()
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.ImportFrom):
                target = _absolute(module, is_package, node.level, node.module)
                targets = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            found += [(node.lineno, t, lines[node.lineno - 1]) for t in targets if t.split(".")[0] == "thermoviz"]
    return sorted(set(found))


def _lower_floor_files():
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        module = _module_name(path)
        if not module.startswith(TOP_FLOORS):
            yield path, module


def test_the_detector_sees_a_function_level_import_and_resolves_relative_names():
    source = "import os\n\ndef f():\n    from ..io import vehicles  # why\n    import thermoviz.api\n    import json\n"
    found = function_level_imports(source, "thermoviz.model.scenario")
    assert [(line, target) for line, target, _ in found] == [(4, "thermoviz.io"), (5, "thermoviz.api")]


def test_no_function_level_thermoviz_import_below_the_command_line_and_the_window():
    unexpected, seen = [], set()
    for path, module in _lower_floor_files():
        is_package = path.name == "__init__.py"
        for line, target, text in function_level_imports(path.read_text(encoding="utf-8"), module, is_package):
            key = (module, target)
            if key in ALLOWED_LAZY and "#" in text:
                seen.add(key)
            else:
                unexpected.append(f"{path.relative_to(PACKAGE_DIR.parent)}:{line}: {text.strip()}")
    assert not unexpected, "import at the top of the module instead:\n" + "\n".join(unexpected)
    assert seen == set(ALLOWED_LAZY), f"allowed lazy imports no longer in the code: {set(ALLOWED_LAZY) - seen}"


def test_no_import_loop_among_thermoviz_modules():
    graph = grimp.build_graph("thermoviz")  # module- and function-level imports alike
    loops = sorted(
        (importer, imported)
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if imported.startswith("thermoviz") and graph.chain_exists(importer=imported, imported=importer)
    )
    assert not loops, f"import loops (importer, imported): {loops}"
