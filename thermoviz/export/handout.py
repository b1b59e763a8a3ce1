"""A one-page A4 handout for a class: ``thermoviz run SCENARIO --handout PATH.pdf`` and File ▸ Export ▸ Handout.

Exactly one page: the scenario's title, the verdict in plain words (with the
meaning of any technical word it uses, from the glossary), one figure, the five
key numbers of the run and three questions for students.  (The several-page
report with tables, assumptions and sources is ``--pdf``.)
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
from pathlib import Path
from typing import Iterator

from PySide6 import QtCore, QtGui

from thermoviz import __version__
from thermoviz.figure.figure import Figure
from thermoviz.figure.offscreen import ensure_qt_app
from thermoviz.figure.view import FigureView
from thermoviz.io.atomic import atomic_write_with
from thermoviz.io.glossary import terms_in
from thermoviz.io.preset_texts import shown_title
from thermoviz.io.verify import verify_pdf
from thermoviz.model.clock import hours_since_puncture
from thermoviz.model.language import number, translate
from thermoviz.model.outcome.result import Result
from .figure import export_figure, resize_figure
from .png import widget_image


#: A4 portrait at 150 dpi is 1240 x 1754 device pixels; everything is laid out in these.
DPI = 150
MARGIN_PX = 90
FIGURE_LOGICAL = (700, 430)
TITLE_PT, BODY_PT, SMALL_PT = 20, 11, 8.5
#: The figure shrinks (keeping its shape) to leave the words room, but never below this share of its height.
MIN_FIGURE_SHARE = 0.75


def handout_plots(result: Result) -> tuple[str, ...]:
    """The one figure's plots: cabin and crew when a crew is aboard, else the loop and the cabin."""
    return ("cabin", "crew") if result.crew_aboard.any() and result.scenario.crew > 0 else ("loop", "cabin")


def handout_window(result: Result) -> tuple[float, float] | None:
    """The figure's time window: the crew's flight home (undock - 2 h to landing + 2 h) if it has one, else all."""
    undock, landing = result.events.get("undock"), result.events.get("landing")
    if undock is None or landing is None or not handout_plots(result)[-1] == "crew":
        return None
    end = float(result.time_h[-1])
    return max(0.0, undock - 2.0), min(end, landing + 2.0)


@contextlib.contextmanager
def handout_figure(result: Result, view: FigureView | None = None) -> Iterator[Figure]:
    """``with handout_figure(result) as figure:`` the handout's figure, laid out (then disposed of).

    FIGURE_LOGICAL, made taller when its rows need more: a longer language's legend rows break in two
    lines in the narrow legend column, and its legends at their smallest legible scale then needed
    444 of the 430 px (Russian, Spanish), which cut off the crew legend's last row and the time axis.
    """
    base = view or FigureView()
    view = dataclasses.replace(base, plots=handout_plots(result), x_range_h=base.x_range_h or handout_window(result))
    with export_figure(result, view, size=FIGURE_LOGICAL) as figure:
        resize_figure(figure, FIGURE_LOGICAL)
        needed = math.ceil(figure.graphics.ci.effectiveSizeHint(QtCore.Qt.SizeHint.MinimumSize).height())
        shown = figure.graphics.viewport().height()
        if needed > shown:
            resize_figure(figure, (FIGURE_LOGICAL[0], figure.height() + needed - shown))
        yield figure


def key_numbers(result: Result) -> list[tuple[str, str]]:
    """The five numbers a student needs: hole, loop empty, cabin peak, humidity or crew, and the limit time."""
    scenario, peaks, events = result.scenario, result.peaks, result.events
    puncture = events.get("puncture")

    def after(event: str) -> str:
        t = events.get(event)
        if t is None or puncture is None:
            return translate("Handout", "does not happen in this run")
        hours = number(f"{hours_since_puncture(t, puncture):.1f}")
        return translate("Handout", "{hours} h after the puncture").format(hours=hours)

    def value(key: str, unit: str) -> str:
        v = peaks.get(key)
        return "—" if v is None or not math.isfinite(v) else f"{number(f'{v:.1f}')} {unit}"

    hole = scenario.hole_diameter_mm
    no_hole = hole is None or puncture is None
    hole_text = translate("Handout", "no hole") if no_hole else f"{number(f'{hole:g}')} {translate('Units', 'mm')}"
    numbers = [
        (translate("Handout", "Hole in the cooling loop"), hole_text),
        (translate("Handout", "Cooling loop empty"), after("coolant_depleted")),
        (translate("Handout", "Hottest cabin air"), value("cabin_temp_c", "°C")),
        (translate("Handout", "Highest wet-bulb temperature (heat + humidity)"), value("wet_bulb_c", "°C")),
    ]
    if scenario.crew > 0 and result.crew_aboard.any():
        core = translate("Handout", "Highest crew core temperature ({count} aboard)").format(count=scenario.crew)
        numbers.append((core, value("crew_core_temp_c", "°C")))
    else:
        numbers.append((translate("Handout", "Cabin passes 27 °C (comfort limit)"), after("cabin_temp_limit")))
    return numbers


def questions(result: Result) -> list[str]:
    """Three questions for students, about this run (in the chosen language)."""
    scenario = result.scenario
    out = [translate("Handout", "Why does the cabin keep warming once the coolant no longer flows? "
                     "Where does the heat come from?")]
    if scenario.crew > 0 and result.crew_aboard.any():
        fewer = scenario.crew - 1
        predict = translate("Handout", "Predict: with {fewer} crew instead of {crew}, would the core temperature "
                            "stay below 38 °C? Check it with thermoviz (set crew to {fewer}).")
        out.append(predict.format(fewer=fewer, crew=scenario.crew))
        out.append(translate("Handout", "Which of the key numbers comes closest to a safety limit, and what happens "
                             "to a body above that limit?"))
    else:
        out.append(translate("Handout", "Nobody is in danger here. What would change if the crew had to close the "
                             "hatch and stay aboard?"))
        out.append(translate("Handout", "Which of the key numbers would you watch first as a flight controller, "
                             "and why?"))
    return out


