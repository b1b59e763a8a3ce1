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
