"""Vehicle ▸ Edit vehicle…: copy a vehicle, edit every parameter, save it as a user vehicle.

The form is generated from the fields of :class:`~thermoviz.model.params.VehicleParams`
and ``LoopParams`` and from the copied vehicle's per-parameter provenance (unit,
source, confidence, plausible range): no parameter is named here.  Each value is
checked as it is typed with the same rules as a vehicle file
(:func:`thermoviz.io.vehicle_file.check_value`), and the whole vehicle with
:func:`~thermoviz.io.vehicle_file.entry_from_document` before Save is enabled.
A value outside an estimate's plausible range is allowed with an amber warning
and saved with confidence ``user``.  Save writes ``<data folder>/vehicles/<id>.toml``
atomically, adds the vehicle to the picker and selects it (one undoable step);
Cancel changes nothing.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from thermoviz.io import vehicle_file as vf
from thermoviz.io.vehicle_parse import Provenance, VehicleEntry, VehicleFileError
from thermoviz.io.vehicles import vehicle_entry, vehicle_ids
from thermoviz.model.language import QT_TRANSLATE_NOOP, number, translate
from thermoviz.model.loop.coolant import COOLANTS
from thermoviz.model.params import KINDS, LoopParams, VehicleParams

from . import row_texts

#: Tabs of the form, by the start of a parameter's name (first match wins; the rest: "Vehicle").
GROUP_RULES = (("station_air_", "Station air"), ("avionics_", "Heat loads"), ("shutdown", "Heat loads"),
               ("equipment_", "Equipment"), ("cabin_", "Cabin"), ("air_", "Cabin"), ("wall_", "Cabin"),
               ("orbital_module_", "Cabin"), ("mli_", "Cabin"), ("space_", "Cabin"), ("module_", "Vehicle"),
               ("landed_", "Cabin"), ("landing_", "Cabin"), ("chx_", "Cabin"))
#: Text fields that are one of a fixed set of ids.
CHOICES = {"kind": KINDS, "default_coolant": tuple(COOLANTS)}
_SKIP = {"id", "loops", "estimates", "title"}
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)
ERROR_STYLE, WARNING_STYLE, NOTE_STYLE = "color: #b00020;", "color: #9a6700;", "color: palette(mid);"


#: The form's fixed texts and tab names, marked for translation (shown through translate).
T_COPY, T_ID, T_TITLE = (QT_TRANSLATE_NOOP("VehicleEditor", "Copy from"), QT_TRANSLATE_NOOP("VehicleEditor", "Id"),
                         QT_TRANSLATE_NOOP("VehicleEditor", "Title"))
TAB_NAMES = (QT_TRANSLATE_NOOP("VehicleEditor", "Station air"), QT_TRANSLATE_NOOP("VehicleEditor", "Heat loads"),
             QT_TRANSLATE_NOOP("VehicleEditor", "Equipment"), QT_TRANSLATE_NOOP("VehicleEditor", "Cabin"),
             QT_TRANSLATE_NOOP("VehicleEditor", "Vehicle"))
ORIGINS = (QT_TRANSLATE_NOOP("VehicleEditor", "user"), QT_TRANSLATE_NOOP("VehicleEditor", "shipped"))


def tab_text(tab: str) -> str:
    """A tab's name (``group_of``'s, or ``Loop: <title>``) in the language in use."""
    if tab.startswith("Loop: "):
        return translate("VehicleEditor", "Loop: {title}").format(title=tab.removeprefix("Loop: "))
    return translate("VehicleEditor", tab)


def group_of(name: str) -> str:
    return next((group for prefix, group in GROUP_RULES if name.startswith(prefix)), "Vehicle")


def parse_number(text: str, whole: bool) -> Any:
    """Typed text -> number (a decimal comma is accepted, ``1_0`` is not); None for empty; ValueError if not."""
    text = text.strip()
    if not text:
        return None
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    if whole:
        if not re.fullmatch(r"[+-]?\d+", text, re.ASCII):
            raise ValueError(text)
        return int(text)
    return float(text)


def show_number(value: Any) -> str:
    """A value as the form shows it: shortest exact text, with the language's decimal comma (read back alike)."""
    return "" if value is None else number(repr(value)) if isinstance(value, float) else str(value)


