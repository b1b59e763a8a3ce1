"""Crew heat strain: core (rectal) temperature from ISO 7933:2023 Predicted Heat Strain.

The crew model is not written here: it is ISO 7933:2023 PHS as implemented by
pythermalcomfort 4.8.1 (``pythermalcomfort.models.phs``; Tartarini & Schiavon
2020, SoftwareX 12:100578).  PHS integrates, minute by minute, the heat balance

    S = M - W - C_res - E_res - C - R - E_p          [W/m²]

of a standard subject (sensible exchange C + R through the clothing, respiratory
losses C_res + E_res, predicted sweat evaporation E_p limited by the vapour
pressure difference skin -> air) and turns the stored heat S into core, skin and
rectal temperatures.  Its rectal-temperature limit D_lim,tre is 38.0 °C
(:data:`thermoviz.model.limits.CREW_CORE_LIMIT_C`).

This module holds the PHS plumbing (the crew's parameters are :mod:`.params`): the carried body state,
the validity range and the sweat-loss notes, and :func:`chain_phs` /
:func:`crew_strain_constant` for a *given* cabin history (tolerance tables, oracle
checks).  In a simulation the crew is coupled to the cabin both ways: the bodies
are stepped inside the cabin integration (:mod:`thermoviz.model.crew.body`,
:mod:`thermoviz.model.engine.coupled`, whose :func:`coupled_result` gives that coupled result).

Chained segments
----------------
``phs`` simulates one constant environment for ``duration`` minutes and returns
the final state.  A changing cabin is therefore cut into segments of
``segment_min`` (10) minutes; each segment is one ``phs`` call with the
segment-mean air temperature and segment-mean water-vapour pressure, started
from the previous segment's end state.  In pythermalcomfort 4.8.1 the complete
carried state is the seven keyword inputs

    t_sk, t_cr, t_re, t_cr_eq, t_sk_t_cr_wg, sweat_rate_watt, evap_load_wm2_min

(skin, core, rectal and met-equilibrium core temperature [°C], skin/core weighting
[-], instantaneous sweat rate [W/m²], accumulated evaporative load [W·min/m²]).
``evap_load_wm2_min`` accumulates, so the returned ``sweat_loss_g`` is the
cumulative sweat of the whole aboard period.  The one thing that does not carry:
ISO 7933:2023 Annex E sets the skin temperature to its equilibrium value on the
first minute of every call; at constant conditions a 10-minute chain differs from
one long call by < 0.03 °C after 6 h (held in tests).  The first segment starts
at the PHS defaults (t_re = t_cr = 36.8 °C, t_sk = 34.1 °C): each aboard period
begins with a rested crew.

The crossing of 38 °C is located to the minute: in :func:`chain_phs` the segment in
which it happens is re-run from its start state for d-1 and d minutes (d = PHS
``d_lim_t_re``) and the crossing interpolated between them; in the coupled run it is
PHS's whole minute ``d_lim_t_re`` within the step.

Validity
--------
ISO 7933 applies for 15 < t_a < 50 °C, 0.5 <= p_a <= 4.5 kPa (2023 edition),
0 <= t_r - t_a <= 60 °C, 0 <= v <= 3 m/s, 0.1 <= clo <= 1, 56–250 W/m² (0.96–4.3 met).
pythermalcomfort returns NaN outside this range.  A hot, humid cabin leaves it
(40 °C at 60 % RH is 4.4 kPa).  Here the model is run with ``limit_inputs=False``
on the real cabin values and the result is *flagged*, not hidden and not clamped:
clamping the vapour pressure to 4.5 kPa would let the model evaporate sweat that
a more humid cabin cannot take up, i.e. understate the strain exactly where it
matters; the heat-balance equations stay physical beyond the range, only their
empirical sweat and skin-temperature fits are unvalidated there.  From the first
minute the inputs leave the range, ``outside_validity["crew_core_temp_c"]`` is
True until the end of that aboard period (later values inherit the extrapolated
history), and a plain-language note says when and why.

ISO 7933 predicts one work sequence of up to 8 h: for longer aboard periods (a crew
working in a station module) a note marks the curve after 8 h as illustrative, and
the sweat-loss (dehydration) limits are judged only within the first 8 h.  Those
limits (ISO 7933:2023: 3 % of body mass without drinking, 5 % drinking freely) go
into notes, not events: core temperature is the ``crew_limit``.

Speed
-----
``pythermalcomfort`` (numba) is imported on first use only (~1.3 s; a new venv
also JIT-compiles ``phs`` once, ~3 s).  After that one ``phs`` call costs ~0.1 ms;
a 6-h return (36 segments) ~4 ms, 72 h aboard ~40-60 ms.  Single-case calls run on
one numba thread (see :data:`PARALLEL_MIN_CASES`); many cases at once (tables) are
vectorised through ``phs``'s array interface (:func:`crew_strain_constant`).
"""

