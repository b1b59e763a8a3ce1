"""Expected radiator perforations and the chance of at least one: a band, never one number.

A hole at least ``min_hole_mm`` wide needs a particle that perforates the wall (the ballistic
limit, :mod:`.wall`) and is at least ``min_hole_mm / ratio`` across (the hole-to-particle ratio).
The expected count over a vulnerable area ``A`` and a time ``T`` is

    N = A · T · [F_meteoroid(>= d_m) + F_debris(>= d_d)],   d = max(min_hole / ratio, d_critical)

and the chance of at least one is ``1 - exp(-N)`` (Poisson).  Every estimate has a low, central
and high value; the band's ends move every estimate together a share ``1/√n`` of the way (in
log) towards its end that gives fewer (low) or more (high) holes: the spread of ``n``
independent factors, and a real model evaluation, so a bigger hole is never more likely and a
longer exposure never less likely at either end.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from .flux import METEOROID_DENSITY_G_CM3, debris_flux_per_m2_yr, gravitational_enhancement, meteoroid_flux_per_m2_yr
from .wall import AMG6_WALL_1MM, HOLE_TO_PARTICLE_RATIO, critical_diameter_mm

DAYS_PER_YEAR = 365.25
DEBRIS_DENSITY_G_CM3 = 2.8  # ORDEM's density for small (medium-density, aluminium-like) debris


@dataclass(frozen=True)
class Estimate:
    """One uncertain input: low / central / high, and which end gives more holes."""

    name: str
    low: float
    central: float
    high: float
    unit: str
    source: str
    confidence: str = "estimate"
    more_holes_when_high: bool = True

    def at(self, share: float) -> float:
        """The value ``share`` (-1 … 1) of the way, in log, from central to the fewer- (-) or more-holes (+) end."""
        end = self.high if (share > 0) == self.more_holes_when_high else self.low
        return self.central * (end / self.central) ** abs(share)

    def as_dict(self) -> dict:
        return {"low": self.low, "central": self.central, "high": self.high, "unit": self.unit,
                "confidence": self.confidence, "source": self.source}


#: The estimates of the radiator and of the environment (the vehicle adds its own area).
ESTIMATES = (
    Estimate("vulnerable_fraction", 0.05, 0.15, 0.3, "",
             "Share of the radiator area over coolant channels and the pipes that feed them, where a "
             "perforation leaks (the rest is fin between channels). Not public; typical tube-and-fin "
             "spacecraft radiators put 5-30 % of their face over tubes"),
    Estimate("exposed_share", 0.5, 0.75, 1.0, "",
             "Share of the radiator's view of space that the station itself does not block (a docked "
             "vehicle's aft radiator sees part of the station); 1 for a free-standing radiator"),
    Estimate("wall_thickness_mm", 0.8, 1.2, 2.0, "mm",
             "Radiator skin plus the channel wall behind it (MS-22: 'a hole in the radiator and in the pipe "
             "that feeds it'). Not public; thin aluminium-alloy (AMg6) skins of 0.5-1 mm over tube walls of "
             "~1 mm; a particle must get through at least the thinner of the two layers in line",
             more_holes_when_high=False),
    Estimate("hole_to_particle_ratio", *HOLE_TO_PARTICLE_RATIO, "",
             "Hole diameter / particle diameter for a perforating hypervelocity particle: the exit hole near "
             "the ballistic limit is smaller than the entry crater (≈4-5 d in thick aluminium); thin walls "
             "well above their limit show 1.5-3 d"),
    Estimate("impact_angle_deg", 30.0, 45.0, 60.0, "°",
             "Angle from the wall normal; 45° is the median for particles arriving from all directions "
             "onto a flat plate (30-60° the middle half)", more_holes_when_high=False),
    Estimate("meteoroid_speed_km_s", 17.0, 20.0, 25.0, "km/s",
             "Mean meteoroid impact speed in low Earth orbit ≈ 20 km/s (ECSS-E-ST-10-04C velocity "
             "distribution, from memory); range of the quoted means", confidence="from memory"),
    Estimate("gravitational_focusing", 1.4, gravitational_enhancement(420.0), gravitational_enhancement(420.0),
             "", "ECSS factor 1 + R_E/r ≈ 1.94 at 420 km (central and high); low: 1 + v_esc²/v∞² for a "
             "17 km/s mean speed far from the Earth ≈ 1.4", confidence="from memory"),
    Estimate("meteoroid_model_factor", 0.5, 1.0, 2.0, "",
             "Spread between meteoroid models at 0.1-1 mm (Grün 1985 vs NASA MEM, Divine-Staubach): "
             "about a factor of 2 either way"),
    Estimate("debris_speed_km_s", 7.0, 9.5, 12.0, "km/s",
             "Mean orbital-debris impact speed at the ISS ≈ 9-10 km/s (ORDEM, from memory); range of "
             "typical head-on to crossing encounters", confidence="from memory"),
    Estimate("debris_model_factor", 1.0 / 3.0, 1.0, 3.0, "",
             "NASA 91 debris model extrapolated past 2011 and compared with ORDEM/MASTER at sub-mm "
             "sizes: a factor of 3 either way"),
)


@dataclass(frozen=True)
class Orbit:
    """Where and when: the station's orbit (defaults: the ISS, end of 2022)."""

    altitude_km: float = 420.0
    inclination_deg: float = 51.6
    year: float = 2022.9
    solar_flux_sfu: float = 120.0


