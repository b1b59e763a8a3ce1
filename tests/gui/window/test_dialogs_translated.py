"""Every dialog of a Russian or Spanish window speaks its language (issue 19 item 4, dialogs).

The test opens each dialog of a window in a language (message boxes and file/input dialogs are
caught at the Qt call, so nothing blocks) and collects its title, text, labels and file filters,
cut at the HTML tags.  In Russian each piece must hold Cyrillic, in Spanish it must differ from the
same dialog's English piece, unless the allow-list of the window test clears it (units, proper
names, file extensions) or it is one of the few words below.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from thermoviz.api import load_scenario
from thermoviz.gui.window.file_actions import FileActions
from thermoviz.io.translations import use_language
from thermoviz.model.language import translate
from thermoviz.model.limits import ALL_LIMITS

from test_window_all_translated import CYRILLIC, _proper_names, allowed

#: Kept as written in every language: file names and paths the dialogs quote, the ``assets/``
#: folder and the ``thermoviz presets`` command (About), file-type words inside filters.
DIALOG_WORDS = ("assets/", "thermoviz presets", "tmp", "old.toml", "report.csv", "*.toml", "*.png", "*.svg",
                "*.pdf", "*.csv", "*.gif", "*.mp4", "pythermalcomfort", "Okabe", "Ito", "MIT", "Predicted Heat Strain")


ASK_SAVE_CHANGES = FileActions.ask_save_changes
#: About quotes each limit line's source as published (a citation, not prose of the app).
CITATIONS = {lim.source for lim in ALL_LIMITS}


def _pieces(where: str, text: str) -> list[tuple[str, str]]:
    """The text cut at tags and line breaks (citations left out): each piece is checked on its own."""
    parts = (p.strip() for p in re.split(r"<[^>]+>|\n", text))
    return [(where, p) for p in parts if p and p.lstrip(": ") not in CITATIONS]


def dialog_texts(lang: str, qtbot, monkeypatch, tmp_path) -> list[tuple[str, str]]:
    """(where, text) of every dialog of a window in ``lang``."""
    from thermoviz.gui.app import build_window
    from thermoviz.gui.vehicle.vehicle_editor import VehicleEditorDialog
    from thermoviz.gui.window import file_actions, slide_actions

    _app, window = build_window(load_scenario("soyuz-ms22-crewed-return"), remember=False, size=(1400, 900),
                                lang=lang)
    qtbot.addWidget(window)
    window.show()
    assert window.wait_idle(60)
    found: list[tuple[str, str]] = []

    def add(where: str, *texts: str) -> None:
        for text in texts:
            found.extend(_pieces(where, text))

    def file_dialog(_parent, title, _start, filters, _first=""):
        add("file dialog", title, *filters.split(";;"))
        return "", ""

    monkeypatch.setattr(file_actions, "QFileDialog", type("Fake", (), {
        "getOpenFileName": staticmethod(file_dialog), "getSaveFileName": staticmethod(file_dialog)}))
    window.file_actions.ask_open_path()
    window.file_actions.export_png(2)
    window.file_actions.export_svg()
    window.file_actions.export_csv()
    window.file_actions.export_pdf()

    monkeypatch.setattr(slide_actions.QInputDialog, "getText",
                        staticmethod(lambda _w, title, label, *_a: (add("input dialog", title, label), ("", False))[1]))
    slide_actions.export_slide(window, (1920, 1080))

    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _w, title, text, *_a: (add("question", title, text), QMessageBox.StandardButton.No)[1]))
    window.file_actions.confirm_overwrite(tmp_path / "report.csv")
    class CaughtBox(QMessageBox):
        def exec(self):
            add("message box", self.windowTitle(), self.text())
            return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(file_actions, "QMessageBox", CaughtBox)
    ASK_SAVE_CHANGES(window.file_actions, tmp_path / "old.toml", translate("Dialogs", "closing"))  # the real one (conftest replaces it)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _w, title, text: add("About", title, text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _w, title, text: add("warning", title, text)))
    window.show_about()
    window.file_actions.show_error(*_no_map_error(window))

    window.show_shortcuts()
    window.show_grades()
    for box in window.findChildren(QMessageBox):
        add("box title", box.windowTitle())
        if box.windowTitle() == translate("Dialogs", "Crew grades"):  # the page, grade ids (<code>) aside
            add("crew grades", re.sub(r"<code>.*?</code>", "", box.text()))
        if box.windowTitle() == translate("Dialogs", "Keyboard shortcuts"):  # headings and what each key does
            found_rows = re.findall(r"<h3>(.*?)</h3>|<p>(.*?)</p>|<td>([^<]*)</td></tr>", box.text())
            add("shortcuts", *("".join(groups) for groups in found_rows))
        box.close()

    editor = VehicleEditorDialog(window, start_id="soyuz-ms")
    qtbot.addWidget(editor)
    add("vehicle editor", editor.windowTitle(), editor.summary.text())
    add("vehicle editor label", *(w.text() for w in editor.findChildren(QLabel, options=Qt.FindChildOption
                                                                         .FindDirectChildrenOnly)))
    add("vehicle editor tab", *(editor.tabs.tabText(i) for i in range(editor.tabs.count())))
    editor.close()
    window.close()
    return found


def _no_map_error(window) -> tuple[str, str]:
    """The title and text File ▸ Export ▸ Map shows when there is no map yet (caught by the warning patch)."""
    caught: list[tuple[str, str]] = []
    real = window.file_actions.show_error
    window.file_actions.show_error = lambda title, text: caught.append((title, text))
    try:
        from thermoviz.gui.map.map_exports import export_map

        export_map(window, "png")
    finally:
        window.file_actions.show_error = real
    return caught[0]


@pytest.fixture
def checks(qtbot, monkeypatch, tmp_path, crew_strain_warm, settings_dir):
    names = (*_proper_names(), *DIALOG_WORDS)

    def run(lang: str) -> list[tuple[str, str]]:
        try:
            with monkeypatch.context() as patch:
                return dialog_texts(lang, qtbot, patch, tmp_path)
        finally:
            use_language("en")

    return names, run


def test_russian_dialogs_are_cyrillic(checks):
    names, run = checks
    texts = run("ru")
    assert {where for where, _text in texts} >= {  # every kind of dialog was reached
        "file dialog", "input dialog", "question", "message box", "About", "warning", "box title", "vehicle editor",
        "vehicle editor label", "vehicle editor tab", "shortcuts", "crew grades"}
    assert len(texts) > 30
    english = sorted({f"{where}: {text[:90]!r}" for where, text in texts
                      if not CYRILLIC.search(text) and not allowed(text, names)})
    if english:
        pytest.fail("English left:\n" + "\n".join(english), pytrace=False)


def test_spanish_dialogs_differ_from_english(checks):
    names, run = checks
    english_texts = {text for _where, text in run("en")}
    english = sorted({f"{where}: {text[:90]!r}" for where, text in run("es")
                      if text in english_texts and not allowed(text, names)})
    if english:
        pytest.fail("English left:\n" + "\n".join(english), pytrace=False)
