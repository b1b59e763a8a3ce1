"""File ▸ Save keeps the window's view, so `thermoviz run FILE --png` rebuilds the zoomed figure (issue 17)."""

from __future__ import annotations

import pytest

from thermoviz.io.scenario_file import read_saved_view


def test_save_keeps_the_zoomed_window_in_hours_since_the_puncture(make_window, tmp_path):
    window = make_window("soyuz-ms22-crewed-return")
    assert window.wait_idle(60)
    window.view_options.fit_return_flight()  # undock - 0.5 h to landing + 0.5 h
    path = tmp_path / "zoomed.toml"
    assert window.file_actions._write_scenario(path)
    view = read_saved_view(path)
    events = window.session.result.events
    assert view.time_axis == "puncture"
    assert view.from_h == pytest.approx(events["undock"] - 0.5 - events["puncture"], abs=1e-3)
    assert view.to_h == pytest.approx(events["landing"] + 0.5 - events["puncture"], abs=1e-3)
    assert view.plots == tuple(window.dashboard.view_state().plots)
