"""The main window: controls (left dock), verdict banner and dashboard (right).

Data flow: a control edit -> ``Controls.scenario_changed`` -> fast physics
(``simulate(..., crew_strain=False)``, synchronous, a few ms) -> dashboard and
banner redrawn at once -> crew heat strain in a worker -> drawn when it arrives,
unless a newer edit made it stale (generation counter).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QElapsedTimer, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QScrollArea,
                               QVBoxLayout, QWidget)

from thermoviz.model.result import Result, Verdict
from thermoviz.model.scenario import Scenario, ScenarioError

from .controls import Controls
from .crew_worker import CrewStrainRunner
from .dashboard import Dashboard
from .verdict_banner import VerdictBanner

APP_NAME = "thermoviz"
#: After a control edit the crew heat strain job starts this much later: the fast
#: frame is painted first without the worker competing for the GIL and the CPU, and
#: while a slider is dragged only the value the user stops at is computed.
CREW_DELAY_MS = 30
#: Preferred width of the controls dock [px]: enough for every control, and on a
#: 1024 px wide projector it leaves the plots about two thirds of the window.
CONTROLS_WIDTH_PX = 350


class ControlsScroll(QScrollArea):
    """The scrolling holder of the controls, preferring :data:`CONTROLS_WIDTH_PX`."""

    def sizeHint(self):  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        hint.setWidth(max(self.minimumWidth(), CONTROLS_WIDTH_PX))
        return hint


class MainWindow(QMainWindow):
    """The thermoviz window.  See the module docstring for the data flow."""

    #: Emitted (with the Result) after a result is drawn, and again when crew strain arrives.
    result_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario: Scenario | None = None
        self.result: Result | None = None
        self.source_path: Path | None = None
        self.crew_strain_pending = False
        self.crew_strain_error: str | None = None
        self.last_physics_ms = 0.0
        self.last_redraw_ms = 0.0
        self._generation = 0
        self._presentation_restore: tuple | None = None
        self._reference_generation: int | None = None

        self.controls = Controls()
        self.dashboard = Dashboard()
        self.verdict_banner = VerdictBanner()

        scroll = ControlsScroll()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(330)
        self.controls_dock = QDockWidget("Scenario", self)
        self.controls_dock.setObjectName("controlsDock")
        self.controls_dock.setWidget(scroll)
        self.controls_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                       | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.verdict_banner)
        layout.addWidget(self.dashboard, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self.crew_runner = CrewStrainRunner(self)
        self.crew_runner.signals.finished.connect(self._crew_strain_arrived)
        self.crew_runner.signals.failed.connect(self._crew_strain_failed)
        self.controls.scenario_changed.connect(self._scenario_edited)
        # A picked preset is no longer the window's file (Save must not overwrite the
        # file with it); undo brings the file and its edits back.
        self.controls.preset_loaded.connect(lambda _pid: setattr(self, "source_path", None))
        self._crew_job: tuple[int, Result] | None = None
        self._crew_timer = QTimer(self)
        self._crew_timer.setSingleShot(True)
        self._crew_timer.setInterval(CREW_DELAY_MS)
        self._crew_timer.timeout.connect(self._submit_crew_job)

        if self.controls.preset_problems:
            self.controls.show_error("Some presets could not be loaded: " + "; ".join(self.controls.preset_problems))
        from .history import ScenarioHistory

        self.history = ScenarioHistory(self)
        self._build_menus()
        from thermoviz.gui.file_actions import install_file_actions

        install_file_actions(self)
        self.resize(1600, 1000)

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.history.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.history.stack.createRedoAction(self, "&Redo")
        # Both conventions first, whatever the platform's default, then the platform's own.
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("&View")
        reset_zoom = QAction("&Reset zoom", self)
        reset_zoom.setShortcut(QKeySequence("Ctrl+0"))
        reset_zoom.triggered.connect(self.reset_zoom)
        self.view_menu.addAction(reset_zoom)
        self.view_menu.addAction(self.controls_dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.pin_action = QAction("&Pin as reference (compare)", self)
        self.pin_action.setShortcut(QKeySequence("Ctrl+R"))
        self.pin_action.setToolTip("Keep the current curves, faded, while you change the scenario or load "
                                   "another preset: e.g. pin the nominal MS-23 return, then load MS-22.")
        self.pin_action.triggered.connect(self.pin_reference)
        self.clear_reference_action = QAction("&Clear reference", self)
        self.clear_reference_action.setEnabled(False)
        self.clear_reference_action.triggered.connect(lambda: self.pin_reference(clear=True))
        self.view_menu.addAction(self.pin_action)
        self.view_menu.addAction(self.clear_reference_action)
        self.view_menu.addSeparator()
        self.presentation_action = QAction("&Presentation mode (full screen, plots only)", self)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence("F11"))
        self.presentation_action.setToolTip("For a projector: full screen, controls and status bar hidden. "
                                            "F11 or Esc returns.")
        self.presentation_action.toggled.connect(self.set_presentation_mode)
        self.view_menu.addAction(self.presentation_action)
        self._build_ui_scale_menu()
        self.help_menu = bar.addMenu("&Help")
        shortcuts = QAction("&Keyboard shortcuts", self)
        shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(shortcuts)
        about = QAction("&About thermoviz", self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def about_text(self) -> str:
        from thermoviz import __version__
        from thermoviz.model.limits import ALL_LIMITS

        rows = "".join(f"<li><b>{lim.label}</b>: {lim.source} <i>({lim.confidence})</i></li>" for lim in ALL_LIMITS)
        return (
            f"<h2>thermoviz {__version__}</h2>"
            "<p>What a coolant-loop puncture does to a spacecraft and its crew: loop pressure, "
            "heat rejection, cabin air and crew core temperature against survivability limits "
            "(Soyuz MS-22, Progress MS-21, Nauka).</p>"
            "<p>Crew heat strain: ISO 7933:2023 Predicted Heat Strain via pythermalcomfort. "
            "Vehicle and preset numbers carry their sources in <code>assets/</code> "
            "(hover the controls; see <code>thermoviz presets</code>). Values tagged "
            "<i>from memory</i>, <i>reported once</i> or <i>estimate</i> are not confirmed.</p>"
            f"<p><b>Limit lines and their sources</b></p><ul>{rows}</ul>"
            "<p>Palette: Okabe &amp; Ito (colour-blind safe). MIT licence.</p>"
        )

    def show_shortcuts(self) -> None:
        from .shortcuts import shortcuts_html

        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", shortcuts_html(self), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStyleSheet("QLabel { min-width: 30em; }")
        box.open()  # not modal-blocking: the window stays usable

    def show_about(self) -> None:
        QMessageBox.about(self, "About thermoviz", self.about_text())

    def _build_ui_scale_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from .settings import UI_SCALES, make_settings, ui_scale

        menu = self.view_menu.addMenu("Interface &size (next start)")
        menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        current = ui_scale(make_settings())
        self.ui_scale_actions = {}
        for scale in UI_SCALES:
            action = QAction(f"{scale:.0%}", self, checkable=True)
            action.setChecked(scale == current)
            action.setToolTip("Scales text, controls and plots: 150 % suits a 1920×1080 projector, "
                              "200 % a 4K screen. Takes effect when thermoviz starts next.")
            action.triggered.connect(lambda _checked=False, s=scale: self.choose_ui_scale(s))
            group.addAction(action)
            menu.addAction(action)
            self.ui_scale_actions[scale] = action

    def choose_ui_scale(self, scale: float) -> None:
        from .settings import make_settings, set_ui_scale

        set_ui_scale(make_settings(), scale)
        self.ui_scale_actions[scale].setChecked(True)
        self.statusBar().showMessage(f"Interface size {scale:.0%} from the next start of thermoviz", 8000)

    @property
    def presenting(self) -> bool:
        return self._presentation_restore is not None

    def set_presentation_mode(self, on: bool) -> None:
        """Full screen with only the verdict, the plots and the readout (F11; Esc or F11 leaves)."""
        if on == self.presenting:
            return
        if on:
            self._presentation_restore = (self.controls_dock.isVisible(), self.statusBar().isVisible(),
                                          self.windowState())
            self.controls_dock.hide()
            self.statusBar().hide()
            self.showFullScreen()
        else:
            dock_visible, status_visible, state = self._presentation_restore
            self._presentation_restore = None
            self.controls_dock.setVisible(dock_visible)
            self.statusBar().setVisible(status_visible)
            self.setWindowState(state)
        if self.presentation_action.isChecked() != on:
            self.presentation_action.setChecked(on)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape and self.presenting:
            self.set_presentation_mode(False)
            return
        super().keyPressEvent(event)

    def pin_reference(self, clear: bool = False) -> None:
        """Pin the shown result as the faded reference (its crew curve follows when it arrives)."""
        if clear or self.result is None:
            self._reference_generation = None
            self.dashboard.set_reference(None)
        else:
            self._reference_generation = self._generation if self.crew_strain_pending else None
            self.dashboard.set_reference(self.result, self.scenario.title or "pinned scenario")
        self.clear_reference_action.setEnabled(self.dashboard.reference is not None)

    def reset_zoom(self) -> None:
        if self.result is not None:
            self.dashboard.strip.setXRange(0, float(self.result.time_h[-1]), padding=0.01)

    # ------------------------------------------------------------------ scenario
    def set_scenario(self, scenario: Scenario, source_path: str | Path | None = None,
                     preset_id: str | None = None) -> None:
        """Load ``scenario`` (from a preset, a file or settings), simulate and draw it."""
        self.source_path = Path(source_path) if source_path is not None else None
        self.controls.set_scenario(scenario, preset_id)
        self._recompute(scenario, interactive=False)
        self.history.record()

    def _scenario_edited(self, scenario: Scenario) -> None:
        self._recompute(scenario, interactive=True)
        self.history.record()

    def restore_scenario_state(self, state) -> None:
        """Show an earlier state (undo/redo): values, Reset target, preset and file."""
        self.source_path = state.source_path
        self.controls.set_scenario(state.base, state.preset_id)
        self.controls.show_scenario(state.scenario)
        self._recompute(state.scenario, interactive=False)

    def _update_title(self) -> None:
        title = (self.scenario.title if self.scenario else "") or "Untitled scenario"
        where = f" ({self.source_path.name})" if self.source_path else ""
        self.setWindowTitle(f"{title}{where}[*] — {APP_NAME}")
        self.setWindowModified(self.controls.modified)

    def _recompute(self, scenario: Scenario, interactive: bool) -> None:
        """Fast physics + redraw now; crew heat strain queued in the worker."""
        from thermoviz.api import simulate

        self._generation += 1
        generation = self._generation
        self.scenario = scenario
        self._update_title()
        start = time.perf_counter()
        try:
            result = simulate(scenario, crew_strain=False)
        except ScenarioError as err:
            self._show_problem(str(err))
            return
        except Exception as err:  # a model failure must not take the window down
            self._show_problem(f"The simulation failed: {type(err).__name__}: {err}")
            return
        physics_done = time.perf_counter()
        self.controls.show_error("")
        self.result = result
        self.crew_strain_pending = True
        self.crew_strain_error = None
        self.dashboard.set_crew_pending(True)
        self.dashboard.set_result(result, interactive=interactive)
        self.verdict_banner.set_verdict(result.verdict, pending=True)
        redraw_done = time.perf_counter()
        self.last_physics_ms = (physics_done - start) * 1e3
        self.last_redraw_ms = (redraw_done - physics_done) * 1e3
        self._update_status()
        self.result_shown.emit(result)
        self._crew_job = (generation, result)
        if interactive:
            self._crew_timer.start()  # restarts: a burst of edits computes the last one only
        else:
            self._submit_crew_job()

    def _submit_crew_job(self) -> None:
        self._crew_timer.stop()
        if self._crew_job is not None:
            generation, result = self._crew_job
            self._crew_job = None
            self.crew_runner.submit(generation, result)

    def _show_problem(self, text: str) -> None:
        self.crew_strain_pending = False
        self._crew_timer.stop()
        self._crew_job = None
        self.controls.show_error(text)
        self.verdict_banner.set_verdict(Verdict(text, "caution"))
        self.status_label.setText(text)

    def _crew_strain_arrived(self, generation: int, result: Result) -> bool:
        """Draw the crew heat strain, unless a newer change made it stale (returns False then)."""
        if generation == self._reference_generation:  # pinned before its crew strain was done
            self._reference_generation = None
            self.dashboard.set_reference(result, self.dashboard.reference_label)
        if generation != self._generation:
            return False
        self.result = result
        self.crew_strain_pending = False
        self.dashboard.set_crew_pending(False)
        self.dashboard.set_result(result)
        self.verdict_banner.set_verdict(result.verdict)
        self._update_status()
        self.result_shown.emit(result)
        return True

    def _crew_strain_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.crew_strain_pending = False
        self.crew_strain_error = message
        self.dashboard.set_crew_pending(False)
        self.verdict_banner.set_verdict(self.result.verdict if self.result else Verdict(message, "caution"))
        self._update_status()
        self.result_shown.emit(self.result)

    def _update_status(self) -> None:
        crew = ("crew heat strain: computing…" if self.crew_strain_pending
                else f"crew heat strain failed: {self.crew_strain_error}" if self.crew_strain_error
                else "crew heat strain: done")
        notes = ""
        if self.result is not None and self.result.notes:
            notes = f" · {len(self.result.notes)} note(s): hover here"
            self.status_label.setToolTip("\n".join(f"• {n}" for n in self.result.notes))
        self.status_label.setText(
            f"Physics {self.last_physics_ms:.1f} ms, redraw {self.last_redraw_ms:.1f} ms · {crew}{notes}")

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

    def save_state(self, settings) -> None:
        """Geometry, dock layout and the current scenario into QSettings."""
        from .settings import remember_scenario

        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.scenario is not None:
            remember_scenario(settings, self.scenario, self.controls.preset_id)
        settings.sync()

    def restore_geometry(self, settings) -> bool:
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        ok = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        return bool(ok)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        file_actions = getattr(self, "file_actions", None)
        if file_actions is not None and not file_actions.maybe_save_changes("closing"):
            event.ignore()
            return
        if self.presenting:  # remember the normal layout, not the full-screen one
            self.set_presentation_mode(False)
        settings = getattr(self, "settings", None)
        if settings is not None:
            self.save_state(settings)
        self._crew_timer.stop()
        self._crew_job = None
        self.crew_runner.generation = -1  # anything still running is stale now
        self.crew_runner.pool.clear()
        super().closeEvent(event)
