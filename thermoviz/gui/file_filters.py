"""The file-dialog filters of the window's open, save and export commands (one place, read by every feature)."""

from __future__ import annotations

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
