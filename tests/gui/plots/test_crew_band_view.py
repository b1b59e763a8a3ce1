"""View ▸ Crew band in a real window: both crew models shaded behind the crew curve, named, never stale."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication


def _wait(view, timeout_s=120):
    timer = QElapsedTimer()
    timer.start()
    while view.running and timer.elapsed() < timeout_s * 1e3:
        QApplication.processEvents()
        view.runner.wait(20)
    QApplication.processEvents()


def test_crew_band_shaded_named_and_cleared_on_edit(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    window.actions["crew_band"].trigger()
    assert window.crew_band.on, window.crew_band.label.text()
    _wait(window.crew_band)
    band = window.crew_band.result
    assert band is not None, window.crew_band.label.text()
    assert {v.model for v in band.variants} == {"phs", "jos3"}
    fill = window.dashboard.uncertainty_bands.fills["crew_core_temp_c"]
    assert fill.isVisible()
    low, high = window.dashboard.uncertainty_bands._edges["crew_core_temp_c"]
    assert np.nanmax(high.yData) - np.nanmin(low.yData) > 1.0
    text = window.crew_band.label.text()
    assert "central curve" in text and "PHS is central" in text
    assert window.dashboard.view_state().uncertainty is band  # exports and the PDF get it
    window.load_scenario_step(window.scenario.replace(crew=2))
    assert window.crew_band.result is None and not fill.isVisible()  # never a band of another scenario
    window.actions["crew_band"].trigger()  # off
    assert not window.crew_band.label.isVisible()


def test_no_crew_says_so(make_window):
    window = make_window("progress-ms21")
    window.actions["crew_band"].trigger()
    _wait(window.crew_band)
    assert "no crew rides" in window.crew_band.label.text()
