"""One-click PDF report (A4 portrait) written with Qt's own QPdfWriter.

Layout: page 1 (and following, if long) = title, provenance, verdict, key events,
peaks, scenario parameters; next page = the figure, painted as vectors
(``QGraphicsScene.render`` onto the PDF painter) with a caption; then the model's
main assumptions, the run's notes and the sources of every limit line.

The writer resolution is 96 dpi so that one PDF unit is one logical screen pixel:
cosmetic pens and fonts of the figure keep their proportions; the output is
still vector (coordinates are written as real numbers).
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from PySide6 import QtCore, QtGui

from thermoviz import __version__
from thermoviz.analysis.crew_band import CrewBand
from thermoviz.figure import spec
from thermoviz.figure.figure import Figure
from thermoviz.figure.time_axis import axis_title, frame_of
from thermoviz.io.atomic import FileWriteError as ExportError, atomic_write_with
from thermoviz.io.verify import verify_pdf
from thermoviz.model.language import translate
from thermoviz.model.units import localise_temps
from .figure import resize_figure
from .render import render_widget
from .report_text import back_matter_html, esc, header_html, scenario_title


RESOLUTION_DPI = 96
MARGIN_MM = 15.0
#: Logical size of the dashboard drawn on the figure page: about the aspect of the
#: A4 text area, so the figure fills the page (drawn at about 0.68 scale: 11 pt
#: axis text prints at about 7.5 pt).
PDF_FIGURE_SIZE = (1000, 1330)


def report_font(point_size: float = 10) -> QtGui.QFont:
    """DejaVu Sans without ligatures, so text copied or searched in the PDF reads
    "coefficient", not "coe\ufb03cient"."""
    font = QtGui.QFont("DejaVu Sans")
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QtGui.QFont.Tag(tag), 0)
    return font


def _document(html_text: str, width: float, page_height: float, device) -> QtGui.QTextDocument:
    doc = QtGui.QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(report_font())
    doc.setHtml(html_text)
    doc.setPageSize(QtCore.QSizeF(width, page_height))  # paginates: no line is cut between pages
    doc.setDocumentMargin(0)
    _keep_headings_with_tables(doc)
    return doc


def _keep_headings_with_tables(doc: QtGui.QTextDocument) -> None:
    """A heading (and the text under it) whose table starts on a later page moves to that page too,
    so no heading or explaining sentence stands alone at the foot of a page, away from its table."""
    layout, page_height = doc.documentLayout(), doc.pageSize().height()
    for _pass in range(20):  # each move shifts what follows: lay out again and look further down
        heading, moved = None, False
        it = doc.rootFrame().begin()
        while not it.atEnd() and not moved:
            frame, block = it.currentFrame(), it.currentBlock()
            if isinstance(frame, QtGui.QTextTable) and heading is not None:
                top_page = int(layout.frameBoundingRect(frame).top() // page_height)
                head_format = heading.blockFormat()
                if (top_page > int(layout.blockBoundingRect(heading).top() // page_height)
                        and not head_format.pageBreakPolicy() & QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore):
                    head_format.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QtGui.QTextCursor(heading).setBlockFormat(head_format)
                    moved = True
                heading = None
            elif frame is None and block.isValid() and block.blockFormat().headingLevel() > 0:
                heading = block
            it += 1
        if not moved:
            return


def _draw_document(painter: QtGui.QPainter, writer: QtGui.QPdfWriter, doc: QtGui.QTextDocument,
                   content: QtCore.QRectF, new_page_first: bool, footer: str) -> None:
    page_height = doc.pageSize().height()
    for page in range(doc.pageCount()):
        if page > 0 or new_page_first:
            writer.newPage()
        painter.save()
        painter.translate(content.left(), content.top() - page * page_height)
        clip = QtCore.QRectF(0, page * page_height, content.width(), page_height)
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()
        _draw_footer(painter, content, footer)


def _draw_footer(painter: QtGui.QPainter, page_rect: QtCore.QRectF, text: str) -> None:
    painter.save()
    painter.setFont(report_font(7.5))
    painter.setPen(QtGui.QColor("#555555"))
    painter.drawText(QtCore.QRectF(page_rect.left(), page_rect.bottom() + 6, page_rect.width(), 20),
                     int(QtCore.Qt.AlignmentFlag.AlignRight), text)
    painter.restore()


def _draw_figure(painter: QtGui.QPainter, dashboard, content: QtCore.QRectF, caption: str) -> None:
    caption_doc = QtGui.QTextDocument()
    caption_doc.documentLayout().setPaintDevice(painter.device())
    caption_doc.setDefaultFont(report_font(8.5))
    caption_doc.setHtml(f"<p style='color: #222222;'>{caption}</p>")
    caption_doc.setTextWidth(content.width())
    caption_h = caption_doc.size().height() + 6
    width, height = dashboard.width(), dashboard.height()
    scale = min(content.width() / width, (content.height() - caption_h) / height)
    painter.save()
    render_widget(painter, dashboard, scale, QtCore.QPointF(content.left(), content.top()))
    painter.translate(content.left(), content.top() + height * scale + 6)
    caption_doc.drawContents(painter)
    painter.restore()


def figure_caption(result, figure: Figure) -> str:
    """The PDF's caption of ``figure`` (what is drawn, and the pinned reference if any), in the chosen language."""
    time_base = axis_title(figure.time_mode_shown, figure.time_zone, frame_of(result)).lower()
    head = translate("Report", "Figure 1.")
    text = translate("Report", "{title}: {plots} (time axis: {time_base}). Shaded/hatched spans: outside model "
                     "validity.").format(title=scenario_title(result), plots=spec.figure_caption(), time_base=time_base)
    caption = f"<b>{esc(head)}</b> {esc(text)}"
    if figure.reference is not None:
        anchor = figure.reference_anchor or "start"
        if anchor == "start":
            faded = translate("Report", "Faded curves in the same colours: the reference scenario {name}.")
        elif anchor == "undock":
            faded = translate("Report", "Faded curves in the same colours: the reference scenario {name}, shifted "
                              "so that both undock at the same time.")
        else:
            faded = translate("Report", "Faded curves in the same colours: the reference scenario {name}, shifted "
                              "so that both are punctured at the same time.")
        caption += " " + esc(faded).replace("{name}", f"<i>{esc(figure.reference_label)}</i>")
    uncertainty = getattr(figure, "uncertainty_bands", None)
    if uncertainty is not None and uncertainty.result is not None:
        u = uncertainty.result
        own = getattr(u, "caption", None)  # a crew band (thermoviz.analysis.crew_band) writes its own
        if isinstance(own, str):
            head = translate("Report", "Crew band.")
            caption += f"<br><b>{esc(head)}</b> {esc(localise_temps(own))}"  # --units F too
        else:
            head = translate("Report", "Uncertainty.")
            text = translate("Report", "Shaded bands: 5–95 % of the curves over {n} plausible vehicles (a seeded "
                             "Latin-hypercube sample of the estimated parameters' ranges, seed {seed}). {sentence} "
                             "(rank correlation with the peak).")
            caption += f"<br><b>{esc(head)}</b> " + esc(text.format(n=u.n, seed=u.seed, sentence=u.shown_sentence()))
            odds = u.shown_grades_sentence()
            if odds:
                more = translate("Report", "{sentence} (crew model PHS; peaks while the crew is aboard).")
                caption += " " + esc(more.format(sentence=odds))
    return caption


