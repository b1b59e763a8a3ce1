"""The window takes the undock time in hours since the puncture too (issue 17: one time base)."""

from __future__ import annotations

import pytest


def test_undock_after_the_puncture_is_typed_as_such(make_window):
    window = make_window("soyuz-ms22-crewed-return")
    controls = window.controls
    s = window.session.scenario
    assert controls.undock_after.spin.value() == pytest.approx(s.undock_time_h - s.puncture_time_h)
    controls.undock_after.spin.setValue(3.0)  # "undock 3 h after the puncture" is typed as 3
    assert window.wait_idle(60)
    assert window.session.scenario.undock_time_h == pytest.approx(s.puncture_time_h + 3.0)
    controls.puncture.spin.setValue(5.0)  # the puncture moves: the box shows the new difference
    assert controls.undock_after.spin.value() == pytest.approx(window.session.scenario.undock_time_h - 5.0)
    controls.undock.none_box.setChecked(True)  # stays docked: nothing to type
    assert not controls.undock_after.spin.isEnabled()
