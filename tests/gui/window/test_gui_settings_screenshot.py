"""Remembered window state (QSettings) and the --screenshot mode."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def test_settings_remember_geometry_and_last_scenario(make_window, settings_dir):
    from thermoviz.gui.window.settings import make_settings

    window = make_window("soyuz-ms22", remember=True, size=None)
    window.resize(1234, 876)
    # The offscreen screen is small: Qt clamps restored geometry to it, so compare
    # with what a restore of this geometry gives on this screen.
    window.restoreGeometry(window.saveGeometry())
    expected_size = (window.width(), window.height())
    assert expected_size != (1600, 1000)  # not the default size
    window.controls.hole.spin.setValue(2.5)
    edited = window.scenario
    geometry = window.saveGeometry()
    window.close()
    assert list(settings_dir.rglob("*.ini")), "settings must live in THERMOVIZ_SETTINGS_DIR"
    settings = make_settings()
    assert settings.fileName().startswith(str(settings_dir))
    assert settings.value("window/geometry") == geometry

    again = make_window(None, remember=True, size=None)
    assert again.scenario == edited
    # (the offscreen platform may shift the frame by a few pixels on restore)
    assert abs(again.width() - expected_size[0]) <= 40 and abs(again.height() - expected_size[1]) <= 40


def test_corrupt_settings_fall_back_to_the_default_preset(make_window, settings_dir):
    from thermoviz.gui.window.settings import make_settings
    from thermoviz.api import load_scenario

    settings = make_settings()
    settings.setValue("scenario/last", '{"hole_diameter_mm": 99}')
    settings.sync()
    window = make_window(None, remember=True, size=None)
    assert window.scenario == load_scenario("soyuz-ms22")


def _image_stats(path):
    image = QImage(str(path))
    assert not image.isNull()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    arr = arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3]
    return image, arr


def test_screenshot_mode_writes_a_full_window_png(qapp, crew_strain_warm, settings_dir, tmp_path):
    from thermoviz.api import load_scenario
    from thermoviz.gui.app import run_gui

    out = tmp_path / "shot.png"
    assert run_gui(load_scenario("soyuz-ms22-crewed-return"), screenshot=str(out), size=(1300, 850)) == 0
    image, arr = _image_stats(out)
    ratio = image.devicePixelRatio() or 1
    assert (image.width(), image.height()) == (round(1300 * ratio), round(850 * ratio))
    colours = np.unique(arr.reshape(-1, 3)[::7], axis=0)
    assert len(colours) > 50  # plots, bands, text: not a blank window
    dark = (arr.sum(axis=2) < 150).mean()
    assert 0.002 < dark < 0.3  # dark pixels = text and black lines present
    assert not list(settings_dir.rglob("*.ini")), "screenshot mode must not overwrite the user's settings"
