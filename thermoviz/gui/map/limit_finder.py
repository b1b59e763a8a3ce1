"""Safe limits of the current scenario in words, under the map.

"Largest hole", "latest undock" and "most crew" below the map's grade picker's grade, found by
:func:`thermoviz.find_limit` (bisection on the exact single-scenario path) in a worker.
A sentence is shown only for the scenario it was found for: an edit replaces the
sentences with "finding…" until the new ones arrive.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from functools import partial

from thermoviz.analysis.jobs import limit_sentences, limits_job
from thermoviz.model.language import translate
from thermoviz.model.outcome.grades import DEFAULT_BOUNDARY_GRADE
from thermoviz.model.scenario import Scenario

from ..analysis_worker import AnalysisRunner


class LimitFinder(QLabel):
    """The sentences of :func:`find_limits` for the session's scenario."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.main = window
        self.setObjectName("limitFinder")
        self.setStyleSheet("font-size: 90%;")
        self.setWordWrap(True)
        self.setToolTip(translate("Map", "Found by bisection on single simulations of the scenario as set, varying "
                                  "one input at a time; the value given errs on the safe side."))
        self.sentences: list[str] = []
        self.scenario: Scenario | None = None
        self.runner = AnalysisRunner(self, "map")  # after the map, in the map's worker process
        self.runner.signals.finished.connect(self._arrived)
        self.runner.signals.failed.connect(self._failed)

    def wait_for_map(self) -> None:
        """The map of a new scenario is computing: the sentences follow it (unless already found)."""
        scenario = self.main.session.scenario
        if scenario is not None and scenario == self.scenario and self.sentences:
            return
        self.runner.cancel()
        self.sentences, self.scenario = [], None
        self.setText(translate("Map", "Safe limits: found after the map…"))

    def compute(self) -> None:
        scenario = self.main.session.scenario
        if scenario is None or scenario == self.scenario and self.sentences:
            return
        self.sentences, self.scenario = [], None
        self.setText(translate("Map", "Safe limits: finding…"))
        grade = self.main.map_view.grade() if hasattr(self.main, "map_view") else DEFAULT_BOUNDARY_GRADE
        self.runner.submit(partial(limits_job, scenario, grade=grade), scenario.vehicle)

    def _arrived(self, job: int, answer) -> None:
        if not self.runner.is_current(job):
            return
        self.runner.done(job)
        scenario, limits = answer
        if scenario != self.main.session.scenario:
            return  # an edit arrived in between: its own search follows
        self.scenario, self.sentences = scenario, limit_sentences(limits)  # worded here: the worker has no language
        self.setText(translate("Map", "<b>Safe limits</b> (this scenario, one input varied at a time): ")
                     + " ".join(self.sentences))

    def _failed(self, job: int, message: str) -> None:
        if self.runner.is_current(job):  # a cancelled job's late failure changes nothing
            self.runner.done(job)
            self.setText(translate("Map", "Safe limits could not be found: {message}").format(message=message))
