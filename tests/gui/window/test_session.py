"""The session: the window's state in one Qt-free owner, and the action table built on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from synthetic import synthetic_result
from thermoviz.gui.window.session import SessionModel
from thermoviz.model.scenario import Scenario


def recorder(session: SessionModel) -> list[str]:
    seen: list[str] = []
    for event in ("scenario", "result", "reference", "file"):
        session.subscribe(event, lambda e=event: seen.append(e))
    return seen


def test_one_generation_counter_drops_stale_crew_results():
    session = SessionModel()
    seen = recorder(session)
    first = session.show_scenario(Scenario(title="first"))
    fast = synthetic_result("first")
    session.set_physics(fast)
    assert session.crew_pending and session.has_result
    second = session.show_scenario(Scenario(title="second"))
    assert second == first + 1
    assert session.crew_arrived(first, synthetic_result("first, with crew")) is False
    assert session.result is fast and session.crew_pending
    session.set_physics(synthetic_result("second"))
    full = synthetic_result("second, with crew")
    assert session.crew_arrived(second, full) is True
    assert session.result is full and session.result_state == "current"
    assert seen == ["scenario", "result", "scenario", "result", "result"]


def test_error_state_is_not_a_result_to_export_or_pin():
    session = SessionModel()
    session.show_scenario(Scenario())
    session.set_physics(synthetic_result())
    session.show_scenario(Scenario(crew=2))
    session.set_error("crew: must be a whole number from 0 to 3, got 4")
    assert session.result_state == "error" and not session.has_result
    session.pin()
    assert session.reference is None
    assert session.crew_failed(session.generation, "late") is False


def test_a_reference_pinned_before_its_crew_strain_gets_it_when_it_arrives():
    session = SessionModel()
    seen = recorder(session)
    generation = session.show_scenario(Scenario(title="MS-23 return"))
    session.set_physics(synthetic_result("fast"))
    session.pin()
    assert session.reference_label == "MS-23 return"
    session.show_scenario(Scenario(title="MS-22"))  # edited on before the crew strain arrived
    full = synthetic_result("full")
    assert session.crew_arrived(generation, full) is False  # stale for the plots ...
    assert session.reference is full  # ... but it completes the pinned reference
    assert seen.count("reference") == 2
    session.clear_reference()
    assert session.reference is None


def test_file_and_dirty_state():
    session = SessionModel()
    base = Scenario(title="mine")
    session.show_scenario(base)
    session.load(base, None, "mine.toml")
    assert session.source_path == Path("mine.toml") and not session.dirty
    session.show_scenario(base.replace(crew=1))
    assert session.dirty
    session.mark_saved(Path("other.toml"))
    assert not session.dirty and session.source_path == Path("other.toml")
    with pytest.raises(ValueError, match="scenario, result, reference, file"):
        session.subscribe("nope", lambda: None)


def test_menus_plot_menus_and_the_shortcuts_box_read_one_table(make_window):
    from thermoviz.gui.window.actions import ACTIONS, PLOT_ACTIONS, shortcut_rows
    from thermoviz.gui.window.shortcuts import shortcuts_html

    window = make_window("soyuz-ms22")
    assert set(window.actions) == {spec.id for spec in ACTIONS}
    in_menus = {a.objectName() for menu in window.menuBar().findChildren(type(window.file_actions.recent_menu))
                for a in menu.actions()}
    assert {spec.id for spec in ACTIONS} <= in_menus
    assert [a.text() for a in window.file_actions.plot_menu("cabin").actions()] == [s.title.format(**dict(s.args)) for s in PLOT_ACTIONS]
    html = shortcuts_html(window)
    for keys, what in shortcut_rows(window.actions):
        assert keys in html and what in html
    assert "Ctrl+R" in html and "Pin as reference" in html


def test_actions_follow_the_session(make_window):
    window = make_window("soyuz-ms22")
    assert window.actions["pdf"].isEnabled() and not window.actions["clear_reference"].isEnabled()
    window.actions["pin"].trigger()
    assert window.actions["clear_reference"].isEnabled()
    window.session.set_error("vehicle: unknown")
    for action_id in ("pdf", "png1", "csv", "copy_figure", "pin", "save", "save_as"):
        assert not window.actions[action_id].isEnabled(), action_id
    assert window.actions["open"].isEnabled()
    # The plots say the shown curves are not the scenario's, until a result comes back.
    assert window.dashboard.unavailable_reason == "vehicle: unknown"
    assert window.dashboard.unavailable_message.isVisible()
    assert all(curve.opacity() < 1 for curve in window.dashboard.curves.values())
    window.controls.crew_spin.setValue(2)
    assert window.dashboard.unavailable_reason is None
    assert all(curve.opacity() == 1 for curve in window.dashboard.curves.values())


def test_a_reference_whose_crew_curve_fails_says_it_has_none():
    session = SessionModel()
    generation = session.show_scenario(Scenario(title="MS-22 return"))
    session.set_physics(synthetic_result("fast"))
    session.pin()
    assert session.reference_generation == generation
    session.show_scenario(Scenario(title="edited"))
    assert session.crew_failed(generation, "the model cannot compute vehicle x") is False
    assert session.reference_label == "MS-22 return (no crew curve: the model cannot compute vehicle x)"
    assert session.reference_generation is None
