"""The painter: pixels where the parts are, arrow widths in watts, and real glyphs (not boxes)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from thermoviz.api import load_scenario, simulate
from thermoviz.figure.schematic_state import SchematicState

W, H = 1600, 900  # the logical canvas: image pixels = logical units




def render(state, width=W, height=H) -> np.ndarray:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from thermoviz.export.animation import qimage_to_rgb
    from thermoviz.figure.schematic import paint_schematic

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_schematic(painter, QRectF(0, 0, width, height), state)
    painter.end()
    return qimage_to_rgb(image).astype(int)


def near(pixels: np.ndarray, hex_colour: str, tol: int = 40) -> np.ndarray:
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    return np.abs(pixels - rgb).max(axis=-1) <= tol


def box(img, rect):
    return img[int(rect.top()):int(rect.bottom()), int(rect.left()):int(rect.right())]


def test_spray_drawn_only_after_the_puncture(qapp, ms22):
    from thermoviz.figure import schematic as sch

    spray = lambda img: near(img[40:150, 1020:1180], sch.sp.ORANGE).sum()  # noqa: E731 (above the hole)
    assert spray(render(SchematicState.at(ms22, 0.5))) == 0
    assert spray(render(SchematicState.at(ms22, 2.0))) > 200


def test_pump_green_while_running_and_crossed_out_when_stopped(qapp, ms22):
    from thermoviz.figure import schematic as sch

    region = sch.regions()["pump"]
    running = box(render(SchematicState.at(ms22, 0.5)), region)
    stopped = box(render(SchematicState.at(ms22, 40.0)), region)
    assert near(running, sch.sp.GREEN).sum() > 1500 and near(stopped, sch.sp.GREEN).sum() == 0
    assert near(stopped, sch.sp.VERMILLION).sum() > 300


def test_pipe_fill_follows_the_coolant_left(qapp, ms22):
    from thermoviz.figure import schematic as sch

    def blue_pipe(img):
        r = sch.regions()["loop"]
        pipe = np.zeros(img.shape[:2], bool)
        for x0, x1, y0, y1 in ((r.left() - 6, r.left() + 6, r.top(), r.bottom()),
                               (r.left(), r.right(), r.top() - 6, r.top() + 6),
                               (r.right() - 6, r.right() + 6, r.top(), r.bottom()),
                               (r.left(), r.right(), r.bottom() - 6, r.bottom() + 6)):
            pipe[int(y0):int(y1), int(x0):int(x1)] = True
        return (near(img, sch.sp.BLUE, 30) & pipe).sum() / pipe.sum()

    full, half, empty = (blue_pipe(render(SchematicState.at(ms22, t))) for t in (0.5, 12.03, 40.0))
    assert full > 0.85 and empty < 0.02
    assert half == pytest.approx(full / 2, abs=0.1)


def test_cabin_and_crew_colours_follow_temperatures(qapp, crewed):
    from thermoviz.figure import schematic as sch

    def cabin_fill(img):  # a patch of the cabin away from labels and icons
        return img[420:470, 470:600].reshape(-1, 3).mean(axis=0)

    cool = cabin_fill(render(SchematicState.at(crewed, 0.5)))
    hot_state = SchematicState.at(crewed, crewed.events["landing"] - 0.1)
    hot_img = render(hot_state)
    hot = cabin_fill(hot_img)
    assert cool[2] > cool[0] and hot[0] > hot[2] + 60  # blue-ish when cool, red-orange when hot
    crew_area = box(hot_img, sch.regions()["cabin"])[150:300, 40:460]
    core = sch.sp.temp_colour(hot_state.crew_core_temp_c, sch.sp.CORE_TEMP_STOPS).name()
    assert near(crew_area, core, 12).sum() > 3000  # three filled icons in the core colour


def test_equipment_bay_coloured_only_when_the_series_exists(qapp, ms22):
    from thermoviz.figure import schematic as sch

    region = sch.regions()["equipment"]
    without = dict(ms22.series, equipment_temp_c=np.full(len(ms22.time_h), np.nan))  # a model without the bay
    absent = box(render(SchematicState.at(dataclasses.replace(ms22, series=without), 5.0)), region)
    series = dict(ms22.series, equipment_temp_c=np.full(len(ms22.time_h), 45.0))
    present = box(render(SchematicState.at(dataclasses.replace(ms22, series=series), 5.0)), region)
    tinted = sch.sp.tint(sch.sp.temp_colour(45.0, sch.sp.EQUIPMENT_TEMP_STOPS), 0.45).name()
    assert near(absent, tinted, 10).sum() == 0 and near(present, tinted, 10).sum() > 20000


def test_heat_arrow_width_is_proportional_to_watts(qapp, ms22):
    from thermoviz.figure import schematic as sch
    from thermoviz.figure.schematic_parts import ARROW_PX_PER_W, arrow_width_px

    assert arrow_width_px(800) == pytest.approx(2 * arrow_width_px(400))
    state = SchematicState.at(ms22, 30.0)  # docked, loop dead: the hot equipment bay heats the cabin air
    assert state.equipment_air_w > 200
    img = render(state)
    row = img[670, 500:700]  # across the bay -> air arrow's shaft, between bay and cabin
    inked = (row.min(axis=-1) < 250).sum()  # fill plus its 1.5 px outline, antialiased
    assert near(row, sch.sp.VERMILLION, 30).sum() > 6
    assert inked == pytest.approx(state.equipment_air_w * ARROW_PX_PER_W + 1.5, abs=2)


def test_text_is_real_glyphs(qapp, ms22):
    """Without fonts Qt draws boxes silently: the time digits must change the pixels, with ink."""
    a = render(SchematicState.at(ms22, 2.0))[8:70, 40:460]
    b = render(SchematicState.at(ms22, 7.0))[8:70, 40:460]
    dark = (a.max(axis=-1) < 80).sum()
    assert dark > 1500 and (np.abs(a - b).max(axis=-1) > 100).sum() > 100
    from PySide6.QtGui import QFont, QFontMetricsF

    assert QFontMetricsF(QFont()).inFontUcs4(ord("°"))


def test_scales_into_any_rectangle(qapp, ms22):
    small = render(SchematicState.at(ms22, 2.0), 640, 480)  # 4:3: letterboxed, still drawn
    assert (small.max(axis=-1) < 80).sum() > 500
    assert (small[:50] == 255).all()  # the band above the centred 16:9 drawing stays white
