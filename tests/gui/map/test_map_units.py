"""The Map tab follows View ▸ Units (issue 19): in °F its colour scale, key and read-out show °F
(a temperature x 1.8 + 32, a margin x 1.8); back in °C they show °C and K again."""

from __future__ import annotations

import numpy as np
import pytest

from thermoviz.gui.window.units_menu import choose_units


@pytest.fixture
def map_window(make_window, monkeypatch):
    import thermoviz.gui.map.map_view as mv

    monkeypatch.setattr(mv, "MAP_N", 24)
    window = make_window("soyuz-ms22-crewed-return", size=(1024, 768))
    window.tabs.setCurrentWidget(window.map_view)
    assert window.map_view.wait_idle(120)
    return window


def _bar(view):
    bar = view.map_widget.ci.getItem(1, 1)
    return bar.getAxis("right").labelText, bar.vb.viewRange()[1]


def test_map_in_fahrenheit(map_window):
    view = map_window.map_view
    assert view.result.unit == "K"
    label_c, (lo_c, hi_c) = _bar(view)
    assert "[K]" in label_c
    choose_units(map_window, "F", remember=False)
    label_f, (lo_f, hi_f) = _bar(view)
    assert "[°F]" in label_f and "K]" not in label_f
    assert (lo_f, hi_f) == pytest.approx((lo_c * 1.8, hi_c * 1.8))  # a margin: no offset
    assert "core 102.2 °F" in view.key_text and "°C" not in view.key_text and "kelvin" not in view.key_text
    view._hovered(view._plot.vb.sceneBoundingRect().center())
    text = view.readout.text()
    assert "°F below" in text or "°F over" in text
    assert " K " not in text and "°C" not in text

    view.metric_combo.setCurrentIndex(view.metric_combo.findData("cabin_peak_c"))  # a temperature
    assert view.wait_idle(120)
    label, (lo, hi) = _bar(view)
    values = view.result.values[np.isfinite(view.result.values)]
    assert "[°F]" in label
    assert lo == pytest.approx(values.min() * 1.8 + 32, abs=0.5) and hi == pytest.approx(values.max() * 1.8 + 32, abs=0.5)

    choose_units(map_window, "C", remember=False)
    label, (lo, hi) = _bar(view)
    assert "[°C]" in label and hi == pytest.approx(values.max(), abs=0.3)


def test_exported_map_title_and_scale_in_fahrenheit():
    from thermoviz.analysis.survival_map import survival_map
    from thermoviz.api import load_scenario
    from thermoviz.figure.map_plot import _title, map_widget
    from thermoviz.figure.units_view import shown_temps
    from thermoviz.model.units import set_temp_unit

    result = survival_map(load_scenario("soyuz-ms22-crewed-return"), ("hole_diameter_mm", 0.3, 1.5, 4),
                          ("undock_time_h", 10.0, 60.0, 4))
    assert "(core 39 °C)" in _title(result)  # the unit's symbol keeps its capital
    try:
        set_temp_unit("F")
        assert "(core 102.2 °F)" in shown_temps(_title(result))
        label = map_widget(result, (800, 500)).ci.getItem(1, 1).getAxis("right").labelText
        assert "°C" not in label and "102.2 °F" in label and label.endswith("[°F]")
    finally:
        set_temp_unit("C")
