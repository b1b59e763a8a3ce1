"""The palette stays distinguishable under simulated colour-vision deficiency, and line styles back colour up.

Colours are simulated with colorspacious (Machado et al. 2009, full severity) and compared in
CAM02-UCS (ΔE ≈ 1: just noticeable; about 10: two clearly different line colours).  Measured on
this palette: the closest pair of curves sharing a plot is 21.6 apart with normal vision, 15.2 under
deuteranopia, 14.0 under protanopia and 11.0 under tritanopia (equipment bay and wet-bulb, which
also differ in dash pattern).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert, deltaE

from thermoviz.figure import spec as S

DEFICIENCIES = ("deuteranomaly", "protanomaly", "tritanomaly")
#: Least CAM02-UCS distance between two curves of one plot, under each deficiency.
MIN_DELTA_E = 10.0
#: Below this distance, two curves of one plot must also differ in line style.
STYLE_BACKUP_BELOW = 20.0


def _seen(hex_colour: str, deficiency: str | None) -> np.ndarray:
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    if deficiency is None:
        return rgb
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(cspace_convert(rgb, space, "sRGB1"), 0.0, 1.0)


def _distance(a: str, b: str, deficiency: str | None) -> float:
    return float(deltaE(_seen(a, deficiency), _seen(b, deficiency), input_space="sRGB1"))


def _pairs():
    for plot in S.PLOTS:
        yield from ((plot.key, a, b) for a, b in itertools.combinations(S.series_of(plot.key), 2))


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_curves_sharing_a_plot_stay_apart(deficiency):
    close = [(plot, a.key, b.key, round(_distance(a.pen.colour, b.pen.colour, deficiency), 1))
             for plot, a, b in _pairs() if _distance(a.pen.colour, b.pen.colour, deficiency) < MIN_DELTA_E]
    assert close == []


def test_the_simulation_can_fail():
    """Red and green, the classic confusion, are far apart normally and close under deuteranopia."""
    assert _distance("#D00000", "#00A000", None) > 30
    assert _distance("#D00000", "#00A000", "deuteranomaly") < _distance("#D00000", "#00A000", None) / 2


@pytest.mark.parametrize("deficiency", (None, *DEFICIENCIES))
def test_close_colours_are_backed_by_line_style(deficiency):
    unbacked = [(plot, a.key, b.key) for plot, a, b in _pairs()
                if _distance(a.pen.colour, b.pen.colour, deficiency) < STYLE_BACKUP_BELOW and a.pen.style == b.pen.style]
    assert unbacked == []


def test_curves_on_one_axis_differ_in_line_style():
    """A grey-scale print or any colour vision: curves sharing an axis never share a dash pattern."""
    for plot in S.PLOTS:
        for side in ("left", "right"):
            styles = [s.pen.style for s in S.series_of(plot.key, side)]
            assert len(styles) == len(set(styles)), (plot.key, side, styles)


@pytest.mark.parametrize("deficiency", (None, *DEFICIENCIES))
def test_every_curve_stands_out_from_the_white_plot(deficiency):
    faint = [s.key for s in S.SERIES_SPECS if _distance(s.pen.colour, "#FFFFFF", deficiency) < 30]
    assert faint == []
