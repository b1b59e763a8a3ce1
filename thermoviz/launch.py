"""``make run`` / ``python -m thermoviz.launch``: open the desktop app.

With no display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), Qt would abort
the process; instead say so plainly, render the dashboard off-screen to
``out/thermoviz-soyuz-ms22.png``, print the scenario summary and exit 0.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_PRESET = "soyuz-ms22"
HEADLESS_PNG = Path("out") / f"thermoviz-{DEFAULT_PRESET}.png"


def display_available(environ=os.environ) -> bool:
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    if display_available():
        from thermoviz.gui.app import run_gui

        return run_gui()

    print("No display found: there is no X11/Wayland session here (DISPLAY and WAYLAND_DISPLAY are unset),\n"
          "so the thermoviz window cannot open. Run `make run` on a desktop, or use\n"
          "`thermoviz gui --screenshot out.png` (or `thermoviz run soyuz-ms22`) for an image or a text summary.\n")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from thermoviz.api import load_scenario, simulate
    from thermoviz.gui.app import run_gui
    from thermoviz.io.summary_text import format_summary

    scenario = load_scenario(DEFAULT_PRESET)
    status = run_gui(scenario, screenshot=str(HEADLESS_PNG))
    if status == 0:
        print(f"Rendered the dashboard off-screen instead: {HEADLESS_PNG.resolve()}\n")
    print(format_summary(simulate(scenario)))
    return status


if __name__ == "__main__":
    sys.exit(main())
