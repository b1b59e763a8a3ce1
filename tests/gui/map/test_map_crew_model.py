"""Maps batch every cell through PHS and say so when the scenario chose JOS-3."""

from __future__ import annotations

from thermoviz.analysis.survival_map import survival_map
from thermoviz.api import load_scenario
from thermoviz.gui.map.map_view import MAP_CREW_MODEL_NOTE


def test_map_of_a_jos3_scenario_says_its_crew_is_phs():
    scenario = load_scenario("soyuz-ms22-crewed-return").replace(crew_model="jos3")
    m = survival_map(scenario, ("hole_diameter_mm", 0.5, 2.0, 3), ("undock_time_h", 20.0, 49.0, 3))
    assert m.evaluator == "batch" and m.to_dict()["crew_model"] == "phs"
    assert "PHS" in MAP_CREW_MODEL_NOTE
