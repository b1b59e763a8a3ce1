"""Vehicle ▸ Edit vehicle… in Russian and Spanish: every row's name, note, check and warning (issue 19).

The sources stay as published (citations); units and the field ids in the tooltips stay as written.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from thermoviz.gui.vehicle import row_texts
from thermoviz.gui.vehicle.vehicle_editor import VehicleEditorDialog
from thermoviz.io.translations import use_language
from thermoviz.model.param_labels import LOOP_LABELS, VEHICLE_LABELS

CYRILLIC = re.compile(r"[А-Яа-яЁё]")

pytestmark = pytest.mark.usefixtures("data_dir")


@pytest.fixture
def editor(qtbot):
    def make(lang: str) -> VehicleEditorDialog:
        use_language(lang)
        dialog = VehicleEditorDialog(None, start_id="soyuz-ms")
        qtbot.addWidget(dialog)
        return dialog

    yield make
    use_language("en")


def _name_label(dialog, row) -> str:
    """The text of the QLabel left of a row's input (same grid, column 0)."""
    grid = row.widget.parentWidget().layout()
    index = grid.indexOf(row.widget)
    r, _c, _rs, _cs = grid.getItemPosition(index)
    return grid.itemAtPosition(r, 0).widget().text()


def test_every_parameter_label_is_marked_for_translation():
    marked = set(row_texts.LABELS)
    missing = [label for label in (*VEHICLE_LABELS.values(), *LOOP_LABELS.values()) if label not in marked]
    assert missing == [], "add these to thermoviz/gui/vehicle/row_texts.py LABELS, then `make translations`"


def test_russian_rows_names_notes_and_numbers(editor):
    dialog = editor("ru")
    english = []
    for row in dialog.rows:
        name = _name_label(dialog, row)
        if not CYRILLIC.search(name) or (row.status.text() and not CYRILLIC.search(row.status.text())):
            english.append(f"{row.key}: {name!r} / {row.status.text()!r}")
    assert english == [], "\n".join(english)
    row = dialog.row("cabin_free_volume_m3")
    assert _name_label(dialog, row) == "Свободный объём воздуха в кабине"
    assert row.status.text() == "оценка · правдоподобно от 2,5 до 3,5 · допустимо > 0 и <= 10\u00a0000"
    assert "," in row.widget.text() and "." not in row.widget.text()  # the value with a decimal comma
    row.widget.setText("abc")
    assert row.status.text() == "должно быть числом > 0 и <= 10\u00a0000"
    assert "cabin_free_volume_m3: должно быть числом" in dialog.summary.text()
    row.widget.setText("9")
    assert row.status.text() == "вне правдоподобного диапазона оценки 2,5–3,5 m3; допустимо, сохраняется как значение пользователя"
    row.widget.setText("3,2")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.id_edit.setText("nauka")
    assert "уже поставляемый корабль" in dialog.summary.text()


def test_an_untouched_russian_copy_reads_back_every_value(editor):
    dialog = editor("ru")
    entry, error = dialog.checked_entry()
    assert error is None
    assert entry.params.cabin_free_volume_m3 == dialog.source.params.cabin_free_volume_m3


def test_spanish_rows_differ_from_english(editor):
    english = {row.key: (_name_label(d, row), row.status.text()) for d in [editor("en")] for row in d.rows}
    dialog = editor("es")
    same = [row.key for row in dialog.rows if _name_label(dialog, row) == english[row.key][0]
            or (row.status.text() and row.status.text() == english[row.key][1])]
    assert same == []
    assert _name_label(dialog, dialog.row("loops.external.liquid_inventory_l")) == "Inventario de refrigerante"
    assert "estimación · plausible de" in dialog.row("cabin_free_volume_m3").status.text()
    assert isinstance(dialog.findChild(QLabel), QLabel)