@dataclass(frozen=True)
class Band:
    low: float
    central: float
    high: float

    def as_dict(self) -> dict:
        return {"low": self.low, "central": self.central, "high": self.high}


def _count(values: dict[str, float], area_m2: float, days: float, min_hole_mm: float,
           orbit: Orbit) -> tuple[float, float]:
    """Expected (meteoroid, debris) perforations with a hole >= ``min_hole_mm`` for one set of values."""
    wall = dataclasses.replace(AMG6_WALL_1MM, thickness_mm=values["wall_thickness_mm"])
    angle = values["impact_angle_deg"]
    by_size_mm = min_hole_mm / values["hole_to_particle_ratio"]
    d_met = max(by_size_mm, critical_diameter_mm(values["meteoroid_speed_km_s"], angle,
                                                 METEOROID_DENSITY_G_CM3, wall))
    d_deb = max(by_size_mm, critical_diameter_mm(values["debris_speed_km_s"], angle, DEBRIS_DENSITY_G_CM3, wall))
    exposure = area_m2 * values["vulnerable_fraction"] * values["exposed_share"] * days / DAYS_PER_YEAR
    met = float(meteoroid_flux_per_m2_yr(d_met, orbit.altitude_km, values["gravitational_focusing"]))
    deb = float(debris_flux_per_m2_yr(d_deb, orbit.altitude_km, orbit.inclination_deg, orbit.year,
                                      orbit.solar_flux_sfu))
    return (exposure * met * values["meteoroid_model_factor"], exposure * deb * values["debris_model_factor"])


def _values(area: Estimate, share: float) -> tuple[float, dict[str, float]]:
    return area.at(share), {e.name: e.at(share) for e in ESTIMATES}


@dataclass(frozen=True)
class Odds:
    """Expected perforations and the chance of at least one, each a band."""

    expected_count: Band
    probability: Band
    meteoroid_share: float  # of the central count
    critical_particle_mm: Band  # smallest particle that makes such a hole (meteoroid, central speed)


def band_share(n_estimates: int) -> float:
    """How far (in log) every estimate moves at the band's ends: 1/√n."""
    return 1.0 / math.sqrt(n_estimates)


def perforation_odds(area: Estimate, days: float, min_hole_mm: float, orbit: Orbit = Orbit()) -> Odds:
    """Odds of a hole >= ``min_hole_mm`` in ``days`` for a radiator of ``area`` [m², an Estimate]."""
    if not days >= 0:
        raise ValueError(f"days must be >= 0, got {days!r}")
    if not min_hole_mm >= 0:
        raise ValueError(f"min_hole_mm must be >= 0, got {min_hole_mm!r}")
    share = band_share(len(ESTIMATES) + 1)
    counts, critical = {}, {}
    for name, s in (("low", -share), ("central", 0.0), ("high", share)):
        area_m2, values = _values(area, s)
        met, deb = _count(values, area_m2, days, min_hole_mm, orbit)
        counts[name] = (met, deb)
        wall = dataclasses.replace(AMG6_WALL_1MM, thickness_mm=values["wall_thickness_mm"])
        critical[name] = max(min_hole_mm / values["hole_to_particle_ratio"],
                             critical_diameter_mm(values["meteoroid_speed_km_s"], values["impact_angle_deg"],
                                                  METEOROID_DENSITY_G_CM3, wall))
    totals = {k: sum(v) for k, v in counts.items()}
    met_c, deb_c = counts["central"]
    return Odds(
        expected_count=Band(**totals),
        probability=Band(**{k: at_least(1, n) for k, n in totals.items()}),
        meteoroid_share=met_c / (met_c + deb_c) if met_c + deb_c > 0 else 0.5,
        critical_particle_mm=Band(critical["high"], critical["central"], critical["low"]),
    )


def at_least(k: int, expected: float) -> float:
    """Poisson chance of at least ``k`` events when ``expected`` are expected."""
    if expected <= 0:
        return 0.0 if k > 0 else 1.0
    term, below = math.exp(-expected), 0.0
    for i in range(k):
        below += term
        term *= expected / (i + 1)
    return max(0.0, 1.0 - below) if k > 1 else -math.expm1(-expected)
