"""Crew survivability and comfort limits drawn on the plots, each with its source.

Confidence tags follow ``docs/sources.md``: several values are
quoted from memory of the standards and must be shown as such.
"""

from __future__ import annotations

from dataclasses import dataclass

from .language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Limit:
    """A horizontal limit line or band on one quantity."""

    key: str
    quantity: str  # series name it applies to
    low: float | None
    high: float | None
    label: str
    source: str
    confidence: str  # confirmed | reported once | from memory | estimate | derived


CABIN_COMFORT = Limit(
    "cabin_comfort", "cabin_temp_c", 18.0, 27.0,
    QT_TRANSLATE_NOOP("Limits", "Comfort 18–27 °C (NASA-STD-3001)"),
    "NASA-STD-3001 Vol. 2 §6.2 nominal cabin temperature", "from memory")
SOYUZ_SPEC = Limit(
    "soyuz_spec", "cabin_temp_c", 18.0, 25.0,
    QT_TRANSLATE_NOOP("Limits", "Soyuz spec 18–25 °C"),
    "Soyuz MS thermal-management documentation, as quoted by Sputnik, 21 Dec 2022", "reported once")
CABIN_DANGER = Limit(
    "cabin_danger", "cabin_temp_c", 35.0, None,
    QT_TRANSLATE_NOOP("Limits", "Danger: above 35 °C"),
    "Skin temperature ≈35 °C: above it the body gains heat from the air and only sweat evaporation "
    "cools (standard physiology); Roscosmos/NASA predicted ≈40 °C for a crewed MS-22 return", "estimate")
RH_COMFORT = Limit(
    "rh_comfort", "cabin_rh_pct", 25.0, 75.0,
    QT_TRANSLATE_NOOP("Limits", "RH 25–75 % (NASA-STD-3001)"),
    "NASA-STD-3001 Vol. 2 relative humidity, 24-h average", "from memory")
WET_BULB_EMPIRICAL = Limit(
    "wet_bulb_31", "wet_bulb_c", 31.0, None,
    QT_TRANSLATE_NOOP("Limits", "Wet-bulb 31 °C: measured critical limit"),
    "Vecellio et al. 2022, J Appl Physiol (PSU HEAT): 30.55 ± 0.98 °C for young healthy adults at minimal activity",
    "confirmed")
WET_BULB_THEORETICAL = Limit(
    "wet_bulb_35", "wet_bulb_c", 35.0, None,
    QT_TRANSLATE_NOOP("Limits", "Wet-bulb 35 °C: theoretical survivability limit"),
    "Sherwood & Huber 2010, PNAS", "confirmed")
CORE_PHS_LIMIT = Limit(
    "core_38", "crew_core_temp_c", 38.0, None,
    QT_TRANSLATE_NOOP("Limits", "Core 38.0 °C: ISO 7933 PHS limit"),
    "ISO 7933 (PHS) rectal-temperature limit D_lim,tre; verified with pythermalcomfort 4.8.1", "confirmed")
CORE_PERFORMANCE = Limit(
    "core_39", "crew_core_temp_c", 39.0, None,
    QT_TRANSLATE_NOOP("Limits", "Core 39 °C: large performance loss"),
    "Heat-stress physiology: marked loss of performance near 39 °C core (estimate; occupational guidance "
    "sets 38 °C for workers, not this line)", "estimate")
CORE_HEAT_STROKE = Limit(
    "core_40", "crew_core_temp_c", 40.0, None,
    QT_TRANSLATE_NOOP("Limits", "Core 40 °C: heat-stroke danger"),
    "Standard physiology; WHO 1969 / ACGIH TLV", "from memory")

EQUIPMENT_LIMIT = Limit(
    "equipment_40", "equipment_temp_c", None, 40.0,
    QT_TRANSLATE_NOOP("Limits", "Equipment bay 40 °C: systems shut down"),
    "Estimate: the instrument-assembly compartment of the leaking MS-22 reached +40 °C in the first days and "
    "Roscosmos then shut Soyuz systems down (≈+30 °C afterwards; Roscosmos via Sputnik, 19 Dec 2022). Taken as "
    "the level above which the electronics are no longer kept in their operating range; the real "
    "qualification limits are not public", "estimate")

#: The confidence words of the limits, marked for translation (shown through translate("Confidence", ...)).
CONFIDENCE_WORDS = (QT_TRANSLATE_NOOP("Confidence", "confirmed"), QT_TRANSLATE_NOOP("Confidence", "reported once"),
                    QT_TRANSLATE_NOOP("Confidence", "from memory"), QT_TRANSLATE_NOOP("Confidence", "estimate"),
                    QT_TRANSLATE_NOOP("Confidence", "derived"))

ALL_LIMITS: tuple[Limit, ...] = (
    CABIN_COMFORT, SOYUZ_SPEC, CABIN_DANGER, RH_COMFORT, WET_BULB_EMPIRICAL,
    WET_BULB_THEORETICAL, CORE_PHS_LIMIT, CORE_PERFORMANCE, CORE_HEAT_STROKE, EQUIPMENT_LIMIT,
)

#: The cabin temperature whose first crossing is the ``cabin_temp_limit`` event.
CABIN_TEMP_LIMIT_C = CABIN_COMFORT.high
#: The crew core temperature whose first crossing is the ``crew_limit`` event.
CREW_CORE_LIMIT_C = CORE_PHS_LIMIT.low
#: The equipment-bay temperature whose first crossing is the ``equipment_limit`` event.
EQUIPMENT_LIMIT_C = EQUIPMENT_LIMIT.high
#: Crew core temperatures [°C] the verdict grades by: stop work, performance loss, heat stroke.
CORE_PERFORMANCE_C = CORE_PERFORMANCE.low
CORE_HEAT_STROKE_C = CORE_HEAT_STROKE.low
#: Figures draw the crew core temperature no higher than this [°C] and label what lies above
#: "beyond the model": PHS is an occupational model fitted well below it.  The raw series is
#: never clamped; ``Result.outside_validity`` marks the extrapolated part.
CORE_DISPLAY_CAP_C = 42.0
#: Highest crew core temperature [°C] the crew models are taken as validated for.  PHS
#: (ISO 7933; Malchaire et al. 2001) and JOS-3 (Takahashi et al. 2021) were fitted and checked
#: on laboratory and field exposures that stop subjects well before heat stroke, so a core at or
#: above the heat-stroke line is never a validated number (an estimate of the range: 39-40 °C;
#: we take its upper end).  From the first sample at or above it, ``Result.outside_validity``
#: marks the crew core as extrapolated (``--json`` ``peaks_extrapolated``, the CSV validity column).
CORE_VALIDATED_MAX_C = 40.0
CORE_DISPLAY_CAP_LABEL = QT_TRANSLATE_NOOP("Plots", "beyond the model")
