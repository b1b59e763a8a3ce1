"""One verdict for window and CLI (issue 21): an undocking just beyond the span was CAUTION in the
window and "info" in `thermoviz run`.  A sweep, including puncture and undocking beyond the span."""

from __future__ import annotations

import json

import pytest

from thermoviz.api import load_scenario
from thermoviz.cli import main
from thermoviz.io.scenario_file import save_scenario

SWEEP = [
    dict(),
    dict(undock_time_h=72.01, duration_h=72.0),  # just beyond the span
    dict(undock_time_h=72.0, duration_h=72.0),  # at its end
    dict(undock_time_h=None),
    dict(puncture_time_h=72.5, duration_h=72.0),
    dict(puncture_time_h=200.0, undock_time_h=210.0, duration_h=48.0),
    dict(hole_diameter_mm=0.0),
    dict(crew=0, undock_time_h=30.0),
    dict(vehicle="nauka", loop="main", undock_time_h=None, puncture_time_h=80.0, duration_h=72.0),
]


def test_window_and_cli_show_the_same_verdict_on_a_sweep(make_window, tmp_path, capsys):
    window = make_window("soyuz-ms22-crewed-return")
    for i, changes in enumerate(SWEEP):
        window.load_scenario_step(window.session.base.replace(**changes))
        assert window.wait_idle(60)
        scenario = window.session.scenario
        path = save_scenario(scenario, tmp_path / f"s{i}.toml")
        capsys.readouterr()
        assert main(["run", str(path), "--json"]) == 0
        cli = json.loads(capsys.readouterr().out)["verdict"]
        banner = window.verdict_banner
        assert (banner.verdict.text, banner.severity) == (cli["text"], cli["severity"]), changes
        if scenario.undock_time_h is not None and scenario.undock_time_h >= scenario.duration_h:
            assert cli["severity"] in ("caution", "danger") and "beyond the simulated span" in cli["text"]
