"""The crew band: one vehicle, two crew models and the spread of the physiological assumptions.

The crew core curve rests on one model (ISO 7933 PHS or JOS-3) and on estimates of the people
(heat acclimatisation, metabolic rate, air speed at the body, clothing insulation).  Issue 16 found
that each of these moves the answer across a grade.  :func:`crew_band` re-runs the coupled
crew-cabin physics of one scenario (:func:`thermoviz.model.engine.simulate.run_scenario`) once per
variant, changing one assumption at a time from the central crew:

==========================  =============================================================
variant                     why this range
==========================  =============================================================
other crew model            PHS (occupational, one node) against JOS-3 (17 segments)
acclimatised                months in a 22 °C station: not acclimatised is central
1.0 / 1.4 met               seated at rest … operating controls (ASHRAE 55, estimate)
0.2 m/s air                 still air 0.1 m/s central; a suit fan may stir 0.2 m/s
clothing -0.1 / +0.2 clo    flight clothing … a heavier suit layer (estimate)
other model at 1.0/1.4 met  so both models carry the metabolic spread
==========================  =============================================================

The **central** curve is the scenario's own model with the default crew estimates (PHS unless the
scenario picks JOS-3).  PHS is central by default because the outcome scale's 38 °C line is the
ISO 7933 limit, ISO 7933 is the standard for heat strain at work, and its assumptions (not
acclimatised, still air) are the cautious reading of a crew after months in orbit.  The band is the
envelope of every variant's crew core over the crew-aboard period; each variant is graded with the
one outcome scale (:mod:`thermoviz.model.outcome.grades`).
"""

from __future__ import annotations

import dataclasses
import warnings
from dataclasses import dataclass

import numpy as np

from ..model.crew.clothing import crew_params as clothing_params
from ..model.engine.simulate import run_scenario
from ..model.language import QT_TRANSLATE_NOOP, number, translate
from ..model.limits import CORE_VALIDATED_MAX_C
from ..model.outcome.grades import GRADE_IDS, crew_grade, grade
from ..model.scenario import CREW_MODELS, Scenario

MODEL_NAMES = {"phs": "ISO 7933 PHS", "jos3": "JOS-3"}
WHY_CENTRAL = {
    "phs": QT_TRANSLATE_NOOP("Uncertainty", "PHS is central: the outcome scale's 38 °C line is its ISO 7933 limit, "
                             "it is the standard model of heat strain at work, and its crew estimates (not "
                             "heat-acclimatised after months in a 22 °C station, still air) are the cautious reading"),
    "jos3": QT_TRANSLATE_NOOP("Uncertainty", "JOS-3 is central because this scenario chose it; PHS, the ISO 7933 "
                              "standard the outcome scale's 38 °C line comes from, is a variant"),
}
#: The fixed words of a variant's label (:func:`_label`), shown in the chosen language.
LABEL_WORDS = (QT_TRANSLATE_NOOP("Uncertainty", "heat-acclimatised"),
               QT_TRANSLATE_NOOP("Uncertainty", "not acclimatised"), QT_TRANSLATE_NOOP("Uncertainty", "same crew"),
               QT_TRANSLATE_NOOP("Uncertainty", "not heat-acclimatised"),
               QT_TRANSLATE_NOOP("Uncertainty", "1.0 met (at rest)"),
               QT_TRANSLATE_NOOP("Uncertainty", "1.4 met (busy at the controls)"),
               QT_TRANSLATE_NOOP("Uncertainty", "air 0.2 m/s"))


@dataclass(frozen=True)
class Variant:
    """One crew assumption set of the band and what it gives."""

    id: str
    label: str
    model: str
    core_peak_c: float | None  # over the crew-aboard period
    grade: str
    extrapolated: bool  # the peak is at or above the validated core range


@dataclass(frozen=True)
class CrewBand:
    """Central crew curve, the envelope of all variants and each variant's peak and grade."""

    time_h: np.ndarray
    central_c: np.ndarray
    low_c: np.ndarray
    high_c: np.ndarray
    central: Variant
    variants: tuple[Variant, ...]
    why_central: str

    @property
    def peak_range_c(self) -> tuple[float, float]:
        peaks = [v.core_peak_c for v in (self.central, *self.variants) if v.core_peak_c is not None]
        return (min(peaks), max(peaks)) if peaks else (float("nan"), float("nan"))

    @property
    def grades(self) -> tuple[str, ...]:
        """The distinct grades reached, best first."""
        seen = {v.grade for v in (self.central, *self.variants)}
        return tuple(g for g in GRADE_IDS if g in seen)

    # --- the interface of an uncertainty band, so figures, slides and the PDF draw it the same way
    @property
    def bands(self) -> dict[str, np.ndarray]:
        """``{"crew_core_temp_c": (low, central, high)}`` on :attr:`time_h`."""
        return {"crew_core_temp_c": np.array([self.low_c, self.central_c, self.high_c])}

    @property
    def n(self) -> int:
        return 1 + len(self.variants)

    @property
    def band_detail(self) -> str:
        """What the shading spans, for its legend row and tooltips (in the chosen language)."""
        return translate("Uncertainty", "crew core over {n} crew assumption sets (2 models)").format(n=self.n)

    @property
    def why_central_text(self) -> str:
        """:attr:`why_central` in the chosen language."""
        return translate("Uncertainty", self.why_central)

    @property
    def caption(self) -> str:
        """The PDF caption paragraph."""
        text = translate("Uncertainty", "Shaded band on the crew plot: the crew core over {n} crew assumption sets, "
                         "both crew models and one assumption changed at a time; the solid curve is the central "
                         "one. {why}. {summary}")
        return text.format(n=self.n, why=self.why_central_text, summary=self.summary())

    @property
    def sentence(self) -> str:
        return self.summary()

    def summary(self) -> str:
        """One sentence for the verdict, the summary and the PDF (in the chosen language)."""
        lo, hi = self.peak_range_c
        words = [translate("Grades", grade(g).title).lower() for g in self.grades]
        span = words[0] if len(words) == 1 else translate("Uncertainty", "{low} to {high}").format(
            low=words[0], high=words[-1])
        c = self.central
        text = translate("Uncertainty", "Crew core peak {peak} °C on the central curve ({label}); across both crew "
                         "models and the physiological assumptions {low}–{high} °C ({span})")
        text = text.format(peak=number(f"{c.core_peak_c:.1f}"), label=shown_label(c.label), low=number(f"{lo:.1f}"),
                           high=number(f"{hi:.1f}"), span=span)
        if hi >= CORE_VALIDATED_MAX_C:
            more = translate("Uncertainty", "; values at or above {limit} °C are beyond the models' validated range")
            text += more.format(limit=number(f"{CORE_VALIDATED_MAX_C:g}"))
        return text + "."

    def to_dict(self) -> dict:
        """The ``crew_band`` block of ``run --json``."""
        def row(v: Variant) -> dict:
            return {"id": v.id, "label": v.label, "model": v.model, "core_peak_c": v.core_peak_c,
                    "grade": v.grade, "extrapolated": v.extrapolated}

        lo, hi = self.peak_range_c
        return {"central": row(self.central), "why_central": self.why_central,
                "variants": [row(v) for v in self.variants],
                "core_peak_range_c": [round(lo, 3), round(hi, 3)], "grades": list(self.grades),
                "sentence": self.summary(),
                "method": "one assumption changed at a time from the central crew; envelope over the crew-aboard "
                          "period; every run the coupled crew-cabin physics of this scenario and vehicle"}


