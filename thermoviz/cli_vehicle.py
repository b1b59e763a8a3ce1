"""``thermoviz vehicles`` and ``thermoviz run --vehicle-file``: the shipped and the user's vehicles.

Examples::

    thermoviz vehicles                                   # shipped + user vehicles, one per line
    thermoviz vehicles --json                            # every vehicle with every parameter's provenance
    thermoviz run soyuz-ms22 --vehicle-file my-soyuz.toml   # the preset flown with your vehicle

A vehicle file has the format of ``assets/vehicles/*.toml`` (see the README,
"Your own spacecraft").  A bad file prints one line naming the file, the field
and what is allowed, exits with status 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from .model.language import translate
from .model.scenario import Scenario, ScenarioError

EXIT_OK = 0


def add_run_options(run: argparse.ArgumentParser) -> None:
    """Add ``--vehicle-file`` to ``thermoviz run``."""
    run.add_argument("--vehicle-file", metavar="PATH",
                     help=translate("CLI", "fly the scenario with the vehicle in this vehicle .toml file (same format as the shipped "
                          "ones; write one with Vehicle > Edit vehicle… in the window)"))


def apply_vehicle_file(args: argparse.Namespace, scenario: Scenario) -> Scenario:
    """``scenario`` flown with ``--vehicle-file``'s vehicle (registered for this run only), else unchanged."""
    path = getattr(args, "vehicle_file", None)
    if not path:
        return scenario
    from .io.vehicle_file import read_vehicle_file, register_vehicle
    from .io.vehicle_parse import VehicleFileError

    try:
        entry = read_vehicle_file(path)
        register_vehicle(entry)
    except VehicleFileError as exc:
        raise ScenarioError("--vehicle-file", str(exc)) from None
    return scenario.replace(vehicle=entry.params.id)


def add_subcommands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``vehicles`` to the ``thermoviz`` command (called by :func:`thermoviz.cli.build_parser`)."""
    vehicles = subparsers.add_parser(
        "vehicles",
        help=translate("CLI", "list the shipped vehicles and your own"),
        description=translate("CLI", "List the shipped vehicles and the user vehicles of your data folder "
        "(or $THERMOVIZ_DATA_DIR), with their loops; --json adds every parameter with unit, source and confidence."),
    )
    vehicles.add_argument("--json", action="store_true", help=translate("CLI", "print every vehicle and its parameters as JSON"))
    vehicles.set_defaults(handler=cmd_vehicles)


def vehicle_summary(vehicle_id: str) -> dict:
    """One vehicle as plain data: identity, loops, origin and every parameter with its provenance."""
    from .io.vehicle_file import is_user_vehicle
    from .io.vehicles import vehicle_entry

    entry = vehicle_entry(vehicle_id)
    params = entry.params
    parameters = {}
    for key, prov in entry.provenance.items():
        item = {"value": prov.value, "unit": prov.unit, "confidence": prov.confidence, "source": prov.source}
        if prov.range is not None:
            item["range"] = list(prov.range)
        parameters[key] = item
    return {"id": params.id, "title": params.title, "kind": params.kind,
            "origin": "user" if is_user_vehicle(vehicle_id) else "shipped",
            "default_coolant": params.default_coolant,
            "loops": [{"id": loop.id, "title": loop.title} for loop in params.loops],
            "parameters": parameters}


def cmd_vehicles(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``thermoviz vehicles``."""
    from .io.vehicle_file import user_vehicle_problems, user_vehicles_dir
    from .io.vehicles import vehicle_ids

    summaries = [vehicle_summary(vid) for vid in vehicle_ids()]
    problems = user_vehicle_problems()
    if args.json:
        data = {"vehicles": summaries, "user_folder": str(user_vehicles_dir()),
                "left_out": [{"file": f, "reason": r} for f, r in problems.items()]}
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    width = max(len(s["id"]) for s in summaries)
    for s in summaries:
        loops = ", ".join(loop["id"] for loop in s["loops"])
        out.write(f"{s['id']:<{width}}  {s['title']} " + translate("CLI", "({origin}, {kind}; loops: {loops})").format(
            origin=translate("VehicleEditor", s["origin"]), kind=s["kind"], loops=loops) + "\n")
    out.write(translate("CLI", "User vehicles folder: {folder}").format(folder=user_vehicles_dir()) + "\n")
    for reason in problems.values():
        out.write(translate("CLI", "Left out: {reason}").format(reason=reason) + "\n")
    return EXIT_OK
