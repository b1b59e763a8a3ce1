"""A lesson's deck written to a file: a PDF (Qt) or an editable PowerPoint file (python-pptx)."""

from __future__ import annotations

import os
from pathlib import Path

from thermoviz.figure.offscreen import ensure_qt_app
from thermoviz.io.lessons import Lesson

from .deck import deck_slides, write_pdf
from .deck_pptx import write_pptx


def write_deck(lesson: Lesson, path: str | os.PathLike[str], progress=None) -> tuple[Path, int]:
    """Write the lesson's deck to ``path`` (.pdf or .pptx, atomically); returns the path and slide count.

    ``progress(fraction)`` is called after each step's slides are drawn.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".pptx"):
        raise ValueError(f"the deck must be a .pdf or a .pptx file, got {Path(path).name!r}")
    ensure_qt_app()
    slides = deck_slides(lesson, progress)
    if suffix == ".pptx":
        return write_pptx(slides, path, lesson.title), len(slides)
    return write_pdf(slides, path, lesson.title), len(slides)
