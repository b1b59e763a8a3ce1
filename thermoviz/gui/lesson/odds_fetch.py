"""The decision's odds of a lesson step (``{odds:GRADE}``), computed without freezing the window.

One batch of 200 plausible vehicles takes about a second, too long for the window's thread:
:class:`StepOdds` sends it to the band's worker process
(:func:`thermoviz.analysis.jobs.odds_job`) when a step that quotes the odds is shown, so the
answer is usually there before *Reveal*; until then the text shows "…".  Each scenario's odds
are kept for the lesson, so going back and forth costs nothing.  If the job fails the phrase
shows "—" (the model has no odds to give) and the failure is not retried for that scenario.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal

from thermoviz.io.lesson_odds import LessonOdds, uses_odds

from ..analysis_worker import AnalysisRunner


class StepOdds(QObject):
    """``get(step)``: the step's odds if known, else None (and the computation is started)."""

    #: Emitted when the odds of a scenario arrive (or fail): the panel fills its text again.
    arrived = Signal()

    def __init__(self, panel, refill):
        """``panel``: the lesson panel (leaving it stops the job); ``refill()``: fills its text again."""
        super().__init__(panel)
        self.arrived.connect(refill)
        panel.closed.connect(self.cancel)
        self.known: dict[object, LessonOdds] = {}  # scenario -> its odds
        self.asked = None  # the scenario whose job runs
        self.runner: AnalysisRunner | None = None  # started on first need

    def get(self, step) -> LessonOdds | None:
        if not uses_odds(step):
            return None
        scenario = step.scenario
        if scenario in self.known:
            return self.known[scenario]
        if self.asked != scenario or self.runner is None or not self.runner.running:
            self._ask(scenario)
        return None

    def _ask(self, scenario) -> None:
        from thermoviz.analysis.jobs import odds_job

        if self.runner is None:
            self.runner = AnalysisRunner(self, "band")  # the uncertainty band's process: the same kind of work
            self.runner.signals.finished.connect(self._finished)
            self.runner.signals.failed.connect(self._failed)
        self.asked = scenario
        self.runner.submit(partial(odds_job, scenario), scenario.vehicle)

    def _finished(self, job: int, answer) -> None:
        if not self.runner.is_current(job):
            return
        self.runner.done(job)
        scenario, data = answer
        self.known[scenario] = LessonOdds.from_dict(data)
        self.asked = None
        self.arrived.emit()

    def _failed(self, job: int, _message: str) -> None:
        if not self.runner.is_current(job):
            return
        self.runner.done(job)
        self.known[self.asked] = LessonOdds({})  # "—": the model has no odds to give here
        self.asked = None
        self.arrived.emit()

    def cancel(self) -> None:
        """Leave the lesson: stop a computation nobody waits for."""
        if self.runner is not None:
            self.runner.cancel()
        self.asked = None
