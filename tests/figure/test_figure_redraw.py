"""What a redraw of the figure touches: axes keep their range (and their cached
drawing) when nothing they show has changed."""

from __future__ import annotations

import numpy as np

from thermoviz.figure import spec as S
from thermoviz.figure.figure import Figure


def _crew_range(figure: Figure) -> list[float]:
    return figure.plots[S.series_spec(S.CREW_SERIES).plot].vb.viewRange()[1]


def test_crew_plot_keeps_its_range_while_the_crew_curve_computes(qtbot, crewed):
    """The fast result (no crew curve yet) must not move the crew axis to the empty-plot range and back."""
    from thermoviz import simulate

    figure = Figure()
    qtbot.addWidget(figure)
    figure.set_result(crewed)
    drawn = list(_crew_range(figure))
    fast = simulate(crewed.scenario.replace(hole_diameter_mm=crewed.scenario.hole_diameter_mm * 1.1),
                    crew_strain=False)
    assert not np.isfinite(np.asarray(fast.series[S.CREW_SERIES])).any()
    figure.set_crew_pending(True)
    figure.set_result(fast)
    assert _crew_range(figure) == drawn
    # No crew curve coming (e.g. its computation failed): the plot shows its empty range.
    figure.set_crew_pending(False)
    figure.set_result(fast)
    empty = S.plot_spec(S.series_spec(S.CREW_SERIES).plot).y_range.span(None, None)
    assert _crew_range(figure) == list(empty)


def test_first_result_sets_the_crew_range_even_while_pending(qtbot, crewed):
    from thermoviz import simulate

    figure = Figure()
    qtbot.addWidget(figure)
    figure.set_crew_pending(True)
    figure.set_result(simulate(crewed.scenario, crew_strain=False))
    empty = S.plot_spec(S.series_spec(S.CREW_SERIES).plot).y_range.span(None, None)
    assert _crew_range(figure) == list(empty)


def test_a_range_change_does_not_rebuild_axis_titles(qtbot, ms22, monkeypatch):
    figure = Figure()
    qtbot.addWidget(figure)
    figure.set_result(ms22)
    axis = figure.plots["cabin"].getAxis("left")
    title = axis.label.toHtml()
    calls = []
    monkeypatch.setattr(axis.label, "setHtml", lambda html: calls.append(html))
    figure.plots["cabin"].setYRange(0.0, 1234.0, padding=0)
    assert axis.range == [0.0, 1234.0] and calls == []
    assert axis.label.toHtml() == title


def test_a_new_y_range_is_painted_in_one_pass(qtbot, ms22):
    """pyqtgraph moves a plot's items to a new range in the next paint, which painted the plot twice."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from thermoviz import simulate

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
            self.count += event.type() == QEvent.Type.Paint
            return False

    # a leak heats the equipment bay past 40 °C, no leak keeps it cool: the cabin plot's range changes
    results = [simulate(ms22.scenario.replace(**change), crew_strain=False)
               for change in ({"hole_diameter_mm": 0.6}, {"puncture_time_h": None})]
    figure = Figure()
    qtbot.addWidget(figure)
    figure.resize(1200, 800)
    figure.show()
    qtbot.waitExposed(figure)
    figure.set_result(results[0])
    for _ in range(3):
        QApplication.processEvents()
    first = list(figure.plots["cabin"].vb.viewRange()[1])
    paints = Paints()
    figure.graphics.viewport().installEventFilter(paints)
    figure.set_result(results[1])
    for _ in range(5):
        QApplication.processEvents()
    assert figure.plots["cabin"].vb.viewRange()[1] != first
    assert paints.count == 1
