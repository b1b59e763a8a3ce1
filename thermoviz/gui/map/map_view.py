"""The window's Map tab: a survivability map of the current scenario, recomputed after edits.

Axis and metric pickers above the map (default: hole diameter × hours from puncture
to undock, crew margin at landing, with the boundaries of 1, 2, 3 crew), the map
drawn by :func:`thermoviz.figure.map_plot.map_widget`, a read-out of the cell under
the mouse, the progress of the computation with Cancel, and the safe-limit sentences
(:mod:`thermoviz.gui.map.limit_finder`) under it.

The map is computed in a worker (:class:`~thermoviz.gui.analysis_worker.AnalysisRunner`),
:data:`MAP_DELAY_MS` after the last edit: a coarse map first, then the refined one.
While it computes, the map it replaces is faded and labelled "Out of date —
recomputing…": a map of an earlier scenario is never shown as the current one.
An edit that changes only the map's own two inputs (a click on the map, or the hole
slider on a hole map) keeps the map and moves the star.  A click on a cell loads that
cell's scenario into the time plots as one undoable step.
"""

from __future__ import annotations

import dataclasses
import functools

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGraphicsOpacityEffect, QHBoxLayout, QLabel, QMenu,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)
from superqt.utils import qdebounced, signals_blocked

from thermoviz.analysis.fields import UNDOCK_AFTER_PUNCTURE, field_info, variable_fields
from thermoviz.analysis.jobs import map_job
from thermoviz.analysis.metrics import GRADE_METRICS, METRICS, grade_metric
from thermoviz.model.outcome.grades import BOUNDARY_GRADE_IDS, DEFAULT_BOUNDARY_GRADE, grade
from thermoviz.model.scenario import Scenario

from ..analysis_worker import AnalysisRunner
# the axes, the drawing and the hover read-out live in their own modules
from .map_axes import _axes_free, axis_spec, shown_field_label, shown_metric_label
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate
from .map_draw import MapDrawMixin
from .map_readout import MapReadoutMixin

#: A map is recomputed this long after the last edit [ms] (a slider drag computes once).
MAP_DELAY_MS = 400
#: Points per axis of the refined map (the coarse one has 20).
MAP_N = 60
DEFAULT_X, DEFAULT_Y = "hole_diameter_mm", UNDOCK_AFTER_PUNCTURE
DEFAULT_METRIC = grade_metric(DEFAULT_BOUNDARY_GRADE)
FADED_OPACITY = 0.3


#: Delay [ms] after which the map's worker process is started in the background.
WARM_AFTER_MS = 3000

#: Maps batch thousands of cells through PHS; a scenario that chose JOS-3 is told so.
MAP_CREW_MODEL_NOTE = QT_TRANSLATE_NOOP("Map", "The map's crew is ISO 7933 PHS (JOS-3 runs one scenario at a time).")


