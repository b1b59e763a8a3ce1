"""A whole lesson as a slide deck: ``thermoviz lesson NAME --deck PATH.pdf|.pptx``.

One slide per step; a "predict first" step gets two: the question (its curves,
banner and hidden events left out, so the class can guess) and the answer (the
reveal with the model's numbers and the curves).  Each slide carries the step's
narration, its plots zoomed to the step's window, a short legend of the curves
shown (no limit lines but the highlighted one) and the sources in small print.

Slides are laid out once in 1920 x 1080 units (:func:`paint_slide`) and written
as a 16:9 PDF (text as text, the figure as a picture) or as an editable
PowerPoint file (:mod:`thermoviz.export.deck_pptx`: one picture and real text
boxes per slide).  Files are written atomically and checked.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from thermoviz.analysis.step_odds import odds_for
from thermoviz.figure import spec as S
from thermoviz.figure.view import FigureView
from thermoviz.io.atomic import atomic_write_with
from thermoviz.io.lesson_steps import aligned_reference, render_text
from thermoviz.io.lessons import Lesson, LessonStep
from thermoviz.io.verify import verify_pdf
from thermoviz.model.language import translate
from thermoviz.model.outcome.result import Result

from .figure import build_figure, resize_figure
from .lesson_slide import simulate_step, step_view
from .png import widget_image
from .slide import CURSOR_COLOUR, LegendEntry, legend_entries

#: Slide units (pixels of a 1920 x 1080 slide) and its boxes: (x, y, width, height).
SLIDE_PX = (1920, 1080)
TITLE_BOX = (60, 30, 1800, 80)
TEXT_BOX = (60, 130, 620, 870)
FIGURE_BOX = (720, 120, 1160, 800)
LEGEND_BOX = (720, 924, 1160, 92)
SOURCES_BOX = (60, 1022, 1800, 54)
#: Text sizes [slide px]: at 1080 lines the smallest (sources) is 1/60 of the height, the body 1/36.
TITLE_PX, BODY_PX, LEGEND_PX, SOURCES_PX = 50, 30, 22, 18
#: The figure is laid out at this logical size and painted at 2x into FIGURE_BOX (ticks readable).
FIGURE_LOGICAL = (580, 400)
#: Curves kept per plot on a slide (the first ones of the plot, plus the highlighted one).
LEAD_CURVES = 3
INK, GREY, PREDICT_FILL, PREDICT_BORDER = "#111111", "#444444", "#FFF0C7", "#E69F00"


@dataclass(frozen=True)
class DeckSlide:
    """One slide: title, body paragraphs (the first may be the boxed question), picture, legend, sources."""

    title: str
    paragraphs: tuple[str, ...]
    figure: QtGui.QImage
    legend: tuple[LegendEntry, ...]
    sources: tuple[str, ...]
    question: str = ""  # a predict step's question, boxed under the narration
    kind: str = "step"  # "step", "question" or "answer"


def deck_slides(lesson: Lesson, progress=None) -> list[DeckSlide]:
    """Every slide of the lesson, in order (each step's scenario simulated once); ``progress(fraction)``."""
    runs: list[tuple] = []
    slides: list[DeckSlide] = []
    plots = DeckPlots()
    try:
        for i, step in enumerate(lesson.steps):
            slides += _step_slides(lesson, step, runs, plots)
            if progress is not None:
                progress((i + 1) / len(lesson.steps))
    finally:
        plots.close()
    return slides


def _step_slides(lesson: Lesson, step: LessonStep, runs: list[tuple], plots: DeckPlots) -> list[DeckSlide]:
    result = _run(step, runs)
    reference = None
    if step.view.compare_step is not None:
        earlier = lesson.steps[step.view.compare_step - 1]
        reference = (aligned_reference(_run(earlier, runs), result), translate("Deck", "Step {number}: {title}").format(
            number=earlier.number, title=earlier.title))
    view, resolved = step_view(step, result, reference)
    odds = odds_for(step)  # {odds:GRADE}: the step's 200 plausible vehicles, computed once per scenario
    fill = lambda text: render_text(text, result, resolved.cursor_h, step, odds)  # noqa: E731
    title = f"{step.number}. {step.title}"
    if step.predict is None:
        return [_slide(plots, step, result, view, resolved.cursor_h, title, (fill(step.narration),), "step")]
    hides = frozenset(step.predict.hides)
    question = fill(step.predict.question)
    predict_title = translate("Deck", "{title} — predict first").format(title=title)
    answer_title = translate("Deck", "{title} — the answer").format(title=title)
    return [_slide(plots, step, result, view, resolved.cursor_h, predict_title,
                   (fill(step.narration),), "question", hides, question=question),
            _slide(plots, step, result, view, resolved.cursor_h, answer_title,
                   (fill(step.predict.reveal),), "answer", question=question)]


def short_legend(view: FigureView) -> tuple[frozenset[str], frozenset[str]]:
    """(hidden series, hidden limits) for a short legend: each plot's lead curves and the highlighted one,
    only the highlighted limit (slides, and the window while presenting a lesson)."""
    limits = {lim.limit.key for key in view.plots for lim in S.plot_spec(key).limits}
    series = frozenset(s.key for key in view.plots for s in S.series_of(key)[LEAD_CURVES:] if s.key != view.highlight)
    return series, frozenset(limits - {view.highlight})


def _run(step: LessonStep, runs: list[tuple]) -> Result:
    """The step's simulated run; steps with the same scenario share one (``runs``: (scenario, result) pairs)."""
    for scenario, result in runs:
        if scenario == step.scenario:
            return result
    result = simulate_step(step)
    runs.append((step.scenario, result))
    return result


def _slide(plots: DeckPlots, step: LessonStep, result: Result, view: FigureView, cursor_h: float, title: str,
           paragraphs: tuple[str, ...], kind: str, hides: frozenset[str] = frozenset(),
           question: str = "") -> DeckSlide:
    hidden_series, hidden_limits = short_legend(view)
    if "curves" in hides:
        hidden_series = frozenset(s.key for key in view.plots for s in S.series_of(key))
    view = dataclasses.replace(view, hidden_limits=hidden_limits,
                               hidden_series=hidden_series,
                               reference=None if "curves" in hides else view.reference)
    hidden_events = frozenset(h for h in hides if h not in ("curves", "banner", "readout"))
    cursor = None if step.view.cursor_event in hides else cursor_h
    image, legend = plots.picture(result, view, cursor, hidden_events)
    # A source may quote the answer ("about +30 °C"): a question slide defers them to its answer slide.
    sources = (translate("Deck", "shown with the answer"),) if kind == "question" else step.sources
    return DeckSlide(title, paragraphs, image, tuple(legend), sources, question, kind)


class DeckPlots:
    """Off-screen figures, one per set of plots, redrawn for every slide that shows those plots.

    Building a figure costs about 0.5 s; most steps share their plots with another
    (or are a question and its answer).  A figure holds only its own plots: rendering
    one with hidden plot rows and deleting it afterwards crashes Qt.
    """

    def __init__(self):
        self.figures: dict[tuple[str, ...], object] = {}
        self.cursors: dict[tuple[str, ...], list[pg.InfiniteLine]] = {}

    def picture(self, result: Result, view: FigureView, cursor_h: float | None,
                hidden_events: frozenset[str] = frozenset()) -> tuple[QtGui.QImage, list[LegendEntry]]:
        """The step's plots (zoomed to its window) as a picture for FIGURE_BOX, and their legend."""
        key = tuple(view.plots)
        figure = self.figures.get(key)
        if figure is None:
            figure = self.figures[key] = build_figure(result, dataclasses.replace(view, x_range_h=None, reference=None),
                                                      size=FIGURE_LOGICAL)
            figure.hide_legend_column()
            pen = pg.mkPen(CURSOR_COLOUR, width=4)
            self.cursors[key] = []
            for plot in figure.plots.values():  # one cursor line per plot, moved from slide to slide
                line = pg.InfiniteLine(pos=0.0, angle=90, movable=False, pen=pen)
                line.setZValue(40)
                plot.addItem(line, ignoreBounds=True)
                self.cursors[key].append(line)
        figure.set_result(result)
        figure.set_reference(view.reference, view.reference_label)  # None clears the last slide's
        figure.apply_view(view)
        figure.events.set_hidden(hidden_events)
        for line in self.cursors[key]:
            line.setVisible(cursor_h is not None)
            if cursor_h is not None:
                line.setValue(cursor_h)
        resize_figure(figure, FIGURE_LOGICAL)
        for plot_key in view.plots:
            figure._fit_axis_titles(plot_key, figure.plots[plot_key].geometry().height())
        image = widget_image(figure, FIGURE_BOX[2] / FIGURE_LOGICAL[0])
        return image, legend_entries(figure, view)

    def close(self) -> None:
        for figure in self.figures.values():  # deleted now: a figure left to the interpreter's exit crashes it
            figure.hide()
            figure.deleteLater()
            QtCore.QCoreApplication.sendPostedEvents(figure, QtCore.QEvent.Type.DeferredDelete)
        self.figures.clear()
        self.cursors.clear()


# --------------------------------------------------------------------------- painting one slide


def _font(pixels: int, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _text(painter: QtGui.QPainter, box: tuple[int, int, int, int], text: str, pixels: int, *,
          bold: bool = False, colour: str = INK) -> float:
    """Wrapped text in ``box`` from its top; returns the height used."""
    doc = QtGui.QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(pixels, bold))
    doc.setDefaultStyleSheet(f"body {{ color: {colour}; }}")
    doc.setTextWidth(box[2])
    option = QtGui.QTextOption()
    option.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    painter.save()
    painter.translate(box[0], box[1])
    context = QtGui.QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QtGui.QPalette.ColorRole.Text, QtGui.QColor(colour))
    context.clip = QtCore.QRectF(0, 0, box[2], box[3])
    doc.documentLayout().draw(painter, context)
    painter.restore()
    return doc.size().height()


