"""``thermoviz run`` (text or --json) never loads Qt: a class's laptop or a server without a display can run it."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("flags", [["--json"], []])
def test_run_loads_neither_pyside6_nor_pyqtgraph(flags):
    code = ("import sys, io, contextlib; from thermoviz.cli import main; "
            "out = io.StringIO(); "
            f"rc = contextlib.redirect_stdout(out).__enter__() and main(['run', 'soyuz-ms22', *{flags!r}]); "
            "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'shiboken6'}), "
            "file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "0 []", done.stderr
