"""The map figure: exact-size PNG on white with both sides of the scale, parseable SVG, atomic writes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.survival_map import survival_map


@pytest.fixture(scope="module")
def crew_map():
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    return survival_map(scenario, ("hole_diameter_mm", 0.2, 5.0, 24), ("undock_after_puncture_h", 0, 48, 20),
                        crew_counts=(1, 2, 3))


def _pixels(image):
    from PySide6 import QtGui

    image = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    arr = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return arr[:, : image.width(), :3].astype(int)


def test_png_exact_size_white_and_both_sides_of_the_limit(qapp, crew_map, tmp_path):
    from PySide6 import QtGui

    from thermoviz.figure.map_plot import export_map_png

    path = tmp_path / "map.png"
    export_map_png(crew_map, path, size=(1200, 750))
    image = QtGui.QImage(str(path))
    assert (image.width(), image.height()) == (1200, 750)
    px = _pixels(image)
    assert (px[0, 0] == 255).all() and (px[-1, -1] == 255).all()  # white page
    red = (px[..., 0] > 150) & (px[..., 2] < 80)
    blue = (px[..., 2] > 140) & (px[..., 0] < 60)
    assert red.sum() > 20_000 and blue.sum() > 20_000
    dark = (px.sum(axis=2) < 150).sum()
    assert dark > 2_000  # text, axes and boundary lines were drawn (fonts present)


def test_svg_parses_and_carries_labels(qapp, crew_map, tmp_path):
    from thermoviz.figure.map_plot import export_map_svg

    path = tmp_path / "map.svg"
    export_map_svg(crew_map, path)
    root = ET.parse(path).getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
    for words in ("Hole diameter", "Hours from puncture to undock", "3 crew", "1 crew", "this scenario"):
        assert words in texts
    assert any(el.tag.endswith("image") for el in root.iter())  # the heatmap


def test_unwritable_path_leaves_nothing(qapp, crew_map, tmp_path):
    from thermoviz.figure.map_plot import export_map_png

    target = tmp_path / "missing" / "map.png"
    with pytest.raises(OSError):
        export_map_png(crew_map, target)
    assert not target.exists()


def test_other_metrics_draw(qapp, tmp_path):
    from thermoviz.figure.map_plot import export_map_png

    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    for metric in ("crew_core_peak_c", "cabin_peak_c", "verdict"):
        m = survival_map(scenario, ("hole_diameter_mm", 0.3, 3.0, 6), ("crew", 1, 3, 3), metric=metric)
        export_map_png(m, tmp_path / f"{metric}.png", size=(800, 500))
        assert (tmp_path / f"{metric}.png").stat().st_size > 5_000


def test_widget_for_a_window_is_not_shown_by_itself(qtbot, crew_map):
    from thermoviz.figure.map_plot import map_widget

    widget = map_widget(crew_map, (900, 600), offscreen=False)
    qtbot.addWidget(widget)
    assert not widget.isVisible()
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.width() > 0


@pytest.mark.parametrize("size", [(600, 380), (1600, 1000)])
def test_boundary_labels_never_overlap_even_on_a_small_map(qapp, crew_map, size):
    """At 1024x768 the window's map is ~500 px wide: the '1/2/3 crew' labels once lay on top of each other."""
    import pyqtgraph as pg

    from thermoviz.figure.map_plot import map_widget

    widget = map_widget(crew_map, size=size)
    qapp.processEvents()
    labels = [item for item in widget.scene().items()
              if isinstance(item, pg.TextItem) and item.toPlainText().endswith("crew")]
    assert sorted(item.toPlainText() for item in labels) == ["1 crew", "2 crew", "3 crew"]
    rects = [item.sceneBoundingRect() for item in labels]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), (size, a, b)
    widget.deleteLater()
