"""The file-dialog filters of the window's open, save and export commands (one place, read by every feature)."""

from __future__ import annotations

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

SCENARIO_FILTER = "Scenario files (*.toml)"
#: (menu text, file suffix, dialog filter) of the figure formats.
PNG_FILTER = "PNG image (*.png)"
SVG_FILTER = "SVG vector image (*.svg)"
PDF_FILTER = "PDF report (*.pdf)"
CSV_FILTER = "CSV table (*.csv)"
#: File ▸ Export ▸ CSV offers both formats; the first (a spreadsheet's) is the default.
CSV_SPREADSHEET_FILTER = "CSV for spreadsheets (*.csv)"
CSV_SCRIPT_FILTER = "CSV for scripts, metadata as # comments (*.csv)"
CSV_FORMATS = {CSV_SPREADSHEET_FILTER: "spreadsheet", CSV_SCRIPT_FILTER: "script"}
#: The filters above, marked for translation (a dialog shows them translated: shown_filters).
_MARKED = (QT_TRANSLATE_NOOP("Filters", "Scenario files (*.toml)"), QT_TRANSLATE_NOOP("Filters", "PNG image (*.png)"),
           QT_TRANSLATE_NOOP("Filters", "SVG vector image (*.svg)"), QT_TRANSLATE_NOOP("Filters", "PDF report (*.pdf)"),
           QT_TRANSLATE_NOOP("Filters", "CSV table (*.csv)"),
           QT_TRANSLATE_NOOP("Filters", "CSV for spreadsheets (*.csv)"),
           QT_TRANSLATE_NOOP("Filters", "CSV for scripts, metadata as # comments (*.csv)"),
           QT_TRANSLATE_NOOP("Filters", "Animated GIF (*.gif)"), QT_TRANSLATE_NOOP("Filters", "MP4 video (*.mp4)"))


def shown_filters(file_filter: str) -> tuple[str, dict[str, str]]:
    """``file_filter`` (";;"-separated English filters) as a dialog shows it, and shown -> English."""
    english = {translate("Filters", f): f for f in file_filter.split(";;")}
    return ";;".join(english), english
