"""View ▸ Uncertainty in a real window: bands drawn, containing the nominal curve, never stale."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication


@pytest.fixture
def few_samples(monkeypatch):
    import thermoviz.gui.plots.uncertainty_view as uv

    monkeypatch.setattr(uv, "SAMPLES", 40)


def _wait(window, timeout_s=120):
    timer = QElapsedTimer()
    timer.start()
    while window.uncertainty.running and timer.elapsed() < timeout_s * 1e3:
        QApplication.processEvents()
        window.uncertainty.runner.wait(20)
    QApplication.processEvents()


def test_band_drawn_contains_the_nominal_curve_and_clears_on_edit(make_window, few_samples):
    window = make_window("soyuz-ms22-crewed-return")
    window.actions["uncertainty"].trigger()
    _wait(window)
    u = window.uncertainty.result
    assert u is not None and u.n == 40
    fills = window.dashboard.uncertainty_bands.fills
    assert "cabin_temp_c" in fills and fills["cabin_temp_c"].isVisible()
    low, high = window.dashboard.uncertainty_bands._edges["cabin_temp_c"]
    nominal = np.interp(low.xData, window.result.time_h, window.result.series["cabin_temp_c"])
    band = u.bands["cabin_temp_c"]
    np.testing.assert_allclose(low.yData, band[0][: len(low.yData)])  # the engine's 5 % and 95 % curves
    np.testing.assert_allclose(high.yData, band[-1][: len(high.yData)])
    # The vehicle file's ranges need not be centred on the catalogue values, so the nominal run
    # may touch an edge of the band for a moment; it lies inside it almost everywhere.
    inside = (low.yData - 0.05 <= nominal) & (nominal <= high.yData + 0.05)
    assert inside.mean() >= 0.95
    text = window.uncertainty.label.text()
    assert "plausible vehicles" in text and "dominated by" in text
    assert u.grades_sentence and u.grades_sentence in text  # the decision's odds, by crew count
    assert window.dashboard.view_state().uncertainty is u  # exports and the PDF get the bands
    window.load_scenario_step(window.scenario.replace(discharge_coefficient=0.3))
    assert window.uncertainty.result is None and not fills["cabin_temp_c"].isVisible()  # never stale
    assert window.dashboard.view_state().uncertainty is None
    window.actions["uncertainty"].trigger()  # off
    assert not window.uncertainty.label.isVisible()


def test_exports_and_pdf_caption_carry_the_band(make_window, few_samples):
    from thermoviz.export.figure import export_figure
    from thermoviz.export.pdf_report import figure_caption

    window = make_window("soyuz-ms22-crewed-return")
    window.uncertainty.set_on(True)
    _wait(window)
    u = window.uncertainty.result
    view = window.dashboard.view_state()
    with export_figure(window.result, view) as figure:
        assert figure.uncertainty_bands.result is u
        assert figure.uncertainty_bands.fills["cabin_temp_c"].isVisible()
        caption = figure_caption(window.result, figure)
    assert "<b>Uncertainty.</b>" in caption and f"{u.n} plausible vehicles" in caption
    window.uncertainty.set_on(False)
    with export_figure(window.result, window.dashboard.view_state()) as figure:
        assert "Uncertainty" not in figure_caption(window.result, figure)


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGSTOP"), reason="freezes the worker with SIGSTOP (POSIX)")
def test_a_band_job_that_never_polls_is_ended_by_a_vehicle_switch(make_window, few_samples, monkeypatch, qtbot):
    """Issue 21: a band stuck inside the model kept the band worker busy until the app closed."""
    import os
    import signal

    import thermoviz.analysis.worker_process as wp

    monkeypatch.setattr(wp, "CANCEL_GRACE_S", 0.5)
    window = make_window("soyuz-ms22-crewed-return")
    runner = window.uncertainty.runner
    worker = runner.channel.worker
    runner.warm()
    qtbot.waitUntil(lambda: worker.alive, timeout=10000)
    cancelled = []
    runner.signals.cancelled.connect(cancelled.append)
    window.uncertainty.set_on(True)
    first_job = runner.job_id
    stuck = worker._process
    os.kill(stuck.pid, signal.SIGSTOP)  # as if stuck where it never looks at its cancel mark
    try:
        combo = window.controls.vehicle_combo
        combo.setCurrentIndex(combo.findData("progress-ms"))
        assert window.scenario.vehicle == "progress-ms"
        qtbot.waitUntil(lambda: first_job in cancelled, timeout=20000)  # the frozen process was ended
        assert not stuck.is_alive()
        _wait(window)
        u = window.uncertainty.result
        assert u is not None and u.nominal.scenario.vehicle == "progress-ms"  # the new vehicle's band came
    finally:
        if stuck.is_alive():
            os.kill(stuck.pid, signal.SIGKILL)
