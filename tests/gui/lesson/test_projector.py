"""Projecting a lesson (issue 18): only the step's plots, no menu bar or docks, an uncut readout, and
text a back row can read, measured in screenshots at 1920x1080 and 1280x720."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QDockWidget, QLabel

#: Ink of one line of text (capital tops to descender bottoms) is about 0.7 of the font's line height,
#: so "a line of text at least 1/40 of the screen height" means ink rows >= 0.7 * height / 40.
INK_SHARE_OF_LINE = 0.7


def image_array(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * h)
    return data.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).astype(int)


def tallest_ink_run(crop: np.ndarray) -> int:
    """Height [px] of the tallest run of rows holding text ink (pixels far from the crop's background)."""
    flat = crop.reshape(-1, 3)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    background = colours[np.argmax(counts)]
    ink = np.abs(crop - background).sum(axis=2) > 200
    rows = ink.sum(axis=1) >= 1
    best = run = 0
    for row in rows:
        run = run + 1 if row else 0
        best = max(best, run)
    return best


def texts_with_rects(window):
    """(name, rect in window pixels) of every visible text of the lesson, banner and readout."""
    out = []
    for owner in (window.lesson_panel, window.verdict_banner, window.dashboard.readout):
        for label in owner.findChildren(QLabel):
            if label.isVisible() and label.text().strip():
                out.append((label.text()[:30], label.rect().translated(label.mapTo(window, label.rect().topLeft()))))
        for value in window.dashboard.readout.labels.values() if owner is window.dashboard.readout else ():
            if value.isVisible():
                out.append((value.name, value.rect().translated(value.mapTo(window, value.rect().topLeft()))))
    return out


def plot_text_heights_px(dashboard) -> list[tuple[float, str]]:
    """(line height in screen pixels, text) of every shown text of the plots: tick labels, axis titles,
    legend entries, event labels and notes, as drawn (view, display and legend scales included)."""
    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QGraphicsTextItem

    view = dashboard.graphics
    out = []
    for item in view.scene().items():
        if not item.isVisible() or item.effectiveOpacity() == 0:
            continue
        t = item.deviceTransform(view.viewportTransform())
        scale = (t.m21() ** 2 + t.m22() ** 2) ** 0.5  # along the text's height, rotated titles too
        if isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
            layout = item.document().firstBlock().layout()  # html sizes (legends, axis titles) included
            if layout.lineCount():
                out.append((layout.lineAt(0).height() * scale, item.toPlainText()[:30]))
        elif isinstance(item, pg.AxisItem) and item.style.get("showValues", True) and item.isVisible():
            out.append((QFontMetricsF(item.style["tickFont"] or item.font()).height() * scale,
                        f"{item.orientation} ticks"))
    return out


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_projected_lesson_step_is_readable_from_the_back(make_window, size, tmp_path):
    from thermoviz.gui.lesson.lesson_open import open_lesson

    width, height = size
    window = make_window("soyuz-ms22", size=size)
    panel = open_lesson(window, "ms22-why", 3)
    window.presentation.screen_height_px = height
    window.set_presentation_mode(True)
    window.showNormal()  # the offscreen screen has its own size: lay the window out at the projector's
    window.resize(width, height)
    assert window.wait_idle(60)
    panel.reveal()
    assert window.wait_idle(60)
    image = window.grab().toImage()
    image.save(f"{tmp_path}/projected-{height}.png")
    array = image_array(image)

    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert [d for d in window.findChildren(QDockWidget) if d.isVisible()] == [panel]
    assert window.dashboard.view_state().plots == tuple(panel.step.view.plots)  # only the step's plots
    dash = window.dashboard
    for key in panel.step.view.plots:  # no 30-px strip: every shown plot keeps a readable height
        shown_px = dash.plots[key].sceneBoundingRect().height() * dash.graphics.transform().m22()
        assert shown_px >= height / 8, (key, shown_px)
    for value in window.dashboard.readout.labels.values():  # no clipped readout ("Crew core: not aboa")
        if value.isVisible() and value.value:
            assert value.sizeHint().width() <= value.width() + 1, value.text()
    crops = [(array[max(r.top(), 0):r.bottom() + 1, max(r.left(), 0):r.right() + 1], name)
             for name, r in texts_with_rects(window)]
    smallest = min((tallest_ink_run(crop), name) for crop, name in crops if crop.size)
    assert smallest[0] >= INK_SHARE_OF_LINE * height / 40, smallest
    plot_texts = plot_text_heights_px(dash)  # the plots' text too: legends used to stay at 11 pt (1/60 at 1080)
    assert {"Cabin air", "Undock", "left ticks", "bottom ticks"} <= {name for _, name in plot_texts}
    assert min(plot_texts) >= (height / 40, ""), min(plot_texts)
    for key, shading in dash.validity.items():  # the "outside model validity" note was cut at its right end
        for label in shading.labels[:shading.shown]:
            box, rect = dash.plots[key].vb.sceneBoundingRect(), label.sceneBoundingRect()
            assert box.left() - 0.5 <= rect.left() and rect.right() <= box.right() + 0.5, (key, rect, box)
    window.set_presentation_mode(False)
    assert window.menuBar().isVisible()

