"""What the figures show: one row per plot and one row per series (Qt-free).

The window, the exports, the cursor readout and the PDF all read these tables;
nothing else lists plots, series, their colours or their limit lines.  Adding a
series is one :class:`SeriesSpec` row in :data:`SERIES_SPECS` (its unit and full
label come from :data:`thermoviz.model.outcome.result.SERIES`); adding a plot is one
:class:`PlotSpec` row in :data:`PLOTS`.  Limit values and sources come from
:mod:`thermoviz.model.limits`; captions are formatted from them, never retyped.

Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
which stays distinguishable for the common forms of colour-blindness; every
series also differs in line style or width so a grey-scale print still works.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from thermoviz.model import limits as L
from thermoviz.model.limits import Limit
from thermoviz.model.outcome.result import SERIES
from thermoviz.model.language import QT_TRANSLATE_NOOP
from thermoviz.model.language import number, translate
from thermoviz.model.units import c_to_unit, localise_temps, temp_symbol

# Okabe–Ito palette (hex), plus a dark grey for secondary lines.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#595959"
INK = "#111111"

#: Line styles a :class:`Pen` may name (mapped to Qt pen styles by the figure layer).
LINE_STYLES = ("solid", "dash", "dot", "dashdot")


@dataclass(frozen=True)
class Pen:
    """A line's look: colour (hex), width [px] and style (one of :data:`LINE_STYLES`)."""

    colour: str
    width: float = 2.0
    style: str = "solid"

    def __post_init__(self) -> None:
        if self.style not in LINE_STYLES:
            raise ValueError(f"style: must be one of {', '.join(LINE_STYLES)}, got {self.style!r}")


@dataclass(frozen=True)
class SeriesSpec:
    """One curve: where it is drawn, how it looks and how the readout prints it.

    ``key`` is a name of :data:`thermoviz.model.outcome.result.SERIES` (unit and full label).
    ``widest`` is the widest value text the readout must make room for.
    """

    key: str
    plot: str
    legend_en: str
    short_en: str
    pen: Pen
    decimals: int
    widest: str
    axis: str = "left"

    @property
    def legend(self) -> str:
        """The legend text in the chosen language (View ▸ Language)."""
        return translate("Plots", self.legend_en)

    @property
    def short(self) -> str:
        return translate("Plots", self.short_en)

    @property
    def unit(self) -> str:
        return SERIES[self.key][0]

    @property
    def label(self) -> str:
        return SERIES[self.key][1]


@dataclass(frozen=True)
class LimitSpec:
    """A limit drawn on a plot: a band (``fill`` RGBA) or a line at the limit's ``edge``.

    ``caption`` is a format string filled from the limit (``{low:g}``, ``{high:g}``).
    """

    limit: Limit
    caption: str
    pen: Pen
    fill: tuple[int, int, int, int] | None = None
    edge: str = "low"
    axis: str = "left"
    legend: bool = True
    z: float = -5.0

    def __post_init__(self) -> None:
        if self.edge not in ("low", "high") or getattr(self.limit, self.edge) is None:
            raise ValueError(f"edge: must name a set bound of {self.limit.key} (low or high), got {self.edge!r}")

    @property
    def value(self) -> float:
        """The line's value (from the limit; a band spans low..high)."""
        return float(self.limit.low if self.edge == "low" else self.limit.high)

    @property
    def text(self) -> str:
        """The caption in the shown temperature unit (View ▸ Units); a limit is exact, so 38 °C reads 100.4 °F."""
        caption = translate("Plots", self.caption).replace("{low:g}", "{low}").replace("{high:g}", "{high}")
        low, high = self.limit.low, self.limit.high
        if "°C" in caption:
            low, high = (None if v is None else round(c_to_unit(v), 1) for v in (low, high))
        # each number with the language's decimal separator (64,4–80,6 °F), the words untouched
        low, high = (None if v is None else number(f"{v:g}") for v in (low, high))
        return caption.format(low=low, high=high).replace("°C", temp_symbol())


