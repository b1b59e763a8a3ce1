"""Benchmark: a 10-step lesson written as a slide deck (PDF and PowerPoint), target <= 10 s each.

Run with ``.venv/bin/python benchmarks/bench_deck.py`` (not a test; offscreen Qt).
The shipped lesson is made exactly 10 steps long (its steps, then its first
steps again); every step's scenario is simulated with the
crew model, as ``thermoviz lesson NAME --deck PATH`` does.  Prints the median
wall time of ``deck_file.write_deck`` over a few runs for ``.pdf`` and ``.pptx``.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_s  # noqa: E402

from thermoviz.figure.offscreen import ensure_qt_app  # noqa: E402

REPEATS = 3
TARGET_S = 10.0


def ten_step_lesson():
    from thermoviz.io.lesson_catalogue import lessons_dir
    from thermoviz.io.lessons import lesson_from_dict

    data = tomllib.loads((lessons_dir() / "ms22-why.toml").read_text(encoding="utf-8"))
    steps = data["step"]
    data["step"] = (steps + copy.deepcopy(steps))[:10]  # the shipped steps, repeated up to 10
    return lesson_from_dict(data, source="bench", stem="ms22-why")


def main() -> None:
    ensure_qt_app()
    from thermoviz.export.deck_file import write_deck

    lesson = ten_step_lesson()
    assert len(lesson.steps) == 10
    with tempfile.TemporaryDirectory() as folder:
        write_deck(lesson, Path(folder) / "warm.pdf")  # warm-up (fonts, pyqtgraph)
        for suffix in (".pdf", ".pptx"):
            path = Path(folder) / f"deck{suffix}"
            seconds = median_s(lambda: write_deck(lesson, path), REPEATS)
            count = write_deck(lesson, path)[1]
            verdict = "ok" if seconds <= TARGET_S else "SLOWER than the target"
            print(f"10-step deck {suffix:5s} {count} slides: {seconds:5.2f} s median of {REPEATS} "
                  f"(target <= {TARGET_S:g} s: {verdict})")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - start:.1f} s")
