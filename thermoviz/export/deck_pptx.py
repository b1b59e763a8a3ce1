"""A lesson deck as an editable PowerPoint file (python-pptx): one picture and real text boxes per slide.

The boxes sit where :mod:`thermoviz.export.deck` paints them on a PDF page
(1920 x 1080 slide units map onto a 13.33 x 7.5 in 16:9 slide), so both files
look alike and a teacher can edit every text in PowerPoint or LibreOffice.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from PySide6 import QtCore, QtGui

from thermoviz.io.atomic import atomic_write_with
from thermoviz.io.atomic import VerifyError

from .deck import (FIGURE_BOX, GREY, LEGEND_BOX, LEGEND_PX, PREDICT_BORDER, PREDICT_FILL, SLIDE_PX, SOURCES_BOX,
                   TEXT_BOX, TITLE_BOX, DeckSlide, sources_line, sources_pixels, text_blocks, title_pixels)

#: EMU per slide unit: a 13.333 in (12 192 000 EMU) wide slide over 1920 units.
EMU_PER_PX = 12_192_000 // SLIDE_PX[0]
#: Points per slide unit (a 960 pt wide slide over 1920 units).
PT_PER_PX = 0.5


def _png_bytes(image: QtGui.QImage) -> bytes:
    data = QtCore.QByteArray()
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _box(slide, box, text: str, pixels: int, *, bold: bool = False, colour: str = "111111", fill=None,
         border=None):
    # python-pptx is imported here: a heavy dependency needed only for .pptx decks
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Pt

    x, y, w, h = box
    shape = slide.shapes.add_textbox(Emu(x * EMU_PER_PX), Emu(y * EMU_PER_PX), Emu(w * EMU_PER_PX),
                                     Emu(h * EMU_PER_PX))
    frame = shape.text_frame
    frame.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size = Pt(pixels * PT_PER_PX)
        run.font.bold = bold
        run.font.color.rgb = RGBColor.from_string(colour)
    if fill is not None:
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
    if border is not None:
        shape.line.color.rgb = RGBColor.from_string(border)
        shape.line.width = Pt(2)
    return shape


def build_presentation(slides: list[DeckSlide], title: str):
    """A python-pptx Presentation of ``slides`` (16:9)."""
    # python-pptx is imported here: a heavy dependency needed only for .pptx decks
    from pptx import Presentation
    from pptx.util import Emu

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(SLIDE_PX[0] * EMU_PER_PX), Emu(SLIDE_PX[1] * EMU_PER_PX)
    deck.core_properties.title = title
    deck.core_properties.author = "thermoviz"
    blank = deck.slide_layouts[6]
    for item in slides:
        slide = deck.slides.add_slide(blank)
        _box(slide, TITLE_BOX, item.title, title_pixels(item.title), bold=True)
        x, y, w, h = TEXT_BOX
        for text, pixels, boxed in text_blocks(item):
            lines = max(1, round(len(text) * pixels * 0.5 / w) + 1)  # a first guess; PowerPoint re-wraps
            height = min(lines * pixels * 1.3 + (28 if boxed else 0), TEXT_BOX[1] + h - y)
            if boxed:
                _box(slide, (x, y, w, height), text, pixels, bold=True, colour="3D2A00",
                     fill=PREDICT_FILL.lstrip("#"), border=PREDICT_BORDER.lstrip("#"))
            else:
                _box(slide, (x, y, w, height), text, pixels)
            y += height + 16
        fx, fy, fw, fh = FIGURE_BOX
        image = item.figure
        scale = min(fw / image.width(), fh / image.height())
        slide.shapes.add_picture(io.BytesIO(_png_bytes(image)), Emu(fx * EMU_PER_PX), Emu(fy * EMU_PER_PX),
                                 Emu(int(image.width() * scale * EMU_PER_PX)),
                                 Emu(int(image.height() * scale * EMU_PER_PX)))
        legend = "   ".join(f"— {entry.text}" for entry in item.legend)
        _box(slide, LEGEND_BOX, legend, LEGEND_PX)
        sources = sources_line(item.sources)
        _box(slide, SOURCES_BOX, sources, sources_pixels(sources), colour=GREY.lstrip("#"))
    return deck


def verify_pptx(path: Path) -> None:
    """A complete .pptx: a zip holding the presentation part."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "ppt/presentation.xml" not in archive.namelist() or archive.testzip() is not None:
                raise VerifyError("the .pptx has no presentation part")
    except zipfile.BadZipFile as exc:
        raise VerifyError(f"the .pptx is not a complete zip file ({exc})") from None


def write_pptx(slides: list[DeckSlide], path: str | os.PathLike[str], title: str) -> Path:
    """Write ``slides`` as a .pptx to ``path`` atomically."""
    deck = build_presentation(slides, title)
    return atomic_write_with(path, lambda tmp: deck.save(str(tmp)), verify=verify_pptx)
