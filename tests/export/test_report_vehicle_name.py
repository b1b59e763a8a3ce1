"""Issue 18 item 5: a report of an untitled scenario on a user's own capsule is titled by its display name."""

from __future__ import annotations

import dataclasses

import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.export.report_text import scenario_title
from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicles import vehicle_entry


@pytest.mark.usefixtures("data_dir")
def test_untitled_scenario_report_title_uses_the_vehicles_display_name():
    entry = vf.copy_vehicle(vehicle_entry("soyuz-ms"), "dragonfly-4", "Dragonfly 4-seat")
    vf.save_vehicle(dataclasses.replace(entry, params=dataclasses.replace(entry.params, max_crew=4,
                                                                          display_name="Dragonfly")))
    scenario = load_scenario("soyuz-ms22-crewed-return").replace(title="", vehicle="dragonfly-4", crew=4)
    title = scenario_title(simulate(scenario))
    assert title.startswith("Dragonfly: 0.8 mm hole in the external loop")
