"""Playback export: the loop schematic over a time window as an animated GIF and an MP4.

Each frame is a one-line caption (scenario title and verdict, with a bar showing
where the frame lies in the window) above the loop schematic of
:mod:`thermoviz.figure.schematic` at that time.  Frames are spread evenly over
the window, first and last included, and rendered once for both formats:

* **GIF** with Pillow: a 255-colour palette per frame (fast octree), looping forever,
  ``round(1000 / fps)`` ms per frame (GIF stores hundredths of a second, so the
  frame rate is approximate).  Pillow merges a frame identical to the one before
  into it (longer duration); the caption's time bar makes that happen only when
  there are more frames than the bar has pixels.
* **MP4** with imageio-ffmpeg (an ffmpeg binary shipped in its wheel): H.264,
  yuv420p, which plays in browsers and slide software and needs even sizes.

Files are complete or absent: both are encoded in memory or a private temporary
folder and written with one atomic write (:func:`_write_file_atomically`).
``progress(i, n)`` is called after each rendered frame; ``cancelled()`` is
polled before each frame and stops the export with :class:`AnimationCancelled`
before anything is written.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from ..figure.schematic import paint_schematic
from ..figure.schematic_state import SchematicState
from ..io.atomic import STALE_AFTER_S, atomic_write_bytes
from ..model.units import localise_temps


#: Allowed ranges (inclusive) of the options; the CLI quotes them in its messages.
WIDTH_RANGE_PX = (320, 3840)
HEIGHT_RANGE_PX = (180, 2160)
FPS_RANGE = (1, 50)
FRAMES_RANGE = (2, 3000)
#: Most pixels a GIF may hold over all its frames: Pillow keeps every palette frame
#: (1 byte a pixel) in memory until it writes the file, so this is about 1.5 GB.
GIF_MAX_PIXELS = 1_500_000_000
#: Caption band height as a fraction of the frame height.
CAPTION_FRACTION = 0.085
#: Verdict severity -> colour of the caption's marker (Okabe–Ito, as the app's banner).
_SEVERITY_COLOUR = {"safe": "#009E73", "info": "#0072B2", "caution": "#E69F00", "danger": "#D55E00"}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class AnimationError(ValueError):
    """A bad animation option: ``str()`` is one line naming the option and what is allowed."""

    def __init__(self, option: str, message: str):
        self.option = option
        super().__init__(f"{option}: {message}")


class AnimationCancelled(RuntimeError):
    """The export was cancelled; nothing was written."""


@dataclass(frozen=True)
class AnimationOptions:
    """Size, frame rate, length and time window of an animation.

    Attributes
    ----------
    width_px, height_px : int
        Frame size [px]; even numbers (H.264 needs them), see the ``*_RANGE_PX``.
    fps : int
        Frames per second of playback.
    frames : int or None
        Number of frames; None = ``duration_s · fps``.
    duration_s : float
        Playback length [s] when ``frames`` is None.
    from_h, to_h : float or None
        Time window [h since the start]; None = the start / end of the result.
    """

    width_px: int = 1280
    height_px: int = 720
    fps: int = 12
    frames: int | None = None
    duration_s: float = 8.0
    from_h: float | None = None
    to_h: float | None = None

    def __post_init__(self) -> None:
        for name, value, (lo, hi) in (("width_px", self.width_px, WIDTH_RANGE_PX),
                                      ("height_px", self.height_px, HEIGHT_RANGE_PX)):
            if not isinstance(value, int) or not lo <= value <= hi or value % 2:
                raise AnimationError(name, f"must be an even whole number from {lo} to {hi} px, got {value!r}")
        if not isinstance(self.fps, int) or not FPS_RANGE[0] <= self.fps <= FPS_RANGE[1]:
            raise AnimationError("fps", f"must be a whole number from {FPS_RANGE[0]} to {FPS_RANGE[1]}, "
                                        f"got {self.fps!r}")
        if self.frames is not None and (not isinstance(self.frames, int)
                                        or not FRAMES_RANGE[0] <= self.frames <= FRAMES_RANGE[1]):
            raise AnimationError("frames", f"must be a whole number from {FRAMES_RANGE[0]} to {FRAMES_RANGE[1]}, "
                                           f"got {self.frames!r}")
        if self.frames is None and not (math.isfinite(self.duration_s)
                                        and FRAMES_RANGE[0] <= round(self.duration_s * self.fps) <= FRAMES_RANGE[1]):
            raise AnimationError("duration_s", f"must be a number of seconds giving {FRAMES_RANGE[0]} to "
                                               f"{FRAMES_RANGE[1]} frames at {self.fps} fps, got {self.duration_s!r}")

    @property
    def frame_count(self) -> int:
        return self.frames if self.frames is not None else int(round(self.duration_s * self.fps))

    def check_gif_size(self) -> None:
        """Raise AnimationError if a GIF of these options would not fit the memory budget."""
        most = GIF_MAX_PIXELS // (self.width_px * self.height_px)
        if self.frame_count > most:
            raise AnimationError("frames", f"a {self.width_px}x{self.height_px} GIF can have at most {most} frames "
                                           f"(memory), got {self.frame_count}: use fewer frames, a smaller size or MP4")


def frame_times_h(result, options: AnimationOptions) -> np.ndarray:
    """Times [h] of the frames: evenly spaced over the window, both ends included."""
    t0, t1 = float(result.time_h[0]), float(result.time_h[-1])
    start = t0 if options.from_h is None else float(options.from_h)
    end = t1 if options.to_h is None else float(options.to_h)
    for name, value in (("from_h", start), ("to_h", end)):
        if not (math.isfinite(value) and t0 <= value <= t1):
            raise AnimationError(name, f"must be a time from {t0:g} to {t1:g} h, got {value!r}")
    if end <= start:
        raise AnimationError("to_h", f"must be later than from_h ({start:g} h), got {end:g}")
    return np.linspace(start, end, options.frame_count)


def render_frame(result, time_h: float, width_px: int, height_px: int, *,
                 window_h: tuple[float, float] | None = None) -> QImage:
    """One frame (RGB32 QImage): caption band with title and verdict, then the schematic."""
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    band = max(int(round(height_px * CAPTION_FRACTION)), 24)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _caption(painter, QRectF(0, 0, width_px, band), result, time_h, window_h)
        paint_schematic(painter, QRectF(0, band, width_px, height_px - band), SchematicState.at(result, time_h))
    finally:
        painter.end()
    return image


def _caption(p: QPainter, rect: QRectF, result, time_h: float, window_h) -> None:
    pad = rect.height() * 0.22
    marker = QRectF(pad, pad, rect.height() * 0.28, rect.height() - 2 * pad)
    p.fillRect(marker, QColor(_SEVERITY_COLOUR.get(result.verdict.severity, "#595959")))
    text_rect = QRectF(marker.right() + pad, 0, rect.width() - marker.right() - 2 * pad, rect.height() - pad * 0.6)
    font, text = caption_fit(result, text_rect)
    p.setFont(font)
    p.setPen(QColor("#111111"))
    p.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
               text)
    start, end = window_h if window_h else (float(result.time_h[0]), float(result.time_h[-1]))
    frac = 0.0 if end <= start else min(max((time_h - start) / (end - start), 0.0), 1.0)
    bar_h = max(rect.height() * 0.07, 2.0)
    p.fillRect(QRectF(0, rect.bottom() - bar_h, rect.width(), bar_h), QColor("#DDDDDD"))
    p.fillRect(QRectF(0, rect.bottom() - bar_h, rect.width() * frac, bar_h), QColor("#0072B2"))


def caption_text(result) -> str:
    """Title and the verdict's first sentence: the caption names the outcome, the plots show the rest."""
    verdict = localise_temps(result.verdict.text).strip()
    first = verdict.split(". ")[0].rstrip(".") + "."
    return f"{result.scenario.title} — {first}"