@dataclass(frozen=True)
class YRange:
    """How a plot's left y range follows the data.

    ``zero``: 0 .. max * ``headroom``.  Otherwise the range covers at least
    ``at_least`` (low, high) and the data widened by ``pad`` (below, above);
    ``whole`` rounds it outwards to whole units.  ``step``: data beyond ``at_least``
    widens the axis in steps of this many units (an axis that moves by a degree at every
    control change is hard to read while dragging, and each move repaints the plot).
    """

    zero: bool = False
    headroom: float = 1.0
    at_least: tuple[float, float] = (0.0, 100.0)
    pad: tuple[float, float] = (0.0, 0.0)
    whole: bool = False
    step: float = 0.0

    def span(self, low: float | None, high: float | None) -> tuple[float, float]:
        """The y range for data from ``low`` to ``high`` (None: no finite data)."""
        if self.zero:
            return 0.0, max(high if high is not None else self.at_least[1], 1.0) * self.headroom
        lo = (low if low is not None else self.at_least[0]) - self.pad[0]
        hi = (high if high is not None else self.at_least[1]) + self.pad[1]
        if self.step > 0:  # only data beyond the least range moves the axis, and then by whole steps
            lo = math.floor(lo / self.step) * self.step if low is not None and lo < self.at_least[0] else lo
            hi = math.ceil(hi / self.step) * self.step if high is not None and hi > self.at_least[1] else hi
        lo, hi = min(self.at_least[0], lo), max(self.at_least[1], hi)
        if self.whole:
            lo, hi = math.floor(lo), math.ceil(hi)
        return float(lo), float(hi)


@dataclass(frozen=True)
class AxisSpec:
    """A y axis: full title, a shorter one for short plot rows, colour, fixed range (right axes).

    ``grow``: the fixed range is the least shown; data above it widens the axis to the
    next whole unit (a long return condenses more water than a short one).  The titles are
    written in °C; :attr:`title` and :attr:`short` give them in the shown unit (View ▸ Units).
    """

    title_c: str
    short_c: str | None = None
    colour: str = INK
    fixed: tuple[float, float] | None = None
    grow: bool = False

    @property
    def title(self) -> str:
        return localise_temps(translate("Plots", self.title_c))

    @property
    def short(self) -> str | None:
        return None if self.short_c is None else localise_temps(translate("Plots", self.short_c))

    @property
    def temperature(self) -> bool:
        """True for a temperature axis (its ticks follow the shown unit)."""
        return "°C" in self.title_c


@dataclass(frozen=True)
class PlotSpec:
    """One plot row: its axes, relative height, y-range rule and limit lines."""

    key: str
    caption: str
    left: AxisSpec
    y_range: YRange
    stretch: int
    right: AxisSpec | None = None
    limits: tuple[LimitSpec, ...] = ()


