"""Shared helpers of the export tests: a synthetic Result and image checks.

The synthetic Result follows the Result contract (every series, every event) with
smooth, plausible curves, so exporter tests do not depend on the physics model;
the CLI parity test uses the real model.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtGui

from thermoviz.model.outcome.result import EVENTS, SERIES, Result, Verdict
from thermoviz.model.scenario import Scenario


def synthetic_result(title: str = "Export test scenario", n: int = 721) -> Result:
    scenario = Scenario(title=title, description="Synthetic curves for the export tests.",
                        undock_time_h=40.0, duration_h=72.0)
    t = np.linspace(0.0, 72.0, n)
    leak = np.clip((t - 1.0) / 6.0, 0, None)
    pressure = 200.0 * np.exp(-leak) + 5.0
    remaining = 100.0 * np.exp(-0.8 * leak)
    cabin = 22.0 + 14.0 * (1 - np.exp(-np.clip(t - 40.0, 0, None) / 2.0))
    series = {
        "loop_pressure_kpa": pressure,
        "coolant_remaining_pct": remaining,
        "heat_rejection_w": 900.0 * remaining / 100.0,
        "heat_rejection_capacity_w": 900.0 * remaining / 100.0 + 50.0,
        "heat_load_w": np.where(t > 40.0, 1100.0, 600.0),
        "cabin_temp_c": cabin,
        "cabin_rh_pct": 40.0 + 0.8 * (cabin - 22.0),
        "wet_bulb_c": cabin - 8.0,
        "wall_temp_c": cabin - 2.0,
        "equipment_temp_c": cabin + 3.0,
        "condensed_water_kg": np.clip(t - 40.0, 0, None) * 0.1,
        "crew_core_temp_c": np.where(t > 40.0, 37.0 + 0.05 * (t - 40.0), np.nan),
    }
    assert set(series) == set(SERIES)
    events = {name: None for name in EVENTS}
    events.update(puncture=1.0, coolant_half_lost=6.0, coolant_depleted=20.0, undock=40.0,
                  landing=43.5, cabin_temp_limit=41.2, crew_limit=None)
    return Result(
        scenario=scenario, time_h=t, series=series, events=events,
        verdict=Verdict("Caution: the cabin passes 27 °C during the return (synthetic).", "caution"),
        crew_aboard=t > 40.0, outside_validity={"crew_core_temp_c": np.zeros(n, bool)},
        notes=("Synthetic result for tests.",), crew_strain_computed=True,
    )


def pixels(image: QtGui.QImage) -> np.ndarray:
    """H x W x 3 uint8 RGB array of ``image``."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    array = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return array[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def dark_fraction(rgb: np.ndarray, threshold: int = 90) -> float:
    return float((rgb.max(axis=2) < threshold).mean())


def white_fraction(rgb: np.ndarray) -> float:
    return float((rgb.min(axis=2) > 245).mean())


def dark_runs_per_row(rgb: np.ndarray, threshold: int = 90) -> int:
    """Largest number of separate dark runs in one row (text gives many short runs)."""
    dark = rgb.max(axis=2) < threshold
    edges = np.diff(dark.astype(np.int8), axis=1) == 1
    return int(edges.sum(axis=1).max()) if dark.size else 0


def count_curve_points(svg_bytes: bytes, min_points: int = 50) -> int:
    """Number of SVG ``<path>`` elements with at least ``min_points`` points (plotted curves)."""
    import re
    import xml.etree.ElementTree as ET

    found = 0
    for path in ET.fromstring(svg_bytes).iter("{http://www.w3.org/2000/svg}path"):
        if len(re.findall(r"[ML]\s*-?[\d.]+", path.get("d", ""))) >= min_points:
            found += 1
    return found