from __future__ import annotations

import math
import threading
from contextlib import contextmanager
from typing import NamedTuple

import numpy as np

from ..language import QT_TRANSLATE_NOOP, Phrase
from ..limits import CREW_CORE_LIMIT_C
from .params import DEFAULT_CREW, CrewHeatParams

#: The PHS state variables carried from one chained segment to the next (4.8.1).
PHS_STATE_KEYS = (
    "t_sk", "t_cr", "t_re", "t_cr_eq", "t_sk_t_cr_wg", "sweat_rate_watt", "evap_load_wm2_min",
)
#: ISO 7933:2023 / pythermalcomfort 4.8.1 default start state (a rested subject), passed
#: explicitly as floats so numba compiles one specialisation for first and chained calls.
PHS_INITIAL_STATE = dict(t_sk=34.1, t_cr=36.8, t_re=36.8, t_cr_eq=36.8, t_sk_t_cr_wg=0.3,
                         sweat_rate_watt=0.0, evap_load_wm2_min=0.0)
#: ISO 7933 applicability limits (Annex A, Table A.1; 2023 edition), as in pythermalcomfort 4.8.1.
TDB_RANGE_C = (15.0, 50.0)
VAPOUR_PRESSURE_RANGE_KPA = (0.5, 4.5)
#: Sweat loss limits of ISO 7933:2023 (pythermalcomfort 4.8.1): fraction of body mass.
DEHYDRATION_LIMIT_NO_DRINK = 0.03
DEHYDRATION_LIMIT_DRINKING = 0.05
#: ISO 7933 predicts one work sequence of up to 8 h (pythermalcomfort's default duration).
PHS_MAX_EXPOSURE_MIN = 480

# numba's "workqueue" threading layer aborts if two threads enter a parallel kernel at
# once; phs() uses one (prange over cases), and the GUI calls this module from workers.
_PHS_LOCK = threading.Lock()
#: Below this many cases per call phs runs on one numba thread.  Its parallel kernel
#: gains nothing for a single case, and on this 2-core machine with other load the
#: thread hand-off made each call ~2 ms instead of ~0.1 ms (measured: 280 vs 3 ms per 5.5 h).
PARALLEL_MIN_CASES = 256


def saturation_vapour_pressure_kpa(temp_c):
    """Saturation water-vapour pressure [kPa], the Magnus form ISO 7933:2023 uses.

    p_sat = 0.6105 · exp(17.27 · T / (T + 237.3)),  T in °C.
    """
    temp_c = np.asarray(temp_c, dtype=float)
    return 0.6105 * np.exp(17.27 * temp_c / (temp_c + 237.3))


def phs_inputs_valid(tdb_c, vapour_pressure_kpa):
    """True where cabin air temperature and vapour pressure are inside ISO 7933's range.

    The other PHS limits (met, clo, air speed, t_r - t_a = 0) hold by construction.
    """
    tdb_c = np.asarray(tdb_c, dtype=float)
    p_a = np.asarray(vapour_pressure_kpa, dtype=float)
    return ((tdb_c > TDB_RANGE_C[0]) & (tdb_c < TDB_RANGE_C[1])
            & (p_a >= VAPOUR_PRESSURE_RANGE_KPA[0]) & (p_a <= VAPOUR_PRESSURE_RANGE_KPA[1]))


class PhsTrace(NamedTuple):
    """Chained PHS output at segment ends (index 0 = start state).

    ``time_min`` [min] has shape (n+1,); ``t_re_c`` [°C] and ``sweat_loss_g`` [g,
    cumulative] have shape (n+1,) + case shape; ``limit_min`` is the interpolated
    first time t_re >= 38 °C [min] per case (NaN if never).
    """

    time_min: np.ndarray
    t_re_c: np.ndarray
    sweat_loss_g: np.ndarray
    limit_min: np.ndarray


def run_phs(**kwargs):
    from pythermalcomfort.models import phs  # ~1.3 s import + ~3 s JIT on first use: keep lazy

    return phs(**kwargs)


@contextmanager
def phs_session(n_cases: int):
    """Serialise phs calls and run small ones on a single numba thread."""
    import numba  # already imported by pythermalcomfort

    with _PHS_LOCK:
        threads = numba.get_num_threads()  # per calling thread in numba
        numba.set_num_threads(1 if n_cases < PARALLEL_MIN_CASES else threads)
        try:
            yield
        finally:
            numba.set_num_threads(threads)


