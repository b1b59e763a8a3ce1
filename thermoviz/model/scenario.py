"""The scenario: one immutable, serialisable description of a what-if.

A :class:`Scenario` holds every *input* of a simulation and nothing else.  The
GUI edits copies of it (``dataclasses.replace``), the CLI builds it from a
preset plus ``--set FIELD=VALUE`` overrides, and scenario files store it as TOML.

Every numeric field's allowed range and unit lives once, in :data:`FIELD_SPECS`,
so the CLI, the file loader and the GUI spin boxes all tell the user the same
thing when a value is out of range.

Vehicle and loop identifiers are checked against the vehicle catalogue by the
IO layer (the model itself knows vehicles only as parameter objects).
"""

from __future__ import annotations

import dataclasses
import math
import reprlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from . import clock
from .crew.clothing import CLOTHING, DEFAULT_CLOTHING
from .language import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from datetime import datetime

#: The crew heat-strain models a scenario can use (field ``crew_model``).
CREW_MODELS: dict[str, str] = {
    "phs": QT_TRANSLATE_NOOP("Fields", "ISO 7933 Predicted Heat Strain (one lumped body, occupational limits)"),
    "jos3": QT_TRANSLATE_NOOP("Fields", "JOS-3 (17-segment thermoregulation, Takahashi et al. 2021)"),
}
#: PHS is central: the outcome scale's 38 °C line is its limit, and it runs as fast arrays for maps and bands.
DEFAULT_CREW_MODEL = "phs"

#: Version of the scenario file schema (``schema_version`` in scenario TOML).
SCHEMA_VERSION = 1


class ScenarioError(ValueError):
    """Bad scenario input: names the field and what is allowed.

    ``str(err)`` is one line suitable for a CLI error or a dialog, e.g.
    ``hole_diameter_mm: must be a number from 0 to 20 mm, got 35``.
    """

    def __init__(self, field: str, message: str, source: str | None = None):
        self.field = field
        self.message = message
        self.source = source
        where = f"{quote_value(str(source), limit=120, quotes=False)}: " if source else ""
        shown_field = quote_value(str(field), limit=80, quotes=False)
        super().__init__(f"{where}{shown_field}: {escape_text(message)}")


