"""``thermoviz odds VEHICLE [--days N] [--min-hole MM] [--json]``: how likely a radiator puncture is."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from .api_odds import MISSION_DAYS, PunctureOdds, puncture_odds
from .model.odds.estimate import Band
from .model.odds.words import count_text, one_in


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``odds`` to the ``thermoviz`` command (called by :func:`thermoviz.cli.build_parser`)."""
    odds = subparsers.add_parser(
        "odds", help="how likely a radiator puncture is (meteoroid and debris flux models)",
        description="Expected radiator punctures of VEHICLE and the chance of at least one, as a band "
                    "(low, central, high), from the Grün meteoroid flux (ECSS) and the NASA 91 debris "
                    "model; also the fleet question: three leaks at the station in eleven months.")
    odds.add_argument("vehicle", metavar="VEHICLE", help="vehicle id (see `thermoviz vehicles`), e.g. soyuz-ms")
    odds.add_argument("--days", default=str(MISSION_DAYS), metavar="N",
                      help=f"days exposed (default {MISSION_DAYS:g}, a 6-month mission)")
    odds.add_argument("--min-hole", default="0", metavar="MM",
                      help="count only holes at least this wide [mm] (default 0: any puncture); MS-22's was 0.8")
    odds.add_argument("--json", action="store_true", help="print one JSON object (bands, inputs, sources)")
    odds.set_defaults(handler=cmd_odds)


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


def cmd_odds(args: argparse.Namespace, out: TextIO) -> int:
    answer = puncture_odds(args.vehicle, days=args.days, min_hole_mm=args.min_hole)
    if args.json:
        out.write(json.dumps(answer.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(odds_text(answer) + "\n")
    return 0
