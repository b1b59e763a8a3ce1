"""The figure that every export shows: an off-screen copy of the GUI dashboard.

Exports never paint the live window.  They build a fresh
:class:`thermoviz.gui.dashboard.Dashboard` (the same class the GUI shows, so the
figure is identical in the GUI and the headless CLI), give it the result, lay it
out at a fixed logical size, restyle it black-on-white
(:func:`~thermoviz.export.print_style.apply_print_style`) and paint that.
Consequences: the exported pixel size does not depend on the window size, the
screen theme never leaks into a report, and the window does not flicker.

When the export is made from the GUI, ``like=`` the live dashboard: zoomed views
(auto-range switched off by the user) keep the user's axis ranges.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

from PySide6 import QtCore, QtWidgets

from .print_style import apply_print_style

#: Logical size of an exported dashboard (pixels at scale 1): event strip + four plots.
DASHBOARD_SIZE = (1280, 1200)
#: Logical size of one exported plot (pixels at scale 1): event strip + that plot.
PLOT_SIZE = (1000, 560)
#: Plot keys of the dashboard, in reading order.
PLOT_KEYS = ("loop", "heat", "cabin", "crew")


def _settle(widget: QtWidgets.QWidget) -> None:
    """Lay out ``widget`` (and its GraphicsLayouts) without showing it on a screen."""
    widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.show()
    for _ in range(3):
        QtWidgets.QApplication.processEvents()
        QtWidgets.QApplication.sendPostedEvents()


def _copy_view_ranges(target_plots: dict, source_plots: dict) -> None:
    for key, plot in target_plots.items():
        live = source_plots.get(key)
        if live is None:
            continue
        auto_x, auto_y = live.vb.autoRangeEnabled()
        (x0, x1), (y0, y1) = live.vb.viewRange()
        if not auto_x:
            plot.vb.setXRange(x0, x1, padding=0)
        if not auto_y:
            plot.vb.setYRange(y0, y1, padding=0)


def _hide_interactive_parts(dashboard) -> None:
    """The time cursor and its readout are interactive tools, not part of a figure."""
    for line in getattr(dashboard, "cursor_lines", {}).values():
        line.hide()
    readout = getattr(dashboard, "readout", None)
    if readout is not None:
        readout.hide()


def build_dashboard(result, like=None, size: tuple[int, int] = DASHBOARD_SIZE, only: str | None = None):
    """A print-styled, laid-out, off-screen Dashboard showing ``result``.

    ``only`` = a plot key: keep just the event strip and that plot (one-plot exports),
    with its time axis labelled.  The caller owns the widget (``deleteLater()`` it, or
    use :func:`export_dashboard`).
    """
    from thermoviz.gui.dashboard import Dashboard

    if only is not None and only not in PLOT_KEYS:
        raise ValueError(f"plot: must be one of {', '.join(PLOT_KEYS)}, got {only!r}")
    dashboard = Dashboard()
    dashboard.set_result(result)
    reference = getattr(like, "reference", None)
    if reference is not None:  # the GUI's pinned comparison is part of the figure
        dashboard.set_reference(reference, getattr(like, "reference_label", ""))
    _hide_interactive_parts(dashboard)
    if only is not None:
        _keep_only(dashboard, only)
    dashboard.resize(*size)
    apply_print_style(dashboard)
    _settle(dashboard)
    _relayout_events(dashboard)
    if like is not None and getattr(like, "plots", None):
        _copy_view_ranges(dashboard.plots, like.plots)
        _settle(dashboard)
        _relayout_events(dashboard)
    return dashboard


def _relayout_events(dashboard) -> None:
    """Re-pack the event labels for the final export size (they are packed in pixels)."""
    events = getattr(dashboard, "events", None)
    if events is not None and hasattr(events, "relayout"):
        events.relayout()
        _settle(dashboard)


def _keep_only(dashboard, key: str) -> None:
    """Remove every layout row except the event strip's and plot ``key``'s (with its legend cell)."""
    layout = dashboard.graphics.ci
    plot = dashboard.plots[key]
    keep_rows = {row for row, _col in layout.items.get(plot, [])}
    strip = getattr(dashboard, "strip", None)
    if strip is not None:
        keep_rows |= {row for row, _col in layout.items.get(strip, [])}
    for item, cells in list(layout.items.items()):
        if not any(row in keep_rows for row, _col in cells):
            layout.removeItem(item)
    grid = layout.layout  # the QGraphicsGridLayout: emptied rows keep their stretch otherwise
    for row in range(grid.rowCount()):
        if row not in keep_rows:
            grid.setRowStretchFactor(row, 0)
            grid.setRowMaximumHeight(row, 0)
            grid.setRowSpacing(row, 0)
    for other, view in getattr(dashboard, "right_views", {}).items():
        if other != key and view.scene() is not None:
            view.scene().removeItem(view)
    plot = dashboard.plots[key]
    bottom = plot.getAxis("bottom")
    bottom.setStyle(showValues=True)
    bottom.setHeight(None)
    crew_bottom = dashboard.plots["crew"].getAxis("bottom")
    bottom.setLabel(crew_bottom.labelText or "Time [h]", units=crew_bottom.labelUnits or None,
                    **dict(crew_bottom.labelStyle))
    bottom.showLabel(True)


@contextlib.contextmanager
def export_dashboard(result, like=None, size: tuple[int, int] | None = None,
                     only: str | None = None) -> Iterator[QtWidgets.QWidget]:
    """``with export_dashboard(result) as dash:`` -> the export copy, disposed of afterwards."""
    if size is None:
        size = DASHBOARD_SIZE if only is None else PLOT_SIZE
    dashboard = build_dashboard(result, like=like, size=size, only=only)
    try:
        yield dashboard
    finally:
        dashboard.hide()
        dashboard.deleteLater()
        # Delete the copy now, not at the next event-loop turn: a headless CLI never
        # returns to an event loop, and a widget left for interpreter shutdown made
        # the process crash at exit (about one run in three).
        QtCore.QCoreApplication.sendPostedEvents(dashboard, QtCore.QEvent.Type.DeferredDelete)