def shown_crew_band(figure: Figure):
    """The crew band ``figure`` shades (a CrewBand), or None (no band, or the vehicles' uncertainty band)."""
    bands = getattr(figure, "uncertainty_bands", None)
    drawn = None if bands is None else bands.result
    return drawn if isinstance(drawn, CrewBand) else None


def render_report(result, writer: QtGui.QPdfWriter, figure: Figure, meta: dict[str, str] | None = None,
                  version: str | None = None, when: _dt.datetime | None = None, crew_band=None) -> None:
    """Paint the whole report onto ``writer`` (already configured by :func:`write_pdf_report`).

    ``crew_band``: the run's CrewBand for the crew band table (None: the one ``figure`` shades, if any).
    """
    if version is None:
        version = __version__
    when = when or _dt.datetime.now()
    resize_figure(figure, PDF_FIGURE_SIZE)
    painter = QtGui.QPainter()
    if not painter.begin(writer):
        raise RuntimeError("Qt could not start painting the PDF")
    try:
        layout = writer.pageLayout()
        content = QtCore.QRectF(layout.paintRectPixels(writer.resolution()))
        content.moveTo(0, 0)  # the painter's origin is already the top-left of the margins
        footer = f"{scenario_title(result)} · thermoviz {version} · {when.strftime('%Y-%m-%d')}"

        shaded = shown_crew_band(figure)
        band = crew_band if crew_band is not None else shaded
        text = header_html(result, version, when, band, band_shaded=band is shaded)
        header = _document(text, content.width(), content.height(), writer)
        _draw_document(painter, writer, header, content, new_page_first=False, footer=footer)

        writer.newPage()
        _draw_figure(painter, figure, content, figure_caption(result, figure))
        _draw_footer(painter, content, footer)

        back = _document(back_matter_html(result, meta), content.width(), content.height(), writer)
        _draw_document(painter, writer, back, content, new_page_first=True, footer=footer)
    finally:
        painter.end()


def write_pdf_report(result, path: str | os.PathLike[str], figure: Figure, meta: dict[str, str] | None = None,
                     crew_band=None) -> Path:
    """Write the PDF report of ``result`` (with the off-screen ``figure``) to ``path`` atomically.

    The figure is laid out at :data:`PDF_FIGURE_SIZE` for the report; ``meta`` (provenance: title,
    scenario, versions, vehicle values, rebuild command) is printed on the last page.  ``crew_band``
    (a CrewBand) adds the crew band table; without it the band the figure shades, if it is a crew band.

    Raises :class:`~thermoviz.io.atomic.FileWriteError` if the path cannot be written.
    """

    def write(tmp: Path) -> None:
        writer = QtGui.QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageLayout(QtGui.QPageLayout(
            QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4), QtGui.QPageLayout.Orientation.Portrait,
            QtCore.QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM + 5), QtGui.QPageLayout.Unit.Millimeter))
        writer.setTitle(f"thermoviz report: {scenario_title(result)}")
        writer.setCreator("thermoviz")
        try:
            render_report(result, writer, figure, meta, crew_band=crew_band)
        finally:
            del writer  # flushes and closes the file
        if tmp.stat().st_size < 100:
            raise ExportError(path, "Qt wrote an empty PDF")

    return atomic_write_with(path, write, verify=verify_pdf)
