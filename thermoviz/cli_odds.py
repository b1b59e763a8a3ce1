"""``thermoviz odds VEHICLE [--days N] [--min-hole MM] [--json]``: how likely a radiator puncture is.

The parser is built on every start and ``thermoviz --help`` must not load numpy, so the odds model
and its text (:mod:`thermoviz.cli_odds_text`) are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from .model.language import number, translate

# "a 6-month mission", as the help text says; tests/cli/test_cli_odds.py checks it equals
# thermoviz.api_odds.MISSION_DAYS (that module loads numpy, so it is not imported here).
HELP_MISSION_DAYS = 182.6


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``odds`` to the ``thermoviz`` command (called by :func:`thermoviz.cli.build_parser`)."""
    odds = subparsers.add_parser(
        "odds", help=translate("CLI", "how likely a radiator puncture is (meteoroid and debris flux models)"),
        description=translate("CLI", "Expected radiator punctures of VEHICLE and the chance of at least one, as a band "
                    "(low, central, high), from the Grün meteoroid flux (ECSS) and the NASA 91 debris "
                    "model; also the fleet question: three leaks at the station in eleven months."))
    odds.add_argument("vehicle", metavar="VEHICLE", help=translate("CLI", "vehicle id (see `thermoviz vehicles`), e.g. soyuz-ms"))
    odds.add_argument("--days", default=str(HELP_MISSION_DAYS), metavar="N",
                      help=translate("CLI", "days exposed (default {days}, a 6-month mission)").format(
                          days=number(f"{HELP_MISSION_DAYS:g}")))
    odds.add_argument("--min-hole", default="0", metavar="MM",
                      help=translate("CLI", "count only holes at least this wide [mm] (default 0: any puncture); MS-22's was 0.8"))
    odds.add_argument("--json", action="store_true", help=translate("CLI", "print one JSON object (bands, inputs, sources)"))
    odds.set_defaults(handler=cmd_odds)


def cmd_odds(args: argparse.Namespace, out: TextIO) -> int:
    # lazy: the odds model loads numpy; see the module docstring
    from .api_odds import puncture_odds
    from .cli_odds_text import odds_text

    answer = puncture_odds(args.vehicle, days=args.days, min_hole_mm=args.min_hole)
    if args.json:
        out.write(json.dumps(answer.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(odds_text(answer) + "\n")
    return 0
