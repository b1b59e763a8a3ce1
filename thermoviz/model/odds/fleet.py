"""The question behind issue 22: three radiator leaks on Russian vehicles at the station in eleven months.

Soyuz MS-22 (15 Dec 2022), Progress MS-21 (11 Feb 2023) and Nauka's backup radiator RTOd
(9 Oct 2023).  The exposure is every radiator of that kind at the station during the window,
with the number of vehicles docked and the days counted stated in :data:`THREE_LEAKS_EXPOSURE`;
the areas come from the vehicle files.  Also the long record: no such leak reported on the ~155
Soyuz and Progress flights to the ISS from 2000 until December 2022, two since.
"""

from __future__ import annotations

from dataclasses import dataclass

from .estimate import Band, Estimate, Orbit, at_least, perforation_odds

WINDOW_DAYS = 335.0  # "within eleven months": November 2022 to October 2023
LEAKS_IN_WINDOW = 3


@dataclass(frozen=True)
class Exposure:
    """Radiators of one vehicle type at the station: how many at a time, for how many days."""

    vehicle_id: str
    label: str
    vehicles: float
    days: float
    reason: str

    def as_dict(self, area: Estimate) -> dict:
        return {"vehicle": self.vehicle_id, "label": self.label, "vehicles_at_a_time": self.vehicles,
                "days": self.days, "radiator_area_m2": area.as_dict(), "reason": self.reason}


THREE_LEAKS_EXPOSURE = (
    Exposure("soyuz-ms", "Soyuz MS docked (MS-22, MS-23, MS-24)", 1.15, WINDOW_DAYS,
             "One Soyuz at the station all the time, two during the MS-23 and MS-24 hand-overs "
             "(Feb-Mar and Sep 2023): about 1.15 on average over the eleven months"),
    Exposure("progress-ms", "Progress MS docked (MS-21 to MS-25)", 2.0, WINDOW_DAYS,
             "Two cargo ships docked most of the time (Poisk and Zvezda aft ports)"),
    Exposure("nauka", "Nauka backup radiator (RTOd)", 1.0, 165.0,
             "Moved from Rassvet to Nauka in April-May 2023 and filled with coolant; counted from late "
             "April to the leak on 9 Oct 2023 (an impact during its 13 years folded on Rassvet would "
             "have shown only once filled, so this is the least exposure)"),
)

#: The long record: Soyuz and Progress flights to the ISS, December 2000 - December 2022.
RECORD_FLIGHTS = 155  # ≈70 Soyuz (TM-31 … MS-22) and ≈85 Progress (from memory, ±5)
RECORD_DAYS_PER_FLIGHT = 170.0  # Soyuz ≈180-200 d, Progress ≈120-200 d docked (estimate)
RECORD_LEAKS = 2  # MS-22 and Progress MS-21; no earlier radiator leak was reported


@dataclass(frozen=True)
class FleetOdds:
    expected_count: Band
    probability: Band  # see ``meaning``
    leaks: int
    days: float
    meaning: str


def _sum(bands: list[Band], scale: list[float]) -> Band:
    return Band(*(sum(getattr(b, k) * s for b, s in zip(bands, scale)) for k in ("low", "central", "high")))


def three_leaks_odds(areas: dict[str, Estimate], orbit: Orbit = Orbit(),
                     exposure: tuple[Exposure, ...] = THREE_LEAKS_EXPOSURE) -> FleetOdds:
    """Expected radiator perforations (any size) in the window, and the chance of three or more."""
    bands = [perforation_odds(areas[e.vehicle_id], e.days, 0.0, orbit).expected_count for e in exposure]
    total = _sum(bands, [e.vehicles for e in exposure])
    return FleetOdds(total, Band(*(at_least(LEAKS_IN_WINDOW, n) for n in (total.low, total.central, total.high))),
                     LEAKS_IN_WINDOW, WINDOW_DAYS, f"chance of at least {LEAKS_IN_WINDOW} perforations")


def record_odds(soyuz_area: Estimate, orbit: Orbit = Orbit(year=2011.0)) -> FleetOdds:
    """Expected leaks over the ~155 Soyuz/Progress flights to the ISS (2000-2022) vs the 2 seen.

    ``orbit.year`` 2011: the middle of the record for the debris growth.  Probability: of at most
    the two leaks seen (a model far above the record makes this tiny).
    """
    per_flight = perforation_odds(soyuz_area, RECORD_DAYS_PER_FLIGHT, 0.0, orbit).expected_count
    total = Band(per_flight.low * RECORD_FLIGHTS, per_flight.central * RECORD_FLIGHTS,
                 per_flight.high * RECORD_FLIGHTS)
    at_most = Band(*(1.0 - at_least(RECORD_LEAKS + 1, n) for n in (total.high, total.central, total.low)))
    return FleetOdds(total, at_most, RECORD_LEAKS, RECORD_FLIGHTS * RECORD_DAYS_PER_FLIGHT,
                     f"chance of at most the {RECORD_LEAKS} leaks seen")
