"""The undock time in the one time base: "undock N h after the puncture", beside "Undock at [h from start]".

The scenario (and its file) keeps ``undock_time_h`` (hours from the start of the run); this box
shows and takes the same moment as hours since the puncture, so "undock 3 h after the puncture"
is typed as 3, as in ``--set undock_after_puncture_h=3`` and on the map's axis.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from superqt.utils import signals_blocked

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from thermoviz.model.scenario import FieldSpec

from .inputs import make_spin

SPEC = FieldSpec("undock_after_puncture_h", float, "h", QT_TRANSLATE_NOOP("Fields", "Undock after the puncture"),
                 QT_TRANSLATE_NOOP("Fields", "Hours from the puncture to the undock (the time base of every axis); "
                                   "the scenario stores it as the undock time from the start."), -240.0, 240.0)


class UndockAfterPuncture:
    """A number box linked to the controls' undock and puncture inputs (greyed without either)."""

    def __init__(self, controls, form):
        self.controls = controls
        self.spin = make_spin(SPEC, 2, 0.5)
        self.spin.setAccessibleName(SPEC.label_text())
        self.label = QLabel(translate("Controls", "… after the puncture [h]"))
        self.label.setToolTip(SPEC.help_text())
        self.spin.valueChanged.connect(self._edited)
        form.addRow(self.label, self.spin)

    def show(self, scenario) -> None:
        """Show ``scenario``'s undock as hours since its puncture (without emitting an edit)."""
        usable = scenario.puncture_time_h is not None and scenario.undock_time_h is not None
        with signals_blocked(self.spin):
            if usable:
                self.spin.setValue(scenario.undock_time_h - scenario.puncture_time_h)
        self.spin.setEnabled(usable)

    def _edited(self, hours: float) -> None:
        """Typed as hours after the puncture: the undock box takes puncture + hours (one edit)."""
        puncture, undock = self.controls.puncture.value(), self.controls.undock.value()
        if puncture is None or undock is None:
            return
        self.controls.undock.spin.setValue(puncture + hours)
