"""The Scenario value: validation messages name the field and the allowed range."""

import dataclasses

import numpy as np
import pytest

from thermoviz.model.outcome.result import EVENTS, SERIES, Result, Verdict
from thermoviz.model.scenario import FIELD_SPECS, Scenario, ScenarioError


def test_defaults_are_valid_and_frozen():
    s = Scenario()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.hole_diameter_mm = 2.0  # type: ignore[misc]
    assert s.replace(hole_diameter_mm=2).hole_diameter_mm == 2.0
    assert isinstance(s.replace(hole_diameter_mm=2).hole_diameter_mm, float)


@pytest.mark.parametrize(
    "field, value, expected",
    [
        ("hole_diameter_mm", 35, "hole_diameter_mm: must be a number from 0 to 20 mm, got 35"),
        ("hole_diameter_mm", -1, "from 0 to 20 mm"),
        ("crew", 13, "crew: must be a whole number from 0 to 12, got 13"),
        ("crew", 1.5, "crew: must be a whole number"),
        ("discharge_coefficient", float("nan"), "discharge_coefficient: must be a number from 0.01 to 1"),
        ("hatch_open", "yes", "hatch_open: must be true or false"),
        ("duration_h", None, "duration_h: must be a number from 1 to 240 h, got nothing"),
        ("undock_time_h", "soon", "undock_time_h: must be a number from 0 to 240 h, or none (stays docked)"),
        ("vehicle", 3, "vehicle: must be a text value"),
    ],
)
def test_bad_values_name_field_and_allowed_range(field, value, expected):
    with pytest.raises(ScenarioError) as err:
        Scenario(**{field: value})
    assert expected in str(err.value)
    assert err.value.field == field
    assert "\n" not in str(err.value)


def test_optional_fields_accept_none_and_empty_coolant_means_default():
    s = Scenario(puncture_time_h=None, undock_time_h=None, coolant="")
    assert not s.punctured
    assert s.coolant is None
    assert not Scenario(hole_diameter_mm=0).punctured


def test_every_dataclass_field_has_a_spec():
    names = {f.name for f in dataclasses.fields(Scenario)}
    assert names == set(FIELD_SPECS)


def _result(n=5, **series_override):
    t = np.linspace(0, 4, n)
    series = {name: np.arange(n, dtype=float) for name in SERIES}
    series.update(series_override)
    return Result(Scenario(), t, series, {"puncture": 1.0}, Verdict("ok", "safe"), np.zeros(n, bool))


def test_result_peaks_ignore_nan_and_series_are_read_only():
    r = _result(crew_core_temp_c=np.full(5, np.nan), cabin_temp_c=np.array([20, 25, np.nan, 30, 22.0]))
    assert r.peaks["cabin_temp_c"] == 30
    assert r.peaks["crew_core_temp_c"] is None
    assert set(r.events) == set(EVENTS) and r.events["landing"] is None
    with pytest.raises(ValueError):
        r.cabin_temp_c[0] = 99
    assert r.at(2.0)["loop_pressure_kpa"] == pytest.approx(2.0)


def test_result_rejects_mismatched_lengths_and_bad_severity():
    with pytest.raises(ValueError, match="cabin_temp_c"):
        _result(cabin_temp_c=np.zeros(3))
    with pytest.raises(ValueError):
        Verdict("x", "fine")


def test_extrapolated_peaks_follow_the_validity_mask_at_the_maximum():
    core = np.array([np.nan, 37.0, 38.5, 37.5, np.nan])
    base = _result(crew_core_temp_c=core)
    assert base.extrapolated_peaks == frozenset()
    flagged = dataclasses.replace(base, outside_validity={"crew_core_temp_c": np.array([0, 0, 1, 1, 0], bool)})
    assert flagged.extrapolated_peaks == {"crew_core_temp_c"}
    # flagged elsewhere than at the maximum: the peak itself is a validated value
    early = dataclasses.replace(base, outside_validity={"crew_core_temp_c": np.array([0, 1, 0, 0, 0], bool)})
    assert early.extrapolated_peaks == frozenset()


def test_crewed_return_summary_json_and_report_mark_the_extrapolated_core_peak():
    import json

    from thermoviz.api import load_scenario, simulate
    from thermoviz.io.json_io import summary_json
    from thermoviz.io.summary_text import format_summary

    # The shipped crewed return stays inside PHS's range (walls hold the dew point down); walls
    # as warm as the air do not, and leave it: the peak is then an extrapolation.
    import dataclasses

    from thermoviz.io.vehicles import resolve

    scenario = load_scenario("soyuz-ms22-crewed-return")
    hot = dataclasses.replace(resolve(scenario)[0], space_sink_temp_c=60.0, mli_effective_emissivity=0.3, equipment_setpoint_c=40.0)
    result = simulate(scenario, vehicle=hot)
    assert "crew_core_temp_c" in result.extrapolated_peaks
    core_line = [ln for ln in format_summary(result).splitlines() if "Crew core (rectal)" in ln]
    assert core_line and "extrapolated" in core_line[0]
    assert json.loads(summary_json(result))["peaks_extrapolated"] == ["crew_core_temp_c"]
    safe = simulate(load_scenario("soyuz-ms23-return"))
    assert safe.extrapolated_peaks == frozenset()
    assert "extrapolated" not in format_summary(safe)


@pytest.mark.parametrize("event", ["undock", "landing"])
def test_configuration_switches_are_steps_not_ramps(event):
    """Undock and landing switch avionics, station air and crew at once: the series hold
    their old value until 1 s before the switch, so plots over a short span show a step."""
    from thermoviz.api import load_scenario, simulate

    scenario = load_scenario("soyuz-ms22-crewed-return").replace(duration_h=60.0)
    result = simulate(scenario, crew_strain=False)
    t = np.asarray(result.time_h)
    t_event = result.events[event]
    i = int(np.argmin(np.abs(t - t_event)))
    assert t[i] == pytest.approx(t_event, abs=1e-9)
    assert 0 < t[i] - t[i - 1] <= 1.0 / 3600.0 + 1e-12
    load = np.asarray(result.series["heat_load_w"])
    assert load[i] != pytest.approx(load[i - 1], rel=0.05)  # the step happens inside that second
    assert load[i - 1] == pytest.approx(load[i - 2], rel=0.02)  # ... not on the way to it
    cabin = np.asarray(result.series["cabin_temp_c"])
    assert abs(cabin[i] - cabin[i - 1]) < 0.01  # the cabin itself is continuous