def escape_text(text: str) -> str:
    """``text`` on one line: newlines, ESC, NUL and every other unprintable character escaped."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
    return "".join(out)


_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxlevel, _SHORT_REPR.maxstring, _SHORT_REPR.maxother = 2, 200, 200
_SHORT_REPR.maxlist = _SHORT_REPR.maxdict = _SHORT_REPR.maxtuple = _SHORT_REPR.maxset = 4


def quote_value(value: Any, *, limit: int = 60, quotes: bool = True) -> str:
    """A value as a message shows it: exact, but escaped and shortened to about ``limit`` characters.

    Text is quoted (``'abc'``; ``quotes=False`` leaves the quotes off) with newlines,
    ESC and NUL escaped; floats are written exactly (shortest round-trip repr:
    ``20.0000001``, never rounded to ``20``); integers too long to print are
    described by their number of digits; nested lists and tables are abbreviated
    (no recursion limit).  Long texts keep their start and end around an ellipsis
    and say how long they were.
    """
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int):
        digits = int(value.bit_length() * 0.30103) + 1
        if digits > limit:
            return f"a whole number with about {digits} digits"
        text = str(value)
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, str):
        text = value
    else:
        try:
            text = _SHORT_REPR.repr(value)
        except (RecursionError, ValueError):
            text = f"a {type(value).__name__}"
    text = escape_text(text)
    if len(text) > limit:
        head = max(1, (limit * 2) // 3)
        tail = max(1, limit - head - 1)
        text = f"{text[:head]}…{text[-tail:]}"
        suffix = f" ({len(value)} characters)" if isinstance(value, str) else ""
        return f"'{text}'{suffix}" if quotes and isinstance(value, str) else f"{text}{suffix}"
    return f"'{text}'" if quotes and isinstance(value, str) else text


#: Most seats any vehicle may have (a user vehicle's hard bound; Soyuz has 3).
MAX_SEATS = 12


@dataclass(frozen=True)
class FieldSpec:
    """Allowed values of one scenario field (used by CLI, file loader and GUI)."""

    name: str
    kind: type  # float, int, bool or str
    unit: str
    label: str
    help: str
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False  # None allowed (e.g. "never punctured", "stays docked")
    none_meaning: str = ""
    choices: tuple[str, ...] = ()  # for a str field: the allowed values (empty = any text)
    #: For a text field with a strict shape: validate and return the canonical text (raises ValueError).
    normalise: Callable[[str], str] | None = None
    #: For such a field: what it accepts, in words (replaces "a text value").
    allowed_text: str = ""

    def allowed(self, after_must_be: bool = False) -> str:
        """Plain-language description of what this field accepts (in the chosen language).

        ``after_must_be``: the words follow "must be" (context ``MustBe``: Russian puts them in the
        instrumental case, "должно быть числом"; standalone, context ``Fields``: "число").
        """
        if self.kind is bool:
            text = translate("Fields", "true or false")
        elif self.kind is str:
            if self.choices:
                what = (translate("MustBe", "one of {choices}") if after_must_be
                        else translate("Fields", "one of {choices}"))
                text = what.format(choices=", ".join(self.choices))
            else:
                if self.allowed_text:  # a field's own words (the start time's), marked where they are defined
                    text = translate("MustBe" if after_must_be else "Fields", self.allowed_text)
                else:
                    text = (translate("MustBe", "a text value") if after_must_be
                            else translate("Fields", "a text value"))
        else:
            if after_must_be:
                what = (translate("MustBe", "a whole number from {low} to {high}") if self.kind is int
                        else translate("MustBe", "a number from {low} to {high}"))
            else:
                what = (translate("Fields", "a whole number from {low} to {high}") if self.kind is int
                        else translate("Fields", "a number from {low} to {high}"))
            text = what.format(low=number(_fmt(self.minimum)), high=number(_fmt(self.maximum)))
            text += f" {translate('Units', self.unit)}" if self.unit else ""
        if self.optional:
            text += translate("Fields", ", or none ({meaning})").format(meaning=translate("Fields", self.none_meaning))
        return text

    def label_text(self) -> str:
        """The field's name in the chosen language."""
        return translate("Fields", self.label)

    def help_text(self) -> str:
        """The field's help in the chosen language (choice lists filled in)."""
        if self.name == "crew_clothing":
            return translate("Fields", "What the crew wears (sets clothing insulation, moisture permeability and air "
                             "speed of the crew heat model): {choices}.").format(choices="; ".join(
                                 f"{c.id} = {translate('Clothing', c.title)}" for c in CLOTHING.values()))
        if self.name == "crew_model":
            return translate("Fields", "Which heat-strain model turns the cabin into the crew's core temperature: "
                             "{choices}. Maps and uncertainty bands over many vehicles always use phs.").format(
                                 choices="; ".join(f"{k} = {translate('Fields', v)}" for k, v in CREW_MODELS.items()))
        return translate("Fields", self.help)


def _must_be(spec: FieldSpec, given: str) -> str:
    return translate("Errors", "must be {allowed}, got {given}").format(allowed=spec.allowed(True), given=given)


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:g}"


