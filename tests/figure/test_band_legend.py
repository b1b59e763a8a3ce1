"""The legend row that says what the shading is ("Shaded: 5–95 % of N plausible vehicles", or the crew
band's own row) is in every exported figure and in the window, inside its legend cell, legible and clear
of the other rows.  The export applied the view's contents after the band and rebuilt the legends from
the spec, which dropped the row: ``run --uncertainty 200 --png`` shaded the bands with no word on them."""

from __future__ import annotations

import pytest

from thermoviz.figure.legend_fit import LEGEND_MIN_SCALE
from thermoviz.figure.style import LEGEND_PT
from thermoviz.figure.uncertainty_bands import band_text
from thermoviz.figure.view import FigureView


@pytest.fixture(scope="module")
def vehicles(crewed):
    from thermoviz.analysis.uncertainty import uncertainty_band

    return uncertainty_band(crewed.scenario, 10, ranges={"orbital_module_ua_w_k": (6.0, 10.0)})


@pytest.fixture(scope="module")
def crew_only(crewed):
    from thermoviz.analysis.crew_band import crew_band
    from thermoviz.io.vehicles import resolve

    return crew_band(crewed.scenario, *resolve(crewed.scenario))


def _band_row(figure, key: str, text: str):
    """The band's legend label in plot ``key``'s legend, checked to be drawn, inside its cell and legible."""
    legend, cell = figure.legends[key], figure.legend_cells[key]
    labels = [label for _sample, label in legend.items]
    texts = [label.text.replace("<br>", " ") for label in labels]  # a long row is broken in two
    assert texts.count(text) == 1, texts
    row = labels[texts.index(text)]
    assert cell.isVisible() and legend.isVisible() and row.isVisible()
    box, frame = row.sceneBoundingRect(), cell.sceneBoundingRect()
    assert frame.contains(box), f"{text!r} at {box} is clipped by its cell {frame}"
    # legible: never below the legend's minimum scale (11 pt -> 7.7 pt), at the figure's display scale
    scale = legend.scale() / getattr(figure, "display_scale", 1.0)
    assert scale >= LEGEND_MIN_SCALE - 1e-6 and LEGEND_PT * scale >= 7.5
    # clear of the other rows: the rows stack without overlapping
    boxes = sorted((label.sceneBoundingRect() for label in labels), key=lambda r: r.top())
    for upper, lower in zip(boxes, boxes[1:]):
        assert lower.top() >= upper.bottom() - 0.5, (upper, lower)
    return row


def _shaded_rows(figure) -> list[str]:
    return [key for key, legend in figure.legends.items() for _s, label in legend.items
            if label.text.startswith("Shaded")]


def test_export_names_the_vehicles_band_in_the_cabin_legend(qapp, crewed, vehicles):
    from thermoviz.export.figure import DASHBOARD_SIZE, export_figure

    with export_figure(crewed, FigureView(uncertainty=vehicles)) as figure:
        assert (figure.width(), figure.height()) == DASHBOARD_SIZE
        _band_row(figure, "cabin", "Shaded: 5–95 % of 10 plausible vehicles")
        assert _shaded_rows(figure) == ["cabin"]  # one row, on one legend


def test_export_names_the_crew_band_in_the_crew_legend(qapp, crewed, crew_only):
    from thermoviz.export.figure import export_figure

    with export_figure(crewed, FigureView(uncertainty=crew_only)) as figure:
        row = _band_row(figure, "crew", band_text(crew_only))
        # its long text is broken in two lines, so the crew legend keeps (nearly) full-size text
        assert "<br>" in row.text and figure.legend_scales()["crew"] >= 0.9


def test_export_without_the_cabin_plot_names_the_band_where_it_is_drawn(qapp, crewed, vehicles):
    """``--plots loop,crew``: the row goes to the crew legend (the crew band is shaded there)."""
    from thermoviz.export.figure import export_figure

    with export_figure(crewed, FigureView(("loop", "crew"), uncertainty=vehicles)) as figure:
        _band_row(figure, "crew", band_text(vehicles))
        assert "cabin" not in figure.legends


def test_one_plot_export_and_pdf_size_keep_the_row(qapp, crewed, vehicles):
    from thermoviz.export.figure import export_figure
    from thermoviz.export.pdf_report import PDF_FIGURE_SIZE

    with export_figure(crewed, FigureView(uncertainty=vehicles), only="cabin") as figure:
        _band_row(figure, "cabin", band_text(vehicles))
    with export_figure(crewed, FigureView(uncertainty=vehicles), size=PDF_FIGURE_SIZE) as figure:
        _band_row(figure, "cabin", band_text(vehicles))


@pytest.mark.parametrize("size", [(1032, 714), (1232, 829)])  # the figure in a 1400x900 and a 1600x1000 window
def test_window_figure_keeps_the_row_when_its_contents_change(qtbot, crewed, vehicles, size):
    """The live figure: the row is added with the band and survives hiding a curve (the contents rebuild
    the legends), in window-sized figures where the 13-row cabin legend has to shrink."""
    from thermoviz.figure.figure import Figure

    figure = Figure()
    qtbot.addWidget(figure)
    figure.resize(*size)
    figure.show()
    qtbot.waitExposed(figure)
    figure.set_result(crewed)
    figure.set_uncertainty(vehicles)
    qtbot.wait(20)
    text = band_text(vehicles)
    _band_row(figure, "cabin", text)
    figure.contents.apply(frozenset({"wet_bulb_c"}))
    qtbot.wait(20)
    _band_row(figure, "cabin", text)
    assert _shaded_rows(figure) == ["cabin"]
    figure.show_plots(("loop", "crew"))  # the cabin plot hidden: the row follows the crew band
    qtbot.wait(20)
    _band_row(figure, "crew", text)
    assert _shaded_rows(figure) == ["crew"]
    figure.show_plots(tuple(figure.plots))
    figure.contents.apply()
    qtbot.wait(20)
    _band_row(figure, "cabin", text)
    figure.set_uncertainty(None)
    qtbot.wait(20)
    assert _shaded_rows(figure) == []
