"""Russian and Spanish controls are not clipped in the left dock at the default window size (issue 19):
the dock follows its content ("Без утечки", not "Без ут…"); English keeps its 350 px dock."""

from __future__ import annotations

import pytest

from thermoviz.api import load_scenario
from thermoviz.gui.window.main_window import CONTROLS_WIDTH_PX
from thermoviz.io.translations import use_language


@pytest.mark.parametrize("lang", ["ru", "es", "en"])
def test_controls_fit_the_dock(qtbot, crew_strain_warm, settings_dir, lang):
    from thermoviz.gui.app import build_window

    try:
        _app, window = build_window(load_scenario("soyuz-ms22-crewed-return"), remember=False, size=(1600, 1000),
                                    lang=lang)
        qtbot.addWidget(window)
        window.show()
        assert window.wait_idle(60)
        qtbot.wait(50)
        scroll = window.controls_dock.widget()
        assert scroll.viewport().width() >= window.controls.minimumSizeHint().width()  # nothing clipped
        assert window.controls.hole.width() <= scroll.viewport().width()
        if lang == "en":
            assert window.controls_dock.width() == CONTROLS_WIDTH_PX
        assert window.dashboard.width() > 900  # the plots keep most of the window
        window.close()
    finally:
        use_language("en")
