"""A legend row too wide for a narrow legend column even at the smallest legend scale is broken in two
lines instead of being clipped (issue 19: the Russian handout's cabin legend lost the ends of
"Влажный термометр 31 °C: измеренный предел" and four other rows); English figures are unchanged."""

from __future__ import annotations

from thermoviz.export.figure import export_figure, resize_figure
from thermoviz.figure.view import FigureView
from thermoviz.io.translations import use_language

HANDOUT_FIGURE = (700, 430)


def _clipped(figure) -> list[str]:
    out = []
    for key, legend in figure.legends.items():
        if key not in figure.visible_plots():
            continue
        right = figure.legend_cells[key].sceneBoundingRect().right()
        out += [label.text for _s, label in legend.items if label.item.sceneBoundingRect().right() > right + 0.5]
    return out


def _rows(figure) -> list[str]:
    return [label.text for legend in figure.legends.values() for _s, label in legend.items]


def test_russian_rows_wrap_in_a_narrow_column(qapp, crewed):
    use_language("ru")
    try:
        with export_figure(crewed, FigureView(plots=("cabin", "crew")), size=HANDOUT_FIGURE) as figure:
            resize_figure(figure, HANDOUT_FIGURE)
            clipped, rows = _clipped(figure), _rows(figure)
    finally:
        use_language("en")
    assert not clipped, clipped
    assert "Влажный термометр<br>31 °C: измеренный предел" in rows, rows  # a unit stays with its number


def test_english_rows_are_not_wrapped(qapp, crewed):
    with export_figure(crewed, FigureView(plots=("cabin", "crew")), size=HANDOUT_FIGURE) as figure:
        resize_figure(figure, HANDOUT_FIGURE)
        assert not _clipped(figure)
        assert not [row for row in _rows(figure) if "<br>" in row]


def test_rows_join_again_when_the_column_widens(qapp, crewed):
    """A window that starts narrow and grows (every window does at start-up) must not keep broken rows."""
    use_language("ru")
    try:
        with export_figure(crewed, FigureView(plots=("cabin", "crew")), size=HANDOUT_FIGURE) as figure:
            resize_figure(figure, HANDOUT_FIGURE)
            assert any("<br>" in row for row in _rows(figure))
            resize_figure(figure, (1400, 900))
            broken, clipped = [row for row in _rows(figure) if "<br>" in row], _clipped(figure)
    finally:
        use_language("en")
    assert not broken and not clipped, (broken, clipped)