#: The plots in reading order.  Display ranges keep every limit line in view with room
#: above it (the danger band on the cabin plot, the 40 °C line on the crew plot).
PLOTS: tuple[PlotSpec, ...] = (
    PlotSpec("loop", QT_TRANSLATE_NOOP("Plots", "loop pressure and coolant left"),
             AxisSpec(QT_TRANSLATE_NOOP("Plots", "Pressure [kPa]"), QT_TRANSLATE_NOOP("Plots", "p [kPa]"), BLUE), YRange(zero=True, headroom=1.08), 12,
             right=AxisSpec(QT_TRANSLATE_NOOP("Plots", "Coolant left [%]"), QT_TRANSLATE_NOOP("Plots", "Coolant [%]"), "#8A5A00", fixed=(0.0, 105.0))),
    PlotSpec("heat", QT_TRANSLATE_NOOP("Plots", "heat flows and the water condensed on the walls"),
             AxisSpec(QT_TRANSLATE_NOOP("Plots", "Heat [W]")), YRange(zero=True, headroom=1.1), 10,
             right=AxisSpec(QT_TRANSLATE_NOOP("Plots", "Condensed water [kg]"), QT_TRANSLATE_NOOP("Plots", "Water [kg]"), "#1F6F99", fixed=(0.0, 5.0), grow=True)),
    PlotSpec("cabin", QT_TRANSLATE_NOOP("Plots", "cabin air/wet-bulb temperature and humidity with comfort and survivability limits"),
             AxisSpec(QT_TRANSLATE_NOOP("Plots", "Cabin [°C]")), YRange(at_least=(14.0, L.CABIN_DANGER.low + 3.0), pad=(1.0, 1.5), whole=True,
                                                  step=5.0), 15,
             right=AxisSpec(QT_TRANSLATE_NOOP("Plots", "Rel. humidity [%]"), QT_TRANSLATE_NOOP("Plots", "RH [%]"), "#1F6F99", fixed=(0.0, 100.0)),
             limits=(
                 LimitSpec(L.CABIN_COMFORT, QT_TRANSLATE_NOOP("Plots", "Comfort {low:g}–{high:g} °C"), Pen(GREEN, 1.5),
                           fill=(0, 158, 115, 40), z=-30),
                 LimitSpec(L.SOYUZ_SPEC, QT_TRANSLATE_NOOP("Plots", "Soyuz spec {low:g}–{high:g} °C"), Pen(BLUE, 1.5, "dash"),
                           fill=(0, 0, 0, 0), z=-25),
                 LimitSpec(L.CABIN_DANGER, QT_TRANSLATE_NOOP("Plots", "Danger above {low:g} °C"), Pen(VERMILLION, 1.5),
                           fill=(213, 94, 0, 45), z=-30),
                 LimitSpec(L.WET_BULB_EMPIRICAL, QT_TRANSLATE_NOOP("Plots", "Wet-bulb {low:g} °C: measured limit"), Pen(PURPLE, 2.5, "dot")),
                 LimitSpec(L.WET_BULB_THEORETICAL, QT_TRANSLATE_NOOP("Plots", "Wet-bulb {low:g} °C: survival limit"), Pen(PURPLE, 2.5, "dash")),
                 LimitSpec(L.RH_COMFORT, QT_TRANSLATE_NOOP("Plots", "RH {low:g}–{high:g} % (right axis)"), Pen(SKY_BLUE, 1.5, "dot"),
                           edge="high", axis="right"),
                 LimitSpec(L.RH_COMFORT, "", Pen(SKY_BLUE, 1.5, "dot"), edge="low", axis="right", legend=False),
                 LimitSpec(L.EQUIPMENT_LIMIT, QT_TRANSLATE_NOOP("Plots", "Equipment bay {high:g} °C"), Pen(ORANGE, 2.0, "dashdot"), edge="high"),
             )),
    PlotSpec("crew", QT_TRANSLATE_NOOP("Plots", "crew core temperature with the ISO 7933 limit"),
             AxisSpec(QT_TRANSLATE_NOOP("Plots", "Crew core [°C]"), QT_TRANSLATE_NOOP("Plots", "Core [°C]")), YRange(at_least=(36.5, L.CORE_HEAT_STROKE.low + 0.6), pad=(0.2, 0.3),
                                                                       step=1.0), 10,
             limits=(
                 LimitSpec(L.CORE_PHS_LIMIT, QT_TRANSLATE_NOOP("Plots", "{low:g} °C: ISO 7933 PHS limit"), Pen(ORANGE, 2.5, "dash")),
                 LimitSpec(L.CORE_PERFORMANCE, QT_TRANSLATE_NOOP("Plots", "{low:g} °C: performance loss"), Pen(VERMILLION, 2.5, "dash")),
                 LimitSpec(L.CORE_HEAT_STROKE, QT_TRANSLATE_NOOP("Plots", "{low:g} °C: heat-stroke danger"), Pen(VERMILLION, 3.0)),
             )),
)

