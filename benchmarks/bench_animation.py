"""Benchmark: playback export speed (not a test).

Run with ``.venv/bin/python benchmarks/bench_animation.py [WxH] [FRAMES]``
(default 1280x720, 96 frames: the CLI defaults).  Prints, for the crewed-return
preset: the median time to build a SchematicState, to paint one frame, and the
wall time and file size of the GIF alone, the MP4 alone, and both at once (the
frames are rendered once for both).  Everything runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

import thermoviz  # noqa: E402
from thermoviz.export.animation import AnimationOptions, export_animation, render_frame  # noqa: E402
from thermoviz.figure.schematic_state import SchematicState  # noqa: E402
from timing import median_s  # noqa: E402


def median_ms(fn, repeats: int = 30) -> float:
    return median_s(fn, repeats) * 1e3


def main(argv: list[str]) -> None:
    size = argv[0] if argv else "1280x720"
    frames = int(argv[1]) if len(argv) > 1 else 96
    width, height = (int(v) for v in size.lower().split("x"))
    _app = QApplication.instance() or QApplication([])
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    print(f"SchematicState.at          {median_ms(lambda: SchematicState.at(result, 52.0)):8.2f} ms")
    print(f"render_frame {size:>11}   {median_ms(lambda: render_frame(result, 52.0, width, height)):8.2f} ms")
    options = AnimationOptions(width_px=width, height_px=height, fps=12, frames=frames)
    with tempfile.TemporaryDirectory() as tmp:
        for label, kwargs in (("GIF only", {"gif": Path(tmp) / "a.gif"}), ("MP4 only", {"mp4": Path(tmp) / "a.mp4"}),
                              ("GIF + MP4", {"gif": Path(tmp) / "b.gif", "mp4": Path(tmp) / "b.mp4"})):
            start = time.perf_counter()
            paths = export_animation(result, options=options, **kwargs)
            took = time.perf_counter() - start
            sizes = ", ".join(f"{p.suffix[1:]} {p.stat().st_size / 1e6:.2f} MB" for p in paths)
            print(f"{label:<10} {frames} frames  {took:6.2f} s ({took / frames * 1000:5.1f} ms/frame)  {sizes}")


if __name__ == "__main__":
    main(sys.argv[1:])