def title_pixels(title: str) -> int:
    """Title size [slide px]: one line, a long title gets smaller type (never a second line over the text)."""
    pixels = TITLE_PX
    while pixels > 34 and QtGui.QFontMetricsF(_font(pixels, True)).horizontalAdvance(title) > TITLE_BOX[2]:
        pixels -= 2
    return pixels


def sources_pixels(text: str) -> int:
    """Sources size [slide px]: small print that fits SOURCES_BOX (down to 14 px for a long list)."""
    pixels = SOURCES_PX
    while pixels > 14:
        doc = QtGui.QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_font(pixels))
        doc.setTextWidth(SOURCES_BOX[2])
        doc.setPlainText(text)
        if doc.size().height() <= SOURCES_BOX[3]:
            break
        pixels -= 1
    return pixels


def text_blocks(slide: DeckSlide) -> list[tuple[str, int, bool]]:
    """The slide's text column as (text, pixel size, boxed) in order (PDF and PowerPoint share it).

    A long text gets smaller type (down to 20 px) so the column never runs into the sources.
    """
    predict, asked = translate("Deck", "Predict first: {text}"), translate("Deck", "Question: {text}")
    answer = translate("Deck", "Answer: {text}")
    for body in range(BODY_PX, 19, -2):
        blocks = [(p, body, False) for p in slide.paragraphs]
        if slide.kind == "question":
            blocks.append((predict.format(text=slide.question), body, True))
        elif slide.kind == "answer":
            blocks = [(asked.format(text=slide.question), body - 4, False),
                      *[(answer.format(text=p), body, True) for p in slide.paragraphs]]
        if _column_height(blocks) <= TEXT_BOX[3]:
            break
    return blocks


