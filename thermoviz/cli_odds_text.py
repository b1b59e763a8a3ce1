"""The plain-text answer of ``thermoviz odds`` (kept apart so the command's parser stays numpy-free)."""

from __future__ import annotations

from .api_odds import PunctureOdds
from .model.odds.estimate import Band
from .model.odds.words import count_text, one_in


def _band(band: Band, fmt=count_text) -> str:
    return f"{fmt(band.central)} (range {fmt(band.low)} to {fmt(band.high)})"


def odds_text(answer: PunctureOdds) -> str:
    """The plain-text answer of ``thermoviz odds``."""
    a, o = answer.area, answer.odds
    hole = "any puncture" if answer.min_hole_mm <= 0 else f"holes of {answer.min_hole_mm:g} mm or more"
    d = answer.as_dict()
    fleet, record = d["three_leaks_in_eleven_months"], d["record_2000_2022"]
    lines = [
        f"{answer.vehicle_name} ({answer.vehicle_id}): {hole} in its radiator ({a.central:g} m², range "
        f"{a.low:g}-{a.high:g}, {a.confidence}), {answer.days:g} days at {answer.orbit.altitude_km:g} km",
        f"  expected punctures:      {_band(o.expected_count)}",
        f"  chance of at least one:  about {one_in(o.probability.central)} (range {one_in(o.probability.low)} "
        f"to {one_in(o.probability.high)})",
        f"  from meteoroids {o.meteoroid_share:.0%}, from orbital debris {1 - o.meteoroid_share:.0%} (central)",
        f"  smallest particle making such a hole: {o.critical_particle_mm.central:.2f} mm "
        f"({o.critical_particle_mm.low:.2f}-{o.critical_particle_mm.high:.2f})",
        "",
        f"Three leaks at the station in eleven months ({fleet['window_days']:g} days, Dec 2022 - Oct 2023):",
    ]
    for e in fleet["exposure"]:
        area = e["radiator_area_m2"]
        lines.append(f"  {e['label']}: {e['vehicles_at_a_time']:g} at a time × {area['central']:g} m² × "
                     f"{e['days']:g} days")
    f3 = answer.three_leaks
    lines += [
        f"  expected punctures: {_band(f3.expected_count)}; chance of 3 or more: about "
        f"{one_in(f3.probability.central)} (range {one_in(f3.probability.low)} to {one_in(f3.probability.high)})",
        "",
        _trend_text(answer),
        "",
        f"Reality check: ~{record['flights']} Soyuz and Progress flights to the ISS, 2000-2022, "
        f"~{record['days_per_flight']:g} days each: the model expects {_band(answer.record.expected_count)} "
        f"radiator punctures; {record['leaks']} were seen ({_record_reading(answer)}).",
        "",
        "Every input is an estimate with a range (see --json and docs/sources.md §8). Sources:",
        *(f"  - {s}" for s in d["sources"][:-1]),
    ]
    return "\n".join(lines)


def _trend_text(answer: PunctureOdds) -> str:
    years = sorted(answer.trend)
    first, last = answer.trend[years[0]], answer.trend[years[-1]]
    steps = ", ".join(f"{y}: {count_text(answer.trend[y])}" for y in years)
    change = f"×{last / first:.1f}" if first > 0 else "from none"
    return (f"Is it getting worse? Expected punctures for the same stay by year ({steps}; {change} from "
            f"{years[0]} to {years[-1]}): only the debris model grows (NASA 91, extrapolated past 2011).")


def _record_reading(answer: PunctureOdds) -> str:
    band, seen = answer.record.expected_count, answer.record.leaks
    if seen < band.low:
        return "below the band: the real radiators are tougher than even its low end"
    if seen < band.central:
        return "between the low end and the centre: the real radiators sit on the tough side"
    if seen <= band.high:
        return "between the centre and the high end"
    return "above the band: the model underestimates the danger"
