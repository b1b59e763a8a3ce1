"""Candidate coolants of a spacecraft radiator loop and the properties the leak model needs.

The coolant of the Soyuz/Progress external loop is **not** publicly confirmed
(``docs/sources.md`` §2.1, §3): the working assumption is a
low-viscosity polydimethylsiloxane (PDMS) fluid, so the user can pick another.
Values at about 25 °C; each row carries its source and confidence tag.

The leak model uses:

* liquid density ``density_kg_m3`` (orifice equation, volume <-> mass);
* vapour pressure ``vapour_pressure_kpa``: the orifice is driven by
  ``P - P_v`` (thin-wall hole, non-equilibrium flashing, Henry & Fauske 1971),
  and once the loop pressure falls to ``P_v`` the liquid boils and leaves only
  as vapour (see :mod:`thermoviz.model.loop.leak`);
* vapour molar mass and heat-capacity ratio for that choked vapour tail.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoolantParams:
    """Properties of one coolant (SI-ish units in the names)."""

    id: str
    title: str
    density_kg_m3: float
    vapour_pressure_kpa: float
    vapour_molar_mass_g_mol: float
    vapour_heat_capacity_ratio: float
    source: str
    confidence: str


COOLANTS: dict[str, CoolantParams] = {
    c.id: c
    for c in (
        CoolantParams(
            "pdms-1.5", "Silicone oil PDMS 1.5 cSt (assumed Soyuz/Progress external loop)",
            850.0, 0.07, 310.7, 1.05,
            "Dow '200 Fluid' low-viscosity datasheet values (docs/sources.md §3); vapour as "
            "decamethyltetrasiloxane (M = 310.7 g/mol), heat-capacity ratio estimated for a large molecule",
            "from memory"),
        CoolantParams(
            "pdms-1.0", "Silicone oil PDMS 1.0 cSt (octamethyltrisiloxane)",
            818.0, 0.5, 236.5, 1.05,
            "Dow '200 Fluid' low-viscosity datasheet values (docs/sources.md §3)", "from memory"),
        CoolantParams(
            "eg-water-50", "Ethylene glycol–water 50/50 antifreeze",
            1070.0, 1.7, 18.0, 1.33,
            "ASHRAE Handbook glycol tables (docs/sources.md §3); the vapour is mostly water", "from memory"),
        CoolantParams(
            "ammonia", "Ammonia (coolant of the US segment's EATCS, not of Soyuz)",
            600.0, 1000.0, 17.03, 1.31,
            "NIST saturated-liquid values at 25 °C (docs/sources.md §3, §2.3)", "from memory"),
        CoolantParams(
            "water", "Water (reference fluid)",
            997.0, 3.17, 18.02, 1.33, "standard values (docs/sources.md §3)", "from memory"),
    )
}

DEFAULT_COOLANT = "pdms-1.5"


def coolant_ids() -> tuple[str, ...]:
    """Ids of the known coolants, in table order."""
    return tuple(COOLANTS)
