"""View ▸ Units: the window switches °C ↔ °F live (axes, legend, readout, verdict) and remembers it."""

from __future__ import annotations

import pytest

from thermoviz.gui.window.settings import make_settings
from thermoviz.gui.window.units_menu import UNITS_KEY, read_units
from thermoviz.model.units import temp_unit


def _legend_texts(window, key):
    """The legend rows' words (a row broken in two for a narrow legend column reads the same)."""
    return [label.text.replace("<br>", " ") for _sample, label in window.dashboard.legends[key].items]


def _tick_labels(axis):
    low, high = axis.range
    values = [v for _spacing, level in axis.tickValues(low, high, 400) for v in level]
    return values, axis.tickStrings(values, 1.0, 1.0)


def test_switch_to_fahrenheit_and_back(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    dash = window.dashboard
    cabin_axis = dash.plots["cabin"].getAxis("left")
    before = (cabin_axis.labelText, _legend_texts(window, "crew"), window.verdict_banner.label.text(),
              dash.readout.texts["cabin_temp_c"])
    assert "°C" in before[0] and "°C" in before[2]

    window.units_actions["F"].trigger()
    assert temp_unit() == "F"
    assert "°F" in cabin_axis.labelText and "°F" in dash.plots["crew"].getAxis("left").labelText
    assert any("100.4 °F: ISO 7933 PHS limit" in text for text in _legend_texts(window, "crew"))
    banner = window.verdict_banner.label.text()
    assert "°F" in banner and "°C" not in banner
    readout = dash.readout.texts["cabin_temp_c"]
    assert readout.endswith("°F")
    cabin_c = dash.cursor_values()["cabin_temp_c"]
    assert float(readout.split()[0]) == pytest.approx(cabin_c * 1.8 + 32, abs=0.06)
    # Temperature ticks sit on round °F values; the curves keep their °C data.
    values, labels = _tick_labels(cabin_axis)
    assert labels and all(float(text) == pytest.approx(round(float(text))) for text in labels)
    assert all(float(text) == pytest.approx(v * 1.8 + 32, abs=1e-6) for v, text in zip(values, labels))
    assert max(dash.curves["cabin_temp_c"].yData) < 60  # still °C inside
    # Events on the strip say °F too.
    assert all("°C" not in text for text in dash.events.visible_labels().values())
    assert read_units(make_settings()) == "F"

    window.units_actions["C"].trigger()
    after = (cabin_axis.labelText, _legend_texts(window, "crew"), window.verdict_banner.label.text(),
             dash.readout.texts["cabin_temp_c"])
    assert after == before
    assert read_units(make_settings()) == "C"


def test_remembered_unit_is_shown_at_start(make_window):
    make_settings().setValue(UNITS_KEY, "F")
    window = make_window("soyuz-ms22", remember=True)
    assert window.units_actions["F"].isChecked()
    assert "°F" in window.dashboard.plots["cabin"].getAxis("left").labelText
    assert "°F" in window.verdict_banner.label.text()


def test_unreadable_setting_falls_back_to_celsius():
    settings = make_settings()
    for junk in ("K", "", "kelvin"):
        settings.setValue(UNITS_KEY, junk)
        assert read_units(settings) == "C"
