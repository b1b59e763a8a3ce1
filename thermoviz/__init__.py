"""thermoviz: what a coolant-loop puncture does to a spacecraft and its crew.

Public API (stable)::

    import thermoviz
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")   # preset id or .toml path
    result = thermoviz.simulate(scenario)
    result.cabin_temp_c, result.events["crew_limit"], result.verdict.text
    m = thermoviz.survival_map(scenario, x=("hole_diameter_mm", 0.2, 5, 100),
                               y=("undock_after_puncture_h", 0, 48, 100))     # m.values: K below the grade
    thermoviz.find_limit(scenario, "hole_diameter_mm").sentence
    thermoviz.uncertainty_band(scenario, 200).sentence
    thermoviz.puncture_odds("soyuz-ms", days=182.6, min_hole_mm=0.8).sentence   # odds of such a hole

Public functions (a test keeps these signatures equal to the code)::

    simulate(scenario, *, crew_strain=True, vehicle=None, resolved=None)
        Simulate a scenario: a Result (series, events, verdict with crew_grade, units).
    load_scenario(preset_or_path)
        A preset id (see ``thermoviz presets``) or the path of a scenario ``.toml`` file.
    list_presets()
        The shipped historic presets (id, title, description, timeline, scenario).
    with_crew_strain(result)
        The final result of a preview: crew and cabin coupled.
    survival_map(scenario, x, y, metric=None, crew_counts=None, *, evaluator='batch',
        vehicle=None, progress=None, cancel=None, on_coarse=None, grade=None)
        A metric over a grid of two inputs; the boundary of a crew grade for each crew count.
    find_limit(scenario, name, *, crew=None, vehicle=None, lo=None, hi=None, other_crews=True,
        grade='not_acceptable')
        The value of one input at which the crew reaches a grade.
    uncertainty_band(scenario, n=200, *, ranges=None, seed=0, progress=None, cancel=None,
        grades=True)
        The scenario over n plausible vehicles: bands, shares by crew grade, dominant estimate.
    puncture_odds(vehicle, days=182.6, min_hole_mm=0.0, *, orbit=Orbit(altitude_km=420.0,
        inclination_deg=51.6, year=2022.9, solar_flux_sfu=120.0))
        Expected radiator perforations making a hole that big, and the chance of at least one.

Classes: ``Scenario`` (frozen inputs), ``Result`` (``result.units`` gives each series' unit),
``Verdict`` (text, severity, crew_grade), ``ScenarioError`` (one line naming the field).

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
