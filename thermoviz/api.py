"""The public Python API: load a scenario, simulate it.

``simulate`` = fast loop/cabin physics (``thermoviz.model.engine.simulate``) followed,
unless ``crew_strain=False``, by the slower crew heat-strain model
(``thermoviz.model.crew.heat_strain``, ISO 7933 PHS via pythermalcomfort).  The GUI
calls the two halves separately and runs the second in a worker thread.  Both halves
return every event time as a sample of the series (:func:`events_on_samples`).

A vehicle whose values are allowed (inside their hard bounds) but that the model cannot
integrate never ends in a Python exception: :func:`model_failure` turns it into one
:class:`~thermoviz.model.scenario.ScenarioError` line naming the vehicle.
"""

from __future__ import annotations

from os import PathLike

from .io.presets import list_presets as _list
from .io.scenario_source import load_scenario as _load
from .io.vehicles import resolve
from .model.engine.coupled import coupled_result
from .model.engine.simulate import simulate_physics
from .model.outcome.event_samples import events_on_samples
from .model.outcome.result import Result
from .model.params import VehicleParams
from .model.scenario import Scenario, ScenarioError, quote_value


def simulate(scenario: Scenario, *, crew_strain: bool = True, vehicle: VehicleParams | None = None,
             resolved=None) -> Result:
    """Simulate ``scenario``.

    ``crew_strain=True`` (default): the final result, cabin and crew solved together.
    ``crew_strain=False``: the fast preview (a few ms): the cabin with the crew at a
    nominal output, verdict marked preliminary; pass it to :func:`with_crew_strain` for
    the final result.
    ``resolved``: the (vehicle, loop, coolant) of ``thermoviz.io.vehicles.resolve(scenario)``
    when the caller has already checked the scenario against the catalogue.
    ``vehicle``: a :class:`~thermoviz.model.params.VehicleParams` to use instead of the
    catalogue entry named by ``scenario.vehicle`` (e.g. one read with
    ``thermoviz.io.vehicle_file.read_vehicle_file(path).params``, or a copy with one estimate
    changed, for uncertainty sampling); its ``loop(scenario.loop)`` is the punctured loop.
    """
    vehicle, loop, coolant = resolved if resolved is not None else resolve(scenario, vehicle)
    try:
        result = simulate_physics(scenario, vehicle, loop, coolant)
    except ScenarioError:
        raise
    except _MODEL_FAILURES as exc:
        raise model_failure(scenario, exc) from None
    if crew_strain:
        return with_crew_strain(result)
    return events_on_samples(result)


#: What numerical code raises on values it cannot handle (overflow, a zero step, a library's own check).
_MODEL_FAILURES = (ArithmeticError, ValueError, SystemError, TypeError)


def model_failure(scenario: Scenario, exc: Exception) -> ScenarioError:
    """One line for a model that could not compute ``scenario`` (values allowed, but too extreme to integrate)."""
    why = quote_value(f"{type(exc).__name__}: {exc}", limit=100, quotes=False)
    return ScenarioError("vehicle", f"the model cannot compute vehicle {scenario.vehicle} with these values ({why}); "
                         "bring its parameters nearer their plausible ranges")


def with_crew_strain(result: Result) -> Result:
    """The final result of a preview: crew and cabin coupled, crew core temperature,
    ``crew_limit``, validity flags and the final verdict (a new Result, maybe on a new grid)."""
    if result.crew_strain_computed:
        return result
    import dataclasses

    if result.vehicle is None:
        result = dataclasses.replace(result, vehicle=resolve(result.scenario)[0])
    try:
        return events_on_samples(coupled_result(result))
    except ScenarioError:
        raise
    except _MODEL_FAILURES as exc:
        raise model_failure(result.scenario, exc) from None


def load_scenario(preset_or_path: str | PathLike[str]) -> Scenario:
    """A preset id (see ``thermoviz presets``) or the path of a scenario ``.toml`` file."""
    return _load(preset_or_path)


def list_presets():
    """The shipped historic presets (id, title, description, timeline, scenario)."""
    return _list()
