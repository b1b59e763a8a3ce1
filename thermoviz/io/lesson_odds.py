"""The decision's odds in a lesson's words: ``{odds:GRADE}`` (format: :mod:`thermoviz.io.lessons`).

The shares come from the model above IO (:func:`thermoviz.analysis.step_odds.step_odds`: the
step's scenario over :data:`ODDS_SAMPLES` plausible vehicles, seed :data:`ODDS_SEED`, as
``thermoviz run --uncertainty 200``); the lesson runners (window, ``thermoviz lesson``, the deck)
hand them to :func:`thermoviz.io.lesson_steps.render_text` as a :class:`LessonOdds`.

The phrase, e.g. ``3 crew reach "not acceptable" in 70 % of 200 plausible Soyuz, 2 crew in 60 %,
1 crew in 52 %``, is written in the language in use (:func:`thermoviz.model.language.language_code`).
Its grade name is the translated grade title (``translate("Grades", …)``, in the .ts catalogues);
the few words around the numbers are in :data:`WORDS` until they join the .ts catalogues
(``translations/*.ts`` must hold every ``translate()`` string, and they are kept by their own step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..model.language import language_code, translate
from ..model.outcome.grades import BOUNDARY_GRADE_IDS, grade

#: Plausible vehicles behind the odds and their seed (the README's and ``run --uncertainty 200``'s).
ODDS_SAMPLES = 200
ODDS_SEED = 0
#: Shown while the odds are being computed (the window computes them in its worker process).
PENDING = "…"
#: Shown when the model has no odds to give (a vehicle without seats, or the computation failed).
MISSING = "—"


@dataclass(frozen=True)
class LessonOdds:
    """Share of ``samples`` plausible vehicles in which each crew count reaches each grade or worse."""

    #: crew count ("3") -> grade id -> share 0..1 (cumulative: that grade or worse)
    grades: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    samples: int = ODDS_SAMPLES
    vehicle_name: str = "vehicles"

    def as_dict(self) -> dict[str, Any]:
        """Plain data (the worker process sends it back as such)."""
        return {"grades": {k: dict(v) for k, v in self.grades.items()}, "samples": self.samples,
                "vehicle_name": self.vehicle_name}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "LessonOdds":
        return cls({str(k): {str(g): float(s) for g, s in v.items()} for k, v in data["grades"].items()},
                   int(data["samples"]), str(data["vehicle_name"]))


def is_odds_dict(data: Any) -> bool:
    """True if ``data`` has the form of :meth:`LessonOdds.as_dict` (a forged worker answer fails its job)."""
    if not isinstance(data, dict) or set(data) != {"grades", "samples", "vehicle_name"}:
        return False
    grades = data["grades"]
    return (isinstance(data["samples"], int) and isinstance(data["vehicle_name"], str) and isinstance(grades, dict)
            and all(isinstance(k, str) and k.isdigit() and isinstance(v, dict)
                    and all(g in BOUNDARY_GRADE_IDS and isinstance(s, float) and 0.0 <= s <= 1.0 for g, s in v.items())
                    for k, v in grades.items()))


def uses_odds(step) -> bool:
    """True if the step's narration, question or reveal quotes ``{odds:…}`` (so its odds are worth computing)."""
    texts = [step.narration] + ([step.predict.question, step.predict.reveal] if step.predict is not None else [])
    return any("{odds:" in text for text in texts)


def _people(lang: str, n: int) -> str:
    """The word for ``n`` people where the language needs one ("из 1 человека", "из 3 человек")."""
    if lang == "ru":
        return "человека" if n % 10 == 1 and n % 100 != 11 else "человек"
    if lang == "es":
        return "tripulante" if n == 1 else "tripulantes"
    return "reaches" if n == 1 else "reach"


#: The words around the numbers, by language: the first crew count, then each further one.
WORDS = {
    "en": ('{crew} crew {people} "{grade}" in {share}\u00a0% of {n} plausible {vehicle}', "{crew} crew in {share}\u00a0%"),
    "ru": ("экипаж из {crew} {people} доходит до степени «{grade}» в {share}\u00a0% из {n} правдоподобных "
           "вариантов корабля", "из {crew} — в {share}\u00a0%"),
    "es": ("con {crew} {people} se llega a «{grade}» en el {share}\u00a0% de {n} {vehicle} plausibles",
           "con {crew} en el {share}\u00a0%"),
}


def odds_phrase(odds: LessonOdds | None, grade_id: str) -> str:
    """``{odds:GRADE}`` filled: :data:`PENDING` while ``odds`` is None, :data:`MISSING` without shares."""
    if odds is None:
        return PENDING
    counts = sorted((c for c in odds.grades if grade_id in odds.grades[c]), key=int, reverse=True)
    if not counts:
        return MISSING
    lang = language_code() if language_code() in WORDS else "en"
    first, then = WORDS[lang]
    name = translate("Grades", grade(grade_id).title).lower()

    def share(crew: str) -> str:
        return f"{100 * odds.grades[crew][grade_id]:.0f}"

    head = first.format(crew=counts[0], people=_people(lang, int(counts[0])), grade=name, share=share(counts[0]),
                        n=odds.samples, vehicle=odds.vehicle_name)
    return ", ".join([head, *(then.format(crew=c, share=share(c)) for c in counts[1:])])
