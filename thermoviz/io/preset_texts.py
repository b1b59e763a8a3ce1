"""The shipped presets' titles and descriptions, marked for translation (context ``Presets``).

A preset's texts live in its file (``assets/presets/<id>.toml``), where ``pyside6-lupdate``
cannot see them; they are repeated here as plain literals so that the catalogues carry
them, and the window shows them in the chosen language with :func:`preset_text`.  The
scenario itself keeps the file's English text (saved files, reports and the command line
are unchanged).  ``tests/io/test_preset_texts.py`` fails when a preset file's text is
missing here (edit both together).
"""

from __future__ import annotations

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

#: Title and description of each shipped preset, as written in its file.
PRESET_TEXTS: frozenset[str] = frozenset((
    QT_TRANSLATE_NOOP("Presets", "Soyuz MS-22 coolant leak (15 Dec 2022)"),
    QT_TRANSLATE_NOOP("Presets", "A micrometeoroid punctures the external radiator loop of the docked Soyuz MS-22. "
                      "The coolant sprays out for hours, but with the hatch open, station air keeps the cabin "
                      "near 27–30 °C."),
    QT_TRANSLATE_NOOP("Presets", "What if: MS-22 brings its crew home after the leak"),
    QT_TRANSLATE_NOOP("Presets", "Same leak as Soyuz MS-22, but two days later the three crew close the hatch and "
                      "ride it home. With no working radiator loop the cabin heats towards the ~40 °C that "
                      "Roscosmos and NASA predicted."),
    QT_TRANSLATE_NOOP("Presets", "Soyuz MS-23 nominal return (27 Sep 2023)"),
    QT_TRANSLATE_NOOP("Presets", "The replacement Soyuz brings Prokopyev, Petelin and Rubio home after 371 days. "
                      "Its cooling loop is intact, so the cabin stays comfortable all the way down."),
    QT_TRANSLATE_NOOP("Presets", "Progress MS-21 coolant leak (11 Feb 2023)"),
    QT_TRANSLATE_NOOP("Presets", "Two months after MS-22, the uncrewed cargo ship Progress MS-21, docked to Poisk, "
                      "loses all the coolant of its external loop. Nobody rides it; it undocks a week later "
                      "and burns up."),
    QT_TRANSLATE_NOOP("Presets", "Nauka backup radiator leak (9 Oct 2023)"),
    QT_TRANSLATE_NOOP("Presets", "Flakes stream from the backup radiator (RTOd) on the station's Nauka module. "
                      "Only the backup loop empties; Nauka's main cooling loop carries on, so the cabin does "
                      "not change."),
))


#: The automatic marks of a what-if derived from a preset (:mod:`thermoviz.gui.window.scenario_text`).
MODIFIED_SUFFIX = " (modified)"
MODIFIED_NOTE = QT_TRANSLATE_NOOP(
    "Presets", "What-if: settings changed from the original; the text below describes the original.") + "\n"


def preset_text(text: str) -> str:
    """``text`` in the chosen language if it is a shipped preset's title or description, else as written."""
    return translate("Presets", text) if text in PRESET_TEXTS else text


def unmarked_title(title: str) -> str:
    """``title`` without any automatic " (modified)" marks at its end (a remembered what-if carries one)."""
    while title.endswith(MODIFIED_SUFFIX):
        title = title[: -len(MODIFIED_SUFFIX)]
    return title


def unmarked_description(description: str) -> str:
    """``description`` without the automatic what-if note(s) at its start."""
    while description.startswith(MODIFIED_NOTE):
        description = description[len(MODIFIED_NOTE):]
    return description


def shown_title(title: str) -> str:
    """``title`` as the window (and a map's title) shows it: a shipped preset's in the chosen language, its
    "(modified)" marks too."""
    plain = unmarked_title(title)
    text = preset_text(plain)
    for _mark in range((len(title) - len(plain)) // len(MODIFIED_SUFFIX)):
        text = translate("Presets", "{title} (modified)").format(title=text)
    return text


def shown_description(description: str) -> str:
    """``description`` as the window shows it (see :func:`shown_title`)."""
    plain = unmarked_description(description)
    marks = (len(description) - len(plain)) // len(MODIFIED_NOTE)
    return (translate("Presets", MODIFIED_NOTE.rstrip("\n")) + "\n") * marks + preset_text(plain)
