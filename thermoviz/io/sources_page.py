"""Help ▸ Sources: the shipped bibliography (``docs/sources.md``) and the "(Sources §1.1)" citations.

Lessons, presets and the reported timeline cite a publisher and date and the section of the
sources page that lists the item with its web address, never the address itself (classrooms run
thermoviz offline).  The page ships in the wheel as ``thermoviz/assets/help/sources.md`` (pyproject
force-include); a source checkout reads ``docs/sources.md`` itself.  Qt-free: the window shows it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from .assets import assets_dir

#: Link scheme of a citation in rich text: ``sources:<section>``, e.g. ``sources:1.1``.
LINK_PREFIX = "sources:"
#: A citation of a section of the sources page, as lessons, presets and timelines write it.
CITATION = re.compile(r"Sources §(\d+(?:\.\d+)?)")


def sources_page_path() -> Path:
    """The shipped page: ``assets/help/sources.md`` in a wheel, else the checkout's ``docs/sources.md``."""
    shipped = assets_dir() / "help" / "sources.md"
    return shipped if shipped.is_file() else assets_dir().parent / "docs" / "sources.md"


def sources_markdown() -> str:
    """The page's Markdown text."""
    return sources_page_path().read_text(encoding="utf-8")


def heading_prefixes(section: str) -> tuple[str, str]:
    """How the heading of section ``section`` starts: ``"1.1 "`` (a ### heading) or ``"1. "`` (a ## one)."""
    return f"{section} ", f"{section}. "


def source_html(text: str) -> str:
    """A source line as rich text: each "Sources §1.1" links to that section of Help ▸ Sources."""
    out, last = [], 0
    for match in CITATION.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<a href="{LINK_PREFIX}{match.group(1)}">{html.escape(match.group(0))}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def linked_section(link: str) -> str | None:
    """The section a ``sources:`` link opens (None for any other link)."""
    return link[len(LINK_PREFIX):] if link.startswith(LINK_PREFIX) else None