#: Every drawn series, in legend and readout order.
SERIES_SPECS: tuple[SeriesSpec, ...] = (
    SeriesSpec("loop_pressure_kpa", "loop", QT_TRANSLATE_NOOP("Plots", "Loop pressure"), QT_TRANSLATE_NOOP("Plots", "Pressure"), Pen(BLUE, 3.0), 0, "000 kPa"),
    SeriesSpec("coolant_remaining_pct", "loop", QT_TRANSLATE_NOOP("Plots", "Coolant left (right axis)"), QT_TRANSLATE_NOOP("Plots", "Coolant"), Pen(ORANGE, 3.0, "dash"),
               1, "100.0%", axis="right"),
    SeriesSpec("heat_load_w", "heat", QT_TRANSLATE_NOOP("Plots", "Heat generated (avionics + crew)"), QT_TRANSLATE_NOOP("Plots", "Load"), Pen(VERMILLION, 3.0, "dash"),
               0, "0000 W"),
    SeriesSpec("heat_rejection_capacity_w", "heat", QT_TRANSLATE_NOOP("Plots", "Rejection capacity"), QT_TRANSLATE_NOOP("Plots", "Capacity"), Pen(GREY, 2.0, "dot"),
               0, "0000 W"),
    SeriesSpec("heat_rejection_w", "heat", QT_TRANSLATE_NOOP("Plots", "Heat rejected"), QT_TRANSLATE_NOOP("Plots", "Rejected"), Pen(BLUE, 3.0), 0, "0000 W"),
    SeriesSpec("condensed_water_kg", "heat", QT_TRANSLATE_NOOP("Plots", "Condensed water (right axis)"), QT_TRANSLATE_NOOP("Plots", "Condensed"), Pen(SKY_BLUE, 2.0, "dashdot"),
               2, "0.00 kg", axis="right"),
    SeriesSpec("cabin_temp_c", "cabin", QT_TRANSLATE_NOOP("Plots", "Cabin air"), QT_TRANSLATE_NOOP("Plots", "Cabin air"), Pen(VERMILLION, 3.0), 1, "00.0 °C"),
    SeriesSpec("wall_temp_c", "cabin", QT_TRANSLATE_NOOP("Plots", "Walls (structure)"), QT_TRANSLATE_NOOP("Plots", "Walls"), Pen(BLUE, 2.0, "dot"), 1, "00.0 °C"),
    SeriesSpec("equipment_temp_c", "cabin", QT_TRANSLATE_NOOP("Plots", "Equipment bay"), QT_TRANSLATE_NOOP("Plots", "Equipment"), Pen(ORANGE, 2.5, "dash"), 1, "00.0 °C"),
    SeriesSpec("wet_bulb_c", "cabin", QT_TRANSLATE_NOOP("Plots", "Wet-bulb"), QT_TRANSLATE_NOOP("Plots", "Wet-bulb"), Pen(PURPLE, 2.5, "dashdot"), 1, "00.0 °C"),
    SeriesSpec("cabin_rh_pct", "cabin", QT_TRANSLATE_NOOP("Plots", "Rel. humidity (right axis)"), QT_TRANSLATE_NOOP("Plots", "RH"), Pen(SKY_BLUE, 2.5, "dash"), 0, "100%",
               axis="right"),
    SeriesSpec("crew_core_temp_c", "crew", QT_TRANSLATE_NOOP("Plots", "Crew core (rectal)"), QT_TRANSLATE_NOOP("Plots", "Crew core"), Pen(BLACK, 3.0), 2, "computing…"),
)

#: Result series the plots leave to the data outputs (CSV, --json), each with why.
DATA_ONLY_SERIES: dict[str, str] = {
    "mean_radiant_temp_c": "the crew's mean radiant temperature is the walls' curve (the crew sees the cabin's surfaces)",
    "orbital_module_temp_c": "the plots show the descent module, where the crew sits; the orbital module's air is in the data",
}

