"""Plain-words glossary of the technical terms lessons and verdicts use (``assets/help/glossary.toml``).

The lesson panel links each term's first use to its meaning (shown on hover);
``docs/glossary.md`` is the same list as a page (:func:`glossary_markdown`, kept
equal by a test).  In Russian or Spanish (the language in use) the terms come from
``assets/help/<lang>/glossary.toml``: the same terms in the same order, with the
spellings (word forms) found in that language's lesson; a language without one uses English.
"""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from ..model.language import language_code
from .assets import assets_dir

#: Link scheme of a glossary term in rich text: ``term:<index>``.
LINK_PREFIX = "term:"


@dataclass(frozen=True)
class Term:
    """One glossary entry: its name, the spellings found in texts, and its meaning in plain words."""

    name: str
    spellings: tuple[str, ...]
    meaning: str


def glossary_path(lang: str = "en"):
    """The glossary file of language ``lang`` (English: ``assets/help/glossary.toml``)."""
    help_dir = assets_dir() / "help"
    return help_dir / "glossary.toml" if lang == "en" else help_dir / lang / "glossary.toml"


def glossary(lang: str | None = None) -> tuple[Term, ...]:
    """Every glossary term, in the file's order, in ``lang`` (default: the language in use; English if it has none)."""
    return _glossary(language_code() if lang is None else lang)


@lru_cache(maxsize=4)
def _glossary(lang: str) -> tuple[Term, ...]:
    path = glossary_path(lang)
    if not path.is_file():
        path = glossary_path("en")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return tuple(Term(entry["match"][0], tuple(entry["match"]), entry["meaning"].strip()) for entry in data["term"])


def _pattern() -> re.Pattern:
    return _compiled(language_code())


@lru_cache(maxsize=4)
def _compiled(lang: str) -> re.Pattern:
    spellings = sorted({s for term in glossary(lang) for s in term.spellings}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in spellings) + r")(?![\w-])", re.IGNORECASE)


def find_term(text: str) -> Term | None:
    """The term spelt ``text`` (case does not matter), or None."""
    low = text.lower()
    return next((t for t in glossary() if any(s.lower() == low for s in t.spellings)), None)


def terms_in(text: str) -> list[Term]:
    """The glossary terms used in ``text``, in order of first use, each once."""
    found: list[Term] = []
    for match in _pattern().finditer(text):
        term = find_term(match.group(0))
        if term is not None and term not in found:
            found.append(term)
    return found


def glossary_html(text: str) -> str:
    """``text`` as HTML with each term's first use linked to ``term:<index>`` (meaning on hover)."""
    seen: set[str] = set()
    out, last = [], 0
    terms = glossary()
    for match in _pattern().finditer(text):
        term = find_term(match.group(0))
        if term is None or term.name in seen:
            continue
        seen.add(term.name)
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<a href="{LINK_PREFIX}{terms.index(term)}" style="color: inherit; text-decoration: underline;">'
                   f"{html.escape(match.group(0))}</a>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def term_meaning(link: str) -> str:
    """The hover text of a ``term:<index>`` link: name and meaning ("" for any other link)."""
    if not link.startswith(LINK_PREFIX):
        return ""
    try:
        term = glossary()[int(link[len(LINK_PREFIX):])]
    except (ValueError, IndexError):
        return ""
    return f"{term.name}: {term.meaning}"


def glossary_markdown() -> str:
    """``docs/glossary.md``: every term with its other spellings and its meaning."""
    lines = ["# Glossary", "",
             "Technical words used by the lessons and the verdicts, in plain words. In a lesson, hover an",
             "underlined word to read its meaning. (Written from `assets/help/glossary.toml`; a test keeps",
             "this page equal to it.)", ""]
    for term in sorted(glossary("en"), key=lambda t: t.name.lower()):
        also = [s for s in term.spellings[1:]]
        suffix = f" (also: {', '.join(also)})" if also else ""
        lines.append(f"- **{term.name}**{suffix}: {term.meaning}")
    return "\n".join(lines) + "\n"
