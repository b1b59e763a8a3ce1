"""Benchmark: a 16:9 slide export and showing a lesson step in the window.

Run with ``.venv/bin/python benchmarks/bench_slide.py`` (not a test; offscreen Qt).
Prints the median time of ``export_slide`` for the ``soyuz-ms22-crewed-return``
preset (cabin + crew plots) at 1920x1080 and 3840x2160, including the atomic,
verified PNG write, and the median time to show each step of the shipped
lesson in a window (scenario, fast physics, view, highlight; the crew heat
strain arrives later in its worker and is not included).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from thermoviz.api import load_scenario, simulate  # noqa: E402
from thermoviz.figure.offscreen import ensure_qt_app  # noqa: E402
from thermoviz.figure.view import FigureView  # noqa: E402

REPEATS = 5


def main() -> None:
    ensure_qt_app()
    from thermoviz.export.slide import SLIDE_SIZES, export_slide

    result = simulate(load_scenario("soyuz-ms22-crewed-return"))
    view = FigureView(("cabin", "crew"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "slide.png"
        export_slide(result, path, view)  # warm-up (fonts, pyqtgraph)
        for name, size in SLIDE_SIZES.items():
            times = []
            for _ in range(REPEATS):
                start = time.perf_counter()
                export_slide(result, path, view, size=size)
                times.append(time.perf_counter() - start)
            print(f"slide {name}: {statistics.median(times) * 1e3:.0f} ms median, "
                  f"{path.stat().st_size / 1024:.0f} KiB")

    os.environ.setdefault("THERMOVIZ_SETTINGS_DIR", tempfile.mkdtemp())
    from thermoviz.gui.app import build_window
    from thermoviz.gui.lesson.lesson_open import open_lesson

    _app, window = build_window(load_scenario("soyuz-ms22"), remember=False, size=(1920, 1080))
    window.show()
    window.wait_idle(60)
    panel = open_lesson(window, "ms22-why")
    times = []
    for index in range(len(panel.lesson.steps)):
        start = time.perf_counter()
        panel.go(index)
        times.append(time.perf_counter() - start)
        window.wait_idle(60)
    print(f"lesson step shown: {statistics.median(times) * 1e3:.0f} ms median, {max(times) * 1e3:.0f} ms max "
          f"({len(times)} steps)")
    panel.leave()
    window.close()


if __name__ == "__main__":
    main()
