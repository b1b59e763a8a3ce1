"""The PDF report says which parameter is fitted to which record item and what the record allows."""

from __future__ import annotations

from thermoviz.api import load_scenario, simulate
from thermoviz.export.report_text import back_matter_html
from thermoviz.model.calibration import CALIBRATION_TABLE


def test_back_matter_has_the_calibration_table_and_the_cd_range():
    result = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    text = back_matter_html(result)
    assert "<h2>Calibration</h2>" in text
    assert text.count("<td>held out</td>") == sum(item.use == "held out" for item in CALIBRATION_TABLE) >= 1
    assert text.count("<td>fitted</td>") == sum(item.use == "fitted" for item in CALIBRATION_TABLE) >= 1
    assert "record allows" in text and "this run uses Cd = 0.12" in text
