"""thermoviz: what a coolant-loop puncture does to a spacecraft and its crew.

Public API (stable)::

    import thermoviz
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")   # preset id or .toml path
    result = thermoviz.simulate(scenario)
    result.cabin_temp_c, result.events["crew_limit"], result.verdict.text
    m = thermoviz.survival_map(scenario, x=("hole_diameter_mm", 0.2, 5, 100),
                               y=("undock_after_puncture_h", 0, 48, 100))     # m.values: margin [h]
    thermoviz.find_limit(scenario, "hole_diameter_mm").sentence
    thermoviz.uncertainty_band(scenario, 200).sentence
    thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=0.8).sentence   # odds of such a hole

Imports are lazy so that ``import thermoviz`` stays fast (the GUI start-up path
must not pay for scipy or pythermalcomfort).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Scenario": "thermoviz.model.scenario",
    "ScenarioError": "thermoviz.model.scenario",
    "Result": "thermoviz.model.outcome.result",
    "Verdict": "thermoviz.model.outcome.result",
    "simulate": "thermoviz.api",
    "load_scenario": "thermoviz.api",
    "list_presets": "thermoviz.api",
    "with_crew_strain": "thermoviz.api",
    "survival_map": "thermoviz.analysis.survival_map",
    "find_limit": "thermoviz.analysis.limits",
    "uncertainty_band": "thermoviz.analysis.uncertainty",
    "puncture_odds": "thermoviz.api_odds",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'thermoviz' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
