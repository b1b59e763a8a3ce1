"""View options of the window: the time axis, the reported timeline, the time window (zoom).

All three are figure state (:class:`~thermoviz.figure.view.FigureView`), so the
exports show what the window shows.  The time-axis mode and the timeline toggle
are remembered in the settings; the zoom is not (each scenario opens on its whole run).

The reported timeline shown is the one of the scenario's preset: a what-if
derived from a preset keeps its preset's timeline; a scenario from a file shows
the timeline of the preset with the same start time, if there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from thermoviz.figure.time_axis import DEFAULT_MODE, MODES, effective_mode, frame_of
from thermoviz.figure.timeline_markers import outside_summary, timeline_for  # noqa: F401 (re-exported)
from thermoviz.io.timeline import describe_offset, place_timeline
from thermoviz.model.language import number, translate

TIME_AXIS_KEY = "view/time_axis"
TIMELINE_KEY = "view/reported_timeline"
#: Zoom in/out step: the shown time window shrinks/grows by this factor about its centre.
ZOOM_FACTOR = 1.5
#: Margin of View ▸ Fit to return flight on each side of undocking .. landing [h].
RETURN_MARGIN_H = 0.5


def read_bool(settings, key: str, default: bool) -> bool:
    """A remembered on/off (QSettings INI gives text back); anything unreadable gives ``default``."""
    value = settings.value(key, default) if settings is not None else default
    if isinstance(value, str):
        return {"true": True, "false": False}.get(value.lower(), default)
    return value if isinstance(value, bool) else default


def read_mode(settings) -> str:
    value = settings.value(TIME_AXIS_KEY, DEFAULT_MODE) if settings is not None else DEFAULT_MODE
    return value if value in MODES else DEFAULT_MODE


def return_window(result) -> tuple[float, float] | None:
    """Undocking - 0.5 h .. landing + 0.5 h [h], or None when the run has no return flight."""
    if result is None:
        return None
    undock, landing = result.events.get("undock"), result.events.get("landing")
    if undock is None or landing is None:
        return None
    return float(undock) - RETURN_MARGIN_H, float(landing) + RETURN_MARGIN_H


class ViewOptions:
    """Time axis, timeline and zoom of ``window`` (its dashboard), remembered in its settings."""

    def __init__(self, window):
        self.window = window
        self.settings = window.settings
        self.mode = read_mode(self.settings)
        self.timeline_on = read_bool(self.settings, TIMELINE_KEY, True)
        self._refreshing = False
        window.dashboard.set_time_axis(self.mode)
        window.dashboard.timeline.hint = " " + translate("Timeline", "(Help ▸ Reported timeline)")  # exports have no menu to point at
        window.session.subscribe("result", self.refresh)
        window.session.subscribe("scenario", self.refresh)

    def bind(self, actions: dict) -> None:
        """Group the time-axis actions (one checked) and tick the remembered choices."""
        self.actions = actions
        group = QActionGroup(self.window)
        group.setExclusive(True)
        for mode in MODES:
            group.addAction(actions[f"time_axis_{mode}"])
        self.refresh()

    # ------------------------------------------------------------------ time axis
    def set_time_axis(self, mode: str) -> None:
        """Show ``mode`` (a date mode needs a start time) and remember it."""
        if self._refreshing:  # a fallback ticked by refresh() is not the user's choice
            return
        self.mode = mode
        if self.settings is not None:
            self.settings.setValue(TIME_AXIS_KEY, mode)
        self.window.dashboard.set_time_axis(mode)
        self.refresh()

    def refresh(self) -> None:
        """Enable only the modes the scenario can show; check the one shown; place the timeline."""
        window = self.window
        result = window.session.result
        frame = frame_of(result)
        actions = getattr(self, "actions", None)
        if actions is not None:
            self._refreshing = True
            shown = effective_mode(self.mode, frame)
            for mode in MODES:
                action = actions[f"time_axis_{mode}"]
                action.setEnabled(mode == effective_mode(mode, frame))
                if action.isChecked() != (mode == shown):
                    action.setChecked(mode == shown)
            if actions["timeline"].isChecked() != self.timeline_on:
                actions["timeline"].setChecked(self.timeline_on)
            self._refreshing = False
        entries = self.entries() if self.timeline_on else ()
        if tuple(entries) != window.dashboard.timeline_entries:
            window.dashboard.set_timeline(entries)

    # ------------------------------------------------------------------ reported timeline
    def entries(self) -> tuple:
        session = self.window.session
        return timeline_for(session.scenario, session.preset_id)

    def set_timeline_shown(self, on: bool) -> None:
        if self._refreshing:
            return
        self.timeline_on = bool(on)
        if self.settings is not None:
            self.settings.setValue(TIMELINE_KEY, self.timeline_on)
        self.refresh()

    def timeline_dialog(self) -> QDialog:
        """Help ▸ Reported timeline: every entry, in the run or not, with its source."""
        session = self.window.session
        entries, scenario = self.entries(), session.scenario
        dialog = QDialog(self.window)
        dialog.setWindowTitle(translate("Timeline", "Reported timeline"))
        layout = QVBoxLayout(dialog)
        if not entries:
            layout.addWidget(QLabel(translate("Timeline", "This scenario has no reported timeline (it has no start "
                                              "time, or it is not derived from a historic preset).")))
            dialog.open()
            return dialog
        placement = place_timeline(entries, scenario.start_utc, scenario.duration_h)
        note, _tooltip = outside_summary(placement, scenario.duration_h)
        header = QLabel(note + ". " + translate("Timeline", "Run starts {start} (UTC).").format(start=scenario.start_utc))
        header.setWordWrap(True)
        layout.addWidget(header)
        table = QTableWidget(len(placement.all), 4, dialog)
        table.setHorizontalHeaderLabels([translate("Timeline", "Date"), translate("Timeline", "Hours after the start"),
                                         translate("Timeline", "What happened"), translate("Timeline", "Source")])
        inside = set(id(p) for p in placement.inside)
        for row, placed in enumerate(placement.all):
            if id(placed) not in inside:
                where = describe_offset(placed, scenario.duration_h)
            elif placed.end_h > placed.start_h:  # a day or a month: the span it covers
                where = (translate("Timeline", "{start} to {end} h (the day only)") if placed.entry.precision == "day"
                         else translate("Timeline", "{start} to {end} h (the month only)")).format(
                    start=number(f"{placed.start_h:.1f}"), end=number(f"{placed.end_h:.1f}"))
            else:
                where = f"{number(f'{placed.start_h:.1f}')} {translate('Units', 'h')}"
            for col, text in enumerate((placed.entry.when_text(), where, placed.entry.event, placed.entry.source)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        for col in (2, 3):
            table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        table.setWordWrap(True)
        table.resizeRowsToContents()
        layout.addWidget(table)
        dialog.resize(1000, 520)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ time window
    def set_x_range(self, x0: float, x1: float) -> None:
        self.window.dashboard.strip.setXRange(x0, x1, padding=0)

    def zoom(self, factor: float) -> None:
        """Shrink (factor > 1) or grow the shown time window about its centre, inside the run."""
        (x0, x1), _ = self.window.dashboard.strip.vb.viewRange()
        centre, half = (x0 + x1) / 2, (x1 - x0) / (2 * factor)
        duration = self.window.dashboard.duration_h or (x1 - x0)
        half = min(max(half, 0.05), 0.51 * duration)
        self.set_x_range(centre - half, centre + half)

    def fit_return_flight(self) -> None:
        window = return_window(self.window.session.result)
        if window is not None:
            self.set_x_range(*window)
