"""What a figure shows besides the result: a typed view state the window hands to the exports."""

from __future__ import annotations

from dataclasses import dataclass

from thermoviz.model.result import Result

from .spec import PLOT_KEYS, plot_spec
from .time_axis import DEFAULT_MODE, DEFAULT_ZONE, check_mode


@dataclass(frozen=True)
class FigureView:
    """Visible plots, the time range and the pinned reference of a figure.

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
    time_axis : str
        What the time axis shows: one of :data:`thermoviz.figure.time_axis.MODES`
        (a date mode falls back to hours when the scenario has no start time).
    time_zone : str
        IANA zone of the ``"zone"`` time axis (default Moscow time).
    timeline : tuple of TimelineEntry
        The reported timeline drawn as markers (empty: none), see :mod:`thermoviz.io.timeline`.
    """

    plots: tuple[str, ...] = PLOT_KEYS
    x_range_h: tuple[float, float] | None = None
    reference: Result | None = None
    reference_label: str = ""
    time_axis: str = DEFAULT_MODE
    time_zone: str = DEFAULT_ZONE
    timeline: tuple = ()

    def __post_init__(self) -> None:
        if not self.plots:
            raise ValueError("plots: must name at least one plot")
        for key in self.plots:
            plot_spec(key)  # raises ValueError naming the allowed keys
        check_mode(self.time_axis)