FIELD_SPECS: dict[str, FieldSpec] = {
    s.name: s
    for s in (
        FieldSpec("title", str, "", QT_TRANSLATE_NOOP("Fields", "Title"), QT_TRANSLATE_NOOP("Fields", "Short name shown in the title bar and reports.")),
        FieldSpec("description", str, "", QT_TRANSLATE_NOOP("Fields", "Description"), QT_TRANSLATE_NOOP("Fields", "What this scenario shows.")),
        FieldSpec("vehicle", str, "", QT_TRANSLATE_NOOP("Fields", "Vehicle"), QT_TRANSLATE_NOOP("Fields", "Vehicle id, e.g. soyuz-ms, progress-ms, nauka.")),
        FieldSpec("loop", str, "", QT_TRANSLATE_NOOP("Fields", "Punctured loop"), QT_TRANSLATE_NOOP("Fields", "Which coolant loop is punctured (vehicle-specific id).")),
        FieldSpec("coolant", str, "", QT_TRANSLATE_NOOP("Fields", "Coolant"), QT_TRANSLATE_NOOP("Fields", "Coolant id; empty = the vehicle's assumed coolant."), optional=True,
                  none_meaning=QT_TRANSLATE_NOOP("Fields", "the vehicle's assumed coolant")),
        FieldSpec("hole_diameter_mm", float, "mm", QT_TRANSLATE_NOOP("Fields", "Hole diameter"),
                  QT_TRANSLATE_NOOP("Fields", "Diameter of the puncture; 0 means no leak."), 0.0, 20.0),
        FieldSpec("discharge_coefficient", float, "", QT_TRANSLATE_NOOP("Fields", "Discharge coefficient Cd"),
                  QT_TRANSLATE_NOOP("Fields", "Effective orifice discharge coefficient: 0.62 for a clean sharp-edged hole; "
                  "much lower for a jagged, partly iced-up puncture."), 0.01, 1.0),
        FieldSpec("puncture_time_h", float, "h", QT_TRANSLATE_NOOP("Fields", "Puncture time"),
                  QT_TRANSLATE_NOOP("Fields", "Hours after the start of the simulation when the hole appears."), 0.0, 240.0,
                  optional=True, none_meaning=QT_TRANSLATE_NOOP("Fields", "never punctured")),
        FieldSpec("undock_time_h", float, "h", QT_TRANSLATE_NOOP("Fields", "Undock time"),
                  QT_TRANSLATE_NOOP("Fields", "Hours after the start when the vehicle is sealed and undocks: cut off from station air, "
                  "crew aboard, all systems on."), 0.0, 240.0, optional=True, none_meaning=QT_TRANSLATE_NOOP("Fields", "stays docked")),
        FieldSpec("descent_duration_h", float, "h", QT_TRANSLATE_NOOP("Fields", "Return duration"),
                  QT_TRANSLATE_NOOP("Fields", "Hours from undocking to landing; none = the vehicle's documented value."), 0.5, 48.0,
                  optional=True, none_meaning=QT_TRANSLATE_NOOP("Fields", "the vehicle's documented value")),
        FieldSpec("hatch_open", bool, "", QT_TRANSLATE_NOOP("Fields", "Hatch open"),
                  QT_TRANSLATE_NOOP("Fields", "While docked: hatch to the station open, so station air ventilates the cabin.")),
        FieldSpec("crew", int, "", QT_TRANSLATE_NOOP("Fields", "Crew"), QT_TRANSLATE_NOOP("Fields", "Crew aboard during the return (for a station module: working in it); "
                  "at most the vehicle's seats."), 0, MAX_SEATS),
        FieldSpec("crew_clothing", str, "", QT_TRANSLATE_NOOP("Fields", "Crew clothing"),
                  "What the crew wears (sets clothing insulation, moisture permeability and air speed of the "
                  "crew heat model): " + "; ".join(f"{c.id} = {c.title}" for c in CLOTHING.values()) + ".",
                  choices=tuple(CLOTHING)),
        FieldSpec("crew_model", str, "", QT_TRANSLATE_NOOP("Fields", "Crew model"),
                  "Which heat-strain model turns the cabin into the crew's core temperature: "
                  + "; ".join(f"{k} = {v}" for k, v in CREW_MODELS.items()) + ". Maps and uncertainty bands "
                  "over many vehicles always use phs.", choices=tuple(CREW_MODELS)),
        FieldSpec("duration_h", float, "h", QT_TRANSLATE_NOOP("Fields", "Duration"), QT_TRANSLATE_NOOP("Fields", "Simulated time span."), 1.0, 240.0),
        FieldSpec("start_utc", str, "", QT_TRANSLATE_NOOP("Fields", "Start (UTC)"),
                  QT_TRANSLATE_NOOP("Fields", "Calendar date and time of t = 0 in UTC (historic scenarios); no effect on the physics."),
                  optional=True, none_meaning=QT_TRANSLATE_NOOP("Fields", "no calendar date: times in hours only"),
                  normalise=clock.normalise_utc_text, allowed_text=clock.allowed_utc_text()),
    )
}


