"""FigureView's contents (hidden curves and limits, highlight) and how a Figure applies them."""

from __future__ import annotations

import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.figure.view import FigureView, limit_keys, series_keys


def test_figure_view_checks_plots_and_window():
    with pytest.raises(ValueError, match="plots"):
        FigureView(("cabin", "cabin"))
    with pytest.raises(ValueError, match="x_range_h"):
        FigureView(x_range_h=(5.0, 5.0))
    view = FigureView(hidden_series={"wet_bulb_c"}, hidden_limits=["rh_comfort"])
    assert view.hidden_series == frozenset({"wet_bulb_c"}) and isinstance(view.hidden_limits, frozenset)
    assert "cabin_temp_c" in series_keys() and "core_38" in limit_keys()


def test_hide_highlight_and_restore_in_a_figure(qapp):
    from thermoviz.export.figure import export_figure

    result = simulate(load_scenario("soyuz-ms22-crewed-return"))
    view = FigureView(("cabin", "crew"), hidden_series={"wet_bulb_c"}, hidden_limits={"wet_bulb_31"},
                      highlight="core_38")
    with export_figure(result, view) as figure:
        legend_texts = [label.text for _s, label in figure.legends["cabin"].items]
        assert "Wet-bulb" not in legend_texts and not any("31 °C" in t for t in legend_texts)
        line = figure.contents.limit_items("core_38")[0].line
        others = figure.contents.limit_items("core_40")[0].line
        assert line.pen.widthF() > 2.5 and others.opacity() < 1.0
        assert figure.contents._halos, "a highlighted limit gets a halo"
        assert figure.view_state().highlight == "core_38"
        figure.apply_view(FigureView(("cabin", "crew")))  # everything back
        assert figure.curves["wet_bulb_c"].isVisible() and others.opacity() == 1.0
        assert not figure.contents._halos
        assert line.pen.widthF() == pytest.approx(2.5)
        legend_texts = [label.text for _s, label in figure.legends["cabin"].items]
        assert "Wet-bulb" in legend_texts
