"""QSettings of the app (window geometry, last scenario, interface size).

INI format in the user scope; ``THERMOVIZ_SETTINGS_DIR`` redirects it (tests use
this so they never touch the real settings).

The remembered scenario is stored as scenario-file TOML and read back through the
same schema and vehicle-catalogue checks as a file.  Anything unreadable -- a
preset that no longer exists, a value of the wrong type, a huge number, garbage
bytes -- is ignored with a note (:data:`NOTES`, also printed to stderr): the app
always starts.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QSettings

from thermoviz.model.language import QT_TRANSLATE_NOOP, Phrase
from thermoviz.model.scenario import FIELD_SPECS, SCHEMA_VERSION, Scenario, escape_text

LAST_KEY = "scenario/last"
PRESET_KEY = "scenario/preset_id"
#: What was ignored in the settings at this start (one line each), for the window to show: English
#: Phrases (stderr gets the English), shown in the window's language with ``shown()``.
NOTES: list[str] = []


def _note(template: str, **values: str) -> None:
    """Record one ignored setting: ``template`` (marked, context Settings) with ``values`` made one-line."""
    line = Phrase("Settings", template, **{k: escape_text(v)[:200] for k, v in values.items()})
    if line in NOTES:  # read twice at start (the interface size): one setting, one note
        return
    NOTES.append(line)
    print(f"thermoviz: {line}", file=sys.stderr)


def make_settings() -> QSettings:
    folder = os.environ.get("THERMOVIZ_SETTINGS_DIR")
    if folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "thermoviz", "thermoviz")


def remember_scenario(settings: QSettings, scenario: Scenario, preset_id: str | None) -> None:
    """Store the current scenario (as scenario-file TOML: one serialiser) and its preset id."""
    from thermoviz.io.scenario_file import scenario_to_toml

    settings.setValue(LAST_KEY, scenario_to_toml(scenario))
    settings.setValue(PRESET_KEY, preset_id or "")


def last_scenario(settings: QSettings) -> tuple[Scenario | None, str | None]:
    """The scenario shown when the app was last closed, and its preset id (or None).

    Never raises: an unreadable value is ignored with a note (see the module docstring).
    """
    try:
        scenario = _read_last(settings.value(LAST_KEY))
    except Exception as exc:  # noqa: BLE001 -- any corruption of a settings file must not stop the app
        _note(QT_TRANSLATE_NOOP("Settings", "settings: ignored the remembered scenario ({error})"),
              error=f"{type(exc).__name__}: {str(exc)[:200]}")
        return None, None
    if scenario is None:
        return None, None
    try:
        preset_id = _read_preset_id(settings.value(PRESET_KEY))
    except Exception as exc:  # noqa: BLE001
        _note(QT_TRANSLATE_NOOP("Settings", "settings: ignored the remembered preset ({error})"),
              error=type(exc).__name__)
        preset_id = None
    return scenario, preset_id


def _read_last(value) -> Scenario | None:
    from thermoviz.io.scenario_file import scenario_from_dict, scenario_from_toml

    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected scenario text, got a {type(value).__name__}")
    if value.lstrip().startswith("{"):  # written as JSON by thermoviz before 0.2
        data = json.loads(value)
        if not isinstance(data, dict):
            raise TypeError("not a table of fields")
        doc = {k: v for k, v in data.items() if k in FIELD_SPECS and v is not None}
        return scenario_from_dict({"schema_version": SCHEMA_VERSION, **doc}, source="settings")[0]
    return scenario_from_toml(value, source="settings")[0]


def _read_preset_id(value) -> str | None:
    from thermoviz.io.presets import known_preset_ids

    if not value:
        return None
    if not isinstance(value, str):
        raise TypeError(type(value).__name__)
    if value not in known_preset_ids():
        _note(QT_TRANSLATE_NOOP("Settings", "settings: the remembered preset {name} no longer exists; ignored"),
              name=repr(escape_text(value)[:60]))
        return None
    return value


#: Interface sizes offered in View ▸ Interface size (Qt's QT_SCALE_FACTOR): 150 % makes a
#: 1920x1080 projector lay out like 1280x720, 200 % a 4K screen like 1920x1080.
UI_SCALES = (1.0, 1.25, 1.5, 2.0)
UI_SCALE_KEY = "ui/scale"


def ui_scale(settings: QSettings) -> float:
    """The saved interface size (1.0 when unset or not one of UI_SCALES)."""
    try:
        value = float(settings.value(UI_SCALE_KEY, 1.0))
    except (TypeError, ValueError, OverflowError):
        _note(QT_TRANSLATE_NOOP("Settings", "settings: ignored the interface size (not a number)"))
        return 1.0
    if value not in UI_SCALES:
        _note(QT_TRANSLATE_NOOP("Settings", "settings: ignored the interface size {value} (offered: {offered})"),
              value=f"{value:g}", offered=", ".join(f"{v:.0%}" for v in UI_SCALES))
        return 1.0
    return value


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