def variant_params(scenario: Scenario) -> list[tuple[str, str, object]]:
    """(id, label, crew parameters) of the central crew first, then every variant."""
    central = clothing_params(scenario.crew_clothing, model=scenario.crew_model)
    other = next(m for m in CREW_MODELS if m != central.model)

    def swap(**changes):
        return dataclasses.replace(central, **changes)

    rows = [("central", _label(central), central),
            (other, f"{MODEL_NAMES[other]}, same crew", swap(model=other))]
    if central.model == "phs":
        rows.append(("acclimatised" if not central.acclimatized else "not-acclimatised",
                     "heat-acclimatised" if not central.acclimatized else "not heat-acclimatised",
                     swap(acclimatized=not central.acclimatized)))
    rows += [("met-1.0", "1.0 met (at rest)", swap(met=1.0)), ("met-1.4", "1.4 met (busy at the controls)",
                                                                  swap(met=1.4)),
             ("air-0.2", "air 0.2 m/s", swap(air_speed_m_s=0.2)),
             ("clo-minus", f"{central.clo - 0.1:g} clo", swap(clo=round(central.clo - 0.1, 3))),
             ("clo-plus", f"{min(central.clo + 0.2, 1.0):g} clo", swap(clo=round(min(central.clo + 0.2, 1.0), 3))),
             (f"{other}-met-1.0", f"{MODEL_NAMES[other]}, 1.0 met", swap(model=other, met=1.0)),
             (f"{other}-met-1.4", f"{MODEL_NAMES[other]}, 1.4 met", swap(model=other, met=1.4))]
    return rows


def shown_label(label: str) -> str:
    """A variant's label (:func:`_label`: "ISO 7933 PHS, not acclimatised, 1.4 met, …") in the chosen language:
    its fixed words translated, its numbers with the language's decimal separator."""
    return ", ".join(number(translate("Uncertainty", part)) if part in LABEL_WORDS else number(part)
                     for part in label.split(", "))


def _label(p) -> str:
    acc = "heat-acclimatised" if p.acclimatized else "not acclimatised"
    return f"{MODEL_NAMES[p.model]}, {acc}, {p.met:g} met, {p.air_speed_m_s:g} m/s, {p.clo:g} clo"


def crew_band(scenario: Scenario, vehicle, loop, coolant, progress=None) -> CrewBand | None:
    """The band of ``scenario`` on this vehicle (None when no crew rides)."""
    rows = variant_params(scenario)
    runs = []
    for k, (vid, label, params) in enumerate(rows):
        time_h, series, _events, aboard, *_rest = run_scenario(scenario, vehicle, loop, coolant, True,
                                                                crew_params=params)
        runs.append((vid, label, params.model, time_h, series, np.asarray(aboard, bool)))
        if progress is not None:
            progress((k + 1) / len(rows))
    _vid, _label0, _m, t0, s0, on0 = runs[0]
    if scenario.crew <= 0 or not on0.any():
        return None
    variants, curves = [], []
    for vid, label, model, t, series, on in runs:
        core, wet = np.asarray(series["crew_core_temp_c"]), np.asarray(series["wet_bulb_c"])
        finite = on & np.isfinite(core)
        peak = float(core[finite].max()) if finite.any() else None
        wet_peak = float(np.nanmax(wet[on])) if on.any() else None
        variants.append(Variant(vid, label, model, peak, crew_grade(peak, wet_peak).id,
                                peak is not None and peak >= CORE_VALIDATED_MAX_C))
        curve = np.full(t0.shape, np.nan)
        if finite.any():
            curve[on0] = np.interp(t0[on0], t[finite], core[finite])
        curves.append(curve)
    stack = np.array(curves)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns: nobody aboard there
        low, high = np.nanmin(stack, axis=0), np.nanmax(stack, axis=0)
    return CrewBand(t0, curves[0], low, high, variants[0], tuple(variants[1:]),
                    WHY_CENTRAL[scenario.crew_model])
