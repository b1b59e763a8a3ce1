"""The scenario controls (left panel): preset, vehicle, loop, hole, timing, crew.

The panel holds the current :class:`Scenario`, emits ``scenario_changed`` with a new, validated copy
after every edit, and never simulates anything itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from superqt.utils import signals_blocked
from thermoviz.model.crew.clothing import CLOTHING
from thermoviz.model.language import number, translate
from thermoviz.model.scenario import CREW_MODELS, FIELD_SPECS, Scenario, ScenarioError

from thermoviz.io.calibration_range import cd_note
from .choices import _PresetStandIn, _loops_of, _vehicle_catalogue, is_station_module, load_presets  # noqa: F401
from .inputs import CrewSpin, HoleDiameterInput, OptionalHoursInput, clothing_tip, field_tooltip, make_spin
from .odds_panel import OddsLabel
from .scenario_text import preset_text, shown_description, shown_title
from .undock_after import UndockAfterPuncture

CUSTOM = "__custom__"

STATION_TIMING_NOTE = ("A station module never undocks: undock and landing do not apply, "
                       "and the crew is aboard the whole time.")


class Controls(QWidget):
    """Scenario editor. ``scenario`` is the current value; edits emit ``scenario_changed``."""

    scenario_changed = Signal(object)  # Scenario
    #: Emitted (with the preset id) when a preset is picked, just before scenario_changed.
    preset_loaded = Signal(str)
    #: A plain-language note of what a vehicle or loop switch changed to fit (one undo step).
    adapted = Signal(str)
    #: A typed value was refused (one line naming the field and the allowed range).
    input_rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.presets, self.preset_problems = load_presets()
        self.vehicles = _vehicle_catalogue()
        self.scenario = Scenario()
        self.base_scenario = self.scenario  # what "Reset" returns to
        self.preset_id: str | None = None
        self._updating = False

        layout = QVBoxLayout(self, spacing=10)
        layout.setContentsMargins(8, 8, 8, 8)

        # --- preset --------------------------------------------------------
        preset_box = QGroupBox(translate("Controls", "Historic preset"))
        preset_layout = QVBoxLayout(preset_box)
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(translate("Controls", "Preset"))
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.setMinimumContentsLength(22)
        for preset in self.presets.values():
            self.preset_combo.addItem(preset_text(preset.title), preset.id)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, preset_text(preset.description),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(translate("Controls", "Load a historic scenario (replaces every setting below)."))
        self.preset_description = QLabel(wordWrap=True)
        self.preset_description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preset_description.setStyleSheet("color: #333333;")
        self.reset_button = QPushButton(translate("Controls", "Reset to preset"))
        self.reset_button.setToolTip(translate("Controls", "Undo every change since the preset (or scenario file) was loaded."))
        for widget in (self.preset_combo, self.preset_description, self.reset_button):
            preset_layout.addWidget(widget)
        layout.addWidget(preset_box)

        # --- vehicle and leak --------------------------------------------------
        leak_box = QGroupBox(translate("Controls", "Vehicle and leak"))
        form = QFormLayout(leak_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.vehicle_combo = QComboBox()
        self.vehicle_combo.setAccessibleName(translate("Controls", "Vehicle"))
        for vid, vehicle in self.vehicles.items():
            self.vehicle_combo.addItem(vehicle.title, vid)
        self.vehicle_combo.setToolTip(field_tooltip(FIELD_SPECS["vehicle"]))
        self.loop_combo = QComboBox()
        self.loop_combo.setAccessibleName(translate("Controls", "Punctured loop"))
        self.loop_combo.setToolTip(field_tooltip(FIELD_SPECS["loop"]))
        self.loop_label = QLabel(translate("Controls", "Punctured loop"))
        self.hole = HoleDiameterInput(FIELD_SPECS["hole_diameter_mm"])
        self.cd_spin = make_spin(FIELD_SPECS["discharge_coefficient"], 2, 0.01)
        self.cd_note = QLabel(wordWrap=True)
        self.cd_note.setStyleSheet("color: #444444;")
        self.cd_note.setAccessibleName(translate("Controls", "Cd range the record allows"))
        self.puncture = OptionalHoursInput(FIELD_SPECS["puncture_time_h"], translate("Controls", "Never"), 1.0)
        form.addRow(translate("Controls", "Vehicle"), self.vehicle_combo)
        form.addRow(self.loop_label, self.loop_combo)
        form.addRow(self._label("hole_diameter_mm", translate("Controls", "Hole diameter [mm]")), self.hole)
        self.odds = OddsLabel()  # how likely a hole this big is (issue 22)
        form.addRow(self.odds)
        form.addRow(self._label("discharge_coefficient", translate("Controls", "Discharge coeff. Cd")), self.cd_spin)
        form.addRow("", self.cd_note)
        form.addRow(self._label("puncture_time_h", translate("Controls", "Puncture at [h]")), self.puncture)
        layout.addWidget(leak_box)

        # --- crew and timing ----------------------------------------------------
        crew_box = QGroupBox(translate("Controls", "Crew and timing"))
        form2 = QFormLayout(crew_box)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form2.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.undock = OptionalHoursInput(FIELD_SPECS["undock_time_h"], translate("Controls", "Stays docked"), 24.0)
        self.descent = OptionalHoursInput(FIELD_SPECS["descent_duration_h"], translate("Controls", "Vehicle value"), 3.5, 0.25)
        self.hatch = QCheckBox(translate("Controls", "Hatch to the station open"))
        self.hatch.setToolTip(field_tooltip(FIELD_SPECS["hatch_open"]))
        self.crew_spin = CrewSpin()
        spec = FIELD_SPECS["crew"]
        self.crew_spin.setRange(int(spec.minimum), int(spec.maximum))
        self.crew_spin.setToolTip(field_tooltip(spec))
        self.crew_spin.setAccessibleName(translate("Controls", "Crew"))
        self.duration_spin = make_spin(FIELD_SPECS["duration_h"], 1, 6.0)
        self.clothing_combo = QComboBox()
        self.clothing_combo.setAccessibleName(translate("Controls", "Crew clothing"))
        for cid, clothing in CLOTHING.items():
            self.clothing_combo.addItem(translate("Clothing", clothing.title), cid)
            self.clothing_combo.setItemData(self.clothing_combo.count() - 1, clothing_tip(clothing),
                                            Qt.ItemDataRole.ToolTipRole)
        form2.addRow(self._label("undock_time_h", translate("Controls", "Undock at [h]")), self.undock)
        self.undock_after = UndockAfterPuncture(self, form2)  # the same time in hours since the puncture
        form2.addRow(self._label("descent_duration_h", translate("Controls", "Undock → landing [h]")), self.descent)
        form2.addRow("", self.hatch)
        form2.addRow(self._label("crew", translate("Controls", "Crew")), self.crew_spin)
        form2.addRow(self._label("crew_clothing", translate("Controls", "Crew wears")), self.clothing_combo)
        self.model_combo = QComboBox()  # crew heat-strain model: JOS-3 runs in the background like PHS
        self.model_combo.setAccessibleName(translate("Controls", "Crew model"))
        for mid, text in CREW_MODELS.items():
            self.model_combo.addItem({"phs": "PHS (ISO 7933)", "jos3": "JOS-3"}.get(mid, mid), mid)
            self.model_combo.setItemData(self.model_combo.count() - 1, translate("Fields", text), Qt.ItemDataRole.ToolTipRole)
        self.model_combo.setToolTip(field_tooltip(FIELD_SPECS["crew_model"]))
        form2.addRow(self._label("crew_model", translate("Controls", "Crew model")), self.model_combo)
        form2.addRow(self._label("duration_h", translate("Controls", "Simulated span [h]")), self.duration_spin)
        layout.addWidget(crew_box)

        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #8B1A00; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        # --- wiring -------------------------------------------------------------
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.preset_combo.activated.connect(self._preset_picked_again)
        self.reset_button.clicked.connect(self.reset_to_preset)
        self.vehicle_combo.currentIndexChanged.connect(self._vehicle_chosen)
        self.loop_combo.currentIndexChanged.connect(self._edited)
        self.hole.changed.connect(self._edited)
        self.cd_spin.valueChanged.connect(self._edited)
        self.puncture.changed.connect(self._edited)
        self.undock.changed.connect(self._edited)
        self.descent.changed.connect(self._edited)
        self.hatch.toggled.connect(self._edited)
        self.crew_spin.valueChanged.connect(self._edited)
        self.clothing_combo.currentIndexChanged.connect(self._edited)
        self.model_combo.currentIndexChanged.connect(self._edited)
        self.duration_spin.valueChanged.connect(self._edited)
        self._shown: dict[str, object] = {}
        for box in (self.hole.spin, self.cd_spin, self.puncture.spin, self.undock.spin, self.descent.spin,
                    self.duration_spin, self.crew_spin):
            box.rejected.connect(self._input_rejected)

    @staticmethod
    def _label(field: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(field_tooltip(FIELD_SPECS[field]))
        return label

    # ------------------------------------------------------------------ public
    def set_scenario(self, scenario: Scenario, preset_id: str | None = None) -> None:
        """Show ``scenario`` (it becomes the "Reset" target); emits nothing."""
        if preset_id is None:
            preset_id = self._matching_preset(scenario)
        self.preset_id = preset_id
        self.base_scenario = scenario
        self._show(scenario)

    def show_scenario(self, scenario: Scenario) -> None:
        """Show ``scenario`` keeping the Reset target (undo/redo); emits nothing."""
        self._show(scenario)

    def reset_to_preset(self) -> None:
        """Back to the shipped preset (or the loaded scenario file); emits ``scenario_changed``."""
        self.base_scenario = self.presets[self.preset_id].scenario if self.preset_id in self.presets \
            else self.base_scenario  # never a remembered or edited copy of the preset
        self._show(self.base_scenario)
        self.scenario_changed.emit(self.scenario)

    @property
    def modified(self) -> bool:
        return self.scenario != self.base_scenario

    # ------------------------------------------------------------------ internals
    def _matching_preset(self, scenario: Scenario) -> str | None:
        for pid, preset in self.presets.items():
            if preset.scenario == scenario:
                return pid
        return None

    def _show(self, scenario: Scenario) -> None:
        self._updating = True
        try:
            self.scenario = scenario
            self._select_preset_item(self.preset_id, scenario)
            index = self.vehicle_combo.findData(scenario.vehicle)
            if index < 0:  # unknown to the catalogue: show the id rather than hide it
                self.vehicle_combo.addItem(scenario.vehicle, scenario.vehicle)
                index = self.vehicle_combo.count() - 1
            self.vehicle_combo.setCurrentIndex(index)
            self._fill_loops(scenario.vehicle, scenario.loop)
            self.hole.set_value(scenario.hole_diameter_mm)
            self.cd_spin.setValue(scenario.discharge_coefficient)
            self.puncture.set_value(scenario.puncture_time_h)
            self.undock.set_value(scenario.undock_time_h)
            self.undock_after.show(scenario)
            self.descent.set_value(scenario.descent_duration_h)
            self.hatch.setChecked(scenario.hatch_open)
            self.crew_spin.setValue(scenario.crew)
            self.clothing_combo.setCurrentIndex(max(self.clothing_combo.findData(scenario.crew_clothing), 0))
            self.model_combo.setCurrentIndex(max(self.model_combo.findData(scenario.crew_model), 0))
            self.duration_spin.setValue(scenario.duration_h)
            self.error_label.hide()
            self._update_timing_enabled()
            self._update_cd_note()
            self.odds.show_for(scenario)
            self._shown = self._widget_values()
        finally:
            self._updating = False

    def _select_preset_item(self, preset_id: str | None, scenario: Scenario) -> None:
        custom = self.preset_combo.findData(CUSTOM)
        if preset_id is None:
            label = (translate("Controls", "Custom: {title}").format(title=shown_title(scenario.title)) if scenario.title
                     else translate("Controls", "Custom scenario"))
            if custom < 0:
                self.preset_combo.insertItem(0, label, CUSTOM)
                custom = 0
            else:
                self.preset_combo.setItemText(custom, label)
            self.preset_combo.setCurrentIndex(custom)
            self.preset_description.setText(shown_description(scenario.description) or translate("Controls", "A scenario that is not one of the presets."))
            self.reset_button.setText(translate("Controls", "Reset to loaded scenario"))
        else:
            if custom >= 0:
                self.preset_combo.removeItem(custom)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset_id))
            self.preset_description.setText(preset_text(self.presets[preset_id].description))
            self.reset_button.setText(translate("Controls", "Reset to preset"))

    def _fill_loops(self, vehicle_id: str, loop_id: str) -> None:
        with signals_blocked(self.loop_combo):
            self.loop_combo.clear()
            vehicle = self.vehicles.get(vehicle_id)
            for lid, title in _loops_of(vehicle):
                self.loop_combo.addItem(title, lid)
            if self.loop_combo.findData(loop_id) < 0:
                self.loop_combo.addItem(loop_id, loop_id)
            self.loop_combo.setCurrentIndex(self.loop_combo.findData(loop_id))
        several = self.loop_combo.count() > 1
        self.loop_combo.setVisible(several)
        self.loop_label.setVisible(several)
        max_crew = None if vehicle is None else vehicle.max_crew
        spec = FIELD_SPECS["crew"]
        self.crew_spin.setMaximum(int(spec.maximum) if max_crew is None else min(int(spec.maximum), int(max_crew)))
        descent = None if vehicle is None else vehicle.descent_duration_h
        station = is_station_module(vehicle)
        if station:
            self.descent.none_box.setText(translate("Controls", "Vehicle value (none)"))
        elif descent is not None:
            self.descent.none_box.setText(translate("Controls", "Vehicle value ({hours} h)").format(hours=number(f"{descent:g}")))
        # A station module has no return: the greyed box says so instead of a stale number.
        self.descent.spin.setSpecialValueText(translate("Controls", "n/a") if station else "")
        self.descent.set_none_value(self.descent.spin.minimum() if station else descent)

    def _update_timing_enabled(self) -> None:
        """A station module never undocks: its timing controls are greyed, with the reason as tooltip.

        Greyed only once they say "Stays docked" / "Vehicle value": a station module with an
        undock time (e.g. from a file) keeps the control enabled so the user can tick it.
        """
        station = is_station_module(self.vehicles.get(self.vehicle_combo.currentData()))
        for widget, field in ((self.undock, "undock_time_h"), (self.descent, "descent_duration_h")):
            fixable = widget.value() is not None
            widget.setEnabled(not station or fixable)
            widget.setToolTip(STATION_TIMING_NOTE if station else field_tooltip(FIELD_SPECS[field]))

    def _preset_chosen(self, index: int) -> None:
        if self._updating:
            return
        pid = self.preset_combo.itemData(index)
        if pid == CUSTOM or pid not in self.presets:
            return
        self.set_scenario(self.presets[pid].scenario, pid)
        self.preset_loaded.emit(pid)
        self.scenario_changed.emit(self.scenario)

    def _preset_picked_again(self, index: int) -> None:
        """Picking the preset already shown resets it (Qt sends no index change for it)."""
        pid = self.preset_combo.itemData(index)
        shipped = self.presets[pid].scenario if pid == self.preset_id and pid in self.presets else None
        if shipped is not None and not self._updating and (shipped != self.scenario or shipped != self.base_scenario):
            self._preset_chosen(index)

    def _vehicle_chosen(self, index: int) -> None:
        if self._updating:
            return
        from .adapt import adapt_to_vehicle

        vid = self.vehicle_combo.itemData(index)
        vehicle = self.vehicles.get(vid)
        before = self.scenario
        adapted, changes = adapt_to_vehicle(before.replace(vehicle=vid), vehicle)
        self._updating = True
        try:
            self._fill_loops(vid, adapted.loop)
            self.undock.set_value(adapted.undock_time_h)
            self.descent.set_value(adapted.descent_duration_h)
            self.crew_spin.setValue(adapted.crew)
            self._update_timing_enabled()
        finally:
            self._updating = False
        self._edited(vehicle_switch=adapted)
        if changes and self.scenario.vehicle == vid:
            self.adapted.emit(translate("Controls", "Switched to {vehicle}: {changes} (Ctrl+Z undoes it).").format(vehicle=vehicle.title, changes="; ".join(changes)))

    def _widget_values(self) -> dict[str, object]:
        """What every control shows now, by scenario field."""
        return {
            "vehicle": self.vehicle_combo.currentData(),
            "loop": self.loop_combo.currentData(),
            "hole_diameter_mm": self.hole.value(),
            "discharge_coefficient": self.cd_spin.value(),
            "puncture_time_h": self.puncture.value(),
            "undock_time_h": self.undock.value(),
            "descent_duration_h": self.descent.value(),
            "hatch_open": self.hatch.isChecked(),
            "crew": self.crew_spin.value(),
            "crew_clothing": self.clothing_combo.currentData(),
            "crew_model": self.model_combo.currentData(),
            "duration_h": self.duration_spin.value(),
        }

    def _edited(self, *_args, vehicle_switch: Scenario | None = None) -> None:
        """A control changed: only the fields whose control shows something new are replaced.

        A value the user did not touch keeps its full precision (a file's 0.123 mm hole
        stays 0.123 mm when only the crew changes), whatever its control displays.
        """
        if self._updating:
            return
        shown = self._widget_values()
        changed = {field: value for field, value in shown.items() if value != self._shown.get(field)}
        if vehicle_switch is not None:  # the switch's adapted fields, exactly as adapted
            changed.update({f: getattr(vehicle_switch, f) for f in ("vehicle", "loop", "undock_time_h",
                                                                      "descent_duration_h", "crew")})
        try:
            scenario = self.scenario.replace(**changed)
        except ScenarioError as err:
            self.error_label.setText(str(err))
            self.error_label.show()
            return
        self.error_label.hide()
        self._shown = shown
        self.scenario = scenario
        self.undock_after.show(scenario)
        self._update_timing_enabled()
        self._update_cd_note()
        self.odds.show_for(scenario)
        self.scenario_changed.emit(scenario)

    def _update_cd_note(self) -> None:
        """The Cd range the record allows for the shown loop, beside the Cd control and in its tooltip."""
        s = self.scenario
        note = cd_note(s.vehicle, s.loop, s.coolant or "")
        if note != self.cd_note.text():
            self.cd_note.setText(note)
            self.cd_note.setVisible(bool(note))
            tip = field_tooltip(FIELD_SPECS["discharge_coefficient"])
            self.cd_spin.setToolTip(f"{tip}<br>MS-22: {note}." if note else tip)
        self._update_clothing_tip()

    def _update_clothing_tip(self) -> None:
        clothing = CLOTHING.get(self.clothing_combo.currentData())
        if clothing is not None:
            self.clothing_combo.setToolTip(clothing_tip(clothing))

    def _input_rejected(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.input_rejected.emit(message)

    def show_error(self, text: str) -> None:
        """Show a one-line problem (e.g. the model rejected the scenario) under the controls."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

