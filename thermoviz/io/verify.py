"""Per-format checks of a written file, run on the temporary file before it replaces anything.

Each ``verify_*`` raises :class:`~thermoviz.io.atomic.VerifyError` (one line: what is
wrong) and is pure Python (no Qt), so the CLI, the window and the tests share them.
They catch what a full disk or a crashed writer leaves: a truncated file that a
writer such as ``QPdfWriter`` reported as written.  (The CSV check reads the file
back with the CSV reader: :func:`thermoviz.io.csv_io.csv_verifier`.)
"""

from __future__ import annotations

import struct
import tomllib
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable
from pathlib import Path

from .atomic import VerifyError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Smallest PDF a real report can be [bytes] (header, one page, xref, trailer).
PDF_MIN_BYTES = 200
#: Channels per PNG colour type (greyscale, RGB, palette, grey+alpha, RGBA).
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def verify_pdf(path: Path) -> None:
    """A complete PDF: ``%PDF-`` header, ``startxref`` and the ``%%EOF`` trailer at the end."""
    size = path.stat().st_size
    if size < PDF_MIN_BYTES:
        raise VerifyError(f"PDF of {size} bytes is too short")
    with open(path, "rb") as handle:
        head = handle.read(8)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if not head.startswith(b"%PDF-"):
        raise VerifyError("no PDF header")
    if b"startxref" not in tail or not tail.rstrip().endswith(b"%%EOF"):
        raise VerifyError("the PDF has no complete trailer (%%EOF)")


def verify_png(path: Path, size_px: tuple[int, int] | None = None) -> None:
    """A decodable PNG: every chunk's CRC, IHDR first, IEND last, image data of the right length.

    ``size_px`` = expected (width, height) in pixels.
    """
    data = path.read_bytes()
    if not data.startswith(PNG_SIGNATURE):
        raise VerifyError("no PNG signature")
    pos, ihdr, idat, ended = len(PNG_SIGNATURE), None, [], False
    while pos < len(data):
        if pos + 8 > len(data):
            raise VerifyError("the PNG is truncated")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc) != 4:
            raise VerifyError("the PNG is truncated")
        if zlib.crc32(kind + body) != struct.unpack(">I", crc)[0]:
            raise VerifyError(f"PNG chunk {kind.decode('latin-1')!r} is damaged (CRC)")
        if ihdr is None and kind != b"IHDR":
            raise VerifyError("the PNG does not start with its header chunk")
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            ended = True
            break
        pos += 12 + length
    if not ended:
        raise VerifyError("the PNG has no end chunk (truncated)")
    width, height, depth, colour, _comp, _filter, interlace = ihdr
    if size_px is not None and (width, height) != tuple(size_px):
        raise VerifyError(f"PNG is {width} x {height} px, expected {size_px[0]} x {size_px[1]}")
    decoded = _inflated_length(idat)
    if interlace == 0 and colour in _PNG_CHANNELS:
        expected = height * (1 + (width * depth * _PNG_CHANNELS[colour] + 7) // 8)
        if decoded != expected:
            raise VerifyError(f"the PNG image data holds {decoded} bytes, expected {expected}")


def _inflated_length(chunks: list[bytes]) -> int:
    """Bytes the zlib stream in ``chunks`` inflates to (decoded 1 MiB at a time: a 4x export
    holds about 60 MB of pixels, which need not all sit in memory at once)."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for chunk in chunks:
            data = chunk
            while data:
                total += len(inflater.decompress(data, 1 << 20))
                data = inflater.unconsumed_tail
        total += len(inflater.flush())
    except zlib.error as exc:
        raise VerifyError(f"the PNG image data cannot be decoded ({exc})") from None
    if not inflater.eof:
        raise VerifyError("the PNG image data ends early (truncated)")
    return total


def png_verifier(size_px: tuple[int, int] | None = None) -> Callable[[Path], None]:
    """:func:`verify_png` with the expected pixel size bound."""
    return lambda path: verify_png(path, size_px)


def verify_svg(path: Path) -> None:
    """An SVG document that parses as XML and has an ``<svg>`` root."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise VerifyError(f"the SVG is not valid XML ({exc})") from None
    if not root.tag.endswith("svg"):
        raise VerifyError(f"the SVG's root element is {root.tag!r}, not svg")


def verify_toml(path: Path) -> None:
    """UTF-8 text that re-parses as TOML."""
    try:
        tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VerifyError(f"the TOML does not re-parse ({exc})") from None