@dataclasses.dataclass
class ParamRow:
    """One editable parameter: where it lives, its annotation, widgets and the copied provenance."""

    key: str  # provenance key: "cabin_free_volume_m3" or "loops.external.liquid_inventory_l"
    name: str
    hint: Any
    original: Any
    prov: Provenance | None
    widget: QWidget
    status: QLabel
    tab: str = ""

    def text_value(self) -> Any:
        if isinstance(self.widget, QComboBox):
            return self.widget.currentData()
        text = self.widget.text()
        base, _optional = vf.base_type(self.hint)
        if base is str:
            return text.strip()
        return parse_number(text, whole=base is int)


class VehicleEditorDialog(QDialog):
    """Copy a vehicle and edit it; ``saved_entry`` is the saved vehicle after ``accept``."""

    def __init__(self, parent: QWidget | None = None, start_id: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("VehicleEditor", "Edit vehicle"))
        self.saved_entry: VehicleEntry | None = None
        self.rows: list[ParamRow] = []
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(translate("VehicleEditor", T_COPY))
        for vid in vehicle_ids():
            entry = vehicle_entry(vid)
            kind = translate("VehicleEditor", "user" if vf.is_user_vehicle(vid) else "shipped")
            self.source_combo.addItem(f"{entry.params.title} ({kind})",
                                      vid)
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(translate("VehicleEditor", "Vehicle id"))
        self.id_edit.setToolTip(translate("VehicleEditor", "1-40 lowercase letters, digits or '-'; the file is "
                                          "<id>.toml in {folder}")
                                .format(folder=vf.user_vehicles_dir()))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("VehicleEditor", "Vehicle title"))
        top = QHBoxLayout()
        for label, widget in ((T_COPY, self.source_combo), (T_ID, self.id_edit), (T_TITLE, self.title_edit)):
            top.addWidget(QLabel(translate("VehicleEditor", label)))
            top.addWidget(widget, 1)
        self.tabs = QTabWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        note = QLabel(translate("VehicleEditor", "Every number with its unit, where it comes from and its allowed "
                                "range (hover for the full source). A value outside an estimate's plausible range is "
                                "allowed with a warning."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.id_edit.textChanged.connect(self.revalidate)
        self.title_edit.textChanged.connect(self.revalidate)
        self.source_combo.currentIndexChanged.connect(lambda _i: self.load_source(self.source_combo.currentData()))
        index = self.source_combo.findData(start_id) if start_id else 0
        self.source_combo.setCurrentIndex(max(index, 0))
        self.load_source(self.source_combo.currentData())
        self.resize(980, 640)

    # ------------------------------------------------------------------ building the form
    @property
    def source_id(self) -> str:
        return self.source_combo.currentData()

    def load_source(self, vehicle_id: str) -> None:
        """Fill the form with a copy of ``vehicle_id`` (a user vehicle is edited in place)."""
        entry = vehicle_entry(vehicle_id)
        self.source = entry
        user = vf.is_user_vehicle(vehicle_id)
        self.id_edit.setText(vehicle_id if user else f"my-{vehicle_id}")
        self.title_edit.setText(entry.params.title if user else f"My {entry.params.title}")
        self.rows.clear()
        self.tabs.clear()
        grids: dict[str, QGridLayout] = {}
        for f in dataclasses.fields(VehicleParams):
            if f.name not in _SKIP:
                self._add_row(grids, group_of(f.name), "", f, entry.params, entry.provenance)
        for loop in entry.params.loops:
            for f in dataclasses.fields(LoopParams):
                if f.name != "id":
                    self._add_row(grids, f"Loop: {loop.title}", f"loops.{loop.id}.", f, loop, entry.provenance)
        for grid in grids.values():
            grid.setRowStretch(grid.rowCount(), 1)
        self.revalidate()

    def _grid(self, grids: dict[str, QGridLayout], tab: str) -> QGridLayout:
        if tab not in grids:
            page = QWidget()
            grid = QGridLayout(page)
            grid.setColumnStretch(3, 1)
            grid.setColumnMinimumWidth(1, 150)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, tab_text(tab))
            grids[tab] = grid
        return grids[tab]

    def _add_row(self, grids, tab: str, prefix: str, f: dataclasses.Field, obj, provenance) -> None:
        cls = type(obj)
        hint = vf.field_types(cls)[f.name]
        value = getattr(obj, f.name)
        prov = provenance.get(prefix + f.name)
        if f.name in CHOICES:
            widget = QComboBox()
            for choice in CHOICES[f.name]:
                widget.addItem(choice, choice)
            widget.setCurrentIndex(max(widget.findData(value), 0))
            widget.currentIndexChanged.connect(self.revalidate)
        else:
            widget = QLineEdit(show_number(value))
            widget.textChanged.connect(self.revalidate)
        widget.setAccessibleName(prefix + f.name)
        widget.setObjectName(prefix + f.name)
        base, optional = vf.base_type(hint)
        unit = prov.unit if prov else ""
        note = row_texts.note(f.name, base, prov, optional)
        source = prov.source if prov else ""
        tooltip = f"{f.name} [{unit or '-'}]\n{note}\n\n{source}".strip()
        grid = self._grid(grids, tab)
        r = grid.rowCount()
        name_label = QLabel(row_texts.row_label(f.name))
        status = QLabel(note)
        status.setStyleSheet(NOTE_STYLE)
        source_label = QLabel(source if len(source) <= 180 else source[:177] + "…")
        source_label.setWordWrap(True)
        source_label.setStyleSheet(NOTE_STYLE + " font-size: 90%;")
        for w in (name_label, widget, status, source_label):
            w.setToolTip(tooltip)
        grid.addWidget(name_label, r, 0)
        grid.addWidget(widget, r, 1)
        grid.addWidget(QLabel(unit), r, 2)
        grid.addWidget(status, r, 3)
        if source:
            grid.addWidget(source_label, r + 1, 1, 1, 3)
        self.rows.append(ParamRow(prefix + f.name, f.name, hint, value, prov, widget, status, tab))

    # ------------------------------------------------------------------ checking
    def row(self, key: str) -> ParamRow:
        return next(r for r in self.rows if r.key == key)

    def _check_row(self, row: ParamRow) -> tuple[Any, str | None, str | None]:
        """(value, error, warning) of one row, with the file's rules."""
        try:
            value = row.text_value()
        except ValueError:
            return None, row_texts.not_a_number(row.name, vf.base_type(row.hint)[0]), None
        error = row_texts.value_error(row.name, row.hint, value)
        if error:
            return value, error, None
        warning = None if value == row.original else row_texts.range_warning(row.key, value, row.prov)
        return value, None, warning

    def build_document(self) -> tuple[dict | None, str | None]:
        """(vehicle document, None) or (None, first error) from the form."""
        top: dict[str, tuple[Any, Provenance | None]] = {"id": (self.id_edit.text().strip(), None),
                                                          "title": (self.title_edit.text().strip(), None)}
        loops: dict[str, dict[str, tuple[Any, Provenance | None]]] = {}
        first_error = None
        bad_tabs = set()
        for row in self.rows:
            value, error, warning = self._check_row(row)
            if error:
                bad_tabs.add(row.tab)
            row.status.setText(error or warning or self._note(row))
            row.status.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE if warning else NOTE_STYLE)
            if error and first_error is None:
                first_error = f"{row.key}: {error}"
            prov = None if row.prov is None or error or value is None else vf.edited_provenance(
                row.prov, value, self.source.params.title)
            if row.key.startswith("loops."):
                _, loop_id, _ = row.key.split(".", 2)
                loops.setdefault(loop_id, {"title": (self._loop_title(loop_id), None)})[row.name] = (value, prov)
            else:
                top[row.name] = (value, prov)
        for i in range(self.tabs.count()):  # a tab holding an error says so, also when it is not shown
            name = self.tabs.tabText(i).removesuffix(" ⚠")
            self.tabs.setTabText(i, name + (" ⚠" if name in {tab_text(t) for t in bad_tabs} else ""))
        if first_error:
            return None, first_error
        return vf.document_from_parts(top, loops), None

    def _loop_title(self, loop_id: str) -> str:
        rows = [r for r in self.rows if r.key == f"loops.{loop_id}.title"]
        return rows[0].text_value() if rows else loop_id

    def _note(self, row: ParamRow) -> str:
        return row_texts.note(row.name, vf.base_type(row.hint)[0], row.prov)

    def checked_entry(self) -> tuple[VehicleEntry | None, str | None]:
        """The edited vehicle checked like a file, or (None, one-line reason)."""
        doc, error = self.build_document()
        if error:
            return None, error
        new_id = doc["id"]
        if new_id != self.source_id and new_id in vehicle_ids():
            taken = (translate("VehicleEditor", "id: {id} is already a shipped vehicle; choose another id")
                     if not vf.is_user_vehicle(new_id) else
                     translate("VehicleEditor", "id: {id} is already another user vehicle; choose another id"))
            return None, taken.format(id=repr(new_id))
        try:
            return vf.entry_from_document(doc, "vehicle"), None
        except VehicleFileError as exc:
            return None, str(exc).removeprefix("vehicle: ")

    def revalidate(self, *_args) -> None:
        entry, error = self.checked_entry()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(entry is not None)
        if error:
            self.summary.setText(translate("VehicleEditor", "Cannot save: {error}").format(error=error))
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            target = vf.user_vehicles_dir() / (entry.params.id + ".toml")
            self.summary.setText(translate("VehicleEditor", "Saves {path}").format(path=target))
            self.summary.setStyleSheet(NOTE_STYLE)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        entry, error = self.checked_entry()
        if entry is None:
            self.summary.setText(translate("VehicleEditor", "Cannot save: {error}").format(error=error))
            return
        try:
            vf.save_vehicle(entry, based_on=self.source_id)
            vf.register_vehicle(entry)  # wins over an older copy a scenario file brought into this session
        except (OSError, VehicleFileError) as exc:
            QMessageBox.warning(self, translate("VehicleEditor", "Vehicle not saved"),
                                translate("VehicleEditor", "The vehicle was not saved: {error}").format(error=exc))
            return
        self.saved_entry = entry
        self.accept()