def chain_phs(tdb_c, rh_pct, segment_minutes, params: CrewHeatParams = DEFAULT_CREW) -> PhsTrace:
    """Run PHS through consecutive constant-condition segments, carrying the body state.

    Parameters
    ----------
    tdb_c, rh_pct : array, shape (n,) or (n, cases)
        Air (= radiant) temperature [°C] and relative humidity [%] of each segment.
        Extra trailing axes are independent cases computed together (vectorised).
    segment_minutes : sequence of int, length n
        Duration of each segment [min] (PHS steps in whole minutes).
    """
    tdb_c = np.asarray(tdb_c, dtype=float)
    rh_pct = np.asarray(rh_pct, dtype=float)
    minutes = [int(m) for m in segment_minutes]
    if len(minutes) != len(tdb_c) or any(m < 1 for m in minutes):
        raise ValueError("segment_minutes: one whole number >= 1 per segment")
    kwargs = params.phs_kwargs()
    case_shape = tdb_c.shape[1:]
    state: dict = dict(PHS_INITIAL_STATE)
    t_re = [np.full(case_shape, state["t_re"])]
    sweat = [np.zeros(case_shape)]
    limit_min = np.full(case_shape, np.nan)
    elapsed = 0
    if minutes:
        with phs_session(int(np.prod(case_shape))):
            for k, duration in enumerate(minutes):
                out = run_phs(tdb=tdb_c[k], tr=tdb_c[k], rh=rh_pct[k], duration=duration, **kwargs, **state)
                # PHS d_lim_t_re: first minute of this call with t_re >= 38 °C (= duration if never)
                crossed = np.isnan(limit_min) & ((out.t_re >= CREW_CORE_LIMIT_C) | (out.d_lim_t_re < duration))
                if np.any(crossed):
                    limit_min = np.where(crossed, elapsed + _crossing_in_segment(
                        tdb_c[k], rh_pct[k], out.d_lim_t_re, state, kwargs), limit_min)
                state = {key: getattr(out, key) for key in PHS_STATE_KEYS}
                t_re.append(np.asarray(out.t_re, dtype=float))
                sweat.append(np.asarray(out.sweat_loss_g, dtype=float))
                elapsed += duration
    time_min = np.concatenate([[0], np.cumsum(minutes)]).astype(float)
    return PhsTrace(time_min, np.array(t_re), np.array(sweat), limit_min)


def _crossing_in_segment(tdb_c, rh_pct, d_lim_min, state, kwargs):
    """Minutes into a segment at which t_re reaches 38 °C, interpolated between whole minutes.

    PHS reports D_lim,tre = d, the first whole minute with t_re >= 38 °C; t_re at
    minutes d-1 and d come from re-running the segment from its start state.
    """
    d = np.asarray(d_lim_min, dtype=float)
    if d.ndim:  # several cases at once (tables): PHS's whole-minute value is enough
        return d
    d_int = int(d)
    if d_int <= 1:
        before = float(state["t_re"])
    else:
        before = float(run_phs(tdb=tdb_c, tr=tdb_c, rh=rh_pct, duration=d_int - 1, **kwargs, **state).t_re)
    after = float(run_phs(tdb=tdb_c, tr=tdb_c, rh=rh_pct, duration=d_int, **kwargs, **state).t_re)
    if not (after > before) or before >= CREW_CORE_LIMIT_C:
        return float(d_int)
    return d_int - 1 + (CREW_CORE_LIMIT_C - before) / (after - before)


class ConstantExposure(NamedTuple):
    """PHS at a constant cabin: core temperature at the end [°C], minutes to 38 °C (NaN if
    not reached), cumulative sweat [g]."""

    core_temp_c: np.ndarray | float
    minutes_to_limit: np.ndarray | float
    sweat_loss_g: np.ndarray | float


def crew_strain_constant(tdb_c, rh_pct, duration_min: int,
                         params: CrewHeatParams = DEFAULT_CREW) -> ConstantExposure:
    """Crew heat strain after ``duration_min`` minutes in a constant cabin (through the
    same chained PHS segments as the coupled run); ``tdb_c``/``rh_pct`` may be arrays
    (computed together, e.g. for a tolerance-time table)."""
    tdb_c, rh_pct = np.broadcast_arrays(np.asarray(tdb_c, float), np.asarray(rh_pct, float))
    minutes = split_minutes(int(duration_min), params.segment_min)
    trace = chain_phs(np.broadcast_to(tdb_c, (len(minutes),) + tdb_c.shape),
                      np.broadcast_to(rh_pct, (len(minutes),) + rh_pct.shape), minutes, params)
    scalar = tdb_c.ndim == 0
    pick = (lambda a: float(a)) if scalar else (lambda a: a)
    return ConstantExposure(pick(trace.t_re_c[-1]), pick(trace.limit_min), pick(trace.sweat_loss_g[-1]))


