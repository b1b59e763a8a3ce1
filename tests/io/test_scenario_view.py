"""A scenario file keeps the view (time window, plots, time axis) and the CLI draws it (issue 17)."""

from __future__ import annotations

import pytest

from thermoviz.cli import main
from thermoviz.io.scenario_file import read_saved_view, save_scenario
from thermoviz.io.scenario_source import load_scenario
from thermoviz.io.scenario_view import SavedView
from thermoviz.model.scenario import ScenarioError

PRESET = "soyuz-ms22-crewed-return"


def test_view_round_trips_and_the_scenario_is_unchanged(tmp_path):
    scenario = load_scenario(PRESET)
    view = SavedView("puncture", 46.0, 56.0, ("cabin", "crew"))
    path = save_scenario(scenario, tmp_path / "s.toml", view=view)
    assert read_saved_view(path) == view and load_scenario(str(path)) == scenario


@pytest.mark.parametrize("table, key", [
    ('time_axis = "sideways"', "view.time_axis"),
    ("from_h = 5.0\nto_h = 3.0", "view.to_h"),
    ('plots = ["cabin", "radio"]', "view.plots"),
    ("zoom = 2", "view.zoom"),
])
def test_bad_view_names_its_key(tmp_path, table, key):
    path = save_scenario(load_scenario(PRESET), tmp_path / "s.toml")
    path.write_text(path.read_text(encoding="utf-8") + f"\n[view]\n{table}\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as err:
        load_scenario(str(path))
    assert err.value.field == key


def test_cli_draws_the_kept_view_unless_told_otherwise(tmp_path, monkeypatch, capsys):
    import thermoviz.export.api as export_api

    seen = []
    real = export_api.export_figures
    monkeypatch.setattr(export_api, "export_figures",
                        lambda result, **kw: seen.append(kw["view"]) or real(result, **kw))
    path = save_scenario(load_scenario(PRESET), tmp_path / "s.toml",
                         view=SavedView("puncture", 46.0, 56.0, ("cabin", "crew")))
    assert main(["run", str(path), "--png", str(tmp_path / "a.png"), "--quiet"]) == 0
    assert seen[-1].x_range_h == (47.0, 57.0) and seen[-1].plots == ("cabin", "crew")  # run hours
    assert main(["run", str(path), "--png", str(tmp_path / "b.png"), "--from", "0", "--plots", "loop",
                 "--quiet"]) == 0
    assert seen[-1].x_range_h == (1.0, 60.0) and seen[-1].plots == ("loop",)  # the command line wins
    assert main(["run", str(path), "--csv", str(tmp_path / "c.csv"), "--quiet"]) == 0  # no figure: not refused