def sync_vehicle_picker(controls) -> None:
    """Give the window's vehicle picker every vehicle of the catalogue (user ones too), titles current."""
    from thermoviz.io.vehicles import get_vehicle

    combo = controls.vehicle_combo
    combo.blockSignals(True)
    try:
        for vid in vehicle_ids():
            controls.vehicles[vid] = get_vehicle(vid)
            index = combo.findData(vid)
            if index < 0:
                combo.addItem(controls.vehicles[vid].title, vid)
            else:
                combo.setItemText(index, controls.vehicles[vid].title)
    finally:
        combo.blockSignals(False)


def edit_vehicle(window) -> VehicleEntry | None:
    """Vehicle ▸ Edit vehicle…: run the dialog; on Save pick the new vehicle (one undoable step)."""
    current = window.session.scenario.vehicle if window.session.scenario is not None else None
    dialog = VehicleEditorDialog(window, start_id=current)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_entry is None:
        return None
    entry = dialog.saved_entry
    sync_vehicle_picker(window.controls)
    combo = window.controls.vehicle_combo
    index = combo.findData(entry.params.id)
    changes: list[str] = []  # what the switch changed (e.g. fewer seats than crew): said, not overwritten
    window.controls.adapted.connect(changes.append)
    try:
        if combo.currentIndex() == index:  # the edited vehicle is already picked: same scenario, new numbers
            window.controls._vehicle_chosen(index)
        else:
            combo.setCurrentIndex(index)  # the picker's own change: adapts the loop, recomputes, one undo step
    finally:
        window.controls.adapted.disconnect(changes.append)
    saved = translate("VehicleEditor", "Saved vehicle {title} ({id}) and picked it").format(title=entry.params.title,
                                                                                             id=entry.params.id)
    window.statusBar().showMessage(" ".join([saved + ".", *changes]) if changes else saved, 15000 if changes else 8000)
    return entry