@dataclass(frozen=True)
class Scenario:
    """All inputs of one simulation (immutable; edit with ``dataclasses.replace``).

    Times are hours from the start of the simulation (t = 0).

    Attributes
    ----------
    vehicle : str
        Vehicle id from ``assets/vehicles`` (``soyuz-ms``, ``progress-ms``, ``nauka``).
    loop : str
        Id of the punctured loop of that vehicle (``external`` for Soyuz/Progress;
        ``main`` or ``rtod`` for Nauka).
    hole_diameter_mm : float
        Puncture diameter [mm]; 0 = no leak.
    discharge_coefficient : float
        Effective orifice discharge coefficient Cd [-].
    puncture_time_h : float or None
        Time of the puncture [h]; None = never punctured.
    undock_time_h : float or None
        Time the vehicle is sealed and undocks [h]: from then on it is cut off
        from station air, the crew is aboard and all systems are on.  None =
        stays docked for the whole run.
    hatch_open : bool
        While docked, hatch open to the station (station air ventilates the cabin).
    crew : int
        Crew aboard during the return (0 to the vehicle's seats, at most
        :data:`MAX_SEATS`).  For a station module, crew working in it.
    crew_clothing : str
        What the crew wears, a key of :data:`thermoviz.model.crew.clothing.CLOTHING`.
    crew_model : str
        The crew heat-strain model, a key of :data:`CREW_MODELS` (``phs`` or ``jos3``).
    duration_h : float
        Simulated span [h].
    descent_duration_h : float or None
        Undock-to-landing duration [h]; None = the vehicle's value.
    coolant : str or None
        Coolant id; None = the vehicle's assumed coolant.
    title, description : str
        Free text for the title bar and reports (no effect on the physics).
    start_utc : str or None
        When t = 0 was, canonical UTC ISO-8601 text (``"2022-12-14T23:45Z"``, see
        :mod:`thermoviz.model.clock`); None = no calendar date.  No effect on the physics.
    """

    vehicle: str = "soyuz-ms"
    loop: str = "external"
    hole_diameter_mm: float = 0.8
    discharge_coefficient: float = 0.62
    puncture_time_h: float | None = 1.0
    undock_time_h: float | None = None
    hatch_open: bool = True
    crew: int = 3
    crew_clothing: str = DEFAULT_CLOTHING
    crew_model: str = DEFAULT_CREW_MODEL
    duration_h: float = 72.0
    descent_duration_h: float | None = None
    coolant: str | None = None
    title: str = ""
    description: str = ""
    start_utc: str | None = None

    def __post_init__(self) -> None:
        for name, spec in FIELD_SPECS.items():
            value = getattr(self, name)
            checked = check_field(spec, value)
            if checked is not value:
                object.__setattr__(self, name, checked)

    @property
    def punctured(self) -> bool:
        """True when a hole actually opens during the run."""
        return self.hole_diameter_mm > 0 and self.puncture_time_h is not None

    @property
    def start_datetime(self) -> "datetime | None":
        """``start_utc`` as an aware UTC :class:`datetime.datetime`, or None."""
        return None if self.start_utc is None else clock.parse_utc(self.start_utc)

    def replace(self, **changes: Any) -> "Scenario":
        """A copy with some fields changed (validated)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of every field (None kept), for JSON and TOML writers."""
        return dataclasses.asdict(self)


def check_field(spec: FieldSpec, value: Any) -> Any:
    """Validate (and normalise, e.g. int -> float) one field value.

    Raises :class:`ScenarioError` naming the field and what is allowed; the value
    given is quoted exactly (see :func:`quote_value`), so the message never
    contradicts itself ("from 0 to 20 mm, got 20.0000001").
    """
    if value is None:
        if spec.optional:
            return None
        raise ScenarioError(spec.name, translate("Errors", "must be {allowed}, got nothing").format(allowed=spec.allowed(True)))
    given = value

    def bad() -> ScenarioError:  # built only on failure: Scenario() runs this for every field
        return ScenarioError(spec.name, _must_be(spec, quote_value(given)))

    if spec.kind is bool:
        if isinstance(value, bool):
            return value
        raise bad()
    if spec.kind is str:
        if isinstance(value, str):
            if spec.optional and value == "":
                return None
            if spec.choices and value not in spec.choices:
                raise ScenarioError(spec.name, _must_be(spec, repr(value)))
            if spec.normalise is not None:
                try:
                    return spec.normalise(value)
                except ValueError as exc:
                    raise ScenarioError(spec.name, str(exc)) from None
            return value
        raise bad()
    # numbers
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise bad()
    if spec.kind is int:
        if isinstance(value, float):
            if not value.is_integer():
                raise bad()
            value = int(value)
    else:
        try:
            value = float(value)
        except OverflowError:  # an integer too large for a float
            raise bad() from None
        if not math.isfinite(value):
            raise bad()
        if isinstance(given, int) and value != given:  # 2**60+1 would silently become another number
            raise bad()
    if (spec.minimum is not None and value < spec.minimum) or (
        spec.maximum is not None and value > spec.maximum
    ):
        raise ScenarioError(spec.name, _must_be(spec, quote_value(given)))
    return value
