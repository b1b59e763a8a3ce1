"""What the crew wears: clothing insulation, moisture permeability and air speed for PHS.

One row per choice of the scenario field ``crew_clothing``.  Values feed ISO 7933
PHS (pythermalcomfort ``phs``: ``clo``, ``i_mst``, ``v``); each says where it comes
from.  PHS is validated for 0.1-1 clo; an impermeable suit is at the edge of it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ..language import QT_TRANSLATE_NOOP
from .params import DEFAULT_CREW


@dataclass(frozen=True)
class Clothing:
    """One clothing choice for the crew model."""

    id: str
    title: str
    clo: float  # static insulation [clo]
    i_mst: float  # static moisture permeability index [-]
    air_speed_m_s: float  # air speed over the clothing [m/s]
    source: str
    confidence: str


CLOTHING: dict[str, Clothing] = {c.id: c for c in (
    Clothing("sokol-ventilated", QT_TRANSLATE_NOOP("Clothing", "Sokol suit, fans on (cabin air)"), 0.6, 0.38, 0.1,
             QT_TRANSLATE_NOOP("Clothing", "Sokol KV-2 worn for the return with its blower pushing cabin air through the suit "
             "(150 L/min, docs/sources.md §2.1: confirmed). Estimate: treated as permeable work clothing of 0.6 clo "
             "(PHS default i_mst 0.38) in still cabin air (0.1 m/s): the blower only brings the cabin's own "
             "air, so it cannot cool below what that air allows"), QT_TRANSLATE_NOOP("Clothing", "estimate")),
    Clothing("sokol-unventilated", QT_TRANSLATE_NOOP("Clothing", "Sokol suit, fans off"), 1.0, 0.10, 0.1,
             QT_TRANSLATE_NOOP("Clothing", "Sokol KV-2 with no ventilation: a rubberised pressure layer under the canvas holds in sweat "
             "vapour; estimate 1.0 clo (upper PHS limit) and i_mst 0.10 (vapour-tight protective clothing). "
             "NPP Zvezda allows ≤1 h helmet open at +25 °C, ≤15 min helmet closed (confirmed)"), QT_TRANSLATE_NOOP("Clothing", "estimate")),
    Clothing("flight-clothing", QT_TRANSLATE_NOOP("Clothing", "Flight clothing (no suit)"), 0.5, 0.38, 0.1,
             QT_TRANSLATE_NOOP("Clothing", "Light cotton flight overalls as worn on the station: 0.5 clo (ISO 9920 light work clothing, "
             "from memory), PHS default i_mst 0.38, still air 0.1 m/s; estimate"), QT_TRANSLATE_NOOP("Clothing", "estimate")),
)}

#: Default clothing: the crew rides home in ventilated Sokol suits.
DEFAULT_CLOTHING = "sokol-ventilated"


def crew_params(clothing_id: str | None, base=None, model: str | None = None):
    """The crew model's :class:`~thermoviz.model.crew.params.CrewHeatParams` for a clothing choice
    (None = :data:`DEFAULT_CLOTHING`); ``base`` defaults to :data:`~thermoviz.model.crew.params.DEFAULT_CREW`; ``model``
    (``phs``/``jos3``, None = the base's) picks the heat-strain model."""
    base = DEFAULT_CREW if base is None else base
    c = CLOTHING[clothing_id or DEFAULT_CLOTHING]
    return dataclasses.replace(base, clo=c.clo, i_mst=c.i_mst, air_speed_m_s=c.air_speed_m_s,
                               model=base.model if model is None else model)
