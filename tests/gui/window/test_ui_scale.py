"""View ▸ Interface size: applied at once (fonts and plots), remembered; presentation mode sizes itself."""

from __future__ import annotations

import pytest

from thermoviz.gui.window.settings import UI_SCALES, apply_ui_scale, make_settings, set_ui_scale, ui_scale

def test_menu_saves_the_choice_and_shows_it_checked(make_window, settings_dir):
    window = make_window("soyuz-ms22")
    assert set(window.ui_scale_actions) == set(UI_SCALES)
    assert window.ui_scale_actions[1.0].isChecked()
    window.ui_scale_actions[1.5].trigger()
    assert ui_scale(make_settings()) == 1.5
    assert window.ui_scale_actions[1.5].isChecked() and not window.ui_scale_actions[1.0].isChecked()
    window.choose_ui_scale(1.0)  # the application font is shared by every test


def test_interface_size_applies_at_once_and_is_remembered(make_window, settings_dir):
    """No restart: the window's text and the plots grow as soon as a size is picked."""
    from PySide6.QtWidgets import QApplication

    window = make_window("soyuz-ms22")
    app_pt = QApplication.font().pointSizeF()
    banner_pt = window.verdict_banner.label.font().pointSizeF()
    try:
        window.ui_scale_actions[1.5].trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(1.5 * app_pt)
        assert window.verdict_banner.label.font().pointSizeF() == pytest.approx(1.5 * banner_pt)
        # The plots are drawn 1.5 times larger (scene shown scaled up), without a rebuild.
        assert window.dashboard.graphics.transform().m11() == pytest.approx(1.5, rel=0.02)  # fitInView keeps a 2 px margin
        assert ui_scale(make_settings()) == 1.5
        window.ui_scale_actions[1.0].trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(app_pt)
        assert window.dashboard.graphics.transform().m11() == pytest.approx(1.0)
    finally:
        window.choose_ui_scale(1.0)


def test_presentation_mode_picks_a_readable_size_for_the_screen(make_window):
    from thermoviz.gui.window.interface_size import presentation_factor, text_height_px

    factor = presentation_factor(1080)
    assert text_height_px(factor) >= 1080 / 40 and factor > 1.0
    assert text_height_px(factor - 0.25) < 1080 / 40 or factor - 0.25 < 1.0  # the smallest that is readable
    window = make_window("soyuz-ms22")
    window.presentation.screen_height_px = 1080
    try:
        window.set_presentation_mode(True)
        assert window.interface_size == factor
        window.set_presentation_mode(False)
        assert window.interface_size == 1.0
    finally:
        window.choose_ui_scale(1.0)


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
