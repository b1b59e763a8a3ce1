"""The final result: cabin and crew solved together (crew bodies stepped inside the cabin run).

:func:`coupled_result` re-runs the scenario of a preview result with the crew model
coupled (:func:`thermoviz.model.engine.simulate.run_scenario` with ``coupled=True``), then
adds the crew's validity flags, notes and the graded verdict.
"""

from __future__ import annotations

import numpy as np

from ..crew import heat_strain as hs
from ..language import QT_TRANSLATE_NOOP, Phrase
from ..loop.coolant import COOLANTS
from ..limits import CORE_VALIDATED_MAX_C
from ..outcome.notes import physics_notes
from ..outcome.result import Result
from ..outcome.verdict import make_verdict
from .books import run_energy
from .simulate import run_scenario


def _validity(time_h, series, aboard, periods, phs_inputs: bool = True):
    """Validity mask of the crew curve and one note per aboard period that leaves the range.

    Outside: from the first minute the cabin leaves ISO 7933's input range, and from the first
    sample whose core reaches :data:`~thermoviz.model.limits.CORE_VALIDATED_MAX_C` (no crew model
    is validated there), each until the end of that aboard period.  ``phs_inputs=False`` (JOS-3, which
    states no such input range) checks the core only.
    """
    outside = np.zeros(time_h.shape, dtype=bool)
    notes = []
    tdb = np.asarray(series["cabin_temp_c"])
    p_a = np.asarray(series["cabin_rh_pct"]) / 100.0 * hs.saturation_vapour_pressure_kpa(tdb)
    core = np.asarray(series.get("crew_core_temp_c", np.full(time_h.shape, np.nan)))
    for first, last in periods:
        sl = slice(first, last + 1)
        exit_h, reason = hs.first_exit(time_h[sl], tdb[sl], p_a[sl]) if phs_inputs else (None, "")
        if exit_h is not None:
            outside[sl] |= time_h[sl] >= exit_h
            notes.append(Phrase("Notes", QT_TRANSLATE_NOOP(
                "Notes", "Cabin leaves the ISO 7933 PHS validity range at {hours} h ({reason}): crew core "
                "temperature after that is an extrapolation."), hours=f"{exit_h:.1f}", reason=reason))
        hot = np.flatnonzero(np.nan_to_num(core[sl], nan=-np.inf) >= CORE_VALIDATED_MAX_C)
        if hot.size:
            hot_h = float(time_h[first + hot[0]])
            outside[sl] |= time_h[sl] >= hot_h
            notes.append(Phrase("Notes", QT_TRANSLATE_NOOP(
                "Notes", "Crew core reaches {limit} °C at {hours} h, beyond the range the crew models are validated "
                "for (core below {limit} °C): higher values are extrapolations, not predictions."),
                limit=f"{CORE_VALIDATED_MAX_C:g}", hours=f"{hot_h:.1f}"))
    return outside, notes


def final_verdict(scenario, vehicle, time_h, series, events, aboard, outside=None, preview_verdict=None,
                  validity=None):
    """The graded verdict of a coupled run (also used by the batch map for each cell).

    ``outside`` is the crew curve's ISO 7933 validity mask (computed here when None).
    """

    if outside is None:
        periods = hs.aboard_periods(aboard) if scenario.crew > 0 else []
        outside, _notes = _validity(time_h, series, aboard, periods)
    if validity is None:
        validity = {"crew_core_temp_c": outside}
    provisional = Result(scenario=scenario, time_h=time_h, series=series, events=events,
                         verdict=preview_verdict, crew_aboard=aboard, outside_validity=validity)
    return make_verdict(scenario, vehicle, time_h, series, events, aboard, True,
                        provisional.extrapolated_peaks, outside)


def coupled_result(result: Result, params=None) -> Result:
    """A new Result for ``result.scenario`` with crew and cabin coupled; final verdict and notes.

    ``result.vehicle`` must hold the vehicle parameters (``thermoviz.api`` fills it in).
    ``params`` overrides the crew (default: the scenario's clothing choice).
    """

    scenario, vehicle = result.scenario, result.vehicle
    if vehicle is None:
        raise ValueError("result.vehicle: the vehicle parameters are needed to couple the crew")
    loop = vehicle.loop(scenario.loop)
    coolant = COOLANTS[scenario.coolant or vehicle.default_coolant]
    run = run_scenario(scenario, vehicle, loop, coolant, True, crew_params=params)
    time_h, series, events, aboard, curve, out, params = run
    periods = hs.aboard_periods(aboard) if scenario.crew > 0 else []
    outside, notes = _validity(time_h, series, aboard, periods, params.model == "phs")
    undock_h = events.get("undock")
    for first, last in periods:
        t0, t1 = float(time_h[first]), float(time_h[last])
        sealed = undock_h is not None and abs(t0 - undock_h) < 1e-6
        seg = slice(first, last + 1)
        sweat = np.nan_to_num(out["sweat_g"][seg])
        sweat[0] = 0.0
        notes.extend(hs.dehydration_notes(hs.SweatPeriod(time_h[seg], sweat), params, sealed))
        if t1 - t0 > hs.PHS_MAX_EXPOSURE_MIN / 60.0 + 1e-9:
            notes.insert(0, Phrase("Notes", QT_TRANSLATE_NOOP(
                "Notes", "The crew is aboard for more than 8 h: ISO 7933 PHS predicts one work sequence of up to "
                "8 h, so the crew curve after 8 h (no rest, meals or sleep modelled) is illustrative and sweat loss "
                "is not judged after it.")))
    if periods:
        jos = params.model == "jos3"
        body = (QT_TRANSLATE_NOOP("Notes", "a JOS-3 body (Takahashi et al. 2021, 17 segments; pythermalcomfort) "
                                  "with the same metabolic heat") if jos else
                QT_TRANSLATE_NOOP("Notes", "an ISO 7933:2023 Predicted Heat Strain body (pythermalcomfort)"))
        kind = (QT_TRANSLATE_NOOP("Notes", "JOS-3 is a physiological model of healthy adults in rooms") if jos
                else QT_TRANSLATE_NOOP("Notes", "PHS is an occupational model"))
        notes.insert(0, Phrase("Notes", QT_TRANSLATE_NOOP(
            "Notes", "Crew and cabin computed together: each person is {body} stepped every 10 min in the cabin "
            "air, {crew}; the cabin receives what the bodies give off (metabolic heat minus heat stored, sweat "
            "evaporation limited by the air's humidity). Crew and clothing values are estimates; {kind}, not "
            "validated for seated, suited crew after months in orbit or under re-entry g-loads: treat the curve "
            "as illustrative."), body=(body,), crew=params.describe(), kind=(kind,)))
    validity = dict(result.outside_validity)
    validity["crew_core_temp_c"] = outside
    verdict = final_verdict(scenario, vehicle, time_h, series, events, aboard, outside, result.verdict, validity)
    base = physics_notes(scenario, vehicle, loop, coolant, curve, events)
    all_notes = tuple(dict.fromkeys((*notes, *base)))
    return Result(scenario=scenario, time_h=time_h, series=series, events=events, verdict=verdict,
                  crew_aboard=aboard, outside_validity=validity, notes=all_notes, crew_strain_computed=True,
                  vehicle=vehicle, energy=run_energy(scenario, vehicle, time_h, out, aboard, params))
