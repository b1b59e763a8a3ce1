"""The guided lesson in the window: Help ▸ *Lesson: …*, and the first start opens on it.

A dock beside the plots shows one step at a time: its title, progress dots, the
narration (model numbers filled in from the step's own simulation), its sources (each "Sources §1.1"
opens Help ▸ Sources at that section, never a browser),
and for a "predict first" step the question with the answer hidden until
*Reveal* (or Space).  Next/Back (→ ←, or Page Down/Up from a presenter's
clicker, anywhere in the window) move between steps; *Close lesson* (Esc in the
panel) leaves.  Each step sets the window's scenario, its time window, the cursor and
one highlighted curve or limit (drawn by the figure layer, so an export of a
step shows it too).  Before the reveal the step's curves are hidden, so the class
predicts before it sees the answer.

Session state: the lesson runs on its own state.  Starting it remembers the
window's scenario (with its preset, file and unsaved edits), the pinned
reference, the figure's contents, the time window and whether the controls were
shown (they are hidden during the lesson so the plots keep their room); the steps change them
without adding undo steps; leaving the lesson restores all of it.  So a lesson
never costs a user their what-ifs, and Undo after a lesson undoes the user's own
last change.

The first start of thermoviz (no settings remembered yet, no scenario named on
the command line) opens the first shipped lesson once; that it was shown is
remembered in the settings (:data:`SEEN_KEY`), so *Close lesson* is a way out
for good, and Help ▸ *Lesson: …* opens it again at any time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDockWidget, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolTip, QVBoxLayout,
                               QWidget)
from shiboken6 import isValid

from thermoviz.export.deck import short_legend
from thermoviz.export.lesson_slide import simulate_step, step_view
from thermoviz.figure import spec as S
from thermoviz.figure.view import FigureView
from thermoviz.io.glossary import glossary_html, term_meaning
from thermoviz.io.sources_page import linked_section, source_html
from thermoviz.io.lesson_steps import aligned_reference, render_text, step_verdict
from thermoviz.model.language import translate
from thermoviz.model.outcome.result import Verdict
from thermoviz.io.lessons import Lesson

from .odds_fetch import StepOdds

#: Settings key: the first-start lesson has been shown (never opened automatically again).
SEEN_KEY = "lesson/first_start_done"
#: Text sizes [pt] of the panel: normal and in presentation mode (readable at 1920x1080 from the back).
NORMAL_PT = {"title": 15, "body": 12, "small": 10}
LARGE_PT = {"title": 28, "body": 22, "small": 19}  # on a 1080-line screen, scaled to the screen's height
#: Width of the panel [px], normal and in presentation mode.
PANEL_WIDTH = {False: 400, True: 620}
#: The panel never takes more than this share of the window's width.
PANEL_SHARE = 0.34


class LessonPanel(QDockWidget):
    """A dock that walks the window through the steps of one :class:`Lesson`."""

    #: Emitted with the step index (0-based) after a step is shown.
    step_shown = Signal(int)
    #: Emitted when the user leaves the lesson (the window's state is back).
    closed = Signal()

    def __init__(self, window, lesson: Lesson):
        super().__init__(lesson.title, window)
        self.setObjectName("lessonDock")
        self.window_ = window
        self.lesson = lesson
        self.index = -1
        self.revealed = False
        self.large = False
        self._saved = None
        #: The step shown last (0-based): the lesson opens there again, so a class can resume.
        self.last_index = 0
        self._runs: dict[int, object] = {}  # step number -> its simulated run (compared steps)
        self.odds = StepOdds(self, self._fill_text)  # {odds:GRADE} in the worker process, "…" until it answers
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._build()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        keys = (("Right", self.next), ("Left", self.back), ("Space", self.space), ("Escape", self.escape),
                ("PgDown", self.next), ("PgUp", self.back))
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            # Window-wide while the panel is shown (a presenter's clicker sends PgUp/PgDown; a click on the
            # plots must not take the keys away); a focused text or number box keeps its own arrow keys.
            # Esc stays with the panel: in presentation mode Esc first leaves full screen.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if key == "Escape"
                                else Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        window.result_shown.connect(lambda _result: self._fill_text())
        window.actions["presentation"].toggled.connect(self.set_large)

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("lessonBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 10, 12, 10)
        col.setSpacing(8)
        self.progress = QLabel()
        self.progress.setObjectName("lessonProgress")
        self.dots = QLabel()
        self.dots.setObjectName("lessonDots")
        self.dots.setToolTip(translate("Lesson", "Progress: one dot per step (→ next, ← back)"))
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.dots)
        col.addLayout(top)
        self.step_title = QLabel()
        self.step_title.setWordWrap(True)
        col.addWidget(self.step_title)
        self.narration = QLabel()
        self.narration.setWordWrap(True)
        self.narration.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        col.addWidget(self.narration)
        self.predict_box = QFrame()
        self.predict_box.setObjectName("predictBox")
        self.predict_box.setStyleSheet("#predictBox { background: #FFF0C7; border: 2px solid #E69F00; "
                                       "border-radius: 6px; } #predictBox QLabel { color: #3D2A00; }")
        box = QVBoxLayout(self.predict_box)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.reveal_button = QPushButton(translate("Lesson", "Reveal (Space)"))
        self.reveal_button.setToolTip(translate("Lesson", "Show the answer and the curves (Space)"))
        self.reveal_button.clicked.connect(self.reveal)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        for label in (self.narration, self.question, self.answer):  # glossary terms explain themselves on hover
            label.setTextFormat(Qt.TextFormat.RichText)
            label.linkHovered.connect(lambda link, lbl=label: show_term(lbl, link))
        box.addWidget(self.question)
        box.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.answer)
        col.addWidget(self.predict_box)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setOpenExternalLinks(False)  # "Sources §1.1" opens Help ▸ Sources there, never a browser
        self.sources.linkActivated.connect(self._open_source)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        col.addWidget(self.sources)
        col.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("Lesson", "← Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("Lesson", "Next →"))
        self.next_button.clicked.connect(self.next)
        self.leave_button = QPushButton(translate("Lesson", "Close lesson"))
        self.leave_button.setToolTip(translate("Lesson", "Leave the lesson and go back to what you had before (Esc)"))
        self.leave_button.clicked.connect(self.leave)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        col.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.set_large(False)

    def set_large(self, on: bool) -> None:
        """Presentation-size text (on) or normal text."""
        self.large = bool(on)
        pt = NORMAL_PT
        if self.large:  # the smallest line >= 1/40 of the screen: sizes follow the projector's height
            lines = self.window_.presentation.screen_height_px or self.window_.screen().geometry().height()
            pt = {key: max(NORMAL_PT[key], round(size * lines / 1080)) for key, size in LARGE_PT.items()}
        self.step_title.setStyleSheet(f"font-size: {pt['title']}pt; font-weight: bold;")
        for label in (self.narration, self.question, self.answer):
            label.setStyleSheet(f"font-size: {pt['body']}pt;")
        self.question.setStyleSheet(f"font-size: {pt['body']}pt; font-weight: bold;")
        for label in (self.sources, self.progress):
            label.setStyleSheet(f"font-size: {pt['small']}pt; color: #444444;")
        self.dots.setStyleSheet(f"font-size: {pt['body']}pt; color: #0072B2;")
        for button in (self.back_button, self.next_button, self.leave_button, self.reveal_button):
            button.setStyleSheet(f"font-size: {pt['body']}pt; padding: 4px 10px;")
        self._fit_width()
        if self.active and self.index >= 0:  # projected: the short legend; back: everything
            self._apply_view()

    def _fit_width(self) -> None:
        """The panel's width, at most a third of the window so the plots keep two thirds."""
        width = min(PANEL_WIDTH[self.large], int(PANEL_SHARE * max(self.window_.width(), 900)))
        self.setMinimumWidth(width)
        self.setMaximumWidth(max(width, int(PANEL_SHARE * self.window_.width())))

    # ----------------------------------------------------------------- starting and leaving
    def start(self, index: int = 0) -> None:
        """Remember the window's state, show the panel and the step ``index``."""
        window = self.window_
        if self._saved is None:
            dash = window.dashboard
            self._saved = (window.session.state if window.session.scenario is not None else None,
                           window.session.reference, window.session.reference_label,
                           dash.view_state(), dash.cursor_time_h,
                           not window.controls_dock.isHidden())  # isVisible() is False before the first show
            # The steps set the scenario: the controls give their room to the plots (View ▸ Scenario brings them).
            window.controls_dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.set_large(window.presenting)
        self.show()
        self.raise_()
        self.go(index)

    def escape(self) -> None:
        """Esc: in presentation mode leave full screen first (the lesson stays at its step); else leave."""
        if self.window_.presenting:
            self.window_.set_presentation_mode(False)
        else:
            self.leave()

    def leave(self, restore_scenario: bool = True) -> None:
        """Leave the lesson: restore the window's scenario, reference, figure contents and zoom.

        ``restore_scenario=False``: the user loaded a file during the lesson; it stays.
        """
        if self._saved is None:
            self.hide()
            return
        state, reference, label, view, cursor, controls_shown = self._saved
        self._saved = None
        window = self.window_
        if state is not None and restore_scenario:
            window.restore_scenario_state(state)
        if reference is not None:
            window.session.reference, window.session.reference_label = reference, label
            window._show_reference()
        elif window.session.reference is not None:
            window.session.clear_reference()
        window._show_reference()  # a compared step's run leaves with the lesson
        window.dashboard.apply_view(FigureView(view.plots, view.x_range_h, None, "", view.hidden_series,
                                               view.hidden_limits, None))
        window.dashboard.set_cursor(cursor)
        window.dashboard.readout.setVisible(True)
        window.verdict_banner.setVisible(True)
        window.hide_results_in_status(False)
        window.dashboard.events.set_hidden(())
        if controls_shown and not window.presenting:
            window.controls_dock.show()
        self.last_index = max(self.index, 0)
        self.index = -1
        self.hide()
        self.closed.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The dock's own close button leaves the lesson (minimising the window does not)."""
        if self._saved is not None and isValid(self.window_):
            self.leave()
        super().closeEvent(event)

    @property
    def active(self) -> bool:
        return self._saved is not None

    # ----------------------------------------------------------------- moving
    def next(self) -> None:
        if self.index < len(self.lesson.steps) - 1:
            self.go(self.index + 1)
        else:
            self.leave()  # "Finish" on the last step

    def back(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def space(self) -> None:
        """Space: reveal the answer if one is hidden, else the next step."""
        if self.step.predict is not None and not self.revealed:
            self.reveal()
        else:
            self.next()

    @property
    def step(self):
        return self.lesson.steps[self.index]

    def go(self, index: int) -> None:
        """Show step ``index`` (0-based): its scenario, window, cursor and highlight; text and dots."""
        self.index = max(0, min(index, len(self.lesson.steps) - 1))
        step = self.step
        self.revealed = step.predict is None
        self.window_.show_lesson_scenario(step.scenario, step.preset)
        self._apply_view()
        n = len(self.lesson.steps)
        self.progress.setText(translate("Lesson", "Step {number} of {count}").format(number=step.number, count=n))
        self.dots.setText(" ".join("●" if i == self.index else "○" for i in range(n)))
        self.dots.setAccessibleName(f"step {step.number} of {n}")
        self.step_title.setText(f"{step.number}. {step.title}")
        self.back_button.setEnabled(self.index > 0)
        last = self.index == n - 1
        self.next_button.setText(translate("Lesson", "Finish ✓") if last else translate("Lesson", "Next →"))
        self._fill_text()
        self.setFocus()
        self.step_shown.emit(self.index)

    def reveal(self) -> None:
        """Show the answer of a "predict first" step and the curves it hid."""
        if self.revealed:
            return
        self.revealed = True
        self._apply_view()
        self._fill_text()

    def _apply_view(self) -> None:
        window, step = self.window_, self.step
        result = window.result
        if result is None:
            return
        view, resolved = step_view(step, result, self._reference(step, result))
        hides = secrets(step, self.revealed)
        hidden, hidden_limits = short_legend(view) if self.large else (frozenset(), frozenset())  # projected
        if "curves" in hides:  # predict first: the step's curves stay hidden until the reveal
            hidden = frozenset(s.key for plot in view.plots for s in S.series_of(plot))
        dash = window.dashboard
        dash.apply_view(FigureView(view.plots, view.x_range_h, view.reference, view.reference_label, hidden,
                                   hidden_limits, view.highlight))
        dash.events.set_hidden(hides - {"curves", "banner", "readout"})
        cursor_h = resolved.cursor_h
        if step.view.cursor_event in hides:  # a cursor on the hidden event would point at the answer
            cursor_h = resolved.from_h
        dash.set_cursor(cursor_h)
        dash.readout.setVisible("readout" not in hides)  # the readout would give the answer away
        window.verdict_banner.setVisible("banner" not in hides)
        window.hide_results_in_status(bool({"banner", "curves"} & hides))  # "core beyond 40 °C" is an answer
        self.resolved = resolved

    def _open_source(self, link: str) -> None:
        section = linked_section(link)
        if section is not None:
            self.window_.show_sources(section)

    def _reference(self, step, result):
        """The compared step's run lined up with this one (None if the step compares with none)."""
        number = step.view.compare_step
        if number is None:
            return None
        earlier = self.lesson.steps[number - 1]
        if number not in self._runs:  # the earlier step's run is simulated once per lesson
            self._runs[number] = simulate_step(earlier)
        return aligned_reference(self._runs[number], result), f"Step {number}: {earlier.title}"

    def _fill_text(self) -> None:
        """Narration and answer with the model's numbers (again when the crew heat strain arrives)."""
        if self.index < 0 or self.window_.result is None:
            return
        step, result = self.step, self.window_.result
        cursor_h = getattr(getattr(self, "resolved", None), "cursor_h", 0.0)
        if result.scenario == step.scenario:  # the banner names only what the step is about
            self.window_.verdict_banner.set_verdict(Verdict(step_verdict(result, step) + ".", result.verdict.severity),
                                                    pending=self.window_.session.crew_pending)
        odds = self.odds.get(step)  # None ("…") until the worker answers; then this runs again
        fill = lambda text: glossary_html(render_text(text, result, cursor_h, step, odds))  # noqa: E731
        self.narration.setText(fill(step.narration))
        self.predict_box.setVisible(step.predict is not None)
        if step.predict is not None:
            self.question.setText(translate("Lesson", "<b>Predict first:</b> ") + fill(step.predict.question))
            self.reveal_button.setVisible(not self.revealed)
            self.answer.setVisible(self.revealed)
            self.answer.setText(fill(step.predict.reveal) if self.revealed else "")
        if self.revealed:
            items = "".join(f"<li>{source_html(s)}</li>" for s in step.sources)
            self.sources.setText(translate("Lesson", "<b>Sources</b>")
                                 + f"<ul style='margin-left: 12px; -qt-list-indent: 0;'>{items}</ul>")
        else:  # a source may quote the answer ("about +30 °C")
            self.sources.setText(translate("Lesson", "<b>Sources</b> are shown with the answer."))


def secrets(step, revealed: bool) -> frozenset[str]:
    """What the step hides now: its predict ``hides`` until Reveal, nothing after (or without a question)."""
    if step.predict is None or revealed:
        return frozenset()
    return frozenset(step.predict.hides)


def show_term(label, link: str) -> None:
    """Hovering a glossary term shows its plain-words meaning."""
    meaning = term_meaning(link)
    if meaning:
        QToolTip.showText(QCursor.pos(), meaning, label)
    else:
        QToolTip.hideText()