def _html(result: Result) -> str:
    import html

    verdict = result.verdict.text
    words = "".join(f"<li><b>{html.escape(t.name)}</b>: {html.escape(t.meaning)}</li>" for t in terms_in(verdict))
    numbers = "".join(f"<tr><td>{html.escape(k)}</td><td align='right'><b>{html.escape(v)}</b></td></tr>"
                      for k, v in key_numbers(result))
    asks = "".join(f"<li>{html.escape(q)}</li>" for q in questions(result))
    plain, what = translate("Handout", "In plain words:"), translate("Handout", "What happens:")
    key_head, ask_head = translate("Handout", "Five key numbers"), translate("Handout", "Questions")
    words_block = f"<p style='font-size:{SMALL_PT}pt;'>{plain}</p><ul style='font-size:{SMALL_PT}pt;'>" \
                  f"{words}</ul>" if words else ""
    return (f"<p style='font-size:{BODY_PT}pt;'><b>{what}</b> {html.escape(verdict)}</p>{words_block}"
            "<!--FIGURE-->"
            f"<p style='font-size:{BODY_PT + 1}pt;'><b>{key_head}</b></p>"
            f"<table cellpadding='3' style='font-size:{BODY_PT}pt;' width='100%'>{numbers}</table>"
            f"<p style='font-size:{BODY_PT + 1}pt;'><b>{ask_head}</b></p>"
            f"<ol style='font-size:{BODY_PT}pt;'>{asks}</ol>")


def render_handout(result: Result, writer: QtGui.QPagedPaintDevice, view: FigureView | None = None) -> None:
    """Paint the handout on one page of ``writer`` (raises ValueError if it would need a second page)."""
    page_w, page_h = writer.width(), writer.height()
    content_w = page_w - 2 * MARGIN_PX
    with handout_figure(result, view) as figure:
        image = widget_image(figure, 2)
    before, after = _html(result).split("<!--FIGURE-->")
    title = shown_title(result.scenario.title) or translate("Handout", "Untitled scenario")
    blocks = [_layout(f"<p style='font-size:{TITLE_PT}pt;'><b>{_escape(title)}</b></p>", content_w, writer),
              _layout(before, content_w, writer), _layout(after, content_w, writer)]
    footer_text = translate("Handout", "Made with thermoviz {version}: a model with estimates, not a flight "
                            "record. Scenario: {title}.")
    named = shown_title(result.scenario.title) or translate("Handout", "untitled")
    footer = _layout(f"<p style='font-size:{SMALL_PT}pt; color:#444444;'>"
                     f"{_escape(footer_text.format(version=__version__, title=named))}</p>", content_w, writer)
    bottom = footer_y = page_h - MARGIN_PX - 30  # the words end above the footer (which may run into the margin)
    # the figure takes the room the words leave (a longer verdict, a wordier language), down to MIN_FIGURE_SHARE
    natural_h = content_w * image.height() / image.width()
    fig_h = min(natural_h, bottom - MARGIN_PX - 10 - sum(doc.size().height() for doc in blocks))
    if fig_h < MIN_FIGURE_SHARE * natural_h:
        needed = bottom + natural_h * MIN_FIGURE_SHARE - fig_h
        raise ValueError(f"the handout needs {needed:.0f} of {bottom} px: it would not fit one page")
    fig_w = content_w * fig_h / natural_h
    painter = QtGui.QPainter(writer)
    try:
        y = MARGIN_PX
        y += _draw(painter, blocks[0], MARGIN_PX, y)
        y += _draw(painter, blocks[1], MARGIN_PX, y)
        painter.drawImage(QtCore.QRectF(MARGIN_PX + (content_w - fig_w) / 2, y, fig_w, fig_h), image)
        y += fig_h + 10
        _draw(painter, blocks[2], MARGIN_PX, y)
        _draw(painter, footer, MARGIN_PX, footer_y)
    finally:
        painter.end()


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def _layout(html_text: str, width: float, device) -> QtGui.QTextDocument:
    doc = QtGui.QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    doc.setHtml(html_text)
    return doc


def _draw(painter: QtGui.QPainter, doc: QtGui.QTextDocument, x: float, y: float) -> float:
    """Paint ``doc`` at (x, y); its height."""
    painter.save()
    painter.translate(x, y)
    doc.drawContents(painter)
    painter.restore()
    return doc.size().height()


def write_handout(result: Result, path: str | os.PathLike[str], view: FigureView | None = None) -> Path:
    """Write the one-page A4 handout of ``result`` to ``path`` atomically (checked as a complete PDF)."""
    ensure_qt_app()

    def write(tmp: Path) -> None:
        writer = QtGui.QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setPageLayout(QtGui.QPageLayout(
            QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4), QtGui.QPageLayout.Orientation.Portrait,
            QtCore.QMarginsF(0, 0, 0, 0)))
        writer.setTitle(f"thermoviz handout: {result.scenario.title or 'untitled'}")
        writer.setCreator("thermoviz")
        try:
            render_handout(result, writer, view)
        finally:
            del writer

    return atomic_write_with(path, write, verify=verify_pdf)


__all__ = ["handout_figure", "handout_plots", "key_numbers", "questions", "render_handout", "write_handout"]
