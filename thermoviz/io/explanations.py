"""Explanations for hover and F1 help, as data (``assets/help/explanations.toml``).

Every series, limit line, model event and a few concepts (Cd, accumulator,
condensing heat exchanger, station air, radiator, the verdict, the reported
timeline) has an entry with three short plain-language parts::

    [series.wet_bulb_c]
    what = "The wet-bulb temperature: ..."
    why = "It is the lowest temperature sweat can cool the skin to. ..."
    source = "Vecellio et al. 2022, J Appl Physiol; Sherwood & Huber 2010, PNAS."

Sections: ``series`` (keys of :data:`thermoviz.model.outcome.result.SERIES`), ``limit``
(:data:`thermoviz.model.limits.ALL_LIMITS` keys), ``event``
(:data:`thermoviz.model.outcome.result.EVENTS`) and ``concept`` (any key, with a
``title``).  Series, limit and event entries take their title from the model's
own label unless they give one.  Keys for the equipment/wall model under way
(:data:`UPCOMING`) are accepted before the model has them; any other unknown key
is an error, so a renamed series cannot leave a stale entry behind.

No Qt here: the GUI (and the slide export) turn :func:`tooltip_text` into tooltips.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model.language import language_code, translate
from ..model.limits import ALL_LIMITS
from ..model.outcome.result import EVENTS, SERIES
from ..model.scenario import ScenarioError
from .assets import assets_dir

SECTIONS = ("series", "limit", "event", "concept")
#: Keys announced by the coming equipment/wall model: allowed before the model has them.
UPCOMING: dict[str, tuple[str, ...]] = {
    "series": ("wall_temp_c", "equipment_temp_c", "condensed_water_kg"),
    "limit": ("equipment_40",),
    "event": ("equipment_limit",),
}
_FIELDS = ("title", "what", "why", "source")
MAX_SENTENCES = 4
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class Explanation:
    """What a thing is, why it matters and where its number comes from."""

    section: str
    key: str
    title: str
    what: str
    why: str
    source: str


def explanations_path(lang: str = "en") -> Path:
    """The shipped explanations file of language ``lang`` (English: ``assets/help/explanations.toml``,
    others ``assets/help/<lang>/explanations.toml``, which may hold only some entries)."""
    help_dir = assets_dir() / "help"
    return help_dir / "explanations.toml" if lang == "en" else help_dir / lang / "explanations.toml"


def model_labels() -> dict[str, dict[str, str]]:
    """Section -> key -> the model's label, for every key the model has today."""
    return {
        "series": {key: label for key, (_unit, label) in SERIES.items()},
        "limit": {limit.key: limit.label for limit in ALL_LIMITS},
        "event": dict(EVENTS),
    }


def all_explanations(lang: str | None = None) -> dict[tuple[str, str], Explanation]:
    """Every entry of the shipped file, checked, in ``lang`` (default: the language in use); an entry the
    language's file lacks is the English one."""
    return _all_explanations(language_code() if lang is None else lang)


@lru_cache(maxsize=4)
def _all_explanations(lang: str) -> dict[tuple[str, str], Explanation]:
    english = load_explanations(explanations_path("en"))
    path = explanations_path(lang)
    if lang == "en" or not path.is_file():
        return english
    return {**english, **load_explanations(path)}


def load_explanations(path: str | Path) -> dict[tuple[str, str], Explanation]:
    """Read and check an explanations file; (section, key) -> Explanation.

    Raises :class:`ScenarioError` with one line naming the file and the entry.
    """
    source = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScenarioError("explanations file", "not found", source=source) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ScenarioError("explanations file", f"cannot be read ({exc})", source=source) from None
    return explanations_from_dict(data, source=source)


def explanations_from_dict(data: dict[str, Any], *, source: str | None = None
                           ) -> dict[tuple[str, str], Explanation]:
    """Check a parsed explanations document (see the module docstring)."""
    if data.get("schema_version") != 1:
        raise ScenarioError("schema_version", f"must be 1, got {data.get('schema_version')!r}", source=source)
    extra = sorted(set(data) - {"schema_version", *SECTIONS})
    if extra:
        raise ScenarioError(extra[0], f"unknown section; sections: {', '.join(SECTIONS)}", source=source)
    labels = model_labels()
    out: dict[tuple[str, str], Explanation] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ScenarioError(section, "must be a table of [section.key] entries", source=source)
        for key, entry in table.items():
            where = f"{section}.{key}"
            known = labels.get(section)
            if known is not None and key not in known and key not in UPCOMING.get(section, ()):
                raise ScenarioError(where, f"unknown {section} key; known: {', '.join(known)}", source=source)
            if not isinstance(entry, dict):
                raise ScenarioError(where, f"must be a table with {', '.join(_FIELDS[1:])}", source=source)
            unknown = sorted(set(entry) - set(_FIELDS))
            if unknown:
                raise ScenarioError(f"{where}.{unknown[0]}", f"unknown field; allowed: {', '.join(_FIELDS)}",
                                    source=source)
            texts = {}
            for field in _FIELDS:
                value = entry.get(field)
                if value is None and (field == "title" and section != "concept"):
                    value = (known or {}).get(key, key)
                if not isinstance(value, str) or not value.strip():
                    raise ScenarioError(f"{where}.{field}", "must be a non-empty text", source=source)
                texts[field] = " ".join(value.split())
            sentences = len(_SENTENCE_END.findall(f"{texts['what']} {texts['why']}"))
            if sentences > MAX_SENTENCES:
                raise ScenarioError(where, f"what + why must be short (at most {MAX_SENTENCES} sentences), "
                                    f"got {sentences}", source=source)
            out[(section, key)] = Explanation(section, key, **texts)
    return out


def explanation(section: str, key: str) -> Explanation | None:
    """The entry for ``key`` in ``section`` (``"series"``, ``"limit"``, ``"event"``, ``"concept"``), or None."""
    return all_explanations().get((section, key))


def tooltip_text(section: str, key: str) -> str:
    """Plain text for a tooltip or help panel: title, what, why and the source; "" if there is no entry."""
    entry = explanation(section, key)
    if entry is None:
        return ""
    source = translate("Plots", "Source: {source}").format(source=entry.source)
    return f"{entry.title}\n{entry.what} {entry.why}\n{source}"


def missing_entries() -> list[str]:
    """``section.key`` of every series, limit and event of the model that has no entry."""
    have = all_explanations()
    return [f"{section}.{key}" for section, keys in model_labels().items() for key in keys
            if (section, key) not in have]
