"""Uncertainty bands: the scenario re-run over plausible vehicles.

Many vehicle numbers are estimates.  :func:`uncertainty_band` draws ``n`` vehicles
from a seeded Latin hypercube over parameter ranges (``name -> (lo, hi)``, names as
in :func:`thermoviz.io.vehicles.provenance`, e.g. ``mli_effective_emissivity`` or
``loops.external.accumulator_gas_l``; each range sampled uniformly), simulates the
scenario for each, and reports:

* the 5-95 % band (and median) of the cabin, equipment (when the model has that
  series) and crew-core curves on the nominal run's time grid;
* percentiles of each peak, and the share of samples reaching each limit;
* a rank-correlation (Spearman) sensitivity of the key peak (crew core while a crew
  rides, else cabin) to each parameter, naming the dominant one;
* one robustness sentence ("the crew limit is reached before landing in 97 % of
  plausible vehicles").

Default ranges: the vehicle file's ``range`` of every estimate or derived number
(``provenance(vehicle)[name].range``).  The punctured loop's calibrated Cd is sampled
as the scenario's Cd when the scenario uses the calibrated value (else left out).  A file without any ranges falls back to
±:data:`FALLBACK_RELATIVE` (20 %, an estimate of how well such numbers are known)
on its extensive estimates (units in :data:`FALLBACK_UNITS`: powers, conductances,
heat capacity, volumes and flows), and the result says so.

Physics: every sample is the coupled crew-cabin run of :func:`thermoviz.simulate` on its
modified vehicle, on that vehicle's own grid; :func:`thermoviz.model.engine.vehicle_batch.simulate_vehicles`
advances :data:`CHUNK` of them at once with the same stepping code (each column equals the
single run to float rounding, tested), so 200 samples take a fraction of a second.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..api import simulate
from ..io.vehicles import provenance, resolve
from ..model.engine.vehicle_batch import simulate_vehicles
from ..model.outcome.grades import DEFAULT_BOUNDARY_GRADE, grade
from ..model.outcome.result import Result
from ..model.language import QT_TRANSLATE_NOOP, number, translate
from ..model.param_labels import parameter_label, shown_parameter_label
from ..model.params import VehicleParams
from ..model.scenario import Scenario, ScenarioError
from . import crew_grades
from .evaluate import Cancel, Progress, _check
from .limits import grade_words


FALLBACK_RELATIVE = 0.2
FALLBACK_UNITS = frozenset({"W", "W/K", "J/K", "m3", "m3/h", "L"})
#: Whole-number vehicle facts that are not physics to sample (a vehicle has 1, 2 or 3 seats, never 2.4).
NOT_SAMPLED = frozenset({"max_crew", "exposed_radiator_area_m2"})  # the area only sets the puncture odds
PERCENTILES = (5.0, 50.0, 95.0)
#: Samples advanced together (one array run each); progress and cancel act between chunks.
CHUNK = 50
#: Series drawn as bands (those the model has).
BAND_SERIES = ("cabin_temp_c", "equipment_temp_c", "crew_core_temp_c")
#: Limit events counted (the robustness sentence's words: :data:`_EVENT_SENTENCES`).
LIMIT_EVENTS = {"crew_limit": "the crew limit is reached before landing",
                "equipment_limit": "the equipment limit is reached",
                "cabin_temp_limit": "the cabin exceeds its comfort limit"}


@dataclass(frozen=True)
class UncertaintyResult:
    """Bands, peak percentiles, limit shares and sensitivity of ``n`` sampled vehicles."""

    nominal: Result
    time_h: np.ndarray
    parameters: Mapping[str, tuple[float, float]]
    samples: np.ndarray  # (n, parameters)
    bands: Mapping[str, np.ndarray]  # series -> (3, K): 5 %, 50 %, 95 %
    peaks: Mapping[str, np.ndarray]  # series -> (n,)
    limit_share: Mapping[str, float]
    sensitivity: Mapping[str, float]
    dominant: str | None
    sentence: str
    seed: int
    fallback_ranges: bool = False
    notes: tuple[str, ...] = field(default=())
    #: crew count -> grade id -> share of samples at that grade or worse (:mod:`.crew_grades`)
    grades: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    grades_sentence: str = ""

    @property
    def n(self) -> int:
        return len(self.samples)

    def shown_sentence(self) -> str:
        """:attr:`sentence` in the chosen language (the worker process that found it has none)."""
        scenario = self.nominal.scenario
        rides = scenario.crew > 0 and bool(np.asarray(self.nominal.crew_aboard, bool).any())
        crew_shares = self.grades.get(str(scenario.crew)) if rides else None
        return _sentence(self.limit_share, rides, self.n, self.dominant, self.sensitivity,
                         self.nominal.events.get("landing") is not None, crew_shares, scenario.crew)

    def shown_grades_sentence(self) -> str:
        """:attr:`grades_sentence` in the chosen language."""
        vehicle = self.nominal.vehicle
        if vehicle is None:
            return self.grades_sentence
        return crew_grades.sentence(self.grades, self.n, vehicle_name=vehicle.display_name)

    def to_dict(self) -> dict:
        """The ``uncertainty`` block of ``run --json``."""
        def pct(a):
            a = a[np.isfinite(a)]
            return None if not a.size else {f"p{p:g}": round(float(np.percentile(a, p)), 3) for p in PERCENTILES}

        return {
            "sample_count": self.n, "seed": self.seed, "method": "Latin hypercube, uniform within each range",
            "parameters": {k: list(v) for k, v in self.parameters.items()},
            "fallback_ranges": self.fallback_ranges,
            "peak_percentiles": {k: pct(v) for k, v in self.peaks.items()},
            "share_reaching_limit": {k: round(v, 4) for k, v in self.limit_share.items()},
            "sensitivity_spearman": {k: round(v, 3) for k, v in self.sensitivity.items()},
            "dominant_parameter": self.dominant,
            "dominant_parameter_label": None if self.dominant is None else parameter_label(self.dominant),
            "sentence": self.sentence,
            "grades": {k: dict(v) for k, v in self.grades.items()},
            "grades_sentence": self.grades_sentence,
            "grades_method": ("share of the sampled vehicles whose crew reaches each grade or worse, by crew count; "
                              "peaks of crew core and cabin wet-bulb temperature over the crew-aboard period; "
                              "crew model PHS (JOS-3 runs one vehicle at a time: see run --crew-band for both "
                              "models on this vehicle)"),
            "notes": list(self.notes),
        }


def default_ranges(vehicle_id: str) -> tuple[dict[str, tuple[float, float]], bool]:
    """Ranges from the vehicle file (``provenance(...)[name].range``); fallback ±20 % (see module doc)."""
    prov = provenance(vehicle_id)
    ranges = {}
    for name, p in prov.items():
        r = getattr(p, "range", None)
        if r is not None and p.confidence in ("estimate", "derived") and name not in NOT_SAMPLED \
                and float(r[0]) < float(r[1]):  # a zero-width range varies nothing
            ranges[name] = (float(r[0]), float(r[1]))
    if ranges:
        return ranges, False
    for name, p in prov.items():
        if p.confidence in ("estimate", "derived") and p.unit in FALLBACK_UNITS and isinstance(p.value, (int, float)) \
                and p.value > 0:
            ranges[name] = (p.value * (1 - FALLBACK_RELATIVE), p.value * (1 + FALLBACK_RELATIVE))
    return ranges, True


def vehicle_with(vehicle: VehicleParams, values: Mapping[str, float]) -> VehicleParams:
    """A copy of ``vehicle`` with parameters replaced (``name`` or ``loops.ID.name``)."""
    top, loops = {}, {}
    for name, value in values.items():
        if name.startswith("loops."):
            _, loop_id, key = name.split(".", 2)
            loops.setdefault(loop_id, {})[key] = value
        else:
            top[name] = value
    fields = {f.name for f in dataclasses.fields(VehicleParams)}
    for name in top:
        if name not in fields or name in ("id", "title", "kind", "loops", "estimates"):
            raise ScenarioError(name, f"is not a numeric vehicle parameter of {vehicle.id}")
    new_loops = []
    for loop in vehicle.loops:
        changes = loops.pop(loop.id, {})
        bad = set(changes) - {f.name for f in dataclasses.fields(loop)}
        if bad:
            raise ScenarioError(f"loops.{loop.id}.{sorted(bad)[0]}", "is not a parameter of that loop")
        new_loops.append(dataclasses.replace(loop, **changes))
    if loops:
        raise ScenarioError(f"loops.{next(iter(loops))}", f"no such loop in vehicle {vehicle.id}")
    return dataclasses.replace(vehicle, **top, loops=tuple(new_loops))


def latin_hypercube(ranges: Mapping[str, tuple[float, float]], n: int, seed: int) -> np.ndarray:
    """``n`` x len(ranges) samples, one stratum per sample in every parameter (scipy's qmc, seeded)."""
    from scipy.stats import qmc

    lo = np.array([r[0] for r in ranges.values()], float)
    hi = np.array([r[1] for r in ranges.values()], float)
    unit = qmc.LatinHypercube(d=len(ranges), seed=seed).random(n)
    return lo + unit * (hi - lo)


def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    ok = np.isfinite(y)
    if ok.sum() < 3:
        return float("nan")
    rx = np.argsort(np.argsort(x[ok])).astype(float)
    ry = np.argsort(np.argsort(y[ok])).astype(float)
    if rx.std() == 0 or ry.std() == 0:
        return 0.0
    return float(np.corrcoef(rx, ry)[0, 1])


def uncertainty_band(scenario: Scenario, n: int = 200, *, ranges: Mapping[str, tuple[float, float]] | None = None,
                     seed: int = 0, progress: Progress = None, cancel: Cancel = None,
                     grades: bool = True) -> UncertaintyResult:
    """Run ``scenario`` over ``n`` vehicles sampled from ``ranges`` (default: :func:`default_ranges`).

    ``grades``: also run every crew count from 1 to the vehicle's seats on the same vehicles and
    report the share reaching each crew grade (:mod:`thermoviz.analysis.crew_grades`).
    """
    if not isinstance(n, int) or isinstance(n, bool) or not 10 <= n <= 5000:
        raise ScenarioError("uncertainty", f"sample count must be a whole number from 10 to 5000, got {n!r}")
    vehicle, _, coolant = resolve(scenario)
    fallback = False
    if ranges is None:
        ranges, fallback = default_ranges(scenario.vehicle)
    ranges = {k: (float(v[0]), float(v[1])) for k, v in ranges.items()}
    for name, (lo, hi) in ranges.items():
        if not lo <= hi:
            raise ScenarioError(name, f"range must go from low to high, got {lo:g}..{hi:g}")
    if not ranges:
        raise ScenarioError("ranges", f"vehicle {scenario.vehicle} has no parameter ranges to sample")
    vehicle_with(vehicle, {k: v[0] for k, v in ranges.items()})  # names checked before any run
    notes = []
    # The calibrated Cd is a vehicle number the physics never reads: the scenario's Cd is the
    # input.  A scenario that uses the calibrated value inherits its plausible range; one that
    # sets its own Cd keeps it (and the calibrated range is not sampled).
    cd_name = f"loops.{scenario.loop}.calibrated_discharge_coefficient"
    calibrated = vehicle.loop(scenario.loop).calibrated_discharge_coefficient
    follows_cd = (cd_name in ranges and calibrated is not None
                  and abs(scenario.discharge_coefficient - calibrated) < 1e-9)
    if cd_name in ranges and not follows_cd:
        ranges = {k: v for k, v in ranges.items() if k != cd_name}
        notes.append("The scenario sets its own discharge coefficient: the calibrated Cd's range is not sampled.")
    if not ranges:
        raise ScenarioError("ranges", f"vehicle {scenario.vehicle} has no parameter ranges to sample")

    nominal = simulate(scenario)
    time_h = np.asarray(nominal.time_h)
    samples = latin_hypercube(ranges, n, seed)
    names = list(ranges)
    aboard = np.asarray(nominal.crew_aboard, bool)
    rides = scenario.crew > 0 and bool(aboard.any())
    present = [s for s in BAND_SERIES if s in nominal.series and (s != "crew_core_temp_c" or rides)]
    curves = {s: np.full((len(time_h), n), np.nan) for s in present}
    events: dict[str, np.ndarray] = {e: np.full(n, np.nan) for e in LIMIT_EVENTS if e in nominal.events}
    if not rides:
        events.pop("crew_limit", None)
    grade_parts = []
    for first in range(0, n, CHUNK):
        _check(cancel)
        rows = range(first, min(first + CHUNK, n))
        values = [dict(zip(names, samples[k])) for k in rows]
        vehicles = [vehicle_with(vehicle, v) for v in values]
        cds = [float(v[cd_name]) if follows_cd else scenario.discharge_coefficient for v in values]
        # the same coupled crew-cabin equations as the nominal run, all vehicles of the chunk at once
        # (each on its own single-run grid: every column equals thermoviz.simulate on that vehicle)
        graded = grades and vehicle.max_crew > 0
        if graded and scenario.crew > 0:
            # the scenario's crew and the other crew counts of the grades: one batch (same numbers, fewer steps)
            known = crew_grades.crew_batches(scenario, vehicles, coolant,
                                             {scenario.crew, *crew_grades.crew_counts(scenario, vehicle)},
                                             discharge_coefficients=cds)
            b = known[scenario.crew]
        else:
            b = simulate_vehicles(scenario, vehicles, coolant, discharge_coefficients=cds)
            known = {scenario.crew: b}
        if graded:
            grade_parts.append((crew_grades.grade_shares(scenario, vehicles, coolant, discharge_coefficients=cds,
                                                         known=known), len(vehicles)))
        for j, k in enumerate(rows):
            t_k, series_k, aboard_k = b.column(j)
            for s in present:
                values_s = series_k[s]
                if s == "crew_core_temp_c":
                    on = aboard_k & np.isfinite(values_s)
                    if on.any():
                        curves[s][aboard, k] = np.interp(time_h[aboard], t_k[on], values_s[on])
                else:
                    curves[s][:, k] = np.interp(time_h, t_k, values_s)
            for e in events:
                events[e][k] = b.events[e][j]
        if progress is not None:
            progress(0.99 * rows.stop / n)
    landing = nominal.events.get("landing")
    bands = {s: _band(c) for s, c in curves.items()}
    peaks = {s: np.nanmax(np.where(np.isfinite(c), c, -np.inf), axis=0) for s, c in curves.items()}
    share = {e: float(np.mean(np.isfinite(t))) for e, t in events.items()}
    key = "crew_core_temp_c" if rides else "cabin_temp_c"
    sensitivity = {name: _spearman(samples[:, j], peaks[key]) for j, name in enumerate(names)}
    finite = {k: abs(v) for k, v in sensitivity.items() if np.isfinite(v)}
    dominant = max(finite, key=finite.get) if finite else None
    if fallback:
        notes.append(f"The vehicle file gives no ranges: every extensive estimate was varied by "
                     f"±{FALLBACK_RELATIVE:.0%} (an estimate).")
    if progress is not None:
        progress(1.0)
    shares = crew_grades.merge(grade_parts) if grade_parts else {}
    crew_shares = shares.get(str(scenario.crew)) if rides else None
    sentence = _sentence(share, rides, n, dominant, sensitivity, landing is not None, crew_shares, scenario.crew)
    grades_text = crew_grades.sentence(shares, n, vehicle_name=vehicle.display_name)
    return UncertaintyResult(nominal, time_h, ranges, samples, bands, peaks, share, sensitivity, dominant,
                             sentence, seed, fallback, tuple(notes), shares, grades_text)


def _band(curves: np.ndarray) -> np.ndarray:
    out = np.full((len(PERCENTILES), curves.shape[0]), np.nan)
    rows = np.isfinite(curves).all(axis=1)
    if rows.any():
        out[:, rows] = np.percentile(curves[rows], PERCENTILES, axis=1)
    return out


#: The robustness sentence when a limit event is counted: crew (landing or not) or cabin.
_EVENT_SENTENCES = {
    ("crew_limit", True): QT_TRANSLATE_NOOP(
        "Uncertainty", "The crew passes 38 °C (stop work) before landing in {pct} % of {n} plausible vehicles"),
    ("crew_limit", False): QT_TRANSLATE_NOOP(
        "Uncertainty", "The crew passes 38 °C (stop work) in {pct} % of {n} plausible vehicles"),
    ("cabin_temp_limit", True): QT_TRANSLATE_NOOP(
        "Uncertainty", "The cabin exceeds its comfort limit in {pct} % of {n} plausible vehicles"),
}


def _sentence(share: Mapping[str, float], rides: bool, n: int, dominant: str | None,
              sensitivity: Mapping[str, float], lands: bool = True, crew_shares: Mapping[str, float] | None = None,
              crew: int = 0) -> str:
    """The robustness sentence in the chosen language; a riding crew is graded on the one outcome scale
    (the verdict's grade, default ``not_acceptable``), never by the 38 °C event alone."""
    key = "crew_limit" if rides else "cabin_temp_limit"
    if crew_shares and DEFAULT_BOUNDARY_GRADE in crew_shares:
        text = translate("Uncertainty", "{crew} crew reach {grade} or worse in {pct} % of {n} plausible vehicles")
        text = text.format(crew=crew, grade=grade_words(grade(DEFAULT_BOUNDARY_GRADE)), n=n,
                           pct=f"{100.0 * crew_shares[DEFAULT_BOUNDARY_GRADE]:.0f}")
    elif key not in share:
        return translate("Uncertainty", "{n} plausible vehicles simulated").format(n=n)
    else:
        text = translate("Uncertainty", _EVENT_SENTENCES[key, lands or key != "crew_limit"])
        text = text.format(pct=f"{100.0 * share[key]:.0f}", n=n)
    if dominant is not None:
        more = translate("Uncertainty", "; the spread is dominated by the {parameter} (rank correlation {r})")
        text += more.format(parameter=shown_parameter_label(dominant), r=number(f"{sensitivity[dominant]:+.2f}"))
    return text
