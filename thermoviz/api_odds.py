"""``thermoviz.puncture_odds``: how likely a radiator puncture is, for a vehicle from the catalogue.

Reads the vehicle's ``exposed_radiator_area_m2`` (value and range from its file) and calls the
Qt-free model :mod:`thermoviz.model.odds`; adds the fleet question (three leaks at the station in
eleven months) and the long record (two leaks in ~155 flights) so every answer carries its own
reality check.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .io.vehicles import get_vehicle, provenance
from .model.odds import ESTIMATES, THREE_LEAKS_EXPOSURE, Estimate, FleetOdds, Odds, Orbit, perforation_odds
from .model.odds import record_odds, three_leaks_odds
from .model.odds.fleet import RECORD_DAYS_PER_FLIGHT, RECORD_FLIGHTS, WINDOW_DAYS
from .model.odds.words import odds_sentence, per_days_text
from .model.params import VehicleParams
from .model.scenario import ScenarioError

MAX_DAYS = 36525.0  # a century
MAX_HOLE_MM = 100.0
MISSION_DAYS = 182.6  # "a 6-month mission"
TREND_YEARS = (2000, 2010, 2022, 2030)

SOURCES = (
    "Grün, Zook, Fechtig & Giese (1985), Icarus 62:244-272: interplanetary meteoroid flux (eq. A3)",
    "ECSS-E-ST-10-04C (2008), Space environment, §10.2.4 and Annex C: the Grün flux per year on a randomly "
    "oriented plate, Earth shielding (1 + cos η)/2 with 100 km of atmosphere; gravitational enhancement "
    "1 + R_E/r (from memory)",
    "Kessler, Reynolds & Anz-Meador (1991), NASA 91 orbital-debris engineering model (SSP 30425 rev. B), "
    "extrapolated to 2022",
    "Cour-Palais single-wall ballistic limit, Hayashida & Robinson (1991) NASA TM-103565; Christiansen (1993)",
    "docs/sources.md §8: every estimate with its range and reasoning",
)


@dataclass(frozen=True)
class PunctureOdds:
    """The answer of :func:`puncture_odds` (``as_dict()`` is the CLI's ``--json``)."""

    vehicle_id: str
    vehicle_name: str
    days: float
    min_hole_mm: float
    area: Estimate
    orbit: Orbit
    odds: Odds
    three_leaks: FleetOdds
    record: FleetOdds
    areas: dict
    trend: dict  # year -> central expected count (same vehicle, days and hole): is it getting worse?

    @property
    def sentence(self) -> str:
        what = "Any puncture" if self.min_hole_mm <= 0 else f"A hole {self.min_hole_mm:g} mm or bigger"
        return odds_sentence(self.odds.probability, what, per_days_text(self.days))

    def as_dict(self) -> dict:
        def fleet(f: FleetOdds) -> dict:
            return {"expected_count": f.expected_count.as_dict(), "probability": f.probability.as_dict(),
                    "probability_meaning": f.meaning, "leaks": f.leaks, "days": f.days}

        return {
            "vehicle": self.vehicle_id,
            "days": self.days,
            "min_hole_mm": self.min_hole_mm,
            "expected_count": self.odds.expected_count.as_dict(),
            "probability": self.odds.probability.as_dict(),
            "sentence": self.sentence,
            "meteoroid_share": self.odds.meteoroid_share,
            "smallest_particle_mm": self.odds.critical_particle_mm.as_dict(),
            "inputs": {
                "radiator_area_m2": self.area.as_dict(),
                "orbit": {"altitude_km": self.orbit.altitude_km, "inclination_deg": self.orbit.inclination_deg,
                          "year": self.orbit.year, "solar_flux_sfu": self.orbit.solar_flux_sfu},
                "estimates": {e.name: e.as_dict() for e in ESTIMATES},
                "band": "low/high: every estimate moved together 1/sqrt(n) of the way (in log) to its end",
            },
            "three_leaks_in_eleven_months": {
                **fleet(self.three_leaks), "window_days": WINDOW_DAYS,
                "exposure": [e.as_dict(self.areas[e.vehicle_id]) for e in THREE_LEAKS_EXPOSURE],
            },
            "trend": {"expected_count_central_by_year": {str(y): n for y, n in self.trend.items()},
                      "note": "only the debris model changes with the year (NASA 91 growth, extrapolated past "
                              "2011); the meteoroid flux does not"},
            "record_2000_2022": {**fleet(self.record), "flights": RECORD_FLIGHTS,
                                 "days_per_flight": RECORD_DAYS_PER_FLIGHT},
            "sources": list(SOURCES),
        }


def radiator_area(vehicle: str | VehicleParams) -> Estimate:
    """The vehicle's exposed radiator area as an Estimate (range from its file); ScenarioError if missing."""
    params = get_vehicle(vehicle) if isinstance(vehicle, str) else vehicle
    if params.exposed_radiator_area_m2 is None:
        raise ScenarioError("exposed_radiator_area_m2", f"vehicle {params.id} has no radiator area: add "
                            "exposed_radiator_area_m2 = { value = …, unit = \"m2\", … } to its vehicle file")
    value = float(params.exposed_radiator_area_m2)
    try:
        prov = provenance(params.id).get("exposed_radiator_area_m2")
    except ScenarioError:  # parameters not from the catalogue
        prov = None
    low, high = prov.range if prov is not None and prov.range is not None and prov.value == value else (value, value)
    return Estimate("radiator_area_m2", low, value, high, "m2",
                    prov.source if prov is not None else "given with the vehicle parameters",
                    prov.confidence if prov is not None else "user")


def _number(field: str, value, lo: float, hi: float, unit: str) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ScenarioError(field, f"must be a number from {lo:g} to {hi:g} {unit}, got {value!r}") from None
    if not lo <= x <= hi:
        raise ScenarioError(field, f"must be a number from {lo:g} to {hi:g} {unit}, got {value!r}")
    return x


def puncture_odds(vehicle: str | VehicleParams, days: float = MISSION_DAYS, min_hole_mm: float = 0.0, *,
                  orbit: Orbit = Orbit()) -> PunctureOdds:
    """Expected radiator perforations making a hole >= ``min_hole_mm`` in ``days``, and P(at least one).

    ``vehicle``: an id (``soyuz-ms``, ``progress-ms``, ``nauka`` or a user vehicle) or parameters.
    Bad input raises :class:`~thermoviz.model.scenario.ScenarioError` naming the field.
    """
    days = _number("days", days, 0.0, MAX_DAYS, "days")
    min_hole_mm = _number("min_hole_mm", min_hole_mm, 0.0, MAX_HOLE_MM, "mm")
    params = get_vehicle(vehicle) if isinstance(vehicle, str) else vehicle
    area = radiator_area(params)
    areas = {e.vehicle_id: radiator_area(e.vehicle_id) for e in THREE_LEAKS_EXPOSURE}
    return PunctureOdds(
        vehicle_id=params.id, vehicle_name=params.display_name, days=days, min_hole_mm=min_hole_mm, area=area,
        orbit=orbit, odds=perforation_odds(area, days, min_hole_mm, orbit),
        three_leaks=three_leaks_odds(areas, orbit), record=record_odds(areas["soyuz-ms"]), areas=areas,
        trend={year: perforation_odds(area, days, min_hole_mm, replace(orbit, year=float(year))).expected_count.central
               for year in TREND_YEARS})
