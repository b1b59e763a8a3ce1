"""PDF report: opens, A4, and its text (pdftotext) holds the title, verdict, parameters and sources."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from synthetic import synthetic_result
from thermoviz.export import export_pdf_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils missing (scripts/ensure-debian-libs.sh installs it)")


def test_pdf_report_text_and_pages(qtbot, tmp_path):
    result = synthetic_result(title="Report title for the test")
    path = tmp_path / "report.pdf"
    export_pdf_report(result, path)
    assert path.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 3
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    squashed = " ".join(text.split())
    assert "Report title for the test" in squashed
    assert result.verdict.text in squashed
    assert "Hole diameter 0.8 mm" in squashed and "Discharge coe" in squashed  # (ffi ligature)
    assert "Vecellio et al. 2022" in squashed  # limit sources
    assert "orifice" in squashed.lower()  # assumptions
    assert "41.20 h" in squashed  # event time (cabin above 27 degC)
    assert "thermoviz 0." in squashed
    # The figure page carries the plot's legend and axis text as real (vector) text. It follows the
    # header pages, however many the header needs (new events, peaks and parameter rows make it longer).
    page_texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                                 text=True, check=True).stdout for n in range(1, pages + 1)]
    figure_page = next((t for t in page_texts if "Figure 1." in t), "")
    assert "Figure 1." in figure_page and "Loop pressure" in figure_page
    assert page_texts.index(figure_page) < pages - 1  # back matter follows the figure
    assert "[°C]" in figure_page
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_report_tables_repeat_their_header_and_list_events_in_time_order(qapp):
    """A table that breaks across pages repeats its header (no row alone without it); events in time order."""
    from PySide6 import QtGui

    from thermoviz.api import load_scenario, simulate
    from thermoviz.export.report_text import back_matter_html, header_html
    import datetime as dt

    result = simulate(load_scenario("soyuz-ms22"), crew_strain=False)
    for html in (header_html(result, "test", dt.datetime(2026, 1, 1)), back_matter_html(result)):
        doc = QtGui.QTextDocument()
        doc.setHtml(html)
        tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QtGui.QTextTable)]
        grids = [t for t in tables if t.rows() > 1]
        assert grids
        assert all(t.format().headerRowCount() == 1 for t in grids)
    html = header_html(result, "test", dt.datetime(2026, 1, 1))
    from thermoviz.model.outcome.result import EVENTS

    shown = [(html.index(f"<td>{label}</td>"), result.events.get(name)) for name, label in EVENTS.items()
             if f"<td>{label}</td>" in html]
    times = [t for _pos, t in sorted(shown)]
    happened = [t for t in times if t is not None]
    assert happened == sorted(happened) and times[: len(happened)] == happened


def test_pdf_report_says_where_the_heat_went(qtbot, tmp_path):
    """Issue 16 item 6: the energy books of run --json, as a table in the PDF."""
    from thermoviz.api import load_scenario, simulate

    result = simulate(load_scenario("soyuz-ms22-crewed-return"))
    path = tmp_path / "report.pdf"
    export_pdf_report(result, path)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Where the heat went" in text and "Radiated to space" in text and "Stored: orbital module" in text
    aboard = result.energy["crew_aboard"]
    assert f"{aboard['space_mj']:.2f}" in text and f"{aboard['generated_mj']:.2f}" in text
