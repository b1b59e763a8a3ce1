"""The plot/series spec: one table, limits from the model, and a new series is one row."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from thermoviz.figure import spec as S
from thermoviz.model import limits as L
from thermoviz.model.outcome.result import SERIES, Result
from synthetic import synthetic_result


def test_every_result_series_has_exactly_one_spec_row():
    keys = [row.key for row in S.SERIES_SPECS]
    assert len(keys) == len(set(keys))
    assert set(keys) == set(SERIES), "add a SeriesSpec row for every new Result series"
    for row in S.SERIES_SPECS:
        assert row.plot in S.PLOT_KEYS and row.axis in ("left", "right")
        assert row.axis == "left" or S.plot_spec(row.plot).right is not None


def test_limit_lines_take_their_values_from_the_model():
    drawn = [limit for plot in S.PLOTS for limit in plot.limits]
    assert {d.limit for d in drawn} == set(L.ALL_LIMITS)
    for d in drawn:
        assert d.limit in L.ALL_LIMITS
        assert d.value == getattr(d.limit, d.edge)
        if d.legend:
            assert f"{getattr(d.limit, d.edge):g}" in d.text


def test_y_range_rules():
    zero = S.YRange(zero=True, headroom=1.1)
    assert zero.span(None, 200.0) == (0.0, pytest.approx(220.0))
    assert zero.span(None, None) == (0.0, pytest.approx(110.0))
    span = S.YRange(at_least=(14.0, 38.0), pad=(1.0, 1.5), whole=True)
    assert span.span(20.0, 30.0) == (14.0, 38.0)
    assert span.span(10.2, 45.0) == (9.0, 47.0)


def test_axes_widen_in_steps_so_a_drag_does_not_move_them_at_every_change():
    stepped = S.YRange(at_least=(14.0, 38.0), pad=(1.0, 1.5), whole=True, step=5.0)
    assert stepped.span(20.0, 30.0) == (14.0, 38.0)  # inside the least range: unchanged
    # a cabin peak growing from 39 to 43 °C as the hole grows keeps one axis
    assert {stepped.span(20.0, peak) for peak in (39.0, 40.5, 42.0, 43.4)} == {(14.0, 45.0)}
    assert stepped.span(12.5, 46.0) == (10.0, 50.0)
    cabin = S.plot_spec("cabin").y_range
    crew = S.plot_spec("crew").y_range
    assert cabin.step == 5.0 and crew.step == 1.0
    assert {crew.span(37.0, peak) for peak in (40.8, 41.0, 41.6)} == {(36.5, 42.0)}
    assert crew.span(37.0, 39.0) == (36.5, 40.6)  # data inside the least range: the range as ever
    old_rule = S.YRange(at_least=(14.0, 38.0), pad=(1.0, 1.5), whole=True)
    assert stepped.span(None, None) == old_rule.span(None, None)  # no data: as before the steps


def test_bad_rows_and_keys_are_named():
    with pytest.raises(ValueError, match="style"):
        S.Pen("#000000", 1.0, "wavy")
    with pytest.raises(ValueError, match="loop, heat, cabin, crew"):
        S.plot_spec("nope")


@pytest.fixture
def fake_series(monkeypatch):
    """A new series added as ONE spec row (plus the model's SERIES entry it names)."""
    key = "equipment_temp_c"
    base = synthetic_result()
    monkeypatch.setitem(SERIES, key, ("°C", "Equipment bay temperature"))
    row = S.SeriesSpec(key, "cabin", "Equipment bay", "Equipment", S.Pen(S.GREEN, 2.5, "dot"), 1, "00.0 °C")
    monkeypatch.setattr(S, "SERIES_SPECS", S.SERIES_SPECS + (row,))
    values = np.linspace(20.0, 44.0, base.time_h.size)
    result = Result(**{**{f.name: getattr(base, f.name) for f in dataclasses.fields(Result)},
                       "series": {**base.series, key: values}})
    return key, values, result


def test_a_new_series_row_is_drawn_scaled_and_read_out(qtbot, fake_series):
    from thermoviz.gui.plots.dashboard import Dashboard

    key, values, result = fake_series
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    dashboard.set_result(result)
    x, y = dashboard.curves[key].getData()
    np.testing.assert_allclose(y, values)
    legend_texts = [label.text for _sample, label in dashboard.legends["cabin"].items]
    assert "Equipment bay" in legend_texts
    assert dashboard.plots["cabin"].vb.viewRange()[1][1] >= 44.0  # the cabin plot's range covers it
    dashboard.set_cursor(float(result.time_h[-1]))
    assert dashboard.readout.texts[key] == S.format_value(values[-1], "°C", 1)


def test_a_new_series_row_reaches_the_exported_figure(qtbot, fake_series):
    from thermoviz.export.figure import export_figure

    key, values, result = fake_series
    with export_figure(result) as figure:
        np.testing.assert_allclose(figure.curves[key].getData()[1], values)
