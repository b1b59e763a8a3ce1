"""Start the desktop app: ``run_gui(scenario=None, screenshot=None)``.

With ``screenshot``, the full window is rendered off-screen to that PNG once
every result (crew heat strain included) is drawn, and the app exits (0 on
success).  Used by ``thermoviz gui --screenshot``, ``make run`` without a display,
the docs and the tests.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from thermoviz.model.scenario import Scenario

DEFAULT_PRESET = "soyuz-ms22"
SCREENSHOT_SIZE = (1600, 1000)


def ensure_app(user_scale: bool = False):
    """The QApplication (created once, light theme, high-DPI pass-through scaling).

    ``user_scale``: kept for callers; the interface size is now applied live by the
    window (:mod:`thermoviz.gui.window.interface_size`), not through QT_SCALE_FACTOR.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # The interface size (View ▸ Interface size) is applied by the window itself, live;
        # a QT_SCALE_FACTOR set by the user still scales everything, as Qt does.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("thermoviz")
        app.setOrganizationName("thermoviz")
        from .theme import apply_app_theme

        apply_app_theme(app)
    return app


def initial_scenario(settings, scenario: Scenario | None) -> tuple[Scenario, str | None]:
    """The given scenario, else the last one from settings, else the default preset."""
    from .window.settings import last_scenario

    if scenario is not None:
        return scenario, None
    last, preset_id = last_scenario(settings)
    if last is not None:
        return last, preset_id
    from thermoviz.io.scenario_source import load_scenario

    return load_scenario(DEFAULT_PRESET), DEFAULT_PRESET


def save_window_png(window, path: str | os.PathLike) -> Path:
    """Grab the whole window and write it as PNG through the exports' atomic writer."""
    from thermoviz.export.png import save_png

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return save_png(window.grab().toImage(), path)


def build_window(scenario: Scenario | None = None, *, remember: bool = True, size=None, units: str | None = None,
                 lang: str | None = None):
    """Create the app (if needed) and a MainWindow showing the initial scenario."""
    app = ensure_app(user_scale=remember)
    from .window.main_window import MainWindow
    from .window.settings import make_settings

    settings = make_settings()
    from thermoviz.io.translations import chosen_language, use_language

    from .window.language_menu import remembered_language

    use_language(chosen_language(lang, remembered_language(settings) if remember else None), app)
    first_start = remember and scenario is None and not settings.allKeys()  # nothing remembered yet
    window = MainWindow(settings=settings if remember else None)
    start, preset_id = initial_scenario(settings, scenario)
    if size is not None:
        window.resize(*size)
    elif remember:
        window.restore_geometry(settings)
    if units is not None:  # --units: shown now (and remembered, as View ▸ Units would)
        from .window.units_menu import choose_units

        choose_units(window, units, remember=remember)
    shipped = window.controls.presets.get(preset_id) if scenario is None and preset_id else None
    if shipped is not None and shipped.scenario != start:
        # Remembered edits of a preset: the preset is the Reset target and the edits a what-if of it
        # (one "(modified)", whatever the remembered title carried).
        window.set_scenario(shipped.scenario, preset_id=preset_id)
        window.load_scenario_step(start)
    else:
        window.set_scenario(start, preset_id=preset_id)
    from .window.window_fit import show_start_notes

    show_start_notes(window)
    if first_start:  # the very first start opens on the guided lesson (once)
        from .lesson.lesson_open import open_first_start_lesson

        open_first_start_lesson(window, settings)
    return app, window


def run_gui(scenario: Scenario | None = None, screenshot: str | None = None, *,
            size: tuple[int, int] | None = None, timeout_s: float = 120.0, units: str | None = None,
            lang: str | None = None) -> int:
    """Open the window (blocks until it is closed); or render it to ``screenshot`` and exit."""
    t0 = time.perf_counter()
    if screenshot:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            from thermoviz.figure.offscreen import quiet_qt_messages

            quiet_qt_messages()  # offscreen-only noise, not for users
        app, window = build_window(scenario, remember=False, size=size or SCREENSHOT_SIZE, units=units, lang=lang)
        window.show()
        if not window.wait_idle(timeout_s):
            print(f"thermoviz: gui: crew heat strain did not finish within {timeout_s:g} s; "
                  "no screenshot written", file=sys.stderr)
            window.close()
            return 1
        for _ in range(3):
            app.processEvents()
        try:
            out = save_window_png(window, screenshot)
        except OSError as err:  # like every output of the CLI: one line naming the flag, exit 2
            print(f"thermoviz: --screenshot: {err}; nothing was written", file=sys.stderr)
            return 2
        finally:
            window.close()
        print(f"Screenshot written to {out} ({time.perf_counter() - t0:.1f} s)")
        return 0
    app, window = build_window(scenario, size=size, units=units, lang=lang)
    window.show()
    return int(app.exec())
