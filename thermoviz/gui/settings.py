"""QSettings of the app (window geometry, last scenario).

INI format in the user scope; ``THERMOVIZ_SETTINGS_DIR`` redirects it (tests use
this so they never touch the real settings).
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QSettings

from thermoviz.model.scenario import FIELD_SPECS, Scenario, ScenarioError


def make_settings() -> QSettings:
    folder = os.environ.get("THERMOVIZ_SETTINGS_DIR")
    if folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "thermoviz", "thermoviz")


def last_scenario(settings: QSettings) -> tuple[Scenario | None, str | None]:
    """The scenario shown when the app was last closed, and its preset id (or None)."""
    text = settings.value("scenario/last")
    if not text:
        return None, None
    try:
        data = json.loads(str(text))
        scenario = Scenario(**{k: v for k, v in data.items() if k in FIELD_SPECS})
    except (ValueError, TypeError, ScenarioError):
        return None, None  # stale or hand-edited settings: fall back to the default preset
    preset_id = settings.value("scenario/preset_id") or None
    return scenario, (str(preset_id) if preset_id else None)


#: Interface sizes offered in View ▸ Interface size (Qt's QT_SCALE_FACTOR): 150 % makes a
#: 1920x1080 projector lay out like 1280x720, 200 % a 4K screen like 1920x1080.
UI_SCALES = (1.0, 1.25, 1.5, 2.0)
UI_SCALE_KEY = "ui/scale"


def ui_scale(settings: QSettings) -> float:
    """The saved interface size (1.0 when unset or not one of UI_SCALES)."""
    try:
        value = float(settings.value(UI_SCALE_KEY, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return value if value in UI_SCALES else 1.0


def set_ui_scale(settings: QSettings, value: float) -> None:
    if value not in UI_SCALES:
        raise ValueError(f"interface size: must be one of {', '.join(f'{v:.0%}' for v in UI_SCALES)}, got {value}")
    settings.setValue(UI_SCALE_KEY, value)
    settings.sync()


def apply_ui_scale(environ=os.environ) -> float:
    """Before the QApplication exists: scale the whole interface by the saved size.

    A QT_SCALE_FACTOR the user set in the environment wins.  Returns the scale used.
    """
    if environ.get("QT_SCALE_FACTOR"):
        return float(environ["QT_SCALE_FACTOR"])
    scale = ui_scale(make_settings())
    if scale != 1.0:
        environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    return scale