def caption_fit(result, rect: QRectF) -> tuple[QFont, str]:
    """The caption's font and text: one line if it fits, else two; never cut (smaller type first)."""
    text = caption_text(result)
    font = QFont()
    font.setBold(True)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    for fraction in (0.44, 0.40, 0.36, 0.33, 0.30, 0.28, 0.26, 0.24, 0.22, 0.20, 0.18):
        font.setPixelSize(max(int(rect.height() * fraction), 7))
        used = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 10_000), flags, text)
        if used.height() <= rect.height() and used.width() <= rect.width():
            break
    return font, text


def qimage_to_rgb(image: QImage) -> np.ndarray:
    """An (H, W, 3) uint8 copy of ``image``."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w, stride = rgb.height(), rgb.width(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * h)
    return data.reshape(h, stride)[:, : w * 3].reshape(h, w, 3).copy()


def iter_frames(result, options: AnimationOptions, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Iterator[np.ndarray]:
    """Render the frames one by one as (H, W, 3) uint8 arrays."""
    times = frame_times_h(result, options)
    window = (float(times[0]), float(times[-1]))
    n = len(times)
    for i, t in enumerate(times, start=1):
        if cancelled is not None and cancelled():
            raise AnimationCancelled("animation export cancelled")
        yield qimage_to_rgb(render_frame(result, float(t), options.width_px, options.height_px, window_h=window))
        if progress is not None:
            progress(i, n)


#: The MP4 is encoded in a private folder of the system's temp dir named like this.
ANIM_TEMP_PREFIX = "thermoviz-anim-"


def remove_stale_anim_dirs(root: str | os.PathLike[str] | None = None) -> int:
    """Remove our animation folders left by a killed process (ours by name, owner and age); returns how many."""
    root = Path(root if root is not None else tempfile.gettempdir())
    removed = 0
    try:
        entries = list(root.glob(ANIM_TEMP_PREFIX + "*"))
    except OSError:
        return 0
    for folder in entries:
        try:
            info = folder.lstat()
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if folder.is_dir() and not folder.is_symlink() and mine and time.time() - info.st_mtime > STALE_AFTER_S:
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            continue
    return removed


def export_animation(result, *, gif: str | os.PathLike[str] | None = None,
                     mp4: str | os.PathLike[str] | None = None, options: AnimationOptions = AnimationOptions(),
                     progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[Path]:
    """Render the animation once and write it as a GIF and/or an MP4; returns the written paths.

    Raises :class:`AnimationError` for a bad time window, :class:`AnimationCancelled`
    when ``cancelled()`` turns true (nothing written), ``OSError`` when a file cannot be
    written (no partial file is left).
    """
    if gif is None and mp4 is None:
        return []
    if gif is not None and mp4 is not None and Path(gif).resolve() == Path(mp4).resolve():
        raise AnimationError("mp4", f"must be another file than the GIF, got {mp4}")
    if gif is not None:
        options.check_gif_size()
    frame_times_h(result, options)  # window errors before any rendering
    gif_frames: list = []
    remove_stale_anim_dirs()
    with tempfile.TemporaryDirectory(prefix=ANIM_TEMP_PREFIX) as tmp:
        mp4_tmp = Path(tmp) / "animation.mp4"
        encoder = _mp4_encoder(mp4_tmp, options) if mp4 is not None else None
        try:
            for frame in iter_frames(result, options, progress, cancelled):
                if encoder is not None:
                    encoder.send(frame.tobytes())
                if gif is not None:
                    gif_frames.append(_gif_frame(frame))
        finally:
            if encoder is not None:
                encoder.close()
        written = []
        if gif is not None:
            written.append(_write_file_atomically(gif, _gif_bytes(gif_frames, options.fps)))
        if mp4 is not None:
            written.append(_write_file_atomically(mp4, mp4_tmp.read_bytes()))
    return written


def _mp4_encoder(path: Path, options: AnimationOptions):
    import imageio_ffmpeg

    encoder = imageio_ffmpeg.write_frames(
        str(path), (options.width_px, options.height_px), fps=options.fps, codec="libx264",
        pix_fmt_in="rgb24", pix_fmt_out="yuv420p", quality=7, macro_block_size=1,
        ffmpeg_log_level="error", output_params=["-movflags", "+faststart"])
    encoder.send(None)  # start ffmpeg
    return encoder


def _gif_frame(frame: np.ndarray):
    from PIL import Image

    return Image.fromarray(frame).quantize(colors=255, method=Image.Quantize.FASTOCTREE,
                                                       dither=Image.Dither.NONE)


def _gif_bytes(frames: list, fps: int) -> bytes:
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], loop=0,
                   duration=int(round(1000 / fps)), disposal=1, optimize=False)
    return buffer.getvalue()


def _write_file_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """The one place this module writes a file: complete or not at all (repoint when io.atomic moves)."""
    return atomic_write_bytes(path, data)