def _column_height(blocks: list[tuple[str, int, bool]]) -> float:
    """Height [slide px] the text column needs (as :func:`paint_slide` lays it out)."""
    total = 0.0
    for text, pixels, boxed in blocks:
        doc = QtGui.QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(_font(pixels, boxed))
        doc.setTextWidth(TEXT_BOX[2] - (32 if boxed else 0))
        doc.setPlainText(text)
        total += doc.size().height() + (28 if boxed else 0) + 20
    return total


def paint_slide(painter: QtGui.QPainter, slide: DeckSlide) -> None:
    """Paint ``slide`` in 1920 x 1080 units (the painter's device must map them to the page)."""
    painter.fillRect(QtCore.QRectF(0, 0, *SLIDE_PX), QtGui.QColor("white"))
    _text(painter, TITLE_BOX, slide.title, title_pixels(slide.title), bold=True)
    x, y, w, h = TEXT_BOX
    for text, pixels, boxed in text_blocks(slide):
        if boxed:
            probe = QtGui.QTextDocument()
            probe.setDefaultFont(_font(pixels, True))
            probe.setDocumentMargin(0)
            probe.setTextWidth(w - 32)
            probe.setPlainText(text)
            box_h = probe.size().height() + 28
            painter.setPen(QtGui.QPen(QtGui.QColor(PREDICT_BORDER), 4))
            painter.setBrush(QtGui.QColor(PREDICT_FILL))
            painter.drawRoundedRect(QtCore.QRectF(x, y, w, box_h), 10, 10)
            _text(painter, (x + 16, int(y) + 14, w - 32, int(box_h)), text, pixels, bold=True, colour="#3D2A00")
            y += box_h + 20
        else:
            y += _text(painter, (x, int(y), w, int(h - (y - TEXT_BOX[1]))), text, pixels) + 20
    fx, fy, fw, fh = FIGURE_BOX
    image = slide.figure
    scale = min(fw / image.width(), fh / image.height())
    painter.drawImage(QtCore.QRectF(fx, fy, image.width() * scale, image.height() * scale), image)
    _paint_legend(painter, slide.legend)
    sources = sources_line(slide.sources)
    _text(painter, SOURCES_BOX, sources, sources_pixels(sources), colour=GREY)


