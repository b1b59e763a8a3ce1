"""The plain-text answer of ``thermoviz odds`` (kept apart so the command's parser stays numpy-free)."""

from __future__ import annotations

from .api_odds import PunctureOdds
from .model.language import number, translate
from .model.odds.estimate import Band
from .model.odds.words import count_text, one_in


def _count(x: float) -> str:
    """An expected count with the language's decimal separator (0,088)."""
    return number(count_text(x))


def _band(band: Band, fmt=_count) -> str:
    return translate("CLI", "{central} (range {low} to {high})").format(
        central=fmt(band.central), low=fmt(band.low), high=fmt(band.high))


def _g(x: float, spec: str = "g") -> str:
    return number(format(x, spec))


def odds_text(answer: PunctureOdds) -> str:
    """The plain-text answer of ``thermoviz odds``."""
    a, o = answer.area, answer.odds
    hole = (translate("CLI", "any puncture") if answer.min_hole_mm <= 0 else
            translate("CLI", "holes of {mm} mm or more").format(mm=_g(answer.min_hole_mm)))
    d = answer.as_dict()
    fleet, record = d["three_leaks_in_eleven_months"], d["record_2000_2022"]
    particle = o.critical_particle_mm
    lines = [
        f"{answer.vehicle_name} ({answer.vehicle_id}): " + translate(
            "CLI", "{hole} in its radiator ({area} m², range {low}-{high}, {confidence}), {days} days at {km} km").format(
            hole=hole, area=_g(a.central), low=_g(a.low), high=_g(a.high),
            confidence=translate("Confidence", a.confidence), days=_g(answer.days), km=_g(answer.orbit.altitude_km)),
        "  " + translate("CLI", "expected punctures:      {band}").format(band=_band(o.expected_count)),
        "  " + translate("CLI", "chance of at least one:  about {central} (range {low} to {high})").format(
            central=one_in(o.probability.central), low=one_in(o.probability.low), high=one_in(o.probability.high)),
        "  " + translate("CLI", "from meteoroids {meteoroids}, from orbital debris {debris} (central)").format(
            meteoroids=f"{o.meteoroid_share:.0%}", debris=f"{1 - o.meteoroid_share:.0%}"),
        "  " + translate("CLI", "smallest particle making such a hole: {central} mm ({low}-{high})").format(
            central=_g(particle.central, ".2f"), low=_g(particle.low, ".2f"), high=_g(particle.high, ".2f")),
        "",
        translate("CLI", "Three leaks at the station in eleven months ({days} days, Dec 2022 - Oct 2023):").format(
            days=_g(fleet["window_days"])),
    ]
    for e in fleet["exposure"]:
        area = e["radiator_area_m2"]
        lines.append(f"  {e['label']}: " + translate("CLI", "{count} at a time × {area} m² × {days} days").format(
            count=_g(e["vehicles_at_a_time"]), area=_g(area["central"]), days=_g(e["days"])))
    f3 = answer.three_leaks
    lines += [
        "  " + translate("CLI", "expected punctures: {band}; chance of 3 or more: about {central} (range {low} to "
                         "{high})").format(band=_band(f3.expected_count), central=one_in(f3.probability.central),
                                           low=one_in(f3.probability.low), high=one_in(f3.probability.high)),
        "",
        _trend_text(answer),
        "",
        translate("CLI", "Reality check: ~{flights} Soyuz and Progress flights to the ISS, 2000-2022, ~{days} days "
                  "each: the model expects {band} radiator punctures; {leaks} were seen ({reading}).").format(
            flights=record["flights"], days=_g(record["days_per_flight"]), band=_band(answer.record.expected_count),
            leaks=record["leaks"], reading=_record_reading(answer)),
        "",
        translate("CLI", "Every input is an estimate with a range (see --json and docs/sources.md §8). Sources:"),
        *(f"  - {s}" for s in d["sources"][:-1]),
    ]
    return "\n".join(lines)


def _trend_text(answer: PunctureOdds) -> str:
    years = sorted(answer.trend)
    first, last = answer.trend[years[0]], answer.trend[years[-1]]
    steps = ", ".join(f"{y}: {_count(answer.trend[y])}" for y in years)
    change = f"×{_g(last / first, '.1f')}" if first > 0 else translate("CLI", "from none")
    return translate("CLI", "Is it getting worse? Expected punctures for the same stay by year ({steps}; {change} from "
                     "{first} to {last}): only the debris model grows (NASA 91, extrapolated past 2011).").format(
        steps=steps, change=change, first=years[0], last=years[-1])


def _record_reading(answer: PunctureOdds) -> str:
    band, seen = answer.record.expected_count, answer.record.leaks
    if seen < band.low:
        return translate("CLI", "below the band: the real radiators are tougher than even its low end")
    if seen < band.central:
        return translate("CLI", "between the low end and the centre: the real radiators sit on the tough side")
    if seen <= band.high:
        return translate("CLI", "between the centre and the high end")
    return translate("CLI", "above the band: the model underestimates the danger")