class MapView(MapDrawMixin, MapReadoutMixin, QWidget):
    """The Map tab of ``window`` (a :class:`~thermoviz.gui.window.main_window.MainWindow`)."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.main = window
        self.result = None          # the MapResult shown (coarse or refined)
        self.state = "none"         # none, computing, coarse, current, stale, cancelled, error
        self.hover_text = ""
        self.map_widget = None
        self._plot = None
        self.runner = AnalysisRunner(self, "map")
        # start the map's worker process (it compiles the crew model once) soon after the window shows,
        # so the first map the user asks for starts at once
        QTimer.singleShot(WARM_AFTER_MS, self, self.runner.warm)
        self.runner.signals.partial.connect(self._coarse_arrived)
        self.runner.signals.progress.connect(self._progress)
        self.runner.signals.finished.connect(self._map_arrived)
        self.runner.signals.failed.connect(self._failed)
        self.runner.signals.cancelled.connect(self._cancelled)
        self._request_later = qdebounced(self.compute, timeout=MAP_DELAY_MS, parent=self)
        self._pending = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        pickers = QHBoxLayout()
        self.x_combo, self.y_combo, self.metric_combo = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.x_combo, self.y_combo):
            for name in variable_fields():
                combo.addItem(shown_field_label(name), name)
        for name, metric in METRICS.items():
            self.metric_combo.addItem(shown_metric_label(name), name)
        for combo in (self.x_combo, self.y_combo, self.metric_combo):
            # a narrow window (1024 px projector) must not be widened by the longest label
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.x_combo.setCurrentIndex(self.x_combo.findData(DEFAULT_X))
        self.y_combo.setCurrentIndex(self.y_combo.findData(DEFAULT_Y))
        self.metric_combo.setCurrentIndex(self.metric_combo.findData(DEFAULT_METRIC))
        self.x_combo.setToolTip(translate("Map", "The input along the horizontal axis of the map"))
        self.y_combo.setToolTip(translate("Map", "The input along the vertical axis of the map"))
        self.metric_combo.setToolTip(translate("Map", "What the colours show in each cell"))
        self.grade_combo = QComboBox()
        for grade_id in BOUNDARY_GRADE_IDS:
            g = grade(grade_id)
            self.grade_combo.addItem(translate("Grades", g.title), grade_id)
            self.grade_combo.setItemData(self.grade_combo.count() - 1, translate("Grades", g.meaning), Qt.ItemDataRole.ToolTipRole)
        self.grade_combo.setCurrentIndex(self.grade_combo.findData(DEFAULT_BOUNDARY_GRADE))
        self.grade_combo.setToolTip(translate("Map", "The crew grade whose boundary the black lines and the limits below show (Help ▸ Crew grades)"))
        self.crew_check = QCheckBox(translate("Map", "1, 2, 3 crew"))
        self.crew_check.setChecked(True)
        self.crew_check.setToolTip(translate("Map", "Draw the boundary of the chosen grade for every crew count the vehicle seats (crew-margin maps only)"))
        for label, widget in ((translate("Map", "Across:"), self.x_combo), (translate("Map", "Up:"), self.y_combo),
                              (translate("Map", "Colour:"), self.metric_combo)):
            pickers.addWidget(QLabel(label))
            pickers.addWidget(widget, 1)
        self.odds_check = QCheckBox(translate("Map", "Weight by odds"))
        self.odds_check.setToolTip(translate("Map", "Fade the hole sizes that are unlikely to happen (odds of a hole this big or "
                                             "bigger per 6-month mission, from meteoroid and debris flux models), so the "
                                             "unsafe holes that are also likely stand out (maps with a hole axis)"))
        self.odds_check.toggled.connect(self.redraw)
        layout.addLayout(pickers)
        for widget in (self.x_combo, self.y_combo, self.metric_combo):
            widget.currentIndexChanged.connect(self.compute_now)
        self.grade_combo.currentIndexChanged.connect(self._grade_changed)
        self.crew_check.toggled.connect(self.compute_now)

        status = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("mapState")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(translate("Map", "Cancel"))
        self.cancel_button.setToolTip(translate("Map", "Stop computing the map (the last map stays, marked out of date)"))
        self.cancel_button.clicked.connect(self._cancel_or_compute)
        # the grade and its options get the second row, so a 1024 px projector window still fits
        for widget in (QLabel(translate("Map", "Grade:")), self.grade_combo, self.crew_check, self.odds_check):
            status.addWidget(widget)
        status.addWidget(self.state_label, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        layout.addLayout(status)

        self.title_label = QLabel()
        self.title_label.setObjectName("mapTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 120%;")
        layout.addWidget(self.title_label)
        self.map_holder = QVBoxLayout()
        layout.addLayout(self.map_holder, 1)

        self.placeholder = QLabel(translate("Map", "The map appears here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_holder.addWidget(self.placeholder)
        # The map's key, replaced by the values of the cell under the mouse while it hovers the map
        # (one place for both keeps the map as tall as possible on a 1024x768 projector).
        self.key_text = ""
        self.readout = QLabel(" ")
        self.readout.setObjectName("mapReadout")
        self.readout.setWordWrap(True)
        self.readout.setStyleSheet("font-size: 90%;")
        layout.addWidget(self.readout)
        from .limit_finder import LimitFinder

        self.finder = LimitFinder(window, self)
        layout.addWidget(self.finder)
        self._set_busy(False)
        window.session.subscribe("scenario", self.scenario_changed)

    # ------------------------------------------------------------------ what to compute
    def axes(self) -> tuple[str, str]:
        return self.x_combo.currentData(), self.y_combo.currentData()

    def metric_name(self) -> str:
        return self.metric_combo.currentData()

    def grade(self) -> str:
        return self.grade_combo.currentData()

    def _grade_changed(self) -> None:
        """Another grade: a grade-margin colouring follows it; the lines and the limits are recomputed."""
        if self.metric_name() in GRADE_METRICS:
            with signals_blocked(self.metric_combo):
                self.metric_combo.setCurrentIndex(self.metric_combo.findData(grade_metric(self.grade())))
        self.finder.scenario = None  # its sentences were for the other grade
        self.compute_now()

    def crew_counts(self, scenario: Scenario) -> tuple[int, ...]:
        crew_map = self.metric_name() == "crew_margin_h" or self.metric_name() in GRADE_METRICS
        if not self.crew_check.isChecked() or not crew_map or "crew" in self.axes():
            return ()
        from thermoviz.io.vehicles import resolve

        try:
            seats = resolve(scenario)[0].max_crew
        except Exception:  # an unknown vehicle: survival_map names the problem itself
            return ()
        return tuple(range(1, seats + 1)) if seats > 1 else ()

    def redraw(self, *_args) -> None:
        """Draw the map shown again (the odds weighting or the units changed; nothing to recompute)."""
        if self.result is not None and self.map_widget is not None:
            self._draw(self.result)
            self._show_state()

    def _active(self) -> bool:
        return self.isVisible()

    def scenario_changed(self) -> None:
        """The session shows another scenario: keep the map if only its own inputs moved, else recompute."""
        scenario = self.main.session.scenario
        if scenario is None:
            return
        if self.result is not None and self.state in ("current", "coarse") and \
                _axes_free(scenario, self.axes()) == _axes_free(self.result.scenario, self.axes()):
            self.result = dataclasses.replace(self.result, scenario=scenario)  # same map, the star moves
            self._draw(self.result)
            self._show_state()
            return
        if self.runner.running:  # its answer would be for an earlier scenario
            self.runner.cancel()
            self._set_busy(False)
        self._mark_stale()
        if self._active():
            self._pending = True
            self._request_later()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.state in ("none", "stale", "error") and not self.runner.running:
            self.compute_now()

    def compute_now(self) -> None:
        self._request_later.cancel()
        self.compute()

    def compute(self) -> None:
        """Start the map of the session's scenario (cancelling a map still computing)."""
        self._pending = False
        scenario = self.main.session.scenario
        if scenario is None:
            return
        self.finder.wait_for_map()
        x_name, y_name = self.axes()
        if x_name == y_name:
            self.runner.cancel()
            self._fail_now(translate("Map", "Choose two different inputs for the axes."))
            return
        x, y, metric = *(axis_spec(n, MAP_N, scenario.vehicle) for n in (x_name, y_name)), self.metric_name()
        counts = self.crew_counts(scenario)

        self._mark_stale()
        self.job = self.runner.submit(functools.partial(map_job, scenario, x, y, metric, counts, grade=self.grade()),
                                      scenario.vehicle)
        self.state = "computing" if self.result is None else "stale"
        self.progress.setRange(0, 0)  # busy until the engine reports (the coarse map reports nothing)
        self._set_busy(True)
        self._show_state()

    # ------------------------------------------------------------------ answers
    def _for_now(self, result):
        """``result`` re-based on the scenario shown now, or None if it is another scenario's map.

        A scenario that differs only in the map's own two inputs (a click on the map) has the same map.
        """
        scenario = self.main.session.scenario
        if scenario is None or _axes_free(scenario, self.axes()) != _axes_free(result.scenario, self.axes()):
            return None
        return result if result.scenario == scenario else dataclasses.replace(result, scenario=scenario)

    def _coarse_arrived(self, job: int, result) -> None:
        result = self._for_now(result) if self.runner.is_current(job) else None
        if result is None:
            return
        self.result, self.state = result, "coarse"
        self._draw(result)
        self._show_state()

    def _progress(self, job: int, fraction: float) -> None:
        if self.runner.is_current(job):
            if self.progress.maximum() == 0:
                self.progress.setRange(0, 100)
            self.progress.setValue(int(round(100 * fraction)))

    def _map_arrived(self, job: int, result) -> None:
        if not self.runner.is_current(job):
            return
        self.runner.done(job)
        result = self._for_now(result)
        if result is None:  # never shown as the current scenario's map
            self._set_busy(False)
            self._mark_stale()
            return
        self.result, self.state = result, "current"
        self._draw(result)
        self._set_busy(False)
        self._show_state()
        self.finder.compute()  # after the map: on two cores the two would slow each other

    def _failed(self, job: int, message: str) -> None:
        if not self.runner.is_current(job):  # a cancelled job's late failure changes nothing
            return
        self.runner.done(job)
        self._fail_now(message)

    def _fail_now(self, message: str) -> None:
        self._clear_map()
        self.result, self.state = None, "error"
        self.placeholder.setText(translate("Map", "No map: {message}").format(message=message))
        self._set_busy(False)
        self._show_state()
        self.finder.compute()

    def _cancelled(self, job: int) -> None:
        if job == self.runner.job_id and self.state in ("computing", "stale"):
            self._after_cancel()

    def cancel(self) -> None:
        """Stop the map being computed; the last map stays, faded and marked out of date."""
        if not self.runner.running:
            return
        self.runner.cancel()
        self._after_cancel()

    def _after_cancel(self) -> None:
        self._set_busy(False)
        self.state = "cancelled" if self.result is None else "stale"
        if self.result is not None:  # a coarse map of the cancelled job is not the current scenario's
            self._mark_stale()
        self._show_state(cancelled=True)

    def _cancel_or_compute(self) -> None:
        if self.runner.running:
            self.cancel()
        else:
            self.compute_now()

    # ------------------------------------------------------------------ drawing
    def _mark_stale(self) -> None:
        if self.map_widget is not None and self.map_widget.graphicsEffect() is None:
            effect = QGraphicsOpacityEffect(self.map_widget)
            effect.setOpacity(FADED_OPACITY)
            self.map_widget.setGraphicsEffect(effect)
        if self.result is not None and self.state in ("current", "coarse"):
            self.state = "stale"
        self._show_state()

    def _show_state(self, cancelled: bool = False) -> None:
        fresh = self.state in ("current", "coarse")
        if self.map_widget is not None and fresh:
            self.map_widget.setGraphicsEffect(None)
        texts = {
            "none": "", "error": "",
            "computing": translate("Map", "Computing the map…"), "coarse": translate("Map", "Coarse preview — refining…"),
            "current": "" if self.result is None else self._summary(),
            "stale": (translate("Map", "Out of date — cancelled. Press Recompute.") if cancelled
                      else translate("Map", "Out of date — recomputing…")),
            "cancelled": translate("Map", "Cancelled. Press Recompute."),
        }
        text = texts.get(self.state, "")
        self.state_label.setText(text)
        warn = self.state in ("stale", "cancelled")
        self.state_label.setStyleSheet("color: #b2182b; font-weight: bold;" if warn else "")

    def _summary(self) -> str:
        share = self.result.safe_share()
        text = "" if share is None else translate("Map", "Safe in {share} of the map.").format(share=f"{share:.0%}")
        return text + (" " + translate("Map", MAP_CREW_MODEL_NOTE) if self.result.scenario.crew_model != "phs" else "")

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setText(translate("Map", "Cancel") if busy else translate("Map", "Recompute"))
        self.cancel_button.setEnabled(busy or self.main.session.scenario is not None)

    # ------------------------------------------------------------------ exports
    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for spec_id in ("map_png", "map_svg", "map_csv"):
            menu.addAction(self.main.actions[spec_id])
        return menu

    def wait_idle(self, timeout_s: float = 60.0) -> bool:
        """Process events until the map and the safe limits have arrived (tests, screenshots)."""
        from PySide6.QtCore import QElapsedTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        timer = QElapsedTimer()
        timer.start()
        while (self.runner.running or self.finder.runner.running or self._pending) \
                and timer.elapsed() < timeout_s * 1000:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QApplication.processEvents()
        return not (self.runner.running or self.finder.runner.running)

    def stop(self) -> None:
        self._request_later.cancel()
        self._pending = False
        self.runner.cancel()
        self.finder.runner.cancel()