#: The series whose values come from the crew heat-strain worker (drawn "computing…" until then).
CREW_SERIES = "crew_core_temp_c"

#: Line look of each model event (style differs as well as colour).
EVENT_PENS: dict[str, Pen] = {
    "puncture": Pen(VERMILLION, 2.0),
    "coolant_half_lost": Pen(ORANGE, 2.0, "dash"),
    "coolant_depleted": Pen(VERMILLION, 2.0, "dash"),
    "undock": Pen(BLUE, 2.0),
    "landing": Pen(GREEN, 2.0),
    "cabin_temp_limit": Pen(PURPLE, 2.0, "dashdot"),
    "crew_limit": Pen(BLACK, 2.0, "dashdot"),
    "equipment_limit": Pen(ORANGE, 2.0, "dashdot"),
}
#: Compact event labels, used when the full ones cannot all fit (narrow window).
EVENT_SHORT_LABELS: dict[str, str] = {
    "puncture": QT_TRANSLATE_NOOP("Events", "Puncture"), "coolant_half_lost": QT_TRANSLATE_NOOP("Events", "½ lost"),
    "coolant_depleted": QT_TRANSLATE_NOOP("Events", "Depleted"), "undock": QT_TRANSLATE_NOOP("Events", "Undock"), "landing": QT_TRANSLATE_NOOP("Events", "Landing"), "cabin_temp_limit": QT_TRANSLATE_NOOP("Events", "Cabin {limit} °C"),
    "crew_limit": QT_TRANSLATE_NOOP("Events", "Core {limit} °C"), "equipment_limit": QT_TRANSLATE_NOOP("Events", "Equip. {limit} °C"),
}
#: The limit [°C] that fills the ``{limit}`` of a compact label above.
EVENT_LIMITS_C: dict[str, float] = {"cabin_temp_limit": L.CABIN_TEMP_LIMIT_C, "crew_limit": L.CREW_CORE_LIMIT_C,
                                    "equipment_limit": L.EQUIPMENT_LIMIT_C}
#: Event lines not listed above.
DEFAULT_EVENT_PEN = Pen(GREY, 2.0, "dash")

#: Plot keys in reading order.
PLOT_KEYS: tuple[str, ...] = tuple(p.key for p in PLOTS)


def plot_spec(key: str) -> PlotSpec:
    """The row of plot ``key``; ValueError naming the allowed keys otherwise."""
    for spec in PLOTS:
        if spec.key == key:
            return spec
    raise ValueError(f"plot: must be one of {', '.join(PLOT_KEYS)}, got {key!r}")


def series_spec(key: str) -> SeriesSpec | None:
    """The row of series ``key`` (None for a series the figures do not draw)."""
    return next((s for s in SERIES_SPECS if s.key == key), None)


def series_of(plot: str, axis: str | None = None) -> tuple[SeriesSpec, ...]:
    """The series drawn on ``plot`` (on one ``axis`` side if given), in legend order."""
    return tuple(s for s in SERIES_SPECS if s.plot == plot and (axis is None or s.axis == axis))


def format_value(value: float | None, unit: str, decimals: int) -> str:
    """``12.3 °C``, ``45%``; an em dash for a missing or non-finite value.

    A value in °C is shown in the chosen unit (View ▸ Units): ``54.1 °F``; the number with the
    language's decimal separator and the unit in its words (``0,00 кг``, ``39,8%``).
    """
    if value is None or not math.isfinite(value):
        return "—"
    if unit == "°C":
        value, unit = c_to_unit(value), temp_symbol()
    sep = "" if unit == "%" else " "
    return f"{number(f'{value:.{decimals}f}')}{sep}{translate('Units', unit)}"


def figure_caption() -> str:
    """What the dashboard figure shows, in reading order (for the PDF caption)."""
    return ", ".join((translate("Plots", "event timeline"), *(translate("Plots", p.caption) for p in PLOTS)))
