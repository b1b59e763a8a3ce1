"""The modelled crewmember: body, activity, clothing defaults, heat-strain model and segment length (estimates).

Plain data (no numpy), so the scenario and the clothing catalogue can use it without loading the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..language import QT_TRANSLATE_NOOP, Phrase


@dataclass(frozen=True)
class CrewHeatParams:
    """The modelled crewmember and how finely the cabin history is chained.

    Attributes (defaults are estimates; PHS defaults where not stated)
    ----------
    met : float
        Metabolic rate [met]; 1.2 = seated, operating controls (ASHRAE 55; docs/sources.md §5.1).
    clo : float
        Clothing insulation [clo]; 0.6 = estimate for a flight suit, or a Sokol suit
        whose fans ventilate it with cabin air (treated as permeable work clothing,
        PHS default moisture permeability i_mst 0.38).  An unventilated, closed Sokol
        is far worse (NPP Zvezda: 15 min with the helmet closed) and is not modelled.
    air_speed_m_s : float
        Air speed at the crew [m/s]; 0.1 = still air in a crowded descent module, the
        conservative end of the 0.1–0.2 m/s estimate (less convective cooling).
    acclimatized : bool
        False (estimate): after months in a ~22 °C station the crew is not heat
        acclimatised (PHS then caps sweat at 400 W/m² and skin wettedness at 0.85).
        docs/sources.md §4.1's table used the PHS default (True).
    body_mass_kg, height_m : float
        PHS standard subject (75 kg, 1.80 m).
    segment_min : int
        Length of one chained PHS segment [min].
    """

    met: float = 1.2
    clo: float = 0.6
    air_speed_m_s: float = 0.1
    acclimatized: bool = False
    i_mst: float = 0.38
    body_mass_kg: float = 75.0
    height_m: float = 1.8
    segment_min: int = 10
    model: str = "phs"  # the heat-strain model: "phs" (ISO 7933) or "jos3" (:mod:`.jos3`)

    def phs_kwargs(self) -> dict:
        """Constant keyword arguments of every ``phs`` call."""
        return dict(
            v=self.air_speed_m_s, met=self.met, clo=self.clo, posture="sitting",
            weight=float(self.body_mass_kg), height=float(self.height_m),
            acclimatized=100 if self.acclimatized else 0, drink=1, i_mst=float(self.i_mst),
            round_output=False, limit_inputs=False, model="7933-2023",
        )

    def describe(self) -> str:
        """One line for the result notes."""
        acc = (QT_TRANSLATE_NOOP("Notes", "heat-acclimatised") if self.acclimatized
               else QT_TRANSLATE_NOOP("Notes", "not heat-acclimatised"))
        return Phrase("Notes", QT_TRANSLATE_NOOP(
            "Notes", "{model}, seated, {met} met, {clo} clo, moisture permeability i_mst {i_mst}, air {air} m/s, "
            "{acclimatised}, {mass} kg / {height} m"), model="JOS-3" if self.model == "jos3" else "ISO 7933 PHS",
            met=f"{self.met:g}", clo=f"{self.clo:g}", i_mst=f"{self.i_mst:g}", air=f"{self.air_speed_m_s:g}",
            acclimatised=(acc,), mass=f"{self.body_mass_kg:g}", height=f"{self.height_m:.2f}")


#: The crew of a coupled run before clothing is applied (estimates explained in :class:`CrewHeatParams`).
DEFAULT_CREW = CrewHeatParams()
#: The subject of docs/sources.md §4.1's PHS table (PHS defaults: acclimatised), for oracle checks.
TABLE_CREW = CrewHeatParams(acclimatized=True)
