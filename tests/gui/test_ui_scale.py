"""View ▸ Interface size: a saved scale applied to the whole interface at the next start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from thermoviz.gui.settings import UI_SCALES, apply_ui_scale, make_settings, set_ui_scale, ui_scale

PROBE = (
    "from thermoviz.gui.app import build_window\n"
    "from thermoviz.api import load_scenario\n"
    "app, w = build_window(load_scenario('soyuz-ms22'), remember=True)\n"
    "w.show(); app.processEvents()\n"
    "img = w.grab()\n"
    "print(w.devicePixelRatioF(), img.width() / w.width())\n"
)


def run_probe(settings_dir, extra_env=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THERMOVIZ_SETTINGS_DIR=str(settings_dir))
    env.pop("QT_SCALE_FACTOR", None)
    env.update(extra_env or {})
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    ratio, grab_ratio = map(float, done.stdout.split()[-2:])
    return ratio, grab_ratio


def test_menu_saves_the_choice_and_shows_it_checked(make_window, settings_dir):
    window = make_window("soyuz-ms22")
    assert set(window.ui_scale_actions) == set(UI_SCALES)
    assert window.ui_scale_actions[1.0].isChecked()
    window.ui_scale_actions[1.5].trigger()
    assert ui_scale(make_settings()) == 1.5
    assert window.ui_scale_actions[1.5].isChecked() and not window.ui_scale_actions[1.0].isChecked()


def test_saved_scale_enlarges_the_next_window(tmp_path, monkeypatch):
    monkeypatch.setenv("THERMOVIZ_SETTINGS_DIR", str(tmp_path))
    assert run_probe(tmp_path) == (1.0, 1.0)
    set_ui_scale(make_settings(), 1.5)
    ratio, grab_ratio = run_probe(tmp_path)
    assert ratio == pytest.approx(1.5) and grab_ratio == pytest.approx(1.5, rel=0.01)
    # The user's own QT_SCALE_FACTOR wins over the saved size.
    ratio, _ = run_probe(tmp_path, {"QT_SCALE_FACTOR": "2"})
    assert ratio == pytest.approx(2.0)


def test_bad_saved_values_fall_back_to_100_percent(tmp_path, monkeypatch):
    monkeypatch.setenv("THERMOVIZ_SETTINGS_DIR", str(tmp_path))
    settings = make_settings()
    for junk in ("huge", "3.7", ""):
        settings.setValue("ui/scale", junk)
        assert ui_scale(settings) == 1.0
    env = {}
    assert apply_ui_scale(env) == 1.0 and "QT_SCALE_FACTOR" not in env
    with pytest.raises(ValueError, match="interface size: must be one of 100%, 125%, 150%, 200%"):
        set_ui_scale(settings, 3.0)