def crew_core_temp_constant(tdb_c, rh_pct, duration_min: int, params: CrewHeatParams = DEFAULT_CREW):
    """Crew core (rectal) temperature [°C] after ``duration_min`` minutes at a constant cabin."""
    return crew_strain_constant(tdb_c, rh_pct, duration_min, params).core_temp_c


def split_minutes(total_min: int, segment_min: int) -> list[int]:
    """Whole-minute segments of about ``segment_min`` covering ``total_min``."""
    if total_min <= 0:
        return []
    n = math.ceil(total_min / segment_min)
    edges = np.round(np.linspace(0, total_min, n + 1)).astype(int)
    return [int(m) for m in np.diff(edges)]


def aboard_periods(aboard: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) sample index of each contiguous run of True."""
    padded = np.concatenate([[False], aboard.astype(bool), [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return [(int(a), int(b) - 1) for a, b in zip(edges[::2], edges[1::2])]


class SweatPeriod(NamedTuple):
    sweat_time_h: np.ndarray  # segment ends [h]
    sweat_g: np.ndarray  # cumulative sweat loss at segment ends [g]


def first_exit(grid_h, tdb_c, p_a_kpa) -> tuple[float | None, str]:
    """First time the cabin leaves the PHS range, and why in plain words."""
    bad = ~phs_inputs_valid(tdb_c, p_a_kpa)
    if not bad.any():
        return None, ""
    i = int(np.argmax(bad))
    t, p = float(tdb_c[i]), float(p_a_kpa[i])
    lo_p, hi_p = VAPOUR_PRESSURE_RANGE_KPA
    lo_t, hi_t = TDB_RANGE_C
    reasons = [text for broken, text in (
        (p > hi_p, Phrase("Notes", QT_TRANSLATE_NOOP("Notes", "vapour pressure above {limit} kPa"), limit=f"{hi_p:g}")),
        (p < lo_p, Phrase("Notes", QT_TRANSLATE_NOOP("Notes", "vapour pressure below {limit} kPa"), limit=f"{lo_p:g}")),
        (t >= hi_t, Phrase("Notes", QT_TRANSLATE_NOOP("Notes", "air above {limit} °C"), limit=f"{hi_t:g}")),
        (t <= lo_t, Phrase("Notes", QT_TRANSLATE_NOOP("Notes", "air below {limit} °C"), limit=f"{lo_t:g}")),
    ) if broken] or [Phrase("Notes", QT_TRANSLATE_NOOP("Notes", "cabin values not finite"))]
    reason = reasons[0]
    for more in reasons[1:]:
        reason = Phrase("Notes", QT_TRANSLATE_NOOP("Notes", "{first}; {second}"), first=reason, second=more)
    return float(grid_h[i]), reason


def dehydration_notes(p: SweatPeriod, params: CrewHeatParams, sealed_return: bool) -> list[str]:
    """ISO 7933:2023 sweat-loss limits, within the first :data:`PHS_MAX_EXPOSURE_MIN` aboard.

    3 % of body mass applies to a crew that cannot drink (a suited crew on the way
    home); 5 % to a crew drinking freely (also reported for a returning crew).  Beyond
    8 h the cumulative PHS sweat loss (no meals, no rest) means nothing and is ignored.
    """
    limits = ((DEHYDRATION_LIMIT_NO_DRINK, QT_TRANSLATE_NOOP("Notes", "a crew that cannot drink, as in suits")),) \
        if sealed_return else ()
    limits += ((DEHYDRATION_LIMIT_DRINKING, QT_TRANSLATE_NOOP("Notes", "a crew drinking freely")),)
    within = p.sweat_time_h <= p.sweat_time_h[0] + PHS_MAX_EXPOSURE_MIN / 60.0 + 1e-9
    sweat_g, sweat_time_h = p.sweat_g[within], p.sweat_time_h[within]
    out = []
    for fraction, who in limits:
        limit_g = fraction * params.body_mass_kg * 1000.0
        hit = np.flatnonzero(sweat_g >= limit_g)
        if hit.size:
            k = int(hit[0])
            t = float(np.interp(limit_g, sweat_g[k - 1:k + 1], sweat_time_h[k - 1:k + 1]))
            out.append(Phrase("Notes", QT_TRANSLATE_NOOP(
                "Notes", "Sweat loss reaches {percent}% of body mass ({kg} kg, the ISO 7933 dehydration limit for "
                "{who}) at {hours} h."), percent=f"{100 * fraction:.0f}", kg=f"{limit_g / 1000:.2f}", who=(who,),
                hours=f"{t:.1f}"))
    return out
