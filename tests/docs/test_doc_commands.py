"""Documentation that cannot go stale: every command in the README's and docs/'s code blocks runs
as written, and every number a '#   ' line quotes under a command is in that command's output.

After a physics change, refresh the quoted lines with ``scripts/doc_commands.py --refresh``.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "doc_commands.py"
DOC = runpy.run_path(str(SCRIPT))
COMMANDS = DOC["all_commands"]()


def test_the_docs_show_commands_and_quote_outputs():
    assert len(COMMANDS) >= 15
    assert any(c.quoted for c in COMMANDS)
    assert {c.path.name for c in COMMANDS} >= {"README.md", "lessons.md"}


@pytest.mark.parametrize("cmd", COMMANDS, ids=[f"{c.path.name}:{c.line}" for c in COMMANDS])
def test_documented_command_runs_and_says_what_the_docs_quote(cmd, tmp_path, qapp):
    DOC["prepare"](tmp_path)
    code, out, err = DOC["run"](cmd, tmp_path)
    assert code == 0, f"{cmd.path.name}:{cmd.line}: {cmd.text}\n{err}"
    if "--json" in cmd.argv:
        json.loads(out)
    if cmd.quoted is not None:
        said = set(DOC["numbers"](out))
        missing = [n for n in DOC["numbers"](cmd.quoted) if n not in said]
        assert not missing, (f"{cmd.path.name}:{cmd.quoted_line} quotes {missing} that `{cmd.text}` no longer "
                             f"prints (refresh: python scripts/doc_commands.py --refresh)\n{out[:500]}")
