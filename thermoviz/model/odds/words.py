"""Odds in words: "about 1 in 12 per 180-day mission (range 1 in 3 to 1 in 60)"."""

from __future__ import annotations

import math

from ..language import language_code, number, translate
from .estimate import Band


def nice_number(x: float) -> str:
    """Two significant figures, whole numbers written out with thousands separators."""
    if x >= 100:
        digits = int(math.floor(math.log10(x))) - 1
        return f"{round(x / 10 ** digits) * 10 ** digits:,.0f}"
    if x >= 10:
        return f"{round(x):.0f}"
    return f"{x:.1f}".rstrip("0").rstrip(".")


def one_in(probability: float) -> str:
    """``probability`` as "1 in N" (or "almost certain" / "less than 1 in a million")."""
    if probability >= 0.6:
        return (translate("Odds", "almost certain") if probability >= 0.95
                else translate("Odds", "{percent} likely").format(percent=f"{probability:.0%}"))
    if probability < 1e-6:
        return translate("Odds", "less than 1 in a million")
    return translate("Odds", "1 in {n}").format(n=local_number(nice_number(1.0 / probability)))


def local_number(text: str) -> str:
    """``nice_number``'s text in the chosen language: "1,200" -> "1 200", "6.8" -> "6,8" (ru, es)."""
    return text if language_code() == "en" else number(text.replace(",", "\u00a0"))


def odds_sentence(probability: Band, what: str, per: str) -> str:
    """One sentence: the central odds and the band, e.g. for the Odds panel."""
    return (f"{what}: about {one_in(probability.central)} {per} "
            f"(range {one_in(probability.low)} to {one_in(probability.high)}).")


def count_text(n: float) -> str:
    """An expected count in words-friendly digits (0.012, 0.35, 2.4, 38)."""
    if n == 0:
        return "0"
    if n >= 10:
        return nice_number(n)
    return f"{n:.2g}"


def per_days_text(days: float) -> str:
    """ "per 6-month mission" for half a year, else "in N days"."""
    if abs(days - 182.6) < 1.0:
        return "per 6-month mission"
    if abs(days - 365.25) < 1.0:
        return "per year"
    return f"in {days:g} days"
