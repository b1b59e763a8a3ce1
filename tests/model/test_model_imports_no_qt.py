"""The physics model must import without Qt (the GUI is a separate layer)."""

import subprocess
import sys


def test_model_imports_no_qt_or_plotting():
    code = (
        "import sys, thermoviz.model.engine.simulate, thermoviz.model.engine.reference, thermoviz.model.outcome.verdict, "
        "thermoviz.io.vehicles\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt', 'shiboken6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
