"""The main window: controls (left dock), verdict banner and dashboard (right).

Data flow: a control edit -> ``Controls.scenario_changed`` -> fast physics
(``simulate(..., crew_strain=False)``, synchronous, a few ms) -> the session
(:class:`~thermoviz.gui.window.session.SessionModel`) -> its subscribers redraw the
dashboard, banner and status -> crew heat strain in a worker -> shown when it
arrives, unless a newer edit made it stale (the session's generation counter).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, Signal
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QScrollArea,
                               QTabWidget, QVBoxLayout, QWidget)
from superqt.utils import qdebounced

from thermoviz.model.language import translate
from thermoviz.model.outcome.result import Result, Verdict
from thermoviz.model.scenario import Scenario, ScenarioError

from .actions import build_menus
from .controls import Controls
from .crew_worker import CrewStrainRunner
from ..plots.dashboard import Dashboard
from .explain import Explainer
from .file_actions import FileActions
from .history import ScenarioHistory
from ..lesson.lesson_open import lesson_action_rows
from .presentation import Presentation
from .scenario_text import ScenarioText, shown_title, what_if_text
from .session import SessionModel, SessionSignals, SessionState
from ..accessible import describe_window
from ..plots.verdict_banner import VerdictBanner
from ..plots.view_options import ViewOptions
from .window_dialogs import WindowDialogsMixin
from .window_fit import fit_to_screen
from .window_state import WindowStateMixin

APP_NAME = "thermoviz"

#: After a control edit the crew heat strain job starts this much later: the fast
#: frame is painted first without the worker competing for the GIL and the CPU, and
#: while a slider is dragged only the value the user stops at is computed.
CREW_DELAY_MS = 30
#: Preferred width of the controls dock [px]: enough for every control, and on a
#: 1024 px wide projector it leaves the plots about two thirds of the window.
CONTROLS_WIDTH_PX = 350


class ControlsScroll(QScrollArea):
    """The scrolling holder of the controls, preferring :data:`CONTROLS_WIDTH_PX`, or wider when the
    controls need it (longer Russian and Spanish labels: no control is clipped at the start)."""

    def sizeHint(self):  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        hint.setWidth(max(self.minimumWidth(), CONTROLS_WIDTH_PX, self.content_width_px()))
        return hint

    def content_width_px(self) -> int:
        """Width that shows the controls unclipped: their minimum, the scroll bar and the frame."""
        content = self.widget()
        if content is None:
            return 0
        return (content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())


class MainWindow(WindowDialogsMixin, WindowStateMixin, QMainWindow):
    """The thermoviz window.  Its state is :attr:`session`; see the module docstring for the data flow."""

    #: Emitted (with the Result) after a result is drawn, and again when crew strain arrives.
    result_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings=None):
        super().__init__(parent)
        self.session = SessionModel()
        self.session_signals = SessionSignals(self.session, self)
        #: QSettings to remember the window and the scenario in (None: remember nothing).
        self.settings = settings
        self.last_physics_ms = 0.0
        self.last_redraw_ms = 0.0
        self._interactive = False
        self._remember_clean = False  # closing after "Discard": remember the saved state

        self.controls = Controls()
        self.scenario_text = ScenarioText()
        self.controls.layout().insertWidget(0, self.scenario_text)
        # The editable description above says the same for a preset; keep the dock short on 1024x768.
        self.controls.preset_description.setVisible(False)
        self.dashboard = Dashboard()
        self.verdict_banner = VerdictBanner()
        scroll = ControlsScroll()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(330)
        self.controls_dock = QDockWidget(translate("Window", "Scenario"), self)
        self.controls_dock.setObjectName("controlsDock")
        self.controls_dock.setWidget(scroll)
        # Closable: without it Qt greys the dock's toggle action (View ▸ Scenario).
        self.controls_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                       | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                                       | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)
        self.result_shown.connect(self._fit_controls)  # texts filled in from the result may widen them
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.verdict_banner)
        from ..plots.crew_band_view import CrewBandView
        from ..plots.uncertainty_view import Uncertainty

        self.uncertainty = Uncertainty(self)
        layout.addWidget(self.uncertainty.label)
        self.crew_band = CrewBandView(self)  # the crew models and assumptions, same band slot
        layout.addWidget(self.crew_band.label)
        # The time plots and the survivability map share the space under the verdict as tabs:
        # on a 1024x768 projector neither would be legible beside the other.
        from ..map.map_view import MapView

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, translate("Window", "Time plots"))
        self.map_view = MapView(self)
        self.tabs.addTab(self.map_view, translate("Window", "Map"))
        self.tabs.setTabToolTip(1, "Map: which holes and undock times keep the crew below the chosen grade")
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        # a job runs for the shown scenario, or for a reference pinned before its crew curve came
        self.crew_runner = CrewStrainRunner(
            lambda generation: generation in (self.session.generation, self.session.reference_generation), self)
        self.crew_runner.signals.finished.connect(self.session.crew_arrived)
        self.crew_runner.signals.failed.connect(self.session.crew_failed)
        self._crew_job: tuple[int, Result] | None = None
        self._submit_crew_later = qdebounced(self._submit_crew_job, timeout=CREW_DELAY_MS, parent=self)
        self.controls.scenario_changed.connect(self._scenario_edited)
        self.controls.adapted.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.controls.input_rejected.connect(lambda text: self.statusBar().showMessage(text, 15000))
        # A picked preset is no longer the window's file (Save must not overwrite the
        # file with it); undo brings the file and its edits back.
        self.controls.preset_loaded.connect(
            lambda pid: self.session.load(self.controls.base_scenario, pid, None))
        self.session.subscribe("result", self._show_result)
        self.session.subscribe("reference", self._show_reference)
        self.session.subscribe("scenario", self._update_title)
        self.session.subscribe("scenario", lambda: self.scenario_text.show_text(
            self.session.scenario.title, self.session.scenario.description))
        self.scenario_text.edited.connect(self._text_edited)
        self.session.subscribe("file", self._update_title)
        if self.controls.preset_problems:
            self.controls.show_error("Some presets could not be loaded: " + "; ".join(self.controls.preset_problems))

        self.history = ScenarioHistory(self.session, self.restore_scenario_state, self)
        self.presentation = Presentation(self)
        self.file_actions = FileActions(self)
        self.view_options = ViewOptions(self)
        self.explain = Explainer(self)
        from ..schematic.schematic_dock import SchematicDock

        self.schematic_dock = SchematicDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.schematic_dock)
        self.schematic_dock.hide()  # View ▸ Loop schematic shows it
        self.session.subscribe("result", self.schematic_dock.result_changed)
        self.actions = build_menus(self, {"recent": self.file_actions.recent_menu,
                                          "controls": self.controls_dock.toggleViewAction(),
                                          "schematic": self.schematic_dock.toggleViewAction(),
                                          "ui_scale": self._ui_scale_menu(), "display": self._display_rows(),
                                          "lessons": lesson_action_rows(self)})
        self.history.bind(self.actions["undo"], self.actions["redo"])
        self.view_options.bind(self.actions)
        self.file_actions.install_plot_menus()
        self.status_label.setMinimumWidth(120)  # a long note must not widen the window
        self.interface_size = 1.0
        self.chosen_interface_size = 1.0
        if settings is not None:  # the remembered interface size (tests and screenshots keep 100 %)
            from .interface_size import apply_interface_size
            from .settings import ui_scale

            self.chosen_interface_size = ui_scale(settings)
            if self.chosen_interface_size != 1.0:
                apply_interface_size(self, self.chosen_interface_size)
        self.start_notes: list[str] = []  # ignored settings shown at start (window_fit.show_start_notes)
        fit_to_screen(self)
        describe_window(self)

    # ------------------------------------------------------------------ state (read-only views of the session)
    @property
    def scenario(self) -> Scenario | None:
        return self.session.scenario

    @property
    def result(self) -> Result | None:
        return self.session.result

    @property
    def source_path(self):
        return self.session.source_path

    @property
    def crew_strain_pending(self) -> bool:
        return self.session.crew_pending

    # ------------------------------------------------------------------ presentation and view
    @property
    def presenting(self) -> bool:
        return self.presentation.on

    def set_presentation_mode(self, on: bool) -> None:
        """Full screen with only the verdict, the plots and the readout (F11; Esc or F11 leaves)."""
        self.presentation.set(on)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape and self.presenting:
            self.set_presentation_mode(False)
            return
        super().keyPressEvent(event)

    def pin_reference(self) -> None:
        """Pin the shown result (View ▸ Pin); refused with the reason when it is not the scenario's."""
        if not self.session.has_result:
            self.statusBar().showMessage(f"Not pinned: {self.session.error or 'no result yet'}", 10000)
            return
        self.session.pin()
        if self.session.reference_generation is not None and self._crew_job is not None:
            self._submit_crew_later.cancel()  # its crew job was waiting behind the debounce: send it now,
            self._submit_crew_job()  # so the next edit cannot drop it

    def reset_zoom(self) -> None:
        if self.result is not None:
            self.dashboard.strip.setXRange(0, float(self.result.time_h[-1]), padding=0.01)

    # ------------------------------------------------------------------ scenario
    def set_scenario(self, scenario: Scenario, source_path=None, preset_id: str | None = None) -> None:
        """Load ``scenario`` (from a preset, a file or settings), simulate and draw it."""
        from ..vehicle.vehicle_editor import sync_vehicle_picker

        lesson = getattr(self, "lesson_panel", None)
        if lesson is not None and lesson.active:  # a file opened during a lesson stays: the lesson ends first
            lesson.leave(restore_scenario=False)

        sync_vehicle_picker(self.controls)  # a file may have brought a user vehicle with it
        self.controls.set_scenario(scenario, preset_id)
        self.session.load(scenario, self.controls.preset_id, source_path)
        self._recompute(scenario, interactive=False)
        self.history.record()

    def show_lesson_scenario(self, scenario: Scenario, preset_id: str | None) -> None:
        """Show a lesson step's scenario without an undo step (the lesson restores the state on exit)."""
        self.controls.set_scenario(scenario, preset_id)
        self.session.load(scenario, self.controls.preset_id, None)
        self._recompute(scenario, interactive=False)

    def _scenario_edited(self, scenario: Scenario) -> None:
        if self.session.source_path is None:  # a file is the user's own text: never rewritten
            scenario = what_if_text(scenario, self.session.base)  # "(modified)" unless the user titled it
        self._recompute(scenario, interactive=True)
        self.history.record()

    def _text_edited(self, title: str, description: str) -> None:
        """A typed title or description: one undoable step, like a control edit."""
        if self.session.scenario is None:
            return
        try:
            scenario = self.session.scenario.replace(title=title, description=description)
        except ScenarioError as err:
            self.controls.show_error(str(err))
            return
        self.controls.scenario = scenario  # the next control edit keeps the typed text
        self._recompute(scenario, interactive=False)
        self.history.record()

    def load_scenario_step(self, scenario: Scenario) -> None:
        """Show ``scenario`` (a map cell) in the controls and time plots: one undoable step."""
        scenario = what_if_text(scenario, self.session.base)
        self.controls.show_scenario(scenario)
        self._recompute(scenario, interactive=False)
        self.history.record()

    def restore_scenario_state(self, state: SessionState) -> None:
        """Show an earlier state (undo/redo): values, Reset target, preset and file."""
        self.controls.set_scenario(state.base, state.preset_id)
        self.controls.show_scenario(state.scenario)
        self.session.load(state.base, state.preset_id, state.source_path)
        self._recompute(state.scenario, interactive=False)

    def _update_title(self) -> None:
        scenario, path = self.session.scenario, self.session.source_path
        title = shown_title(scenario.title if scenario else "") or translate("Summary", "Untitled scenario")
        where = f" ({path.name})" if path else ""
        self.setWindowTitle(f"{title}{where}[*] — {APP_NAME}")
        self.setWindowModified(self.session.dirty)

    def _recompute(self, scenario: Scenario, interactive: bool) -> None:
        """Fast physics + redraw now; crew heat strain queued in the worker."""
        from thermoviz.api import simulate

        generation = self.session.show_scenario(scenario)
        start = time.perf_counter()
        try:
            result = simulate(scenario, crew_strain=False)
        except ScenarioError as err:
            from .adapt import plain_reason

            self._drop_crew_job()
            self.session.set_error(plain_reason(err, self.controls.vehicles.get(scenario.vehicle)))
            return
        except Exception as err:  # a model failure must not take the window down
            self._drop_crew_job()
            self.session.set_error(f"The simulation failed: {type(err).__name__}: {err}")
            return
        self.last_physics_ms = (time.perf_counter() - start) * 1e3
        self._interactive = interactive
        self.session.set_physics(result)  # -> _show_result draws it
        self._crew_job = (generation, result)
        if interactive:
            self._submit_crew_later()  # restarts: a burst of edits computes the last one only
        else:
            self._submit_crew_later.cancel()
            self._submit_crew_job()

    def _submit_crew_job(self) -> None:
        if self._crew_job is not None:
            generation, result = self._crew_job
            self._crew_job = None
            self.crew_runner.submit(generation, result)

    def _drop_crew_job(self) -> None:
        self._submit_crew_later.cancel()
        self._crew_job = None

    # ------------------------------------------------------------------ views of the session
    def _fit_controls(self, _result=None) -> None:
        """Widen the controls dock once if its controls would be clipped (never narrower than the user left it)."""
        scroll = self.controls_dock.widget()
        needed = scroll.content_width_px()
        if self.controls_dock.isVisible() and not self.controls_dock.isFloating() and scroll.width() < needed:
            self.resizeDocks([self.controls_dock], [needed], Qt.Orientation.Horizontal)

    def _show_result(self) -> None:
        session = self.session
        if session.result_state == "error":
            self.controls.show_error(session.error)
            self.dashboard.set_unavailable(session.error)
            self.verdict_banner.set_verdict(Verdict(session.error, "caution"))
            self.status_label.setText(session.error)
            return
        start = time.perf_counter()
        self.controls.show_error("")
        self.dashboard.set_unavailable(None)
        self.dashboard.set_crew_pending(session.crew_pending)
        self.dashboard.set_result(session.result, interactive=self._interactive and session.crew_pending)
        # the result's own verdict: the same sentence and severity as `thermoviz run` (no window-only override)
        self.verdict_banner.set_verdict(session.result.verdict, pending=session.crew_pending)
        if session.crew_pending:
            self.last_redraw_ms = (time.perf_counter() - start) * 1e3
        self._update_status()
        self.result_shown.emit(session.result)

    def _show_reference(self) -> None:
        self.dashboard.set_reference(self.session.reference, self.session.reference_label)

    def _update_status(self) -> None:
        """The notes users need (estimates, validity, ignored settings); timings only when debugging."""
        from .settings import NOTES
        from .status_notes import debug_enabled, status_text

        timings = (self.last_physics_ms, self.last_redraw_ms) if debug_enabled() else None
        text, tooltip = status_text(self.session, tuple(NOTES), timings, getattr(self, "status_secret", False))
        self.status_label.setText(text)
        self.status_label.setToolTip(tooltip)

    def hide_results_in_status(self, secret: bool) -> None:
        """A lesson's predict step: keep the result's validity and notes out of the status bar until Reveal."""
        self.status_secret = secret
        self._update_status()

    # ------------------------------------------------------------------ helpers
    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Process events until the crew heat strain has arrived (tests, screenshots)."""
        timer = QElapsedTimer()
        timer.start()
        while self.crew_strain_pending and timer.elapsed() < timeout_s * 1000:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self.crew_strain_pending:
                self.crew_runner.wait(20)
        QApplication.processEvents()
        return not self.crew_strain_pending
