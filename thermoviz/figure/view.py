"""What a figure shows besides the result: a typed view state the window hands to the exports."""

from __future__ import annotations

from dataclasses import dataclass, field

from thermoviz.model.outcome.result import Result

from .spec import PLOT_KEYS, PLOTS, SERIES_SPECS, plot_spec
from .time_axis import DEFAULT_MODE, DEFAULT_ZONE, check_mode


def series_keys() -> tuple[str, ...]:
    """Keys of every drawn series (what ``hidden_series`` and ``highlight`` may name)."""
    return tuple(s.key for s in SERIES_SPECS)


def limit_keys() -> tuple[str, ...]:
    """Keys of every limit drawn on a plot (what ``hidden_limits`` and ``highlight`` may name)."""
    keys: list[str] = []
    for plot in PLOTS:
        keys += [lim.limit.key for lim in plot.limits if lim.limit.key not in keys]
    return tuple(keys)


@dataclass(frozen=True)
class FigureView:
    """Visible plots, the time range, what is hidden or highlighted, and the pinned reference.

    Attributes
    ----------
    plots : tuple of str
        Plot keys to draw, in order (see :data:`thermoviz.figure.spec.PLOTS`).
    x_range_h : (float, float) or None
        Time range shown [h]; None = the whole run.
    reference : Result or None
        The pinned comparison drawn faded behind the result.
    reference_label : str
        The pinned scenario's title (legend, PDF caption).
    hidden_series : frozenset of str
        Series keys not drawn (and not in the legend), e.g. ``{"wet_bulb_c", "cabin_rh_pct"}``
        for "cabin air only".
    hidden_limits : frozenset of str
        Limit keys (:data:`thermoviz.model.limits.ALL_LIMITS`) whose lines/bands are not drawn.
    highlight : str or None
        One series or limit key drawn thicker with a halo while the rest is dimmed
        (a lesson step's "look here"); None = nothing highlighted.

    time_axis : str
        What the time axis shows: one of :data:`thermoviz.figure.time_axis.MODES`
        (a date mode falls back to hours when the scenario has no start time).
    time_zone : str
        IANA zone of the ``"zone"`` time axis (default Moscow time).
    timeline : tuple of TimelineEntry
        The reported timeline drawn as markers (empty: none), see :mod:`thermoviz.io.timeline`.
    uncertainty : UncertaintyResult or None
        5–95 % bands of plausible vehicles drawn behind the curves
        (:func:`thermoviz.uncertainty_band`); None = no bands.

    Keys the figures do not draw yet (e.g. a series the model will add) are
    accepted and ignored, so a saved view survives a model change.
    """

    plots: tuple[str, ...] = PLOT_KEYS
    x_range_h: tuple[float, float] | None = None
    reference: Result | None = None
    reference_label: str = ""
    hidden_series: frozenset[str] = field(default_factory=frozenset)
    hidden_limits: frozenset[str] = field(default_factory=frozenset)
    highlight: str | None = None
    time_axis: str = DEFAULT_MODE
    time_zone: str = DEFAULT_ZONE
    timeline: tuple = ()
    uncertainty: object | None = None

    def __post_init__(self) -> None:
        if not self.plots:
            raise ValueError("plots: must name at least one plot")
        for key in self.plots:
            plot_spec(key)  # raises ValueError naming the allowed keys
        if len(set(self.plots)) != len(self.plots):
            raise ValueError(f"plots: must not repeat a plot, got {', '.join(self.plots)}")
        object.__setattr__(self, "hidden_series", frozenset(self.hidden_series))
        object.__setattr__(self, "hidden_limits", frozenset(self.hidden_limits))
        check_mode(self.time_axis)
        if self.x_range_h is not None:
            lo, hi = (float(v) for v in self.x_range_h)
            if not hi > lo:
                raise ValueError(f"x_range_h: the end must be later than the start, got {lo:g}–{hi:g} h")
            object.__setattr__(self, "x_range_h", (lo, hi))

    def contents(self) -> dict:
        """Plots, hidden keys and highlight (what ``with_contents`` copies; no result, no range)."""
        return {"plots": self.plots, "hidden_series": self.hidden_series,
                "hidden_limits": self.hidden_limits, "highlight": self.highlight}


def data_window(result: Result, plots: tuple[str, ...], margin_share: float = 0.1) -> tuple[float, float] | None:
    """Where ``plots`` have something to show: the span of their finite samples, with a margin.

    E.g. the crew plot of a return: undock to landing (plus ``margin_share`` of that span on each
    side, at least 0.5 h), not the whole run with the curve in its last tenth.  None when that is
    the whole run anyway.
    """
    import numpy as np

    t = np.asarray(result.time_h, dtype=float)
    shown = np.zeros(t.shape, dtype=bool)
    for key in plots:
        for series in SERIES_SPECS:
            if series.plot == key and series.key in result.series:
                shown |= np.isfinite(np.asarray(result.series[series.key], dtype=float))
    if not shown.any() or shown.all():
        return None
    lo, hi = float(t[shown][0]), float(t[shown][-1])
    pad = max(margin_share * (hi - lo), 0.5)
    lo, hi = max(float(t[0]), lo - pad), min(float(t[-1]), hi + pad)
    return None if hi <= lo else (lo, hi)


__all__ = ["FigureView", "data_window", "limit_keys", "series_keys"]
