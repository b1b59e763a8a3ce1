"""Every ``thermoviz`` command shown in the README's and docs/'s code blocks, run as written.

Used by ``tests/docs/test_doc_commands.py`` (every command runs; every number a ``#   `` line
quotes under a command appears in that command's output) and, as a script, to refresh those
quoted lines after the physics changes::

    .venv/bin/python scripts/doc_commands.py --refresh     # rewrites the '#   ' output lines in place
    .venv/bin/python scripts/doc_commands.py               # lists the commands and their quoted output

A command block is a 4-space-indented or fenced code block; ``\\`` continues a line, ``# ...``
after a command is a comment, ``[--opt value]`` marks an optional part (run without it), and a
line ``#   TEXT`` right under a command quotes its output.  Commands that open the window
(``thermoviz``, ``thermoviz gui``) and shell lines that are not thermoviz are left out.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")))
#: Numbers as written in prose and output: 0.36, 38, -1, 2.41 (a trailing dot is punctuation).
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?")


@dataclass
class DocCommand:
    path: Path
    line: int  # 1-based line of the command's first line
    text: str  # the command as one line, comment and optional parts removed
    quoted: str | None = None  # the '#   ' output line under it, without the marker
    quoted_line: int | None = None

    @property
    def argv(self) -> list[str]:
        return shlex.split(self.text)[1:]  # without the leading "thermoviz"


def _code_lines(lines: list[str]):
    """(index, text) of every line inside a code block (indented 4 spaces or fenced)."""
    fenced = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield i, line
        elif line.startswith("    ") and (i == 0 or not lines[i - 1].strip() or lines[i - 1].startswith("    ")):
            yield i, line[4:]


def commands(path: Path) -> list[DocCommand]:
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[DocCommand] = []
    pending = ""
    start = None
    for i, raw in _code_lines(lines):
        text = raw.strip()
        if out and text.startswith("#   ") and out[-1].quoted is None and out[-1].line - 1 < i:
            prev = out[-1]
            if prev.quoted_line is None and i == _last_line(lines, prev) + 1:
                prev.quoted, prev.quoted_line = text[4:], i + 1
                continue
        if not pending and not text.startswith("thermoviz"):
            continue
        start = i if not pending else start
        body = text.split("  #")[0].split(" # ")[0].rstrip()
        if body.endswith("\\"):
            pending += body[:-1] + " "
            continue
        full = re.sub(r"\[[^\]]*\]", "", pending + body)
        pending = ""
        full = " ".join(full.split())
        words = full.split()
        if words[0] != "thermoviz" or len(words) == 1 or words[1] == "gui":
            continue  # the window, not a command that prints or writes
        out.append(DocCommand(path, start + 1, full))
    return out


def _last_line(lines: list[str], cmd: DocCommand) -> int:
    """0-based index of the command's last line (continuations included)."""
    i = cmd.line - 1
    while lines[i].rstrip().split("  #")[0].endswith("\\"):
        i += 1
    return i


def all_commands() -> list[DocCommand]:
    return [c for path in DOCS for c in commands(path)]


def run(cmd: DocCommand, cwd: Path) -> tuple[int, str, str]:
    """Run ``cmd`` in-process in folder ``cwd``; (exit status, stdout, stderr)."""
    import os

    from thermoviz.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(cmd.argv)
    finally:
        os.chdir(here)
    return code, out.getvalue(), err.getvalue()


def numbers(text: str) -> list[str]:
    return NUMBER.findall(text)


def prepare(cwd: Path) -> None:
    """The files the documented commands name as the reader's own (a scenario, a vehicle, a lesson)."""
    from thermoviz.io.scenario_file import save_scenario
    from thermoviz.io.scenario_source import load_scenario

    save_scenario(load_scenario("soyuz-ms22-crewed-return"), cwd / "my-scenario.toml")
    vehicle = (ROOT / "assets" / "vehicles" / "soyuz-ms.toml").read_text(encoding="utf-8")
    (cwd / "my-soyuz.toml").write_text(re.sub(r'(?m)^id = "soyuz-ms"', 'id = "my-soyuz"', vehicle), encoding="utf-8")
    lesson = (ROOT / "assets" / "lessons" / "ms22-why.toml").read_text(encoding="utf-8")
    (cwd / "my-lesson.toml").write_text(re.sub(r'(?m)^id = "ms22-why"', 'id = "my-lesson"', lesson),
                                        encoding="utf-8")


def refresh() -> int:
    """Rewrite every quoted '#   ' output line with the first output line of its command."""
    import tempfile

    changed = 0
    with tempfile.TemporaryDirectory() as tmp:
        prepare(Path(tmp))
        for path in DOCS:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            for cmd in commands(path):
                if cmd.quoted is None:
                    continue
                code, out, err = run(cmd, Path(tmp))
                first = out.splitlines()[0] if code == 0 and out else f"(failed: {err.strip()})"
                old = lines[cmd.quoted_line - 1]
                new = old[: old.index("#   ") + 4] + first + "\n"
                if new != old:
                    lines[cmd.quoted_line - 1] = new
                    changed += 1
                    print(f"{path.name}:{cmd.quoted_line}: {first}")
            path.write_text("".join(lines), encoding="utf-8")
    print(f"{changed} quoted output line(s) refreshed")
    return 0


if __name__ == "__main__":
    if "--refresh" in sys.argv[1:]:
        sys.exit(refresh())
    for c in all_commands():
        print(f"{c.path.name}:{c.line}: {c.text}" + (f"\n    -> {c.quoted}" if c.quoted else ""))
