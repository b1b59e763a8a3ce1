"""Issue 18 item 5, the Map tab: on a 4-seat user vehicle the crew boundary lines run 1..4 and a
crew axis spans 0 to the vehicle's seats (it spanned the 12-seat maximum and failed on every vehicle)."""

from __future__ import annotations

import dataclasses

import pytest

from thermoviz.api import load_scenario
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicles import vehicle_entry


@pytest.fixture
def small_maps(monkeypatch):
    import thermoviz.gui.map.map_view as mv

    monkeypatch.setattr(mv, "MAP_N", 24)


@pytest.mark.parametrize("seats", [4])
def test_a_four_seat_vehicle_maps_crew_lines_and_a_crew_axis_to_its_seats(make_window, small_maps, data_dir, seats):
    vid = f"dragonfly-{seats}"
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), vid, f"Dragonfly {seats}-seat")
    vf.save_vehicle(dataclasses.replace(entry, params=dataclasses.replace(entry.params, max_crew=seats,
                                                                          display_name="Dragonfly")))
    window = make_window(load_scenario("soyuz-ms22-crewed-return").replace(vehicle=vid, crew=seats), size=(1024, 768))
    window.tabs.setCurrentWidget(window.map_view)
    view = window.map_view
    assert view.wait_idle(120)
    assert view.state == "current" and sorted(view.result.crew_margins) == list(range(1, seats + 1))
    view.y_combo.setCurrentIndex(view.y_combo.findData("crew"))
    assert view.wait_idle(120)
    assert view.state == "current", view.placeholder.text()
    assert view.result.y.field == "crew" and list(view.result.y.values) == list(range(0, seats + 1))
