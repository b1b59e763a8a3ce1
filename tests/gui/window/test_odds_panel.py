"""The Odds line beside the hole control and the Map tab's weighting by the odds (real window, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest

import thermoviz
from thermoviz.model.odds.words import one_in


def test_odds_line_follows_the_hole_control(make_window, qtbot):
    window = make_window("soyuz-ms22")
    line = window.controls.odds
    p = thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=window.scenario.hole_diameter_mm).odds.probability
    assert line.text() == (f"A hole this big or bigger: about {one_in(p.central)} per 6-month mission "
                           f"(range {one_in(p.low)} to {one_in(p.high)}).")
    assert "thermoviz odds soyuz-ms" in line.toolTip() and "Three leaks" in line.toolTip()
    before = line.text()
    window.controls.hole.set_value(3.0)
    window.controls.hole.changed.emit()
    qtbot.waitUntil(lambda: line.text() != before, timeout=5000)
    bigger = thermoviz.puncture_odds("soyuz-ms", min_hole_mm=3.0).odds.probability
    assert f"about {one_in(bigger.central)}" in line.text()
    assert bigger.central < p.central  # a bigger hole is rarer, and the line says so


def test_odds_weights_fade_unlikely_holes():
    from thermoviz.analysis.survival_map import survival_map
    from thermoviz.gui.map.map_odds import FLOOR, cell_odds_text, odds_weights

    scenario = thermoviz.load_scenario("soyuz-ms22")
    result = survival_map(scenario, x=("hole_diameter_mm", 0.2, 5.0, 6), y=("crew", 1, 3, 3), metric="cabin_peak_c")
    w = odds_weights(result)
    assert w.shape == result.values.shape
    assert np.all((w >= FLOOR) & (w <= 1.0))
    assert np.all(np.diff(w[0]) <= 0) and w[0, 0] == pytest.approx(1.0)  # bigger holes are rarer: fainter
    assert np.all(w == w[0])  # the weight depends on the hole only
    assert "per 6-month mission" in cell_odds_text(result, 2, 0)
    other = survival_map(scenario, x=("crew", 1, 3, 3), y=("undock_time_h", 10, 40, 3), metric="cabin_peak_c")
    assert odds_weights(other) is None and cell_odds_text(other, 0, 0) == ""


def test_map_tab_weights_the_hole_axis_by_the_odds(make_window, monkeypatch):
    import pyqtgraph as pg

    import thermoviz.gui.map.map_view as mv
    from thermoviz.gui.map.map_odds import KEY_NOTE

    monkeypatch.setattr(mv, "MAP_N", 24)
    window = make_window("soyuz-ms22-crewed-return", size=(1024, 768))
    window.tabs.setCurrentWidget(window.map_view)
    view = window.map_view
    assert view.wait_idle(120) and view.state == "current"

    def image():
        return next(i for i in view._plot.items if isinstance(i, pg.ImageItem)).image.copy()

    plain = image()
    view.odds_check.setChecked(True)
    weighted = image()
    assert view.state == "current"  # redrawn, not recomputed
    assert KEY_NOTE in view.key_text
    # the smallest holes (likeliest) keep their colours; the largest fade toward white
    assert np.array_equal(weighted[:, 0, :3], plain[:, 0, :3])
    assert weighted[:, -1, :3].astype(int).sum() > plain[:, -1, :3].astype(int).sum()
    assert "per 6-month mission" in view.cell_text(5, 5)
    view.odds_check.setChecked(False)
    assert np.array_equal(image(), plain) and KEY_NOTE not in view.key_text