def sources_line(sources) -> str:
    """"Sources: a · b" in the chosen language (the sources themselves stay as published)."""
    return translate("Deck", "Sources: {sources}").format(sources=" · ".join(sources))


def _paint_legend(painter: QtGui.QPainter, entries) -> None:
    x0, y0, w, _h = LEGEND_BOX
    columns = 3
    col_w = w / columns
    painter.setFont(_font(LEGEND_PX))
    for i, entry in enumerate(entries):
        x = x0 + (i % columns) * col_w
        y = y0 + (i // columns) * (LEGEND_PX + 8)
        if entry.fill is not None:
            painter.fillRect(QtCore.QRectF(x, y + 4, 44, LEGEND_PX - 8), entry.fill)
        pen = QtGui.QPen(entry.pen)
        pen.setCosmetic(False)
        pen.setWidthF(min(max(pen.widthF(), 2.0) * 2, 8.0))
        painter.setPen(pen)
        painter.drawLine(QtCore.QPointF(x, y + LEGEND_PX / 2), QtCore.QPointF(x + 44, y + LEGEND_PX / 2))
        painter.setPen(QtGui.QColor(INK))
        painter.setFont(_font(LEGEND_PX, entry.bold))
        metrics = QtGui.QFontMetricsF(painter.font())
        text = metrics.elidedText(entry.text, QtCore.Qt.TextElideMode.ElideRight, col_w - 64)
        painter.drawText(QtCore.QPointF(x + 54, y + LEGEND_PX * 0.8), text)


def slide_picture(slide: DeckSlide) -> QtGui.QImage:
    """The slide as a 1920 x 1080 image (previews and tests)."""
    image = QtGui.QImage(*SLIDE_PX, QtGui.QImage.Format.Format_RGB32)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    try:
        paint_slide(painter, slide)
    finally:
        painter.end()
    return image


# --------------------------------------------------------------------------- files


def write_pdf(slides: list[DeckSlide], path: str | os.PathLike[str], title: str) -> Path:
    """The slides as a 16:9 PDF (10 x 5.625 in pages at 192 dpi = 1920 x 1080 units)."""

    def write(tmp: Path) -> None:
        writer = QtGui.QPdfWriter(str(tmp))
        writer.setResolution(192)
        writer.setPageLayout(QtGui.QPageLayout(
            QtGui.QPageSize(QtCore.QSizeF(254.0, 142.875), QtGui.QPageSize.Unit.Millimeter, "16:9"),
            QtGui.QPageLayout.Orientation.Portrait, QtCore.QMarginsF(0, 0, 0, 0)))
        writer.setTitle(title)
        writer.setCreator("thermoviz")
        painter = QtGui.QPainter(writer)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            sx = writer.width() / SLIDE_PX[0]
            painter.scale(sx, sx)
            for i, slide in enumerate(slides):
                if i:
                    writer.newPage()
                paint_slide(painter, slide)
        finally:
            painter.end()
            del writer

    return atomic_write_with(path, write, verify=verify_pdf)


__all__ = ["DeckSlide", "deck_slides", "short_legend", "paint_slide", "slide_picture", "sources_line", "write_deck",
           "write_pdf"]
