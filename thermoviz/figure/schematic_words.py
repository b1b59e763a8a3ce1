"""The loop schematic's words in the language in use (context ``Schematic``).

Every text :mod:`thermoviz.figure.schematic` paints is one of :data:`WORDS` (marked here for
``pyside6-lupdate``; ``tests/figure/test_schematic_words.py`` checks that each ``say(...)`` of the
painter is listed).  Numbers are formatted by the caller with :func:`n`, which gives them the
language's decimal separator; the units are part of each text, so a translation writes its own.
"""

from __future__ import annotations

from ..model.language import QT_TRANSLATE_NOOP, number, translate

WORDS = (
    QT_TRANSLATE_NOOP("Schematic", "docked to the station"), QT_TRANSLATE_NOOP("Schematic", "free flight, hatch closed"),
    QT_TRANSLATE_NOOP("Schematic", "landed"), QT_TRANSLATE_NOOP("Schematic", "station module"),
    QT_TRANSLATE_NOOP("Schematic", "t = {hours} h"),
    QT_TRANSLATE_NOOP("Schematic", "Cabin air {temp} °C"), QT_TRANSLATE_NOOP("Schematic", " · wet-bulb {temp} °C"),
    QT_TRANSLATE_NOOP("Schematic", " · walls {temp} °C"), QT_TRANSLATE_NOOP("Schematic", "RH {rh} %"),
    QT_TRANSLATE_NOOP("Schematic", "Uncrewed cargo ship"), QT_TRANSLATE_NOOP("Schematic", "Crew on the station"),
    QT_TRANSLATE_NOOP("Schematic", "Landed: the crew is out"), QT_TRANSLATE_NOOP("Schematic", "No crew aboard"),
    QT_TRANSLATE_NOOP("Schematic", "{count} crew"), QT_TRANSLATE_NOOP("Schematic", "{people} · core not computed"),
    QT_TRANSLATE_NOOP("Schematic", "{people} · core {temp} °C"),
    QT_TRANSLATE_NOOP("Schematic", "beyond the crew model's range: extrapolated"),
    QT_TRANSLATE_NOOP("Schematic", "Equipment bay"), QT_TRANSLATE_NOOP("Schematic", "its temperature is not in this model"),
    QT_TRANSLATE_NOOP("Schematic", "Equipment bay {temp} °C"), QT_TRANSLATE_NOOP("Schematic", "avionics {watts} W here"),
    QT_TRANSLATE_NOOP("Schematic", ", {watts} W in the cabin"),
    QT_TRANSLATE_NOOP("Schematic", "Coolant {pct} %"), QT_TRANSLATE_NOOP("Schematic", "{left} of {total} L"),
    QT_TRANSLATE_NOOP("Schematic", "Pressure {kpa} kPa"), QT_TRANSLATE_NOOP("Schematic", "was {kpa} kPa"),
    QT_TRANSLATE_NOOP("Schematic", "Bellows bottomed out"), QT_TRANSLATE_NOOP("Schematic", "Reserve {left} of {total} L"),
    QT_TRANSLATE_NOOP("Schematic", "Intact loops"), QT_TRANSLATE_NOOP("Schematic", "reject {watts} W"),
    QT_TRANSLATE_NOOP("Schematic", "Radiator"), QT_TRANSLATE_NOOP("Schematic", "working"),
    QT_TRANSLATE_NOOP("Schematic", "dead"), QT_TRANSLATE_NOOP("Schematic", "Pump running"),
    QT_TRANSLATE_NOOP("Schematic", "Pump at {pct}"), QT_TRANSLATE_NOOP("Schematic", "Pump stopped"),
    QT_TRANSLATE_NOOP("Schematic", "Accumulator"), QT_TRANSLATE_NOOP("Schematic", "Hole"),
    QT_TRANSLATE_NOOP("Schematic", "Leak {rate} L/h"),
    QT_TRANSLATE_NOOP("Schematic", "Bay → air {watts}"), QT_TRANSLATE_NOOP("Schematic", "Avionics {watts} W"),
    QT_TRANSLATE_NOOP("Schematic", "Crew {watts} W"), QT_TRANSLATE_NOOP("Schematic", "{watts} W"),
    QT_TRANSLATE_NOOP("Schematic", "rejected"), QT_TRANSLATE_NOOP("Schematic", "to space"),
    QT_TRANSLATE_NOOP("Schematic", "Walls → air {watts}"), QT_TRANSLATE_NOOP("Schematic", "hull → walls {watts}"),
    QT_TRANSLATE_NOOP("Schematic", "Hull {watts}"), QT_TRANSLATE_NOOP("Schematic", "Station air {watts}"),
)


def say(text: str, **values) -> str:
    """``text`` (one of :data:`WORDS`) in the language in use, filled with ``values``."""
    return translate("Schematic", text).format(**values)


def n(value: float, spec: str) -> str:
    """``value`` formatted with ``spec`` and the language's decimal separator (``30,7``)."""
    return number(format(value, spec))
