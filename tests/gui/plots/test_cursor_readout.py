"""The readout under the plots: new values repaint their entries without a relayout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from thermoviz import load_scenario, simulate
from thermoviz.figure import spec as S
from thermoviz.gui.plots.cursor_readout import CursorReadout


class _Count(QObject):
    def __init__(self, kind):
        super().__init__()
        self.kind, self.seen = kind, 0

    def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
        self.seen += event.type() == self.kind
        return False


def test_new_values_repaint_without_relayout(qtbot):
    """A control change: the cursor stays, every value changes."""
    before = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    result = simulate(before.scenario.replace(hole_diameter_mm=2 * before.scenario.hole_diameter_mm),
                      crew_strain=False)
    readout = CursorReadout()
    qtbot.addWidget(readout)
    readout.show()
    readout.show_values(20.0, before, before.at(20.0))
    QApplication.processEvents()
    layouts = _Count(QEvent.Type.LayoutRequest)
    readout.installEventFilter(layouts)
    hints = {key: label.sizeHint() for key, label in readout.labels.items()}
    readout.show_values(20.0, result, result.at(20.0))
    QApplication.processEvents()
    assert readout.texts["cabin_temp_c"] != S.format_value(before.at(20.0)["cabin_temp_c"], "°C", 1)
    assert layouts.seen == 0
    assert {key: label.sizeHint() for key, label in readout.labels.items()} == hints
    cabin = readout.labels["cabin_temp_c"]
    assert cabin.value == readout.texts["cabin_temp_c"] == S.format_value(result.at(20.0)["cabin_temp_c"], "°C", 1)
    assert cabin.text() == f"Cabin air: <b>{cabin.value}</b>"


def test_entry_fits_its_widest_value_at_any_font_size(qtbot):
    readout = CursorReadout()
    qtbot.addWidget(readout)
    label = readout.labels["loop_pressure_kpa"]
    small = label.sizeHint()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)  # View ▸ Interface size
    big = label.sizeHint()
    assert big.width() > 1.8 * small.width() and big.height() > 1.5 * small.height()
    label.set_value(S.series_spec("loop_pressure_kpa").widest)
    label.resize(big)
    image = label.grab().toImage()
    # The value is drawn (dark pixels) and reaches into the right half of the entry.
    dark = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() < 100]
    assert dark and max(dark) > image.width() * 0.6
